import { describe, expect, it } from 'vitest';
import type { DemoName } from '@shared/contract/app';
import { unitKindsByLevel } from '@shared/domain/unit';
import type { CoreContext } from '@core/context';
import { invoke } from '@core/dispatch/dispatch';
import { openTestCore } from '../support/temp-core';

// Issue 18's bar for the commune demo: a new user sees real content — figures behind the dashboard, and for each
// title the commune decides at least one eligible and one ineligible candidate, the ineligible one told why.

async function demo(name: DemoName, today: string): Promise<CoreContext> {
  const ctx = await openTestCore({ now: () => new Date(`${today}T02:00:00.000Z`) });
  await invoke(ctx, 'app:setup', { mode: 'demo', demo: name });
  return ctx;
}

async function eligibleAndNot(ctx: CoreContext, year: number, titleCode: string) {
  const list = await invoke(ctx, 'awards:eligibility', { year, period: 'Y', titleCode });
  const eligible = list.candidates.filter((c) => c.eligible);
  const not = list.candidates.filter((c) => !c.eligible);
  expect(eligible.length, `${titleCode} ${year}: nobody eligible`).toBeGreaterThan(0);
  expect(not.length, `${titleCode} ${year}: nobody ineligible`).toBeGreaterThan(0);
  for (const c of not) expect(c.reasons.length, `${titleCode}: ${c.candidate.name}`).toBeGreaterThan(0);
  return list;
}

describe('the 2026 commune demo (xã Mỹ Tú, Cần Thơ), offered first', () => {
  it('is a commune council whose units are of the kinds a commune tracks, with figures behind the dashboard', async () => {
    const ctx = await demo('xa-2026', '2026-12-04');
    const info = await invoke(ctx, 'app:info', {});
    expect(info).toMatchObject({ demo: true, demoName: 'xa-2026', councilLevel: 'xa' });
    const units = await invoke(ctx, 'units:list', {});
    expect(units.some((u) => u.kind === 'thon')).toBe(true);
    for (const u of units) expect(unitKindsByLevel.xa, u.name).toContain(u.kind);
    const summary = await invoke(ctx, 'dashboard:summary', { year: 2026, period: 'Q3' });
    const withFigures = summary.evaluation.targets.filter((t) => t.ytd !== null);
    expect(withFigures.length).toBeGreaterThan(10);
  });

  it('lists eligible and ineligible candidates for the titles the commune decides, a disciplined person among them', async () => {
    const ctx = await demo('xa-2026', '2026-12-04');
    const lists = [await eligibleAndNot(ctx, 2026, 'LDTT'), await eligibleAndNot(ctx, 2026, 'CSTDCS')];
    // NĐ 152 Điều 4 khoản 4: a sanction on the person bars the award, and the list says so.
    const barred = lists
      .flatMap((list) => list.candidates.flatMap((c) => c.checks))
      .filter((check) => check.ruleKey === 'KY_LUAT_THANH_TRA' && !check.passed);
    expect(barred.length).toBeGreaterThan(0);
  });
});
