import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore, type CoreContext } from '@core/context';
import type { AggregationKind } from '@shared/domain/indicator';

export interface ProvinceShape {
  units: number;
  indicators: number;
  years: number;
  lastYear: number;
}

export const provinceShape: ProvinceShape = { units: 200, indicators: 120, years: 10, lastYear: 2023 };

const kinds: AggregationKind[] = ['flow', 'flow', 'flow', 'stock', 'rate', 'intensity', 'unit_count', 'flow'];

/** mulberry32: a tiny seeded generator, so a bench run can be repeated exactly. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A province-scale database (≈200 units × 120 indicators × 10 years of quarters ≈ 1 million figures) written with
 * plain prepared statements in one transaction: the benchmark measures reading, not the services' per-row checks.
 */
export async function buildProvinceDatabase(shape = provinceShape, dir = mkdtempSync(join(tmpdir(), 'thidua-bench-'))) {
  const path = join(dir, 'province.sqlite');
  const silent = { error: () => undefined, info: () => undefined };
  const ctx = await openCore(path, { create: true, actor: 'bench', log: silent });
  const random = seeded(42);
  const now = '2024-01-05T00:00:00.000Z';
  ctx.db.transaction(() => {
    const unitIds: number[] = [];
    for (let u = 0; u < shape.units; u++) {
      unitIds.push(
        ctx.repos.units.insert(
          { code: `DV${u}`, name: `Xã Thử ${u}`, kind: 'xa', parentId: null, validFrom: null, note: null, demo: false },
          now,
        ).id,
      );
    }
    const planId = ctx.repos.plans.insert(
      {
        number: '1/KH-UBND',
        issuedOn: `${shape.lastYear - 1}-12-20`,
        place: 'Tỉnh thử',
        issuer: 'UBND tỉnh',
        title: 'Kế hoạch thử',
        theme: null,
        year: shape.lastYear,
        phases: [],
        legalBases: [],
        signer: null,
        sourceText: null,
        status: 'ban_hanh',
        demo: false,
      },
      now,
    );
    const insertFigure = ctx.db.prepare(
      `INSERT INTO figures (indicator_id, unit_id, year, quarter, value, numerator, denominator, achieved, status,
         note, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'chinh_thuc', NULL, 'bench', ?)`,
    );
    for (let i = 0; i < shape.indicators; i++) {
      const kind = kinds[i % kinds.length]!;
      const indicator = ctx.repos.indicators.insert(
        {
          name: `Chỉ số ${i}`,
          group: 'kinh_te',
          measureUnit: kind === 'rate' ? '%' : kind === 'unit_count' ? 'xã' : 'tấn',
          kind,
          areaOnly: false,
          numeratorLabel: null,
          denominatorLabel: null,
          rateScale: kind === 'intensity' ? 1 : 100,
          direction: kind === 'rate' ? 'lower' : 'higher',
          decimals: 1,
          demo: false,
        },
        now,
      );
      const value = kind === 'rate' ? 5 : kind === 'unit_count' ? shape.units / 2 : 1000 * shape.units;
      ctx.repos.targets.insert(
        {
          planId,
          indicatorId: indicator.id,
          unitId: null,
          year: shape.lastYear,
          comparator: kind === 'rate' ? 'lte' : 'gte',
          value,
          max: null,
          changeMode: null,
          baselineYear: null,
          baselineValue: null,
          sourceText: null,
          phasingMode: 'seasonal',
          milestones: null,
          position: i,
          note: null,
        },
        now,
      );
      for (let y = shape.lastYear - shape.years + 1; y <= shape.lastYear; y++) {
        for (let q = 1; q <= 4; q++) {
          for (const unitId of unitIds) {
            const r = random();
            if (kind === 'rate' || kind === 'intensity') {
              const den = 500 + Math.round(r * 3000);
              insertFigure.run(indicator.id, unitId, y, q, null, Math.round(den * 0.05 * (0.5 + r)), den, null, now);
            } else if (kind === 'unit_count') {
              insertFigure.run(indicator.id, unitId, y, q, null, null, null, r > 0.5 ? 1 : 0, now);
            } else {
              insertFigure.run(indicator.id, unitId, y, q, Math.round(200 + r * 100), null, null, null, now);
            }
          }
        }
      }
    }
  })();
  return { path, ctx, dir };
}

export type ProvinceFixture = Awaited<ReturnType<typeof buildProvinceDatabase>>;
export type { CoreContext };
