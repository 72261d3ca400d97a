import { resolveDbPath } from '../../paths';
import { openCoreAsync } from '../../service';
import type { FindingCard, FindingFilter } from '../../../shared/api';
import { listOption, parseCommandArgs } from '../args';
import { ME, NO_ASSIGNEE } from '../../../shared/assignment';
import { LIST_HELP } from '../help';
import { EXIT_OK, UsageError, type CliIO } from '../io';
import { resolveProject, unwrap } from '../project';

function table(cards: FindingCard[]): string {
  if (!cards.length) return 'no findings';
  return cards
    .map((c) => {
      const where = c.primaryPath ? `  ${c.primaryPath}${c.primaryLine ? `:${c.primaryLine}` : ''}` : '';
      // issue 18: who and by when, when known
      const who = c.assignee ? `  @${c.assignee}` : '';
      const due = c.dueAt ? `  due ${c.dueAt}${c.overdue ? ' OVERDUE' : ''}` : '';
      return `#${String(c.id).padEnd(6)} ${(c.severity ?? 'unrated').padEnd(8)} ${c.status.padEnd(14)} ${c.ref ? `${c.ref} ` : ''}${c.title}${where}${who}${due}`;
    })
    .join('\n');
}

export async function listCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'list',
    args,
    {
      db: { type: 'string' },
      project: { type: 'string' },
      severity: { type: 'string', multiple: true },
      status: { type: 'string', multiple: true },
      phase: { type: 'string', multiple: true },
      search: { type: 'string' },
      path: { type: 'string' },
      blocking: { type: 'boolean' },
      assignee: { type: 'string', multiple: true },
      overdue: { type: 'boolean' },
      limit: { type: 'string' },
      json: { type: 'boolean' },
    },
    false,
  );
  if (values.help) {
    io.out(LIST_HELP);
    return EXIT_OK;
  }
  if (positionals.length) throw new UsageError(`list: unexpected argument '${positionals[0]}'`);
  let limit: number | undefined;
  if (values.limit !== undefined) {
    limit = Number(values.limit);
    if (!Number.isInteger(limit) || limit <= 0) throw new UsageError('list: --limit must be a positive whole number');
  }
  const core = await openCoreAsync({ dbPath: resolveDbPath({ argDb: values.db, env: io.env }), actor: 'cli' });
  try {
    const project = await resolveProject(core, values.project, false);
    const filter: Record<string, unknown> = { projectId: project.id };
    const severity = listOption(values.severity);
    const status = listOption(values.status);
    const phase = listOption(values.phase);
    if (severity.length) filter.severity = severity;
    if (status.length) filter.status = status;
    if (phase.length) filter.phase = phase;
    if (values.search !== undefined) filter.text = values.search;
    if (values.path !== undefined) filter.pathPrefix = values.path;
    if (values.blocking) filter.blocksDeployment = true;
    const assignee = listOption(values.assignee).map((a) => (a === 'unassigned' ? NO_ASSIGNEE : a === 'me' ? ME : a));
    if (assignee.length) filter.assignee = assignee;
    // --overdue is computed on the cards (the limit then applies after it)
    if (limit && !values.overdue) filter.limit = limit;
    const r = await core.call('findings.list', filter as FindingFilter);
    if (!r.ok && r.error.code === 'invalid_input') throw new UsageError(`list: ${r.error.message}`);
    let cards = unwrap(r);
    if (values.overdue) cards = cards.filter((c) => c.overdue).slice(0, limit);
    io.out(values.json ? JSON.stringify(cards, null, 2) : table(cards));
    return EXIT_OK;
  } finally {
    core.close();
  }
}
