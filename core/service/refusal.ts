// A write the team database refused for the login's role (SQLSTATE 42501: row-level security or
// privileges, db/postgres/policies.ts) told to the user in one line that names their role and the
// project: "You are a viewer of project "Alpha": changes are refused by the database (…)". The
// server's own words follow in brackets.
import { sql } from 'kysely';
import { PgError } from '../../db/postgres/bridge';
import type { CoreContext } from './context';

/** whether `e` is the server refusing this login a write */
export const isRefusal = (e: unknown): e is PgError => e instanceof PgError && (e as { code?: unknown }).code === '42501';

/** the project a call is about: its input's projectId, else the project of the finding it names */
function projectOfInput(ctx: CoreContext, input: unknown): number | null {
  const o = (input ?? {}) as Record<string, unknown>;
  if (typeof o.projectId === 'number') return o.projectId;
  const finding = Array.isArray(o.ids) ? o.ids[0] : (o.findingId ?? o.id ?? o.keepId);
  if (typeof finding !== 'number') return null;
  const row = ctx.runner.first(ctx.db.selectFrom('findings').select('project_id').where('id', '=', finding));
  return row ? Number(row.project_id) : null;
}

/** the login's strongest role in the project (an every-project row counts), and the project's name */
function roleIn(ctx: CoreContext, projectId: number): { name: string | null; role: string | null } {
  const project = ctx.runner.first(ctx.db.selectFrom('projects').select('name').where('id', '=', projectId));
  const member = ctx.runner.first(
    ctx.db
      .selectFrom('project_members')
      .select('role')
      .where('login', '=', sql<string>`current_user`)
      .where((eb) => eb.or([eb('project_id', '=', projectId), eb('project_id', 'is', null)]))
      .orderBy(sql`CASE role WHEN 'lead' THEN 3 WHEN 'triager' THEN 2 ELSE 1 END`, 'desc')
      .limit(1),
  );
  return { name: project?.name ?? null, role: member?.role ?? null };
}

/** the one-line message for a refused write of a call with `input` (or about project `projectId`) */
export function refusalMessage(ctx: CoreContext, e: PgError, about: { input?: unknown; projectId?: number }): string {
  const detail = e.message.split('\n')[0];
  let projectId: number | null = about.projectId ?? null;
  let found: { name: string | null; role: string | null } = { name: null, role: null };
  try {
    projectId ??= projectOfInput(ctx, about.input);
    if (projectId !== null) found = roleIn(ctx, projectId);
  } catch {
    // the lookup is for the wording only: the refusal stands without it
  }
  const project = found.name !== null ? `project "${found.name}"` : 'this project';
  if (found.role === 'viewer') return `You are a viewer of ${project}: changes are refused by the database (${detail})`;
  if (found.role === 'triager') return `You are a triager of ${project}: only a lead may do this; the database refused it (${detail})`;
  if (found.role === 'lead') return `The database refused this change to ${project} (${detail})`;
  if (projectId !== null) return `You have no role in ${project}: changes are refused by the database (${detail})`;
  return `The team database refused this change for your login (${detail})`;
}
