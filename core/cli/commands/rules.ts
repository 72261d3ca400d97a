// punchlist rules list|export|import|enable|disable|delete: the corrections kept as rules (issue 15).
import { readFileSync, writeFileSync } from 'node:fs';
import { rulesFileSchema, type Rule } from '../../../shared/rules';
import { resolveDbPath } from '../../paths';
import { formatZodError, openCoreAsync } from '../../service';
import { parseCommandArgs } from '../args';
import { RULES_HELP } from '../help';
import { EXIT_OK, UsageError, type CliIO } from '../io';
import { resolveProject, unwrap } from '../project';

const ACTIONS = ['list', 'export', 'import', 'enable', 'disable', 'delete'] as const;
type Action = (typeof ACTIONS)[number];

function row(r: Rule): string {
  const scope = r.family === null ? 'project-wide' : `for "${r.familyLabel ?? '?'}"`;
  return `${String(r.id).padStart(4)}  ${r.enabled ? 'on ' : 'off'}  ${r.label}  (${scope})`;
}

/** a rules file read and checked: one line naming the file and the problem otherwise */
export function readRulesFile(path: string) {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new Error(`${path}: not a rules file (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
  }
  const parsed = rulesFileSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${path}: not a rules file (${formatZodError(parsed.error).slice(0, 300)})`);
  return parsed.data;
}

export async function rulesCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'rules',
    args,
    { db: { type: 'string' }, project: { type: 'string' }, json: { type: 'boolean' }, out: { type: 'string' } },
    true,
  );
  if (values.help || positionals[0] === 'help') {
    io.out(RULES_HELP);
    return EXIT_OK;
  }
  const [action, ...rest] = positionals;
  if (!action) throw new UsageError('rules: expected list, export, import, enable, disable or delete (see punchlist rules --help)');
  if (!(ACTIONS as readonly string[]).includes(action)) throw new UsageError(`rules: unknown action '${action}' (list, export, import, enable, disable, delete)`);
  const a = action as Action;
  const wantsId = a === 'enable' || a === 'disable' || a === 'delete';
  if (wantsId && (rest.length !== 1 || !/^\d+$/.test(rest[0]))) throw new UsageError(`rules ${a}: expected one rule id (see punchlist rules list)`);
  if (a === 'import' && rest.length !== 1) throw new UsageError('rules import: expected one RULES.json');
  if ((a === 'list' || a === 'export') && rest.length) throw new UsageError(`rules ${a}: takes no argument`);
  const file = a === 'import' ? readRulesFile(rest[0]) : null;

  const core = await openCoreAsync({ dbPath: resolveDbPath({ argDb: values.db, env: io.env }), actor: 'cli' });
  try {
    const project = await resolveProject(core, values.project, a === 'import');
    if (a === 'list') {
      const rules = unwrap(await core.call('rules.list', { projectId: project.id }));
      io.out(values.json ? JSON.stringify(rules, null, 2) : rules.length ? rules.map(row).join('\n') : `no rules in project "${project.name}"`);
    } else if (a === 'export') {
      const text = `${JSON.stringify(unwrap(await core.call('rules.export', { projectId: project.id })), null, 2)}\n`;
      if (values.out) {
        writeFileSync(values.out, text);
        io.out(`${values.out}: ${(JSON.parse(text) as { rules: unknown[] }).rules.length} rules written`);
      } else io.out(text);
    } else if (a === 'import') {
      const r = unwrap(await core.call('rules.import', { projectId: project.id, file: file! }));
      io.out(`${rest[0]}: imported ${r.added} rule${r.added === 1 ? '' : 's'} into project "${project.name}"; ${r.touched} finding${r.touched === 1 ? '' : 's'} changed`);
    } else {
      const id = Number(rest[0]);
      const r = unwrap(a === 'delete' ? await core.call('rules.delete', { id }) : await core.call('rules.setEnabled', { id, enabled: a === 'enable' }));
      io.out(`rule ${id} ${a === 'delete' ? 'deleted' : a === 'enable' ? 'on' : 'off'}: ${r.rule.label}; ${r.touched} finding${r.touched === 1 ? '' : 's'} changed`);
    }
    return EXIT_OK;
  } finally {
    core.close();
  }
}
