import { z } from 'zod';
import type { Result } from '@shared/contract';
import { AppError, isAppError } from '@shared/errors';
import { recoveryMessages } from '@shared/i18n/vi-backups';
import { inputMessages } from '@shared/i18n/vi-errors';
import type { Logger } from '../context';
import { findRecoveryOffer, restoreDamagedDatabase, type RecoveryOffer } from './startup-recovery';

const confirmation = z.object({ confirm: z.literal(true), backup: z.string().min(1).max(500) }).strict();

export interface RecoveryOutcome {
  message: string;
  damagedCopy: string;
}

export interface RecoverySession {
  readonly offer: RecoveryOffer;
  /**
   * Restores the offered copy when the body confirms exactly that copy (`{ confirm: true, backup: <file name> }`):
   * a page cannot make the harness restore some other file. Never throws; the caller opens the database after.
   */
  confirm(body: unknown): Promise<Result<RecoveryOutcome>>;
}

/** The harness's recovery mode: what it offers, and the one action it allows. */
export function startRecoverySession(
  databasePath: string,
  damage: string,
  options: { now?: () => Date; log: Pick<Logger, 'error' | 'info'> },
): RecoverySession {
  const offer = findRecoveryOffer(databasePath, damage);
  return {
    offer,
    async confirm(body) {
      const parsed = confirmation.safeParse(body);
      if (!parsed.success) {
        return { ok: false, error: { code: 'INVALID_INPUT', message: inputMessages.invalid('confirm, backup') } };
      }
      if (offer.backup === null || parsed.data.backup !== offer.backup.fileName) {
        return { ok: false, error: { code: 'CONFLICT', message: recoveryMessages.staleOffer } };
      }
      try {
        const { damagedCopy } = await restoreDamagedDatabase(databasePath, offer.backup.path, options.now?.());
        options.log.info(`Damaged database replaced by ${offer.backup.path}; damaged file kept as ${damagedCopy}`);
        return {
          ok: true,
          value: { message: recoveryMessages.restoredNotice(offer.backup.takenAtText, damagedCopy), damagedCopy },
        };
      } catch (error) {
        options.log.error('Recovery from backup failed', error);
        const shape = isAppError(error) ? error.toShape() : new AppError('INTERNAL', inputMessages.internal).toShape();
        return { ok: false, error: shape };
      }
    },
  };
}
