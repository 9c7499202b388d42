import { describe, expect, it } from 'vitest';
import { channelNames, contract, type ChannelName } from '../../shared/contract';
import { dispatch } from '../../electron/core/handlers/dispatch';
import { handlers } from '../../electron/core/handlers';
import { openTestCore } from '../support/temp-core';

/** One malformed payload per channel at least; typed so a new channel cannot be added without one. */
const malformed: Record<ChannelName, unknown[]> = {
  'app:info': [{ extra: 1 }, 'text'],
  'app:setup': [{}, { mode: 'all' }, { mode: 'demo', extra: true }],
  'settings:council': [{ unexpected: 'x' }, 42],
  'settings:saveCouncil': [{ level: 'huyen' }, { level: 'quan', issuingBody: 'x' }],
  'units:list': [{ includeRetired: 'yes' }, []],
  'units:create': [{}, { name: '', kind: 'xa' }, { name: 'Xã A', kind: 'tinh' }, { name: 'x'.repeat(201), kind: 'xa' }],
  'units:rename': [{ id: -1, name: 'A' }, { id: 1 }, { id: '1', name: 'A' }],
  'units:retire': [{ id: 1, validTo: '31/03/2023' }, { id: 1 }],
  'units:merge': [
    { sourceIds: [], date: '2025-07-01', intoId: 2 },
    { sourceIds: [1], date: '2025-07-01' },
  ],
  'indicators:list': [{ group: 'kinh_te' }],
  'indicators:save': [
    { name: 'Lúa' },
    { name: 'Lúa', group: 'kinh_te', measureUnit: 'tấn', kind: 'sum', direction: 'higher' },
  ],
  'movements:list': [7, { all: true }],
  'movements:save': [
    { name: 'A', kind: 'thuong_xuyen', startYear: 1800 },
    { name: '', kind: 'chuyen_de', startYear: 2023 },
  ],
  'movements:delete': [{ id: 0 }, {}],
  'plans:list': [{ year: '2023' }],
  'plans:get': [{}, { id: 1.5 }],
  'plans:parseText': [{}, { text: 42 }, { text: 'x'.repeat(2_000_001) }],
  'plans:parseFile': [{ fileName: 'a.docx' }, { fileName: '', contentBase64: '' }],
  'plans:import': [
    { header: {}, sourceText: null, targets: [] },
    {
      header: {
        number: null,
        issuedOn: '22/12/2022',
        place: null,
        issuer: null,
        title: 'KH',
        theme: null,
        year: 2023,
        phases: [],
        legalBases: [],
        signer: null,
      },
      sourceText: null,
      targets: [],
    },
  ],
  'plans:update': [{ id: 1 }, { id: 1, status: 'published' }],
  'plans:delete': [{ id: 'one' }],
  'targets:save': [
    { planId: 1, indicatorId: 1, comparator: 'approximately', value: 1 },
    { planId: 1, comparator: 'gte' },
  ],
  'targets:delete': [{}],
  'targets:saveAllocations': [{ planId: 1, indicatorId: 1, allocations: [{ unitId: 1, value: 'nhiều' }] }],
  'tasks:list': [{ planId: -3 }],
  'tasks:save': [{ unitId: 1, title: 'x', state: 'done', planId: null }, { title: 'x' }],
  'tasks:delete': [{ id: null }],
  'figures:grid': [{ year: 2023, quarter: 5 }, { year: 2023 }],
  'figures:save': [
    { year: 2023, quarter: 2, entries: [{ indicatorId: 1, unitId: 1, value: '1.234,5' }] },
    { year: 2023, quarter: 2, entries: [{ indicatorId: 1, unitId: 1, value: Number.NaN }] },
    { year: 2023, quarter: 2, entries: [{ indicatorId: 1, value: 1 }] },
  ],
  'figures:list': [{ year: 'x' }],
  'figures:history': [{ indicatorId: 1, year: 2023, quarter: 1 }],
  'locks:list': [{}],
  'locks:lock': [{ year: 2023, quarter: 2 }],
  'locks:unlock': [
    { year: 2023, quarter: 2, unitIds: null },
    { year: 2023, quarter: 2, unitIds: null, reason: '' },
  ],
  'dashboard:summary': [{ year: 2023, period: 'Q5' }, { year: 2023 }],
  'dashboard:series': [{ year: 2023 }, { year: 2023, targetId: 'a' }],
  'reports:list': [{ year: 'x' }],
  'reports:draft': [{ year: 2023, period: 'Q9' }],
  'reports:save': [{ id: 1 }, { id: 1, documentNumber: '<script>', issuedOn: '2023-04-05', prose: {}, recipients: [] }],
  'reports:html': [{}],
  'reports:issue': [{ id: 0 }],
  'reports:pdf': [{ id: -1 }],
  'reports:print': [{ id: 'x' }],
  'audit:search': [{ period: 'Q2-2023' }, { limit: 100000 }],
  'figures:exportTemplate': [
    { year: 2023, quarter: 2, unitIds: null },
    { year: 2023, quarter: 2, unitIds: [], layout: 'one-workbook' },
    { year: 2023, quarter: 2, unitIds: null, layout: 'zip' },
  ],
  'figures:previewImport': [
    { files: [] },
    { files: [{ fileName: 'a.xlsx', contentBase64: 'not base64!' }] },
    { files: [{ fileName: 'a.xlsx', contentBase64: 'A'.repeat(14_000_000) }] },
    { files: [{ fileName: 'a.xlsx', contentBase64: 'UEsDBA==' }], year: 2023 },
  ],
  'figures:applyImport': [
    { files: [{ fileName: 'a.xlsx', contentBase64: 'UEsDBA==' }] },
    { files: [{ fileName: 'a.xlsx', contentBase64: 'UEsDBA==' }], digest: 'abc' },
  ],
};

describe('IPC contract', () => {
  it('has a core handler for every channel and no handler without a channel', () => {
    expect(Object.keys(handlers).sort()).toEqual([...channelNames].sort());
  });

  it('names every channel domain:verb', () => {
    for (const name of channelNames) expect(name).toMatch(/^[a-z]+:[a-zA-Z]+$/);
  });

  it.each(channelNames)('%s rejects malformed payloads with INVALID_INPUT and a Vietnamese message', async (name) => {
    const ctx = await openTestCore();
    const samples = malformed[name];
    expect(samples.length).toBeGreaterThan(0);
    for (const sample of samples) {
      expect(contract[name].input.safeParse(sample).success).toBe(false);
      const result = await dispatch(ctx, name, sample);
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      if (!result.ok) expect(result.error.message).toMatch(/^Dữ liệu nhập không hợp lệ/);
    }
  });

  it('refuses an unknown channel without throwing', async () => {
    const ctx = await openTestCore();
    expect(await dispatch(ctx, 'db:dropEverything', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
  });

  it('names the offending field in the message', async () => {
    const ctx = await openTestCore();
    const result = await dispatch(ctx, 'units:create', { name: 'Xã A', kind: 'tinh' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('kind');
  });
});
