import { describe, expect, it } from 'vitest';
import { emptyCouncilProfile } from '@shared/domain/council';
import { findSection } from '@renderer/app/sections';
import { pathFromHash } from '@renderer/app/use-hash-route';
import { formatIsoDate, localIsoDate } from '@renderer/format/dates';
import { formatDocumentDate, formatPlaceDateLine } from '@shared/document/document-date';
import { buildDocumentHeader, buildSignerBlock } from '@shared/document/document-header';
import { describeUnitStatus } from '@renderer/format/unit-status';
import { compareUnitNames, filterUnits } from '@renderer/pages/units/unit-list';
import { myTuUnits } from './support/my-tu-units';

describe('document date line (Nghị định 30)', () => {
  it('pads days below 10 but not months from March on', () => {
    expect(formatPlaceDateLine('Mỹ Tú', '2023-04-05')).toBe('Mỹ Tú, ngày 05 tháng 4 năm 2023');
  });

  it('pads January and February', () => {
    expect(formatDocumentDate('2024-01-09')).toBe('ngày 09 tháng 01 năm 2024');
    expect(formatDocumentDate('2024-02-15')).toBe('ngày 15 tháng 02 năm 2024');
  });

  it('leaves two-digit days and months 10–12 as they are', () => {
    expect(formatDocumentDate('2023-12-31')).toBe('ngày 31 tháng 12 năm 2023');
    expect(formatDocumentDate('2023-10-10')).toBe('ngày 10 tháng 10 năm 2023');
  });

  it('shows an ellipsis where the place is still blank', () => {
    expect(formatPlaceDateLine('  ', '2023-04-05')).toBe('…, ngày 05 tháng 4 năm 2023');
  });
});

describe('dates on screen', () => {
  it('shows ISO dates as dd/mm/yyyy', () => {
    expect(formatIsoDate('2023-03-31')).toBe('31/03/2023');
    expect(formatIsoDate('2025-07-01')).toBe('01/07/2025');
  });

  it("takes today from the PC's local calendar", () => {
    expect(localIsoDate(new Date(2023, 0, 9, 23, 30))).toBe('2023-01-09');
  });
});

describe('document header', () => {
  const profile = {
    ...emptyCouncilProfile,
    parentBody: 'UBND tỉnh Sóc Trăng',
    issuingBody: 'Ủy ban nhân dân huyện Mỹ Tú',
    issuingBodyCode: 'UBND',
    place: 'Mỹ Tú',
  };

  it('prints bodies in Vietnamese capitals and numbers reports with the body code', () => {
    const header = buildDocumentHeader(profile, '2023-04-05');
    expect(header.parentBody).toBe('UBND TỈNH SÓC TRĂNG');
    expect(header.issuingBody).toBe('ỦY BAN NHÂN DÂN HUYỆN MỸ TÚ');
    expect(header.numberLine).toBe('Số: …/BC-UBND');
    expect(header.placeDateLine).toBe('Mỹ Tú, ngày 05 tháng 4 năm 2023');
  });

  it('prints the signing capacity and title in capitals and the name as typed', () => {
    expect(
      buildSignerBlock({
        signerCapacity: 'tm. ủy ban nhân dân',
        signerTitle: 'Chủ tịch',
        signerName: ' Nguyễn Việt Phú ',
      }),
    ).toEqual({ capacity: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Việt Phú' });
  });
});

describe('unit status', () => {
  const names = new Map([[3, 'Xã Long Hưng']]);
  const open = { validFrom: null, validTo: null, mergedIntoId: null };

  it('names the unit a merged unit went into, with the date', () => {
    expect(describeUnitStatus({ ...open, validTo: '2025-07-01', mergedIntoId: 3 }, names, '2025-08-01').text).toBe(
      'Sáp nhập vào Xã Long Hưng từ 01/07/2025',
    );
  });

  it('dates a retirement', () => {
    expect(describeUnitStatus({ ...open, validTo: '2023-03-31' }, names, '2025-08-01').text).toBe(
      'Ngừng hoạt động từ 31/03/2023',
    );
  });

  it('says active for an open unit, and when a future unit starts', () => {
    expect(describeUnitStatus(open, names, '2025-08-01').text).toBe('Đang hoạt động');
    expect(describeUnitStatus({ ...open, validFrom: '2026-01-01' }, names, '2025-08-01').text).toBe(
      'Hoạt động từ 01/01/2026',
    );
  });
});

describe('unit search and order', () => {
  it('finds "long hung" without diacritics, and only that commune', () => {
    expect(filterUnits(myTuUnits(), 'long hung').map((u) => u.name)).toEqual(['Xã Long Hưng']);
  });

  it('matches words in any order and by code', () => {
    expect(filterUnits(myTuUnits(), 'HƯNG thuận').map((u) => u.name)).toEqual(['Xã Thuận Hưng']);
    expect(filterUnits(myTuUnits(), 'huynh-huu').map((u) => u.name)).toEqual(['Thị trấn Huỳnh Hữu Nghĩa']);
  });

  it('sorts names the Vietnamese way: Đ after D', () => {
    const names = ['Xã Đại Hải', 'Xã Dương Hòa', 'Xã Bình Minh'].map((name) => ({ name }));
    expect(names.sort(compareUnitNames).map((u) => u.name)).toEqual(['Xã Bình Minh', 'Xã Dương Hòa', 'Xã Đại Hải']);
  });
});

describe('hash routes', () => {
  const list = [{ path: '/don-vi' }, { path: '/cai-dat' }];

  it('reads the path from the hash, treating an empty hash as the root', () => {
    expect(pathFromHash('#/cai-dat')).toBe('/cai-dat');
    expect(pathFromHash('')).toBe('/');
  });

  it('matches a section and its sub-paths, and nothing else', () => {
    expect(findSection(list, '/don-vi/12')).toBe(list[0]);
    expect(findSection(list, '/don-vi-cu')).toBeUndefined();
    expect(findSection(list, '/')).toBeUndefined();
  });
});
