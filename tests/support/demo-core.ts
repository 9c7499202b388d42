import { invoke } from '@core/dispatch/dispatch';
import type { CoreContext } from '@core/context';
import { openTestCore } from './temp-core';

/** A test database with the demo district, its units and its 2023 plan. */
export async function openDemoCore(): Promise<CoreContext> {
  const ctx = await openTestCore();
  await invoke(ctx, 'app:setup', { mode: 'demo', demo: 'huyen-2023' });
  return ctx;
}

export function unitByCode(ctx: CoreContext, code: string) {
  const unit = ctx.repos.units.byCode(code);
  if (!unit) throw new Error(`no unit ${code}`);
  return unit;
}

export function indicatorByName(ctx: CoreContext, name: string) {
  const indicator = ctx.repos.indicators.all().find((i) => i.name === name);
  if (!indicator) throw new Error(`no indicator ${name}`);
  return indicator;
}

/** Every table's rows, for "nothing changed" comparisons. */
export function dumpDatabase(ctx: CoreContext): Record<string, string[]> {
  const tables = ctx.db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  const sorted = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort();
  return Object.fromEntries(tables.map((t) => [t, sorted(ctx.db.prepare(`SELECT * FROM "${t}"`).all())]));
}
