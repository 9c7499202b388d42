import type { CouncilLevel } from '../domain/council';
import type { UnitKind } from '../domain/unit';

/** Labels for stored codes, shared by the renderer, the CLI and printed documents. */
export const unitKindLabels: Record<UnitKind, string> = {
  xa: 'Xã',
  phuong: 'Phường',
  thi_tran: 'Thị trấn',
  phong_ban: 'Phòng, ban',
  doan_the: 'Đoàn thể',
  truong_hoc: 'Trường học',
  thon: 'Thôn, ấp, tổ dân phố',
  khac: 'Khác',
};

export const councilLevelLabels: Record<CouncilLevel, string> = {
  tinh: 'Cấp tỉnh',
  huyen: 'Cấp huyện',
  xa: 'Cấp xã',
};
