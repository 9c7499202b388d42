import type { AnyChannel, ChannelMap, OutputOf, ParsedInputOf } from '@shared/contract/define';
import type { CoreContext } from '../context';

export type HandlerFor<C extends AnyChannel> = (
  input: ParsedInputOf<C>,
  ctx: CoreContext,
) => OutputOf<C> | Promise<OutputOf<C>>;

/** A domain's handler map must cover exactly its channels; the compiler checks both directions. */
export type HandlersFor<M extends ChannelMap> = { [K in keyof M]: HandlerFor<M[K]> };
