import type { AppInfo } from '@shared/contract/app';
import { AppError } from '@shared/errors';
import { settingsMessages } from '@shared/i18n/vi-errors';
import { isoNow, type CoreContext } from '../context';
import { seedDemoData } from '../demo/seed-demo';

const setupKey = 'app.setup';

interface SetupRecord {
  mode: 'demo' | 'empty';
  at: string;
}

export function appInfo(ctx: CoreContext): AppInfo {
  const setup = ctx.repos.settings.get<SetupRecord>(setupKey);
  return {
    version: ctx.appVersion,
    schemaVersion: ctx.schemaVersion,
    databasePath: ctx.databasePath,
    setupDone: setup !== undefined,
    demo: setup?.mode === 'demo',
  };
}

/** The first-run choice: demo data or an empty start. Made once; demo data never lands on top of real data. */
export function completeSetup(ctx: CoreContext, mode: SetupRecord['mode']): AppInfo {
  ctx.db.transaction(() => {
    if (ctx.repos.settings.get<SetupRecord>(setupKey) !== undefined) {
      throw new AppError('CONFLICT', settingsMessages.setupAlreadyDone);
    }
    if (mode === 'demo') seedDemoData(ctx);
    ctx.repos.settings.set(setupKey, { mode, at: isoNow(ctx) } satisfies SetupRecord, isoNow(ctx));
  })();
  return appInfo(ctx);
}
