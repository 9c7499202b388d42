import type { ChannelParsedInput } from '@shared/contract';
import type { AppInfo, DemoName } from '@shared/contract/app';
import { AppError } from '@shared/errors';
import { settingsMessages } from '@shared/i18n/vi-errors';
import { isoNow, type CoreContext } from '../context';
import { seedDemoData } from '../demo/seed-demo';
import { getCouncilLevel } from '../settings/service';

const setupKey = 'app.setup';
const councilKey = 'council.profile';

interface SetupRecord {
  mode: 'demo' | 'empty';
  /** Which demo (absent on databases set up before there were two: the district). */
  demo?: DemoName;
  at: string;
}

export function appInfo(ctx: CoreContext): AppInfo {
  const setup = ctx.repos.settings.get<SetupRecord>(setupKey);
  const demo = setup?.mode === 'demo';
  return {
    version: ctx.appVersion,
    schemaVersion: ctx.schemaVersion,
    databasePath: ctx.databasePath,
    setupDone: setup !== undefined,
    demo,
    demoName: demo ? (setup.demo ?? 'huyen-2023') : null,
    councilLevel: getCouncilLevel(ctx),
  };
}

/**
 * The first-run choice: a demo, or an empty start at the council's level (the unit kinds and who decides each
 * title follow it). Made once; demo data never lands on top of real data.
 */
export function completeSetup(ctx: CoreContext, input: ChannelParsedInput<'app:setup'>): AppInfo {
  ctx.db.transaction(() => {
    if (ctx.repos.settings.get<SetupRecord>(setupKey) !== undefined) {
      throw new AppError('CONFLICT', settingsMessages.setupAlreadyDone);
    }
    const now = isoNow(ctx);
    if (input.mode === 'demo') {
      const demo = input.demo ?? 'xa-2026';
      seedDemoData(ctx, demo);
      ctx.repos.settings.set(setupKey, { mode: 'demo', demo, at: now } satisfies SetupRecord, now);
    } else {
      // Only the level: the rest of the council's details are entered on Cài đặt, which an empty start opens.
      ctx.repos.settings.set(councilKey, { level: input.level ?? 'xa' }, now);
      ctx.repos.settings.set(setupKey, { mode: 'empty', at: now } satisfies SetupRecord, now);
    }
  })();
  return appInfo(ctx);
}
