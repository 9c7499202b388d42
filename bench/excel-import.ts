import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { openCore, type CoreContext } from '@core/context';
import { invoke } from '@core/dispatch/dispatch';
import type { ExcelFile } from '@shared/contract/excel';
import type { AggregationKind } from '@shared/domain/indicator';
import { note, peakMB, round } from './measure';

const shape = { units: 100, indicators: 100, year: 2023, quarter: 2 as const, runs: 3 };
const kinds: AggregationKind[] = ['flow', 'flow', 'stock', 'rate', 'intensity', 'unit_count', 'flow', 'stock'];
const silent = { error: () => undefined, info: () => undefined };

/** A district-like database: 100 communes and a plan with 100 indicators of every kind a unit reports. */
async function buildDatabase(path: string): Promise<void> {
  const ctx = await openCore(path, { create: true, actor: 'bench', log: silent });
  await invoke(ctx, 'app:setup', { mode: 'empty' });
  await invoke(ctx, 'settings:saveCouncil', {
    level: 'huyen',
    parentBody: 'UBND TỈNH THỬ NGHIỆM',
    issuingBody: 'ỦY BAN NHÂN DÂN HUYỆN THỬ NGHIỆM',
    issuingBodyCode: 'UBND',
    place: 'Thử Nghiệm',
    signerCapacity: 'TM. ỦY BAN NHÂN DÂN',
    signerTitle: 'CHỦ TỊCH',
    signerName: 'Người Ký',
  });
  for (let u = 1; u <= shape.units; u++) {
    await invoke(ctx, 'units:create', { name: `Xã Thử Nghiệm ${u}`, kind: 'xa', code: `XA-${u}` });
  }
  const targets = Array.from({ length: shape.indicators }, (_, i) => {
    const kind = kinds[i % kinds.length]!;
    const ratio = kind === 'rate' || kind === 'intensity';
    return {
      comparator: 'gte' as const,
      value: 100 + i,
      newIndicator: {
        name: `Chỉ tiêu thử nghiệm số ${i + 1}`,
        group: i < 60 ? ('kinh_te' as const) : ('van_hoa_xa_hoi' as const),
        measureUnit: kind === 'rate' ? '%' : 'tấn',
        kind,
        numeratorLabel: ratio ? 'Tử số thử nghiệm' : null,
        denominatorLabel: ratio ? 'Mẫu số thử nghiệm' : null,
        rateScale: kind === 'rate' ? 100 : 1,
        direction: 'higher' as const,
      },
    };
  });
  await invoke(ctx, 'plans:import', {
    header: {
      number: '01/KH-UBND',
      issuedOn: '2023-01-10',
      place: 'Thử Nghiệm',
      issuer: 'UBND huyện',
      title: 'Kế hoạch thi đua năm 2023 (thử nghiệm hiệu năng)',
      theme: null,
      year: shape.year,
      phases: [],
      legalBases: [],
      signer: null,
    },
    sourceText: null,
    targets,
  });
  ctx.db.close();
}

/** The one-workbook template, every input filled as a unit would (some numbers typed as Vietnamese text). */
async function filledWorkbook(ctx: CoreContext): Promise<{ file: ExcelFile; values: number }> {
  const { files } = await invoke(ctx, 'figures:exportTemplate', {
    year: shape.year,
    quarter: shape.quarter,
    unitIds: null,
    layout: 'one-workbook',
  });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(files[0]!.contentBase64, 'base64') as unknown as ExcelJS.Buffer);
  const kindOf = new Map((await invoke(ctx, 'indicators:list', {})).map((i) => [i.id, i.kind]));
  let values = 0;
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row, r) => {
      const id = row.getCell(12).value;
      if (r < 10 || typeof id !== 'number') return;
      const kind = kindOf.get(id);
      if (kind === 'rate' || kind === 'intensity') {
        row.getCell(7).value = 10 + (r % 7);
        row.getCell(8).value = '1.000';
      } else if (kind === 'unit_count') row.getCell(9).value = r % 2 === 0 ? 'Đạt' : 'Chưa đạt';
      else row.getCell(6).value = r % 3 === 0 ? `${r}.${String(r % 1000).padStart(3, '0')},5` : r * 10;
      values++;
    });
  }
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return { file: { fileName: 'mau-so-lieu-ca-huyen.xlsx', contentBase64: bytes.toString('base64') }, values };
}

const median = (xs: number[]) => round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!);

/**
 * Nhập từ Excel at district scale: one returned workbook with a sheet per unit, ~10,000 values. Each run starts
 * from a copy of the same database (so every apply writes all values) and times the preview and the apply; apply
 * reads the files again and recomputes the digest, as the app does. One untimed warm-up run first.
 */
export async function benchExcelImport(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-bench-excel-'));
  try {
    const base = join(dir, 'base.sqlite');
    await buildDatabase(base);
    const setup = await openCore(base, { actor: 'bench', log: silent });
    const { file, values } = await filledWorkbook(setup);
    setup.db.close();
    note(`excel-import: ${values} values in one workbook of ${round(file.contentBase64.length / 1.37 / 1024)} KB`);

    const previews: number[] = [];
    const applies: number[] = [];
    const totals: number[] = [];
    for (let run = 0; run <= shape.runs; run++) {
      const path = join(dir, `run-${run}.sqlite`);
      copyFileSync(base, path);
      const ctx = await openCore(path, { actor: 'bench', log: silent });
      const started = performance.now();
      const preview = await invoke(ctx, 'figures:previewImport', { files: [file] });
      const previewed = performance.now();
      const applied = await invoke(ctx, 'figures:applyImport', { files: [file], digest: preview.digest });
      const finished = performance.now();
      ctx.db.close();
      if (applied.inserted !== values) throw new Error(`expected ${values} inserted, got ${applied.inserted}`);
      if (run === 0) continue;
      previews.push(previewed - started);
      applies.push(finished - previewed);
      totals.push(finished - started);
    }
    return {
      bench: 'excel-import-10k',
      values,
      units: shape.units,
      indicators: shape.indicators,
      ms: median(totals),
      previewMs: median(previews),
      applyMs: median(applies),
      peakMB: peakMB(),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
