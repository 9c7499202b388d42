import type { z } from 'zod';
import type { AppErrorShape } from '../errors';

/**
 * A channel is its input schema plus the type of what it returns. The output is only a type
 * (handlers are ours and typed); the input is validated at run time because it crosses a process boundary.
 */
export interface Channel<I extends z.ZodType, O> {
  input: I;
  /** Phantom: never read at run time. */
  output?: O;
}

/** `defineChannel<Unit[]>()(z.object({...}))`: curried so the input type is inferred and the output is given. */
export function defineChannel<O>() {
  return <I extends z.ZodType>(input: I): Channel<I, O> => ({ input });
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyChannel = Channel<z.ZodType, any>;
export type ChannelMap = Record<string, AnyChannel>;

export type InputOf<C extends AnyChannel> = z.input<C['input']>;
export type ParsedInputOf<C extends AnyChannel> = z.output<C['input']>;
export type OutputOf<C extends AnyChannel> = C extends Channel<z.ZodType, infer O> ? O : never;
