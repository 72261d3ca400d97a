import { displayLocation } from '../../../db/location';
import { APP_VERSION } from '../version';
import { handlersOf, type Handler } from './types';

export const metaInfo: Handler<'meta.info'> = (ctx) => ({
  version: APP_VERSION,
  dbPath: displayLocation(ctx.dbPath), // a team database's URL without its password
  schemaVersion: ctx.schemaVersion,
});


export const metaHandlers = handlersOf({ 'meta.info': metaInfo });
