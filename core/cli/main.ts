// Entry point of the punchlist CLI (bin/punchlist.cjs imports this).
import { runCli } from './cli';

process.exitCode = await runCli(process.argv.slice(2));
