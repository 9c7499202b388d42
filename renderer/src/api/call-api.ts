import type { ChannelInput, ChannelName, ChannelOutput, Result } from '@shared/contract';
import type { ErrorCode } from '@shared/errors';
import { vi } from '../i18n/vi';

/** A failed call, carrying the core's code (for logic and tests) and its Vietnamese message (for the screen). */
export class ApiError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

type ChannelFunction<C extends ChannelName> = (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;

/**
 * Calls one channel of `window.api` and unwraps the result envelope: the value, or an `ApiError`.
 * A missing bridge or a broken IPC pipe also becomes an `ApiError`, so every page shows failures the same way.
 */
export async function callApi<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  // `window.api` is absent when the page is opened outside Electron and the harness.
  const api = (window as Partial<Window>).api;
  if (!api) throw new ApiError('INTERNAL', vi.app.noApi);
  // Indexing the mapped Api type with a generic key loses the key-to-signature link; restore it.
  const call = api[channel] as unknown as ChannelFunction<C>;
  let result: Result<ChannelOutput<C>>;
  try {
    result = await call(input);
  } catch (error) {
    throw new ApiError('INTERNAL', vi.app.callFailed(error instanceof Error ? error.message : String(error)));
  }
  if (!result.ok) throw new ApiError(result.error.code, result.error.message);
  return result.value;
}
