import { emptyCouncilProfile, type CouncilLevel, type CouncilProfile } from '@shared/domain/council';
import { isoNow, type CoreContext } from '../context';

const councilKey = 'council.profile';

export function getCouncilProfile(ctx: CoreContext): CouncilProfile {
  return { ...emptyCouncilProfile, ...ctx.repos.settings.get<Partial<CouncilProfile>>(councilKey) };
}

/**
 * The council's level (tỉnh, xã; huyện for history), the one setting everything level-dependent reads: who decides
 * each title and what is proposed upward, which unit kinds a council tracks. Set at first run (app:setup) and on
 * Cài đặt (settings:saveCouncil, field `level`).
 */
export function getCouncilLevel(ctx: CoreContext): CouncilLevel {
  return getCouncilProfile(ctx).level;
}

export function saveCouncilProfile(ctx: CoreContext, profile: CouncilProfile): CouncilProfile {
  return ctx.db.transaction(() => {
    const before = ctx.repos.settings.get<CouncilProfile>(councilKey) ?? null;
    const now = isoNow(ctx);
    ctx.repos.settings.set(councilKey, profile, now);
    ctx.repos.audit.record({
      at: now,
      actor: ctx.actor,
      entity: 'setting',
      entityId: councilKey,
      action: before ? 'update' : 'insert',
      before,
      after: profile,
    });
    return getCouncilProfile(ctx);
  })();
}
