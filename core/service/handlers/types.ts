import type { Contract, Method, Output, ParsedInput } from '../../../shared/api';
import type { CoreContext } from '../context';

export type { ParsedInput } from '../../../shared/api';

/** The methods the core answers: all but those the host answers itself (`host: true`, app.openExternal). */
export type CoreMethod = { [M in Method]: Contract[M] extends { host: true } ? never : M }[Method];

/** The core's side of a method defined in shared/contract/: its validated input in, its output out. */
export type Handler<M extends Method> = (ctx: CoreContext, input: ParsedInput<M>) => Output<M> | Promise<Output<M>>;

export type Handlers = { [M in CoreMethod]: Handler<M> };

/** A feature module's handlers, each checked against the definition of its name. */
export const handlersOf = <M extends CoreMethod>(table: { [K in M]: Handler<K> }) => table;
