// The punchlist command line: parse, ingest, list. Returns an exit code; never calls process.exit.
import { EXIT_FAIL, EXIT_USAGE, UsageError, processIO, type CliIO } from './io';
import { topLevel } from './top';

type Command = (args: string[], io: CliIO) => number | Promise<number>;

// loaded on demand: `--help` and `parse` stay quick (no database code loaded for them)
const commands: Record<string, () => Promise<Command>> = {
  parse: async () => (await import('./commands/parse')).parseCommand,
  ingest: async () => (await import('./commands/ingest')).ingestCommand,
  list: async () => (await import('./commands/list')).listCommand,
  // issue 5: plan, export, import
  plan: async () => (await import('./commands/plan')).planCommand,
  export: async () => (await import('./commands/export')).exportCommand,
  import: async () => (await import('./commands/import')).importCommand,
  // issue 15: the import review's rules
  rules: async () => (await import('./commands/rules')).rulesCommand,
  // issue 18: who may do what on a team database
  team: async () => (await import('./commands/team')).teamCommand,
  push: async () => (await import('./commands/sync')).pushCommand,
  pull: async () => (await import('./commands/sync')).pullCommand,
  // issue 18: assignment and SLA due dates
  assign: async () => (await import('./commands/assign')).assignCommand,
  due: async () => (await import('./commands/assign')).dueCommand,
  sla: async () => (await import('./commands/assign')).slaCommand,
};

export async function runCli(argv: string[], io: CliIO = processIO): Promise<number> {
  const [command, ...rest] = argv;
  // no command, --help, --version; `help NAME` of a command is that command's --help
  const answered = topLevel(argv, io, (name) => Boolean(commands[name]));
  if (answered !== undefined) return answered;
  if (command === 'help') return runCli([rest[0], '--help'], io);
  const load = Object.prototype.hasOwnProperty.call(commands, command) ? commands[command] : undefined;
  if (!load) {
    io.err(`punchlist: unknown command '${command}' (try punchlist --help)`);
    return EXIT_USAGE;
  }
  try {
    const run = await load();
    return await run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`punchlist ${e.message}`);
      return EXIT_USAGE;
    }
    io.err(`punchlist ${command}: ${e instanceof Error ? e.message.replace(/\s*\n\s*/g, ' ') : String(e)}`);
    return EXIT_FAIL;
  }
}
