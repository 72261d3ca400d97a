// What the CLI answers without loading any command: `punchlist` (usage, exit 2), `punchlist --help`
// (-h, help) and `punchlist --version` (-v). scripts/build-cli.mjs bundles this module alone into
// .build/cli/top.cjs (one small file: this, the help text, io.ts), which bin/punchlist.cjs asks
// first, so these start without the CLI's chunks and with a staleness check of their few sources
// only (issue 17). runCli asks it first too: the full CLI gives the same answers.
import { APP_VERSION } from '../service/version';
import { TOP_HELP } from './help';
import { EXIT_OK, EXIT_USAGE, processIO, type CliIO } from './io';

/**
 * The exit code once answered; undefined for a command, and for `help NAME` when `isCommand(NAME)`
 * (that command's help, which only the full CLI has) or, without `isCommand`, whenever NAME is given.
 */
export function topLevel(argv: readonly string[], io: CliIO = processIO, isCommand?: (name: string) => boolean): number | undefined {
  const [command, name] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    if (command === 'help' && name && (!isCommand || isCommand(name))) return undefined;
    (command === undefined ? io.err : io.out)(TOP_HELP);
    return command === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (command === '--version' || command === '-v') {
    io.out(APP_VERSION);
    return EXIT_OK;
  }
  return undefined;
}
