// node -r tests/cli/list-builtins.cjs SCRIPT: prints, at exit, the built-in modules the process loaded,
// as one JSON line on stderr (process._rawDebug: no stdio stream is created for it)
process.on('exit', () => process._rawDebug(JSON.stringify(process.moduleLoadList)));
