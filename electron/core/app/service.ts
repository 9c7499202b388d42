import type { ChannelParsedInput } from '@shared/contract';
import type { AppInfo, DemoName, GettingStarted, StartRealResult } from '@shared/contract/app';
import { AppError } from '@shared/errors';
import { settingsMessages } from '@shared/i18n/vi-errors';
import { isoNow, type CoreContext } from '../context';
import { importDatabase } from '../backups/restore';
import { removeDatabaseFiles } from '../backups/file-moves';
import { openDatabase } from '../db/open';
import { seedDemoData } from '../demo/seed-demo';
import { getCouncilLevel, getCouncilProfile } from '../settings/service';

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

/**
 * "Bắt đầu dùng thật" (Cài đặt): the secretary leaves the demo for her real, empty data. A new database is made by
 * the migrations beside the current file and put in its place through the backups domain's `importDatabase`, which
 * first keeps a verified copy of the demo (listed under Sao lưu, protected, and undoable with "Hoàn tác") and swaps
 * the connection for every holder of `ctx`. The new database is then marked as an empty start. Reference data the
 * migrations seed (titles, rules) is there as in any new database.
 */
export async function startRealUse(ctx: CoreContext): Promise<StartRealResult> {
  if (!appInfo(ctx).demo) throw new AppError('CONFLICT', settingsMessages.notDemo);
  // The real database starts at the level of the demo the secretary chose (commune, district, province).
  const level = getCouncilProfile(ctx).level;
  const fresh = `${ctx.databasePath}.trong.sqlite`;
  removeDatabaseFiles(fresh);
  try {
    const opened = await openDatabase(fresh, { create: true, now: ctx.now });
    opened.db.close();
    const restored = await importDatabase(ctx, fresh);
    const info = completeSetup(ctx, { mode: 'empty', level });
    return { info, backupPath: restored.snapshot.path, message: settingsMessages.startedReal(restored.snapshot.path) };
  } finally {
    removeDatabaseFiles(fresh);
  }
}

/**
 * The getting-started list of a new database: the council's details (its issuing body, printed on every document),
 * at least one unit, a plan, figures of any quarter of a plan's year, a report.
 */
export function gettingStarted(ctx: CoreContext): GettingStarted {
  const plans = ctx.repos.plans.all();
  const years = [...new Set(plans.map((plan) => plan.year))];
  return {
    council: getCouncilProfile(ctx).issuingBody.trim() !== '',
    units: ctx.repos.units.all().length > 0,
    plan: plans.length > 0,
    figures: years.some((year) => ctx.repos.figures.byYear(year).length > 0),
    report: ctx.repos.reports.list().length > 0,
  };
}
