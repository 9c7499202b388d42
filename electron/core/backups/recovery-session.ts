import { z } from 'zod';
import type { Result } from '@shared/contract';
import { AppError, isAppError } from '@shared/errors';
import { recoveryMessages } from '@shared/i18n/vi-backups';
import { inputMessages } from '@shared/i18n/vi-errors';
import type { Logger } from '../context';
import { findRecoveryOffer, restoreDamagedDatabase, type RecoveryOffer } from './startup-recovery';

const confirmation = z.union([
  z.object({ confirm: z.literal(true), backup: z.string().min(1).max(500) }).strict(),
  z.object({ startNew: z.literal(true) }).strict(),
]);

export interface RecoveryOutcome {
  message: string;
  /** What the harness does next: open the restored file, or create a new database where there was none. */
  next: 'open' | 'start-new';
}

export interface RecoverySession {
  readonly offer: RecoveryOffer;
  /**
   * Restores the offered copy when the body confirms exactly that copy (`{ confirm: true, backup: <file name> }`):
   * a page cannot make the harness restore some other file. `{ startNew: true }` is accepted only when the file is
   * missing. Never throws; the caller opens the database after.
   */
  confirm(body: unknown): Promise<Result<RecoveryOutcome>>;
}

/** The harness's recovery mode: what it offers, and the actions it allows. */
export function startRecoverySession(
  databasePath: string,
  error: unknown,
  options: { now?: (() => Date) | undefined; log: Pick<Logger, 'error' | 'info'> },
): RecoverySession {
  const offer = findRecoveryOffer(databasePath, error);
  return {
    offer,
    async confirm(body) {
      const parsed = confirmation.safeParse(body);
      if (!parsed.success) {
        return { ok: false, error: { code: 'INVALID_INPUT', message: inputMessages.invalid('confirm, backup') } };
      }
      if ('startNew' in parsed.data) {
        if (!offer.missing) return { ok: false, error: { code: 'CONFLICT', message: recoveryMessages.staleOffer } };
        options.log.info(`Starting a new database at ${databasePath}; earlier backups are kept`);
        return { ok: true, value: { message: recoveryMessages.startedNew, next: 'start-new' } };
      }
      if (offer.backup === null || parsed.data.backup !== offer.backup.fileName) {
        return { ok: false, error: { code: 'CONFLICT', message: recoveryMessages.staleOffer } };
      }
      try {
        const { damagedCopy } = await restoreDamagedDatabase(databasePath, offer.backup.path, options.now?.());
        options.log.info(`Database at ${databasePath} replaced by ${offer.backup.path}; damaged file: ${damagedCopy}`);
        return {
          ok: true,
          value: { message: recoveryMessages.restoredNotice(offer.backup.takenAtText, damagedCopy), next: 'open' },
        };
      } catch (error) {
        options.log.error('Recovery from backup failed', error);
        const shape = isAppError(error) ? error.toShape() : new AppError('INTERNAL', inputMessages.internal).toShape();
        return { ok: false, error: shape };
      }
    },
  };
}
