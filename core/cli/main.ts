// Entry point of the punchlist CLI (bin/punchlist.mjs imports this).
import { runCli } from './cli';

process.exitCode = await runCli(process.argv.slice(2));
