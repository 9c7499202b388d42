import { describe, expect, it } from 'vitest';
import type { ReportRecord } from '@shared/report/report-record';
import {
  defaultPeriodChoice,
  hasUnsavedChanges,
  recipientLines,
  sortReports,
  toFormValues,
  toSavePayload,
} from '@renderer/pages/reports/report-form';
import { fileMimeType } from '@renderer/pages/reports/report-files';
import { reportIdFromPath, reportPath } from '@renderer/pages/reports/reports-route';

const draft: ReportRecord = {
  id: 7,
  year: 2023,
  period: 'Q2',
  documentNumber: '45',
  issuedOn: '2023-07-05',
  prose: { direction: 'Chỉ đạo.', results: '', clusters: '', awards: '', shortcomings: '- Chậm.', nextSteps: '' },
  recipients: ['- Ban Thi đua – Khen thưởng tỉnh;', '- Lưu: VT.'],
  addressees: [],
  status: 'nhap',
  issuedAt: null,
  issuedBy: null,
  updatedAt: '2023-07-05T02:00:00.000Z',
};

describe('the report editor’s form values', () => {
  it('round-trips a record: the date through the picker, recipients one per line', () => {
    const values = toFormValues(draft);
    expect(values.issuedOn.format('DD/MM/YYYY')).toBe('05/07/2023');
    expect(values.recipients).toBe('- Ban Thi đua – Khen thưởng tỉnh;\n- Lưu: VT.');
    expect(toSavePayload(draft.id, values)).toEqual({
      id: 7,
      documentNumber: '45',
      issuedOn: '2023-07-05',
      prose: draft.prose,
      recipients: draft.recipients,
      addressees: [],
    });
    expect(hasUnsavedChanges(draft, values)).toBe(false);
    expect(hasUnsavedChanges(draft, { ...values, prose: { ...values.prose, awards: 'Khen 3 tập thể.' } })).toBe(true);
  });

  it('keeps each non-blank recipient line, trimmed, and trims the number', () => {
    expect(recipientLines('  - UBND tỉnh;\r\n\n   \n- Lưu: VT.  ')).toEqual(['- UBND tỉnh;', '- Lưu: VT.']);
    expect(toSavePayload(1, { ...toFormValues(draft), documentNumber: ' 12 ' }).documentNumber).toBe('12');
  });
});

describe('the period picker and the list', () => {
  it('starts on the draft in progress, else on the quarter being reported in the latest plan year', () => {
    expect(defaultPeriodChoice([2023], [draft], new Date(2025, 0, 1))).toEqual({ year: 2023, period: 'Q2' });
    expect(defaultPeriodChoice([2023], [], new Date(2023, 6, 5))).toEqual({ year: 2023, period: 'Q2' });
    expect(defaultPeriodChoice([2022, 2023], [], new Date(2024, 1, 1))).toEqual({ year: 2023, period: 'Q4' });
    expect(defaultPeriodChoice([], [], new Date(2023, 6, 5))).toBeNull();
  });

  it('lists the newest period first, a year’s report after its quarters', () => {
    const reports = [
      { ...draft, id: 1, period: 'Q1' as const },
      { ...draft, id: 2, period: 'Y' as const, year: 2022 },
      { ...draft, id: 3, period: 'H1' as const },
    ];
    expect(sortReports(reports).map((r) => r.id)).toEqual([3, 1, 2]);
  });

  it('routes one report at #/bao-cao/<id> and names file types for the download', () => {
    expect(reportPath(12)).toBe('/bao-cao/12');
    expect(reportIdFromPath('/bao-cao/12')).toBe(12);
    expect(reportIdFromPath('/bao-cao')).toBeNull();
    expect(reportIdFromPath('/bao-cao/12/x')).toBeNull();
    expect(fileMimeType('bao-cao.PDF')).toBe('application/pdf');
    expect(fileMimeType('a.xlsx')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });
});
