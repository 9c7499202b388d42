import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportPreview } from '@shared/contract/figures';
import { openCore, type CoreContext } from '@core/context';
import { dispatch, invoke } from '@core/dispatch/dispatch';
import {
  bigSheetXml,
  inflatingDocx,
  mergeBomb,
  planDocx,
  renamedPart,
  unzipParts,
  zipParts,
  type Part,
} from '../tests/support/hostile-office';
import { note, peakMB, round } from './measure';
import { seeded } from './province-fixture';

/**
 * Hostile files, measured (issue 16's fault-and-fuzz suite, importer half): each importer gets `HOSTILE_FILES`
 * (default 1 000) files mutated from a real one with a seeded generator: flipped and cut bytes, parts renamed,
 * dropped or swapped, XML broken, entities and DOCTYPEs, deep nesting, merged ranges and sheets of every size, and
 * every 50th file a bomb. Each goes through the app's own channel (dispatch, as the renderer calls it). Counted:
 * crashes (dispatch threw instead of answering), INTERNAL answers ("Có lỗi ngoài dự kiến"), and writes (the
 * database's content hash changed: previews and plan reading must write nothing). Refusals are the expected answer.
 */

const silent = { error: () => undefined, info: () => undefined };

type Mutation = (bytes: Buffer, pick: () => number) => Buffer | Promise<Buffer>;

const int = (pick: () => number, max: number) => Math.floor(pick() * max);
const xmlParts = (parts: Part[]) => parts.filter((p) => /\.(xml|rels)$/i.test(p.name));

function editRandomXml(bytes: Buffer, pick: () => number, edit: (xml: string) => string): Buffer {
  const parts = unzipParts(bytes);
  const candidates = xmlParts(parts);
  const target = candidates[int(pick, candidates.length)];
  if (!target) return bytes;
  return zipParts(
    parts.map((p) => (p === target ? { ...p, content: Buffer.from(edit(p.content.toString('utf8')), 'utf8') } : p)),
  );
}

const sharedMutations: Array<[string, Mutation]> = [
  [
    'flip-bytes',
    (bytes, pick) => {
      const copy = Buffer.from(bytes);
      for (let i = 0, n = 1 + int(pick, 20); i < n; i++) copy[int(pick, copy.length)] = int(pick, 256);
      return copy;
    },
  ],
  ['truncate', (bytes, pick) => bytes.subarray(0, int(pick, bytes.length))],
  ['garbage', (_bytes, pick) => Buffer.from(Array.from({ length: int(pick, 4096) }, () => int(pick, 256)))],
  [
    'rename-part',
    (bytes, pick) => {
      const parts = unzipParts(bytes);
      const i = int(pick, parts.length);
      const forms = [
        (n: string) => `/${n}`,
        (n: string) => `${n}.bak`,
        (n: string) => `khac/${n}`,
        (n: string) => n.toUpperCase(),
        (n: string) => n.replace('/', '\\'),
        (n: string) => `../${n}`,
      ];
      parts[i] = { ...parts[i]!, name: forms[int(pick, forms.length)]!(parts[i]!.name) };
      return zipParts(parts);
    },
  ],
  [
    'drop-part',
    (bytes, pick) => {
      const parts = unzipParts(bytes);
      parts.splice(int(pick, parts.length), 1);
      return zipParts(parts);
    },
  ],
  [
    'swap-parts',
    (bytes, pick) => {
      const parts = unzipParts(bytes);
      const a = int(pick, parts.length);
      const b = int(pick, parts.length);
      const content = parts[a]!.content;
      parts[a] = { ...parts[a]!, content: parts[b]!.content };
      parts[b] = { ...parts[b]!, content };
      return zipParts(parts, { stored: pick() < 0.5 });
    },
  ],
  [
    'duplicate-part',
    (bytes, pick) => {
      const parts = unzipParts(bytes);
      return zipParts([...parts, parts[int(pick, parts.length)]!]);
    },
  ],
  [
    'break-xml',
    (bytes, pick) =>
      editRandomXml(bytes, pick, (xml) => {
        const at = int(pick, xml.length);
        const junk = ['<', '>', '&', '</x>', '<a b="', '\u0000', '\uffff', ']]>', '<!--'][int(pick, 9)]!;
        return xml.slice(0, at) + junk + xml.slice(at + int(pick, 40));
      }),
  ],
  [
    'doctype-entities',
    (bytes, pick) =>
      editRandomXml(bytes, pick, (xml) =>
        xml.replace(
          /(<\?xml[^>]*\?>)?/,
          (decl) =>
            `${decl}<!DOCTYPE x [<!ENTITY a "${'a'.repeat(64)}"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c SYSTEM "file:///etc/passwd">]>`,
        ),
      ),
  ],
  [
    'deep-nesting',
    (bytes, pick) =>
      editRandomXml(bytes, pick, (xml) => {
        const depth = 1_000 + int(pick, 200_000);
        const at = xml.indexOf('>', xml.indexOf('<', 40)) + 1;
        return xml.slice(0, at) + '<x>'.repeat(depth) + '</x>'.repeat(depth) + xml.slice(at);
      }),
  ],
  [
    'huge-attribute',
    (bytes, pick) =>
      editRandomXml(bytes, pick, (xml) => {
        const at = xml.indexOf('>', xml.indexOf('<', 40));
        return `${xml.slice(0, at)} z="${'9'.repeat(1_000 + int(pick, 8_000_000))}"${xml.slice(at)}`;
      }),
  ],
];

const excelMutations: Array<[string, Mutation]> = [
  ...sharedMutations,
  ['merge-bomb', (bytes) => mergeBomb(bytes)],
  [
    'merge-random',
    (bytes, pick) => {
      const column = (n: number) => {
        let s = '';
        for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
        return s;
      };
      const ref = `A1:${column(1 + int(pick, 16_384))}${1 + int(pick, 1_048_576)}`;
      return editSheet(mergeBomb(bytes), (xml) => xml.replace('A1:XFD1048576', ref));
    },
  ],
  [
    'renamed-sheet',
    (bytes, pick) => {
      const names = [
        '/xl/worksheets/sheet1.xml',
        'xl/worksheets/sheet1.xml.bak',
        'khac/xl/worksheets/sheet2.xml',
        'xl/worksheets/sheet9.xml',
      ];
      return renamedPart(bytes, names[int(pick, names.length)]!, bigSheetXml(1 + int(pick, 2_000), 1 + int(pick, 200)));
    },
  ],
  [
    'far-cell',
    (bytes, pick) =>
      editSheet(bytes, (xml) =>
        xml.replace(
          '</sheetData>',
          `<row r="${1 + int(pick, 1_048_576)}"><c r="XFD${1 + int(pick, 1_048_576)}"><v>1</v></c></row></sheetData>`,
        ),
      ),
  ],
  [
    'bad-values',
    (bytes, pick) =>
      editSheet(bytes, (xml) =>
        xml.replace(/<v>[^<]*<\/v>/g, (v) =>
          pick() < 0.3
            ? `<v>${['NaN', '1e309', '-0', '99999999999999999999', '45000000', 'x', ''][int(pick, 7)]}</v>`
            : v,
        ),
      ),
  ],
];

function editSheet(bytes: Buffer, edit: (xml: string) => string): Buffer {
  const parts = unzipParts(bytes).map((p) =>
    /^xl\/worksheets\/sheet1\.xml$/.test(p.name) ? { ...p, content: Buffer.from(edit(p.content.toString('utf8'))) } : p,
  );
  return zipParts(parts);
}

const wordMutations: Array<[string, Mutation]> = [
  ...sharedMutations,
  [
    'big-table',
    (bytes, pick) =>
      editRandomXml(
        bytes,
        () => 0,
        (xml) => {
          const cells = '<w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc>'.repeat(1 + int(pick, 60));
          return xml.replace(
            '<w:body>',
            `<w:body><w:tbl>${`<w:tr>${cells}</w:tr>`.repeat(1 + int(pick, 5_000))}</w:tbl>`,
          );
        },
      ),
  ],
];

interface Tally {
  importer: string;
  files: number;
  accepted: number;
  refused: number;
  internal: number;
  crashes: number;
  writes: number;
  slowestMs: number;
  slowestMutation: string;
  byMutation: Record<string, number>;
  failures: string[];
}

/** The whole database's content, as one hash: any write by a preview shows. */
function contentHash(ctx: CoreContext): string {
  const hash = createHash('sha256');
  const tables = ctx.db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  for (const table of tables) {
    for (const row of ctx.db.prepare(`SELECT * FROM "${table}"`).raw().iterate()) hash.update(JSON.stringify(row));
  }
  return hash.digest('hex');
}

async function fuzz(
  ctx: CoreContext,
  importer: string,
  seedFile: Buffer,
  mutations: Array<[string, Mutation]>,
  bomb: () => Promise<Buffer>,
  call: (bytes: Buffer) => Promise<{ ok: boolean; code?: string; accepted?: boolean }>,
  files: number,
  seed: number,
): Promise<Tally> {
  const pick = seeded(seed);
  const tally: Tally = {
    importer,
    files: 0,
    accepted: 0,
    refused: 0,
    internal: 0,
    crashes: 0,
    writes: 0,
    slowestMs: 0,
    slowestMutation: '',
    byMutation: {},
    failures: [],
  };
  const before = contentHash(ctx);
  for (let i = 0; i < files; i++) {
    const [name, mutate] =
      i % 50 === 49 ? (['bomb', () => bomb()] as [string, Mutation]) : mutations[int(pick, mutations.length)]!;
    let bytes: Buffer;
    try {
      bytes = await mutate(seedFile, pick);
    } catch {
      bytes = seedFile.subarray(0, int(pick, seedFile.length)); // the mutation itself failed on an odd draw
    }
    tally.files++;
    tally.byMutation[name] = (tally.byMutation[name] ?? 0) + 1;
    const start = performance.now();
    try {
      const answer = await call(bytes);
      if (answer.ok && answer.accepted) tally.accepted++;
      else if (answer.ok || answer.code !== 'INTERNAL') tally.refused++;
      else {
        tally.internal++;
        if (tally.failures.length < 10) tally.failures.push(`#${i} ${name}: INTERNAL`);
      }
    } catch (error) {
      tally.crashes++;
      if (tally.failures.length < 10) tally.failures.push(`#${i} ${name}: ${String(error)}`);
    }
    const elapsed = performance.now() - start;
    if (elapsed > tally.slowestMs) {
      tally.slowestMs = elapsed;
      tally.slowestMutation = name;
    }
    if (i % 100 === 99) {
      if (contentHash(ctx) !== before) tally.writes++;
      note(`  ${importer}: ${i + 1}/${files}, ${tally.internal} INTERNAL, ${tally.crashes} crashes`);
    }
  }
  if (contentHash(ctx) !== before) tally.writes++;
  tally.slowestMs = round(tally.slowestMs);
  return tally;
}

export async function benchHostileImports(): Promise<Record<string, unknown>[]> {
  const files = Number(process.env.HOSTILE_FILES ?? 1000);
  const seed = Number(process.env.HOSTILE_SEED ?? 16);
  const dir = mkdtempSync(join(tmpdir(), 'thi-dua-hostile-'));
  const ctx = await openCore(join(dir, 'hostile.sqlite'), { create: true, actor: 'bench', log: silent });
  try {
    await invoke(ctx, 'app:setup', { mode: 'demo' });
    const unitId = ctx.repos.units.byCode('XA-LH')!.id;
    const template = await invoke(ctx, 'figures:exportTemplate', {
      year: 2023,
      quarter: 2,
      unitIds: [unitId],
      layout: 'per-unit-files',
    });
    const workbook = Buffer.from(template.files[0]!.contentBase64, 'base64');
    const plan = await planDocx(
      ['KẾ HOẠCH thi đua năm 2026', 'II. CHỈ TIÊU', '1. Tổng sản phẩm tăng 7,5% so với năm trước.'],
      [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch'],
        ['1', 'Thu ngân sách', 'tỷ đồng', '120'],
      ],
    );

    const results: Record<string, unknown>[] = [];
    const measured = async (run: () => Promise<Tally>) => {
      const started = performance.now();
      const tally = await run();
      const { failures, byMutation, ...figures } = tally;
      note(`  mutations: ${JSON.stringify(byMutation)}`);
      for (const failure of failures) note(`  ${failure}`);
      results.push({
        bench: 'hostile-imports',
        ...figures,
        seed,
        durationMs: Math.round(performance.now() - started),
        peakMB: peakMB(),
      });
    };
    note(`  ${files} files per importer, seed ${seed}`);
    await measured(() =>
      fuzz(
        ctx,
        'figures:previewImport',
        workbook,
        excelMutations,
        async () => mergeBomb(workbook),
        async (bytes) => {
          const answer = await dispatch(ctx, 'figures:previewImport', {
            files: [{ fileName: 'Long-Hung.xlsx', contentBase64: bytes.toString('base64') }],
            year: 2023,
            quarter: 2,
          });
          if (!answer.ok) return { ok: false, code: answer.error.code };
          return { ok: true, accepted: (answer.value as ImportPreview).files.every((f) => f.refusals.length === 0) };
        },
        files,
        seed,
      ),
    );
    await measured(() =>
      fuzz(
        ctx,
        'plans:parseFile',
        plan,
        wordMutations,
        () => inflatingDocx(50),
        async (bytes) => {
          const answer = await dispatch(ctx, 'plans:parseFile', {
            fileName: 'ke-hoach.docx',
            contentBase64: bytes.toString('base64'),
          });
          return answer.ok ? { ok: true, accepted: true } : { ok: false, code: answer.error.code };
        },
        files,
        seed + 1,
      ),
    );
    return results;
  } finally {
    ctx.db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
