import type { CouncilProfile } from '@shared/domain/council';
import type { UnitKind } from '@shared/domain/unit';

/**
 * The demo district is modelled on the Mỹ Tú (Sóc Trăng) 2023 plan. Every record it creates is flagged as demo data
 * and the app shows a "Dữ liệu mẫu" banner while it is in use.
 */
export const demoCouncil: CouncilProfile = {
  level: 'huyen',
  parentBody: 'UBND TỈNH SÓC TRĂNG',
  issuingBody: 'ỦY BAN NHÂN DÂN HUYỆN MỸ TÚ (DỮ LIỆU MẪU)',
  issuerName: '',
  issuingBodyCode: 'UBND',
  place: 'Mỹ Tú',
  signerCapacity: 'TM. ỦY BAN NHÂN DÂN',
  signerTitle: 'CHỦ TỊCH',
  signerName: 'Nguyễn Việt Phú',
};

export const demoUnits: ReadonlyArray<{ code: string; name: string; kind: UnitKind }> = [
  { code: 'TT-HHN', name: 'Thị trấn Huỳnh Hữu Nghĩa', kind: 'thi_tran' },
  { code: 'XA-LH', name: 'Xã Long Hưng', kind: 'xa' },
  { code: 'XA-HP', name: 'Xã Hưng Phú', kind: 'xa' },
  { code: 'XA-MH', name: 'Xã Mỹ Hương', kind: 'xa' },
  { code: 'XA-MT', name: 'Xã Mỹ Tú', kind: 'xa' },
  { code: 'XA-MP', name: 'Xã Mỹ Phước', kind: 'xa' },
  { code: 'XA-MTH', name: 'Xã Mỹ Thuận', kind: 'xa' },
  { code: 'XA-PM', name: 'Xã Phú Mỹ', kind: 'xa' },
  { code: 'XA-TH', name: 'Xã Thuận Hưng', kind: 'xa' },
  { code: 'P-NNPTNT', name: 'Phòng Nông nghiệp và Phát triển nông thôn', kind: 'phong_ban' },
  { code: 'P-VHTT', name: 'Phòng Văn hóa và Thông tin', kind: 'phong_ban' },
];
