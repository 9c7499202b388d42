import type { Unit } from '@shared/domain/unit';
import { unit } from './fake-api';

/**
 * A few Mỹ Tú units, deliberately out of order: the list must come back territorial units first, then in Vietnamese
 * alphabetical order (Đ after D, "Hưng" before "Long"), plus one commune retired and one merged by 1/7/2025.
 */
export function myTuUnits(): Unit[] {
  return [
    unit(1, 'Phòng Văn hóa và Thông tin', 'phong_ban'),
    unit(2, 'Xã Thuận Hưng', 'xa'),
    unit(3, 'Xã Long Hưng', 'xa'),
    unit(4, 'Xã Đại Hải', 'xa'),
    unit(5, 'Xã Dương Hòa', 'xa'),
    unit(6, 'Thị trấn Huỳnh Hữu Nghĩa', 'thi_tran'),
    unit(7, 'Xã Hưng Phú', 'xa', { validTo: '2023-03-31' }),
    unit(8, 'Xã Mỹ Hương', 'xa', { validTo: '2025-07-01', mergedIntoId: 3 }),
  ];
}
