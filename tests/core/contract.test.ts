import { describe, expect, it } from 'vitest';
import { channelNames, contract, type ChannelName } from '@shared/contract';
import { dispatch } from '@core/dispatch/dispatch';
import { handlers } from '@core/dispatch/handler-table';
import { openTestCore } from '../support/temp-core';

/** One malformed payload per channel at least; typed so a new channel cannot be added without one. */
const malformed: Record<ChannelName, unknown[]> = {
  'app:info': [{ extra: 1 }, 'text'],
  'app:setup': [
    {},
    { mode: 'all' },
    { mode: 'demo', extra: true },
    { mode: 'demo', demo: 'tinh-2030' },
    { mode: 'empty', demo: 'xa-2026' },
    { mode: 'demo', level: 'tinh' },
  ],
  'app:startReal': [{ confirm: true }, 'now'],
  'app:gettingStarted': [{ all: true }, 1],
  'units:delete': [{}, { id: 0 }, { id: 1, extra: true }],
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
  'packages:settings': [{ extra: 1 }],
  'packages:saveSettings': [
    { senderCode: 'XA-1', upperCouncilName: 'Tỉnh', calendar: { window: 'monthly', dueDays: 2 } },
    { senderCode: 'XA-1', upperCouncilName: 'Tỉnh', calendar: { window: 'nd09', dueDays: -1 } },
  ],
  'packages:links': [{ upperPlanId: 0 }],
  'packages:saveLinks': [{ upperPlanId: 1, links: [{ upperIndicatorId: 1 }] }, { links: [] }],
  'packages:export': [{ year: 2026, quarter: 5 }, { year: 2026 }],
  'packages:preview': [{ files: [] }, { files: [{ fileName: 'a.tdd', contentBase64: 'not base64!' }] }],
  'packages:apply': [{ files: [{ fileName: 'a.tdd', contentBase64: 'UEsDBA==' }], digest: 'abc' }],
  'packages:board': [{ year: 2026, quarter: 0 }],
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
  'reports:proposeShortcomings': [{}, { id: 'x' }],
  'reports:issue': [{ id: 0 }],
  'reports:pdf': [{ id: -1 }],
  'reports:print': [{ id: 'x' }],
  'reports:export': [
    { id: 1 },
    { id: 1, format: 'pdf' },
    { id: 0, format: 'docx' },
    { id: 1, format: 'xlsx', extra: 1 },
  ],
  'commendation:catalogue': [{ onDate: '30/06/2023' }],
  'commendation:saveTitleVersion': [
    { titleId: 1, effectiveFrom: '2024-01-01', prizeMultiple: -1, legalBasis: '' },
    { titleId: 1, effectiveFrom: '2024-01-01', prizeMultiple: 0.333, legalBasis: '' },
    { titleId: 1, effectiveFrom: '2024-01-01', authority: 'x', prizeMultiple: 1, legalBasis: '' },
  ],
  'commendation:saveAuthority': [
    {
      titleId: 1,
      councilLevel: 'quan',
      effectiveFrom: '2025-07-01',
      decidedBy: 'x',
      withinCouncil: true,
      legalBasis: '',
    },
    { titleId: 1, councilLevel: 'xa', effectiveFrom: '2025-07-01', decidedBy: '', withinCouncil: true, legalBasis: '' },
  ],
  'commendation:saveRegime': [
    { effectiveFrom: '2025-07-01', name: 'x', legalBasis: '', rounding: 'floor' },
    { effectiveFrom: '01/07/2025', name: 'x', legalBasis: '', rounding: 'none' },
  ],
  'commendation:savePrinciple': [
    { key: 'A', effectiveFrom: '2025-07-01', kind: 'sanction', label: 'x', legalBasis: '', params: {}, active: true },
    { key: 'ABC', effectiveFrom: '2025-07-01', kind: 'magic', label: 'x', legalBasis: '', params: {}, active: true },
    {
      key: 'ABC',
      effectiveFrom: '2025-07-01',
      kind: 'tiePreference',
      label: 'x',
      legalBasis: '',
      params: { collectiveFemalePercent: 170 },
      active: true,
    },
  ],
  'commendation:saveBaseSalary': [
    { effectiveFrom: '2024-07-01', amount: 0 },
    { effectiveFrom: 'x', amount: 2340000 },
  ],
  'commendation:saveRule': [
    {
      key: 'A.B',
      effectiveFrom: '2024-01-01',
      titleCode: 'CSTDCS',
      label: 'x',
      source: 'luat',
      sourceNote: '',
      appliesTo: 'all',
      definition: { kind: 'shareCap', ofTitle: 'LDTT', maxPercent: 150 },
      active: true,
    },
    {
      key: 'a b',
      effectiveFrom: '2024-01-01',
      titleCode: 'CSTDCS',
      label: 'x',
      source: 'luat',
      sourceNote: '',
      appliesTo: 'all',
      definition: { kind: 'countCap', maxCount: 2 },
      active: true,
    },
    {
      key: 'A.B',
      effectiveFrom: '2024-01-01',
      titleCode: 'CSTDCS',
      label: 'x',
      source: 'luat',
      sourceNote: '',
      appliesTo: 'all',
      definition: { kind: 'magic' },
      active: true,
    },
  ],
  'people:list': [{ unitId: 'x' }],
  'people:sanctions': [{ personId: 'x' }],
  'people:saveSanction': [
    { personId: 1, unitId: 1, kind: 'ky_luat', fromDate: '2026-01-01', toDate: null, document: '', note: '' },
    { personId: 1, unitId: null, kind: 'phat', fromDate: '2026-01-01', toDate: null, document: '', note: '' },
    {
      personId: 1,
      unitId: null,
      kind: 'ky_luat',
      fromDate: '2026-03-01',
      toDate: '2026-01-01',
      document: '',
      note: '',
    },
  ],
  'people:deleteSanction': [{ id: 0 }],
  'people:save': [
    { fullName: '', position: null, unitId: 1, birthDate: null },
    { fullName: 'A', position: null, unitId: 1 },
    { fullName: 'A', position: null, unitId: 1, birthDate: null, gender: 'khac' },
  ],
  'initiatives:list': [{ year: 1 }],
  'initiatives:save': [
    { title: 'x', authorsText: '', authorIds: [], unitId: null, year: 2023, recognitionDecision: '', scope: 'huyen' },
  ],
  'exemplars:list': [{ extra: 1 }],
  'exemplars:save': [
    { kind: 'khac', who: 'A', personId: null, unitId: null, deed: 'x', occurredOn: '2023-01-01', movementId: null },
  ],
  'awards:eligibility': [
    { year: 2023, period: 'Q2', titleCode: 'CSTDCS' },
    { year: 2023, period: 'Y' },
  ],
  'awards:history': [
    { personId: null, unitId: null },
    { personId: 1, unitId: 1 },
  ],
  'awards:search': [{ query: '' }],
  'awards:stats': [{ year: '2023' }],
  'proposals:list': [{ year: 0 }],
  'proposals:create': [{ year: 2023, period: '9M', titleId: 1, note: '' }],
  'proposals:get': [{ id: 0 }],
  'proposals:addEntry': [{ proposalId: 1, personId: 1, unitId: 2, achievements: '' }],
  'proposals:updateEntry': [{ entryId: 1, achievements: '', status: 'quyet_dinh' }],
  'proposals:saveSubmission': [
    { id: 1, number: '12a', issuedOn: null },
    { id: 1, number: '12', issuedOn: '2023-13-01' },
  ],
  'proposals:submissionPdf': [{ id: 'x' }],
  'decisions:list': [{ id: 1 }],
  'decisions:get': [{}],
  'decisions:create': [
    { number: '', signedOn: '2023-12-20', signer: 'A', authority: 'B', subject: 'C', entryIds: [], recipients: [] },
    {
      number: '12/QĐ',
      signedOn: '2023-12-20',
      signer: 'A',
      authority: 'B',
      subject: 'C',
      entryIds: [],
      recipients: [{ titleId: 1, year: 2023, period: 'Y', personId: 1, unitId: 1 }],
    },
  ],
  'decisions:annexHtml': [{ id: -2 }],
  'decisions:annexPdf': [{ id: 1.5 }],
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
  // Backups (sao lưu): paths never travel from the renderer, only tokens of paths picked in the app's dialog.
  'backups:list': [{ folder: '/tmp' }, 'list'],
  'backups:create': [{ reason: 'manual' }, [1]],
  'backups:restore': [{}, { path: '/tmp/a.sqlite' }, { backup: '/tmp/a.sqlite' }, { backup: 42 }],
  'backups:undoRestore': [{ path: '/tmp/a.sqlite' }],
  'backups:setFolder': [{}, { folder: 'D:\\SaoLuu' }, { folder: '\\\\may-chu\\ThiDua' }],
  'backups:exportDatabase': [{}, { folder: '' }, { folder: '/tmp' }],
  'backups:importDatabase': [{ file: null }, { file: '\\\\?\\C:\\du-lieu.sqlite' }, { path: '/tmp/a.sqlite' }],
  'paths:picker': [{ mode: 'dialog' }, 'x'],
  'paths:choose': [
    {},
    { purpose: 'anything' },
    { purpose: 'backup-folder', typedPath: '' },
    { purpose: 'backup-folder', path: '/' },
  ],
  'clusters:list': [{}, { year: 1800 }],
  'clusters:save': [
    { year: 2023, name: 'Cụm 1', kind: 'cum', memberIds: [], leaderUnitId: null, deputyUnitId: null, note: null },
    { year: 2023, name: '', kind: 'nhom', memberIds: [1], leaderUnitId: null, deputyUnitId: null, note: null },
  ],
  'clusters:delete': [{ id: 0 }],
  'clusters:copyYear': [{ fromYear: 2023, toYear: 2023 }, { fromYear: 2023 }],
  'clusters:rotateLeader': [{ id: 1, leaderUnitId: 'x' }],
  'clusters:criteria': [{ clusterId: -2 }],
  'clusters:saveCriteria': [
    { clusterId: 1, rows: [{ level: 1, code: '1', title: 'A', kind: 'noi_dung', maxPoints: -5, link: null }] },
    { clusterId: 1, rows: [{ level: 9, code: '1', title: 'A', kind: 'khac', maxPoints: 5, link: null }] },
  ],
  'clusters:copyCriteria': [{ fromClusterId: 1 }],
  'scores:open': [{ clusterId: 1, period: 'Q2' }],
  'scores:round': [{ roundId: 'a' }],
  'scores:save': [
    { roundId: 1, unitId: 1, layer: 'tinh', entries: [{ criterionId: 1, points: 1, comment: null }] },
    { roundId: 1, unitId: 1, layer: 'hoi_dong', entries: [] },
    { roundId: 1, unitId: 1, layer: 'hoi_dong', entries: [{ criterionId: 1, points: Infinity, comment: null }] },
  ],
  'scores:saveNomination': [
    { roundId: 1, tieRule: ['may_man'], nominations: [], minutes: {} },
    {
      roundId: 1,
      tieRule: [],
      nominations: [{ award: 'co_thi_dua', unitId: 1, votes: -1 }],
      minutes: { meetingDate: null, meetingPlace: null, chair: null, recorder: null, voters: null, note: null },
    },
  ],
  'scores:html': [
    { roundId: 1, document: 'phieu_cham' },
    { roundId: 1, document: 'thu' },
  ],
  'scores:pdf': [{ roundId: 1 }, { roundId: 1, document: 'tong_hop', unitId: 0 }],
  'scores:saveDocuments': [{ roundId: 1 }, { roundId: 1, startTime: '8h' }],
  'decisions:exportList': [{}, { id: 0 }],
  'awards:exportHistory': [{ year: 1800 }, { year: '2023' }],
  'awards:previewImport': [{ files: [] }, { files: [{ fileName: 'a.xlsx', contentBase64: 'not base64!' }] }],
  'awards:applyImport': [
    { files: [{ fileName: 'a.xlsx', contentBase64: 'UEsDBA==' }] },
    { files: [{ fileName: 'a.xlsx', contentBase64: 'UEsDBA==' }], digest: 'abc' },
  ],
  'scores:exportSheets': [
    { clusterId: 1, round: '2023-Y' },
    { clusterId: 0, round: 'Y' },
  ],
  'scores:previewImport': [{ files: [] }, { files: [{ fileName: 'a.xlsx', contentBase64: 'not base64!' }] }],
  'scores:applyImport': [
    { files: [{ fileName: 'a.xlsx', contentBase64: 'UEsDBA==' }] },
    { files: [{ fileName: 'a.xlsx', contentBase64: 'UEsDBA==' }], digest: 'abc' },
  ],
  'clusters:importCriteria': [
    { clusterId: 1, fileName: 'a.xlsx', contentBase64: 'UEsDBA==' },
    { clusterId: 1, fileName: '', contentBase64: 'UEsDBA==', replace: true },
  ],
  'files:saveToFolder': [
    { files: [] },
    { folder: '/tmp', files: [{ fileName: 'a.xlsx', contentBase64: 'UEsDBA==' }] },
    { folder: `p_${'a'.repeat(32)}`, files: [{ fileName: '../../Startup/a.xlsx', contentBase64: 'UEsDBA==' }] },
    { folder: `p_${'a'.repeat(32)}`, files: [{ fileName: 'C:\\Windows\\a.xlsx', contentBase64: 'UEsDBA==' }] },
    { folder: `p_${'a'.repeat(32)}`, files: [{ fileName: 'mau.exe', contentBase64: 'UEsDBA==' }] },
    { folder: `p_${'a'.repeat(32)}`, files: [{ fileName: 'NUL.xlsx', contentBase64: 'UEsDBA==' }] },
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
