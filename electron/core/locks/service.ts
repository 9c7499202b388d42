import type { ChannelParsedInput } from '@shared/contract';
import type { PeriodLockView } from '@shared/contract/locks';
import { quarterEndDate, quarterKey } from '@shared/domain/figure';
import { isoNow, type CoreContext } from '../context';
import { audit } from '../audit/audit-helpers';
import { unitsActiveAt } from '../figures/service';
import { requireUnit } from '../units/service';

type LockInput = ChannelParsedInput<'locks:lock'>;

/** The lock keys a request covers: the listed units, or every active unit plus the whole-area figures. */
function lockScope(ctx: CoreContext, input: LockInput): Array<number | null> {
  if (input.unitIds !== null) return input.unitIds.map((id) => requireUnit(ctx, id).id);
  return [null, ...unitsActiveAt(ctx, quarterEndDate(input.year, input.quarter)).map((u) => u.id)];
}

export function listLocks(ctx: CoreContext, year: number): PeriodLockView[] {
  return ctx.repos.locks.byYear(year);
}

/** Chốt số liệu quý: from now on the figures of these units for this quarter cannot change. */
export function lockQuarter(ctx: CoreContext, input: LockInput): PeriodLockView[] {
  return ctx.db.transaction(() => {
    const now = isoNow(ctx);
    const period = quarterKey(input.year, input.quarter);
    for (const unitId of lockScope(ctx, input)) {
      if (ctx.repos.locks.lock(input.year, input.quarter, unitId, ctx.actor, now)) {
        audit(ctx, 'period_lock', `${period}:${unitId ?? 'toan-dia-ban'}`, null, { locked: true }, null, {
          unitId,
          indicatorId: null,
          period,
        });
      }
    }
    return listLocks(ctx, input.year).filter((l) => l.quarter === input.quarter);
  })();
}

/** Reopening a locked quarter always records why. */
export function unlockQuarter(ctx: CoreContext, input: ChannelParsedInput<'locks:unlock'>): PeriodLockView[] {
  return ctx.db.transaction(() => {
    const period = quarterKey(input.year, input.quarter);
    for (const unitId of lockScope(ctx, input)) {
      if (ctx.repos.locks.unlock(input.year, input.quarter, unitId)) {
        audit(ctx, 'period_lock', `${period}:${unitId ?? 'toan-dia-ban'}`, { locked: true }, null, input.reason, {
          unitId,
          indicatorId: null,
          period,
        });
      }
    }
    return listLocks(ctx, input.year).filter((l) => l.quarter === input.quarter);
  })();
}
