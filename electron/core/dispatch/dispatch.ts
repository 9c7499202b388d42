import { z } from 'zod';
import { contract, isChannelName, type ChannelName, type ChannelOutput, type Result } from '@shared/contract';
import { AppError, isAppError } from '@shared/errors';
import { inputMessages } from '@shared/i18n/vi-errors';
import type { CoreContext } from '../context';
import { afterChannel } from '../backups/wal-watch';
import { appErrorFromSystem } from '../system-errors';
import { handlers } from './handler-table';

z.config(z.locales.vi());

/** "name: Không được để trống; kind: …" — names the field the secretary has to fix. */
export function describeZodError(error: z.ZodError): string {
  return (
    error.issues
      .slice(0, 5)
      .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
      // A hostile payload can name a field with megabytes of text; the message only needs to point at it.
      .map((text) => (text.length > 300 ? `${text.slice(0, 300)}…` : text))
      .join('; ')
  );
}

/**
 * Validates the input against the contract, runs the handler and wraps the outcome in the result envelope.
 * Never throws: anything unexpected is logged with its detail and reported as INTERNAL in Vietnamese.
 */
export async function dispatch(ctx: CoreContext, channel: string, rawInput: unknown): Promise<Result<unknown>> {
  if (!isChannelName(channel)) {
    return {
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL', message: inputMessages.unknownChannel(channel.slice(0, 100)) },
    };
  }
  const parsed = contract[channel].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'INVALID_INPUT', message: inputMessages.invalid(describeZodError(parsed.error)) },
    };
  }
  try {
    const handler = handlers[channel] as (input: unknown, ctx: CoreContext) => unknown;
    const value = await handler(parsed.data, ctx);
    afterChannel(ctx, channel);
    return { ok: true, value };
  } catch (error) {
    if (isAppError(error)) return { ok: false, error: error.toShape() };
    const system = appErrorFromSystem(error);
    if (system) {
      ctx.log.error(`Lỗi ổ đĩa khi xử lý ${channel}`, error);
      return { ok: false, error: system.toShape() };
    }
    ctx.log.error(`Lỗi khi xử lý ${channel}`, error);
    return { ok: false, error: { code: 'INTERNAL', message: inputMessages.internal } };
  }
}

/** For Node callers (CLI, tests) that want the value or an AppError thrown. */
export async function invoke<C extends ChannelName>(
  ctx: CoreContext,
  channel: C,
  input: unknown,
): Promise<ChannelOutput<C>> {
  const result = await dispatch(ctx, channel, input);
  if (!result.ok) throw new AppError(result.error.code, result.error.message);
  return result.value as ChannelOutput<C>;
}
