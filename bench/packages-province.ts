import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore } from '@core/context';
import { invoke } from '@core/dispatch/dispatch';
import type { PackageContent } from '@core/packages/package-format';
import { zipPackage } from '@core/packages/write-package';
import type { ExcelFile } from '@shared/contract/excel';
import type { AggregationKind } from '@shared/domain/indicator';
import { note, peakMB, round } from './measure';

const shape = { communes: 130, indicators: 60, year: 2026, quarter: 2 as const };
const kinds: AggregationKind[] = ['flow', 'flow', 'stock', 'rate', 'intensity', 'unit_count', 'flow', 'stock'];
const silent = { error: () => undefined, info: () => undefined };
const planHeader = { number: '371/KH-UBND', issuedOn: '2025-12-26', title: 'Kế hoạch thi đua năm 2026', year: 2026 };
const indicatorName = (i: number) => `Chỉ tiêu tỉnh số ${i + 1}`;

/** A province: 130 communes and a plan of 60 indicators of the kinds communes report. */
async function buildProvince(path: string): Promise<void> {
  const ctx = await openCore(path, { create: true, actor: 'bench', log: silent });
  await invoke(ctx, 'app:setup', { mode: 'empty' });
  for (let c = 1; c <= shape.communes; c++) {
    await invoke(ctx, 'units:create', { name: `Xã Thử Nghiệm ${c}`, kind: 'xa', code: `XA-${c}` });
  }
  await invoke(ctx, 'plans:import', {
    header: {
      ...planHeader,
      place: 'Tỉnh',
      issuer: 'UBND tỉnh',
      theme: null,
      phases: [],
      legalBases: [],
      signer: null,
    },
    sourceText: null,
    targets: Array.from({ length: shape.indicators }, (_, i) => {
      const kind = kinds[i % kinds.length]!;
      const ratio = kind === 'rate' || kind === 'intensity';
      return {
        comparator: 'gte' as const,
        value: 100 + i,
        newIndicator: {
          name: indicatorName(i),
          group: 'kinh_te' as const,
          measureUnit: kind === 'rate' ? '%' : 'tấn',
          kind,
          numeratorLabel: ratio ? 'Tử số' : null,
          denominatorLabel: ratio ? 'Mẫu số' : null,
          rateScale: kind === 'rate' ? 100 : 1,
          direction: 'higher' as const,
        },
      };
    }),
  });
  ctx.db.close();
}

/** One commune's package, built with the same zip writer as the app (the workbook is shared: it is only hashed). */
async function communePackage(c: number, workbook: Buffer): Promise<ExcelFile> {
  const targets = Array.from({ length: shape.indicators }, (_, i) => ({
    key: i + 1,
    indicatorName: indicatorName(i),
    measureUnit: kinds[i % kinds.length] === 'rate' ? '%' : 'tấn',
    kind: kinds[i % kinds.length]!,
    targetText: `≥ ${100 + i}`,
  }));
  const figures = targets.map((t, i) => {
    const ratio = t.kind === 'rate' || t.kind === 'intensity';
    return {
      target: t.key,
      value: ratio || t.kind === 'unit_count' ? null : 1000 + c * 7 + i,
      numerator: ratio ? 10 + ((c + i) % 9) : null,
      denominator: ratio ? 1000 : null,
      achieved: t.kind === 'unit_count' ? (c + i) % 2 === 0 : null,
      status: 'uoc' as const,
      note: null,
    };
  });
  const content: PackageContent = {
    sender: { name: `Ủy ban nhân dân xã Thử Nghiệm ${c}`, level: 'xa', code: `XA-${c}` },
    receiver: { name: 'Hội đồng Thi đua – Khen thưởng tỉnh' },
    period: { year: shape.year, quarter: shape.quarter },
    upperPlan: planHeader,
    targets,
    figures,
    proposals: [],
  };
  const at = new Date(Date.UTC(2026, 5, 10, 2, c % 60));
  const bytes = await zipPackage(content, workbook, { appVersion: '0.1.0', schemaVersion: 90, at });
  return { fileName: `goi-bao-cao-2026-Q2-xa-${c}.tdd`, contentBase64: bytes.toString('base64') };
}

/**
 * Nhập từ gói at provincial scale: 130 commune packages of 60 indicators for one quarter, previewed then applied
 * (apply reads and checks every package again and recomputes the digest, as the app does). Goal: < 10 s, < 300 MB.
 */
export async function benchPackagesProvince(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-bench-packages-'));
  try {
    const path = join(dir, 'province.sqlite');
    await buildProvince(path);
    const workbook = Buffer.alloc(40_000, 7);
    const files: ExcelFile[] = [];
    for (let c = 1; c <= shape.communes; c++) files.push(await communePackage(c, workbook));
    note(`packages-province: ${files.length} packages × ${shape.indicators} figures`);

    const ctx = await openCore(path, { actor: 'bench', log: silent });
    const started = performance.now();
    const preview = await invoke(ctx, 'packages:preview', { files });
    const previewed = performance.now();
    const applied = await invoke(ctx, 'packages:apply', { files, digest: preview.digest });
    const finished = performance.now();
    ctx.db.close();
    const expected = shape.communes * shape.indicators;
    if (applied.inserted !== expected) throw new Error(`expected ${expected} inserted, got ${applied.inserted}`);
    return {
      bench: 'packages-province',
      packages: shape.communes,
      figures: expected,
      ms: round(finished - started),
      previewMs: round(previewed - started),
      applyMs: round(finished - previewed),
      peakMB: peakMB(),
      goal: { ms: 10_000, peakMB: 300 },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
