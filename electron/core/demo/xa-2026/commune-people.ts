import type { Gender, PersonStatGroup } from '@shared/commendation/registry';

/**
 * The commune's people in the registry, with the titles their decisions gave them (see commune-awards.ts for the
 * decisions). Chosen so every title of 2026 has at least one candidate who qualifies and one who does not, each for
 * a reason the law gives (research §5): Trần Văn Lực is under a discipline review, Lê Thị Ngọc Hân served a
 * discipline until 09/03/2026, Huỳnh Văn Sang's only distinction is a chuyên đề Giấy khen, Thạch Sô Phol has three
 * CSTĐCS in a row and a provincial initiative, Nguyễn Văn Tới only one, Lâm Thị Sa Ry two CSTĐ cấp tỉnh, and Trần
 * Thị Bích Tuyền ties with Phạm Minh Đức for the one Bằng khen place of their hamlet.
 */
export interface CommunePerson {
  name: string;
  gender: Gender;
  position: string;
  unit: string;
  statGroup?: PersonStatGroup;
}

export const communePeople: readonly CommunePerson[] = [
  { name: 'Võ Minh Trí', gender: 'nam', position: 'Chánh Văn phòng', unit: 'VP', statGroup: 'lanh_dao_khac' },
  { name: 'Lê Thị Ngọc Hân', gender: 'nu', position: 'Công chức Văn phòng – Thống kê', unit: 'VP' },
  { name: 'Trương Văn Bảo', gender: 'nam', position: 'Công chức Tư pháp – Hộ tịch', unit: 'VP' },
  { name: 'Đỗ Thị Mỹ Linh', gender: 'nu', position: 'Chuyên viên', unit: 'VP' },
  { name: 'Thạch Sô Phol', gender: 'nam', position: 'Trưởng phòng', unit: 'P-KT', statGroup: 'lanh_dao_khac' },
  { name: 'Trần Văn Lực', gender: 'nam', position: 'Công chức Địa chính – Nông nghiệp', unit: 'P-KT' },
  { name: 'Nguyễn Văn Hậu', gender: 'nam', position: 'Chuyên viên', unit: 'P-KT' },
  { name: 'Lâm Thị Kim Chi', gender: 'nu', position: 'Chuyên viên', unit: 'P-KT' },
  { name: 'Kiên Văn Tùng', gender: 'nam', position: 'Chuyên viên', unit: 'P-KT' },
  { name: 'Phan Thị Thu', gender: 'nu', position: 'Chuyên viên', unit: 'P-KT' },
  { name: 'Nguyễn Thị Kim Hoa', gender: 'nu', position: 'Trưởng phòng', unit: 'P-VHXH', statGroup: 'lanh_dao_khac' },
  { name: 'Nguyễn Văn Tới', gender: 'nam', position: 'Chuyên viên', unit: 'P-VHXH' },
  { name: 'Sơn Thị Sa Thi', gender: 'nu', position: 'Chuyên viên', unit: 'P-VHXH' },
  { name: 'Huỳnh Thanh Tâm', gender: 'nam', position: 'Chuyên viên', unit: 'P-VHXH' },
  { name: 'Trần Thị Ngọc Mai', gender: 'nu', position: 'Chuyên viên', unit: 'P-VHXH' },
  { name: 'Lê Hoàng Phúc', gender: 'nam', position: 'Chuyên viên', unit: 'P-VHXH' },
  { name: 'Dương Thị Hồng', gender: 'nu', position: 'Hợp đồng lao động', unit: 'P-VHXH' },
  { name: 'Châu Văn Lợi', gender: 'nam', position: 'Giám đốc', unit: 'TT-PVHCC', statGroup: 'lanh_dao_khac' },
  { name: 'Nguyễn Thị Trúc', gender: 'nu', position: 'Chuyên viên', unit: 'TT-PVHCC' },
  { name: 'Lý Thị Hạnh', gender: 'nu', position: 'Chuyên viên', unit: 'TT-PVHCC' },
  { name: 'Trần Minh Khoa', gender: 'nam', position: 'Chuyên viên', unit: 'TT-PVHCC' },
  { name: 'Thạch Thị Sà Rênh', gender: 'nu', position: 'Chủ tịch Hội', unit: 'HLHPN', statGroup: 'lanh_dao_khac' },
  { name: 'Võ Thị Lan', gender: 'nu', position: 'Phó Chủ tịch Hội', unit: 'HLHPN' },
  { name: 'Phạm Thị Yến', gender: 'nu', position: 'Cán bộ Hội', unit: 'HLHPN' },
  { name: 'Danh Văn Hùng', gender: 'nam', position: 'Chủ tịch Hội', unit: 'HND', statGroup: 'lanh_dao_khac' },
  { name: 'Lê Văn Tư', gender: 'nam', position: 'Phó Chủ tịch Hội', unit: 'HND' },
  { name: 'Nguyễn Văn Năm', gender: 'nam', position: 'Cán bộ Hội', unit: 'HND' },
  { name: 'Trần Văn Sáu', gender: 'nam', position: 'Cán bộ Hội', unit: 'HND' },
  { name: 'Huỳnh Văn Bảy', gender: 'nam', position: 'Chi hội trưởng', unit: 'HND' },
  { name: 'Lâm Văn Tám', gender: 'nam', position: 'Chi hội trưởng', unit: 'HND' },
  { name: 'Kim Văn Phước', gender: 'nam', position: 'Chủ tịch Ủy ban MTTQ', unit: 'MTTQ', statGroup: 'lanh_dao_khac' },
  { name: 'Đinh Thị Hoa', gender: 'nu', position: 'Phó Chủ tịch Ủy ban MTTQ', unit: 'MTTQ' },
  { name: 'Sơn Minh Nhựt', gender: 'nam', position: 'Bí thư Đoàn', unit: 'DTN' },
  { name: 'Trần Văn Chín', gender: 'nam', position: 'Chủ tịch Hội', unit: 'HCCB' },
  { name: 'Lâm Thị Sa Ry', gender: 'nu', position: 'Giáo viên', unit: 'THCS-MT' },
  { name: 'Nguyễn Văn Thành', gender: 'nam', position: 'Hiệu trưởng', unit: 'THCS-MT', statGroup: 'lanh_dao_khac' },
  { name: 'Trịnh Thị Mơ', gender: 'nu', position: 'Giáo viên', unit: 'THCS-MT' },
  { name: 'Đặng Văn Phúc', gender: 'nam', position: 'Giáo viên', unit: 'TH-MTH' },
  { name: 'Lê Thị Thu Hà', gender: 'nu', position: 'Giáo viên', unit: 'TH-MTH' },
  { name: 'Trương Minh Luân', gender: 'nam', position: 'Trạm trưởng', unit: 'TYT', statGroup: 'lanh_dao_khac' },
  { name: 'Nguyễn Thị Diễm', gender: 'nu', position: 'Y sĩ', unit: 'TYT' },
  { name: 'Sơn Thị Phalla', gender: 'nu', position: 'Nữ hộ sinh', unit: 'TYT' },
  { name: 'Phạm Minh Đức', gender: 'nam', position: 'Trưởng ấp', unit: 'AP-MTN' },
  { name: 'Trần Thị Bích Tuyền', gender: 'nu', position: 'Chi hội trưởng Chi hội Phụ nữ ấp', unit: 'AP-MTN' },
  { name: 'Huỳnh Văn Sang', gender: 'nam', position: 'Trưởng ấp', unit: 'AP-SX' },
  { name: 'Lê Văn Lành', gender: 'nam', position: 'Trưởng ấp', unit: 'AP-CTH' },
];

/** Who received LĐTT 2026 at the year end (decision 210): everyone but those named here. */
export const noLdtt2026 = new Set([
  'Trần Văn Lực',
  'Dương Thị Hồng',
  'Phạm Thị Yến',
  'Huỳnh Văn Bảy',
  'Lâm Văn Tám',
  'Lâm Thị Sa Ry',
  'Nguyễn Văn Thành',
  'Trịnh Thị Mơ',
  'Đặng Văn Phúc',
  'Lê Thị Thu Hà',
  'Phạm Minh Đức',
  'Trần Thị Bích Tuyền',
  'Huỳnh Văn Sang',
  'Lê Văn Lành',
]);
