import type { CouncilLevel } from '../domain/council';
import type { UnitKind } from '../domain/unit';

/** Labels for stored codes, shared by the renderer, the CLI and printed documents. */
export const unitKindLabels: Record<UnitKind, string> = {
  xa: 'Xã',
  phuong: 'Phường',
  dac_khu: 'Đặc khu',
  thi_tran: 'Thị trấn',
  phong_ban: 'Phòng, ban',
  doan_the: 'Đoàn thể',
  truong_hoc: 'Trường học',
  thon: 'Thôn, ấp, tổ dân phố',
  doanh_nghiep: 'Doanh nghiệp',
  khac: 'Khác',
};

export const councilLevelLabels: Record<CouncilLevel, string> = {
  tinh: 'Cấp tỉnh',
  huyen: 'Cấp huyện (trước 01/7/2025)',
  xa: 'Cấp xã (xã, phường, đặc khu)',
};

/** How a kind reads for a province, whose departments are sở, ban, ngành rather than phòng, ban. */
export function unitKindLabelFor(kind: UnitKind, level: CouncilLevel): string {
  return level === 'tinh' && kind === 'phong_ban' ? 'Sở, ban, ngành' : unitKindLabels[kind];
}
