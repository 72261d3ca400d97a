import type { Core } from '../service';
import type { Project } from '../../shared/api';
import { DEFAULT_PROJECT_NAME } from '../service/handlers/projects';

function unwrap<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

export { unwrap };

/** The project named `name` (default "Default"); created when `create` and missing. */
export async function resolveProject(core: Pick<Core, 'call'>, name: string | undefined, create: boolean): Promise<Project> {
  const wanted = name ?? DEFAULT_PROJECT_NAME;
  const projects = unwrap(await core.call('projects.list', {}));
  const found = projects.find((p) => p.name === wanted);
  if (found) return found;
  if (!name && projects.length) return projects[0];
  if (!create) throw new Error(`no project named "${wanted}"`);
  return unwrap(await core.call('projects.create', { name: wanted }));
}
