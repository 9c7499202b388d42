import { readdirSync, readFileSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames, contract, type ChannelName } from '@shared/contract';
import type { CoreContext } from '@core/context';
import { dispatch } from '@core/dispatch/dispatch';
import { startHarness } from '@harness/server';
import { dumpDatabase } from '../support/demo-core';
import { openCore } from '@core/context';
import { invoke } from '@core/dispatch/dispatch';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { tempDir } from '../support/temp-core';

/**
 * Whatever a compromised or buggy renderer sends, for every channel in the contract: wrong types, missing fields,
 * 5 MB strings, extra and prototype-polluting fields, values only IPC can carry (NaN, Date, BigInt). Each reply is
 * an INVALID_INPUT envelope with a Vietnamese message (never a throw, never INTERNAL) and the database is unchanged.
 * The payloads are generated from each channel's zod schema, so a new channel is covered without editing this file.
 */

// ---- reading a zod 4 schema ------------------------------------------------------------------------------------

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  items?: z.ZodType[];
}
const defOf = (schema: z.ZodType) => (schema as unknown as { def: Def }).def;
const wrappers = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

/** The schema under optional/nullable/default/pipe wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let i = 0; i < 20; i++) {
    const def = defOf(current);
    if (wrappers.has(def.type) && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else break;
  }
  return current;
}

/** A plausible value of the right shape: the base each mutation changes in one place. */
function sample(schema: z.ZodType, depth = 0): unknown {
  const def = defOf(unwrap(schema));
  if (depth > 6) return null;
  switch (def.type) {
    case 'object':
      return Object.fromEntries(Object.entries(def.shape ?? {}).map(([k, v]) => [k, sample(v, depth + 1)]));
    case 'array':
      return [sample(def.element!, depth + 1)];
    case 'tuple':
      return (def.items ?? []).map((item) => sample(item, depth + 1));
    case 'string':
      return 'a';
    case 'number':
      return 1;
    case 'boolean':
      return true;
    case 'enum':
      return Object.values(def.entries ?? {})[0];
    case 'literal':
      return def.values?.[0];
    case 'union':
      return sample(def.options![0]!, depth + 1);
    default:
      return null;
  }
}

const isStrict = (schema: z.ZodType) => {
  const def = defOf(unwrap(schema));
  return def.type === 'object' && def.catchall !== undefined && defOf(def.catchall).type === 'never';
};

// ---- hostile values --------------------------------------------------------------------------------------------

/** 5 MB of characters no field accepts in bulk: markup, NUL, a letter outside base64, a quote. */
const fiveMegabytes = '<\u0000é"'.repeat(1_250_000);
const deeplyNested = Array.from({ length: 2000 }).reduce<unknown>((inner) => [inner], 'đáy');
const hostileValues: Array<[string, unknown]> = [
  ['a string', 'x'],
  ['an empty string', ''],
  ['a number', 12345],
  ['a negative number', -1],
  ['a fraction', 1.5],
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['2^60', 2 ** 60],
  ['true', true],
  ['null', null],
  ['an empty array', []],
  ['an array of junk', [{}, 'x', 1, null]],
  ['an empty object', {}],
  ['a 5 MB string', fiveMegabytes],
  ['a Date', new Date(0)],
  ['a BigInt', 10n],
  ['an array nested 2000 deep', deeplyNested],
  ['a __proto__ object', JSON.parse('{"__proto__": {"polluted": true}}') as unknown],
];
const wrongPayloads: Array<[string, unknown]> = [
  ['text', 'units:list'],
  ['a number', 42],
  ['false', false],
  ['an array', []],
  ['an array of objects', [{}]],
  ['a 5 MB string', fiveMegabytes],
  ['NaN', Number.NaN],
];

interface Mutation {
  label: string;
  payload: unknown;
}

function setAt(
  base: unknown,
  path: Array<string | number>,
  change: (parent: Record<string, unknown>, key: string | number) => void,
) {
  const copy = structuredClone(base) as Record<string, unknown>;
  let parent: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
  change(parent, path[path.length - 1]!);
  return copy;
}

/**
 * Fields that took the 5 MB string (file contents sent as base64 may be that large) must still refuse 40 MB:
 * every text field has a cap.
 */
const fortyMegabytes = 'A'.repeat(40_000_000);
const largeFields = new Set<string>();
const uncappedFields = new Set<string>();

function mutationsOf(channel: string, schema: z.ZodType): Mutation[] {
  const list: Mutation[] = wrongPayloads.map(([label, payload]) => ({ label: `payload is ${label}`, payload }));
  if (defOf(unwrap(schema)).type !== 'object') return list;
  const base = sample(schema);

  const walk = (objectSchema: z.ZodType, path: Array<string | number>) => {
    const shape = defOf(unwrap(objectSchema)).shape ?? {};
    const where = path.length === 0 ? '' : `${path.join('.')}.`;
    if (isStrict(objectSchema)) {
      for (const key of ['extraField', '__proto__', 'constructor']) {
        list.push({
          label: `${where}${key} added`,
          payload: setAt(base, [...path, key], (parent) =>
            Object.defineProperty(parent, key, { value: { x: 1 }, enumerable: true }),
          ),
        });
      }
    }
    for (const [key, field] of Object.entries(shape)) {
      const at = [...path, key];
      if (!field.safeParse(undefined).success) {
        list.push({ label: `${where}${key} missing`, payload: setAt(base, at, (parent, k) => delete parent[k]) });
      }
      for (const [label, value] of hostileValues) {
        if (field.safeParse(value).success) {
          if (value === fiveMegabytes) largeFields.add(`${channel} ${where}${key}`);
          if (value === fiveMegabytes && field.safeParse(fortyMegabytes).success) {
            uncappedFields.add(`${channel} ${where}${key}`);
          }
          continue;
        }
        list.push({
          label: `${where}${key} is ${label}`,
          payload: setAt(base, at, (parent, k) => (parent[k] = value)),
        });
      }
      const inner = defOf(unwrap(field));
      if (inner.type === 'object') walk(field, at);
      if (inner.type === 'array' && defOf(unwrap(inner.element!)).type === 'object') walk(inner.element!, [...at, 0]);
    }
  };
  walk(schema, []);
  return list;
}

// ---- the tests -------------------------------------------------------------------------------------------------

// One demo database for the whole file (openDemoCore's closes after each test): every channel hits the same data.
let ctx: CoreContext;
let initial: Record<string, string[]>;
let folder: string;
beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'thidua-hostile-'));
  const silent = { error: () => undefined, info: () => undefined };
  ctx = await openCore(join(folder, 'hostile.sqlite'), { create: true, actor: 'kiem-thu', log: silent });
  await invoke(ctx, 'app:setup', { mode: 'demo', demo: 'huyen-2023' });
  initial = dumpDatabase(ctx);
});
afterAll(() => {
  if (ctx.db.open) ctx.db.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('IPC under hostile input (every channel, payloads generated from its schema)', () => {
  it('every channel takes an object with named fields, and refuses unknown ones', () => {
    for (const name of channelNames) expect(isStrict(contract[name].input), name).toBe(true);
  });

  it.each(channelNames)(
    '%s: every mutation gets INVALID_INPUT, nothing throws, nothing changes',
    async (name: ChannelName) => {
      const schema = contract[name].input as z.ZodType;
      const mutations = mutationsOf(name, schema);
      expect(mutations.length).toBeGreaterThan(5);
      for (const { label, payload } of mutations) {
        // The generator's own check: each payload breaks the schema in the way its label says.
        expect(schema.safeParse(payload).success, `${name}: ${label} should be invalid`).toBe(false);
        const result = await dispatch(ctx, name, payload);
        expect(result.ok, `${name}: ${label}`).toBe(false);
        if (!result.ok) {
          expect(result.error.code, `${name}: ${label}: ${result.error.message}`).toBe('INVALID_INPUT');
          expect(result.error.message).toMatch(/^Dữ liệu nhập không hợp lệ: /);
          expect(result.error.message.length, `${name}: ${label}`).toBeLessThan(2000);
        }
      }
      expect(dumpDatabase(ctx)).toEqual(initial);
    },
  );

  it('every text field has a length cap (file contents may take 5 MB, nothing takes 40 MB)', () => {
    for (const name of channelNames) mutationsOf(name, contract[name].input as z.ZodType);
    expect([...uncappedFields]).toEqual([]);
    // Only fields that carry a whole file are allowed 5 MB.
    for (const field of largeFields) expect(field).toMatch(/content|base64/i);
  });

  it('unknown and look-alike channel names get UNKNOWN_CHANNEL with a short message', async () => {
    for (const name of [
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'units:list\u0000',
      'UNITS:LIST',
      '../../db',
      'x'.repeat(5_000_000),
    ]) {
      const result = await dispatch(ctx, name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
      if (!result.ok) expect(result.error.message.length).toBeLessThan(300);
    }
    expect(dumpDatabase(ctx)).toEqual(initial);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a 5 MB field name is not echoed back in the error message', async () => {
    const result = await dispatch(ctx, 'units:list', { ['k'.repeat(5_000_000)]: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!result.ok) expect(result.error.message.length).toBeLessThan(2000);
  });
});

describe('what is shown in HTML is escaped', () => {
  it('a unit named <b>Xã "A" & B</b> round-trips through the harness API as text, never as markup', async () => {
    const dir = tempDir();
    const rendererDir = join(dir, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(
      join(rendererDir, 'index.html'),
      '<!doctype html><html><head><title>x</title></head><body></body></html>',
    );
    const silent = { error: () => undefined, info: () => undefined };
    const harness = await startHarness({ databasePath: join(dir, 'h.sqlite'), rendererDir, log: silent });
    try {
      const origin = harness.origin;
      const post = (channel: string, body: unknown) =>
        fetch(`${origin}/__harness/invoke/${channel}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin, ...harness.authHeaders },
          body: JSON.stringify(body),
        });
      const name = '<b>Xã "A" & B</b>';
      const created = await post('units:create', { name, kind: 'xa' });
      expect(created.headers.get('content-type')).toMatch(/^application\/json/);
      expect(created.headers.get('x-content-type-options')).toBe('nosniff');
      expect(((await created.json()) as { value: { name: string } }).value.name).toBe(name);
      const listed = (await (await post('units:list', {})).json()) as { value: Array<{ name: string }> };
      expect(listed.value.map((u) => u.name)).toEqual([name]);

      // The served page and the api script carry no data: data only ever arrives as JSON and is rendered as text.
      for (const path of ['/', '/__harness/api.js']) {
        const text = await (await fetch(`${origin}${path}`, { headers: harness.authHeaders })).text();
        expect(text).not.toContain('Xã "A"');
      }
      const page = await fetch(`${origin}/`, { headers: harness.authHeaders });
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    } finally {
      await harness.close();
    }
  });

  it('the renderer never writes HTML from strings (React escapes text; these sinks would not)', () => {
    const sinks = /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write\(/;
    const offenders: string[] = [];
    const visit = (dir: string) => {
      for (const entry of readdirSync(dir)) {
        const path = join(dir, entry);
        if (statSync(path).isDirectory()) visit(path);
        else if (/\.(tsx?|jsx?)$/.test(entry) && sinks.test(readFileSync(path, 'utf8'))) offenders.push(path);
      }
    };
    visit(join(__dirname, '../../renderer/src'));
    expect(offenders).toEqual([]);
  });
});
