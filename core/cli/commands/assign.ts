// issue 18: punchlist assign / due / sla — assignment and per-severity SLA due dates from the shell.
import { resolveDbPath } from '../../paths';
import { openCoreAsync, type Core } from '../../service';
import { SLA_MAX_DAYS, isIsoDate, type Sla } from '../../../shared/assignment';
import { SEVERITIES } from '../../../shared/types';
import type { FindingCard } from '../../../shared/api';
import { listOption, parseCommandArgs } from '../args';
import { ASSIGN_HELP, DUE_HELP, SLA_HELP } from '../help';
import { EXIT_OK, UsageError, type CliIO } from '../io';
import { resolveProject, unwrap } from '../project';

/** finding ids from positionals ("12", "12,14", "#12") */
function findingIds(command: string, values: string[]): number[] {
  const ids = values.flatMap((v) => v.split(',')).map((v) => v.trim().replace(/^#/, '')).filter(Boolean);
  if (!ids.length) throw new UsageError(`${command}: give the id of at least one finding (punchlist list shows them)`);
  return ids.map((v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${command}: '${v}' is not a finding id`);
    return n;
  });
}

async function withCore<T>(db: string | undefined, io: CliIO, fn: (core: Core) => Promise<T>): Promise<T> {
  const core = await openCoreAsync({ dbPath: resolveDbPath({ argDb: db, env: io.env }), actor: 'cli' });
  try {
    return await fn(core);
  } finally {
    core.close();
  }
}

const line = (c: FindingCard) => `#${c.id} ${c.title}: ${c.assignee ?? 'unassigned'}${c.dueAt ? `, due ${c.dueAt}${c.dueManual ? ' (set by hand)' : ''}${c.overdue ? ' OVERDUE' : ''}` : ''}`;

export async function assignCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('assign', args, { db: { type: 'string' }, me: { type: 'boolean' }, none: { type: 'boolean' } }, true);
  if (values.help) {
    io.out(ASSIGN_HELP);
    return EXIT_OK;
  }
  if (values.me && values.none) throw new UsageError('assign: --me or --none, not both');
  const byFlag = values.me || values.none;
  if (!byFlag && positionals.length < 2) throw new UsageError('assign: usage: punchlist assign ID… NAME (or --me, --none)');
  const ids = findingIds('assign', byFlag ? positionals : positionals.slice(0, -1));
  const name = byFlag ? undefined : positionals.at(-1)!;
  return withCore(values.db, io, async (core) => {
    const input = values.me ? { ids, me: true } : { ids, assignee: values.none ? null : name };
    const cards = unwrap(await core.call('findings.assign', input));
    io.out(cards.map(line).join('\n'));
    return EXIT_OK;
  });
}

export async function dueCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('due', args, { db: { type: 'string' }, sla: { type: 'boolean' } }, true);
  if (values.help) {
    io.out(DUE_HELP);
    return EXIT_OK;
  }
  if (!values.sla && positionals.length < 2) throw new UsageError('due: usage: punchlist due ID… YYYY-MM-DD (or --sla)');
  const date = values.sla ? null : positionals.at(-1)!;
  if (date !== null && !isIsoDate(date)) throw new UsageError(`due: '${date}' is not a date written YYYY-MM-DD`);
  const ids = findingIds('due', values.sla ? positionals : positionals.slice(0, -1));
  return withCore(values.db, io, async (core) => {
    io.out(unwrap(await core.call('findings.update', { ids, patch: { dueAt: date } })).map(line).join('\n'));
    return EXIT_OK;
  });
}

export const slaText = (sla: Sla) => (Object.keys(sla).length ? SEVERITIES.filter((s) => sla[s] !== undefined).map((s) => `${s} ${sla[s]} days`).join(', ') : 'no SLA: findings have no due dates');

export async function slaCommand(args: string[], io: CliIO): Promise<number> {
  const options = Object.fromEntries(SEVERITIES.map((s) => [s, { type: 'string' as const }]));
  const { values, positionals } = parseCommandArgs('sla', args, { ...options, db: { type: 'string' }, project: { type: 'string' }, clear: { type: 'string', multiple: true }, json: { type: 'boolean' } }, false);
  if (values.help) {
    io.out(SLA_HELP);
    return EXIT_OK;
  }
  if (positionals.length) throw new UsageError(`sla: unexpected argument '${positionals[0]}'`);
  const patch: Partial<Record<(typeof SEVERITIES)[number], number | null>> = {};
  for (const s of SEVERITIES) {
    const v = (values as Record<string, unknown>)[s];
    if (typeof v !== 'string') continue;
    const n = Number(v);
    if (v === 'none') patch[s] = null;
    else if (!/^\d+$/.test(v) || n > SLA_MAX_DAYS) throw new UsageError(`sla: --${s} must be a number of days from 0 to ${SLA_MAX_DAYS}, or none`);
    else patch[s] = n;
  }
  for (const s of listOption(values.clear)) {
    if (!(SEVERITIES as readonly string[]).includes(s)) throw new UsageError(`sla: --clear takes a severity (${SEVERITIES.join(', ')}), not '${s}'`);
    patch[s as (typeof SEVERITIES)[number]] = null;
  }
  return withCore(values.db, io, async (core) => {
    const project = await resolveProject(core, values.project, false);
    const sla = Object.keys(patch).length ? unwrap(await core.call('sla.set', { projectId: project.id, sla: patch })) : unwrap(await core.call('sla.get', { projectId: project.id }));
    io.out(values.json ? JSON.stringify(sla) : `${project.name}: ${slaText(sla)}`);
    return EXIT_OK;
  });
}
