import type { z } from 'zod';
import type { apiSchemas, Method, Output } from '../../../shared/api';
import type { CoreContext } from '../context';

/** The validated (parsed) input of a method. */
export type ParsedInput<M extends Method> = z.output<(typeof apiSchemas)[M]>;

export type Handler<M extends Method> = (ctx: CoreContext, input: ParsedInput<M>) => Output<M> | Promise<Output<M>>;

export type Handlers = { [M in Method]: Handler<M> };
