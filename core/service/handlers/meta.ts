import { CoreError } from '../context';
import { APP_VERSION } from '../version';
import type { Handler } from './types';

export const metaInfo: Handler<'meta.info'> = (ctx) => ({
  version: APP_VERSION,
  dbPath: ctx.dbPath,
  schemaVersion: ctx.schemaVersion,
});

/** The Electron shell overrides this; the core (CLI, serve host) cannot open links. */
export const openExternal: Handler<'app.openExternal'> = () => {
  throw new CoreError('unavailable', 'opening links is only available in the desktop app');
};
