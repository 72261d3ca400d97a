import { APP_VERSION } from '../version';
import { handlersOf, type Handler } from './types';

export const metaInfo: Handler<'meta.info'> = (ctx) => ({
  version: APP_VERSION,
  dbPath: ctx.dbPath,
  schemaVersion: ctx.schemaVersion,
});


export const metaHandlers = handlersOf({ 'meta.info': metaInfo });
