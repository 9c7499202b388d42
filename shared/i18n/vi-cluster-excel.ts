import { formatVietnameseNumber as n } from '../domain/vietnamese-number';

/** Vietnamese text of the self-scoring sheets (phiếu tự chấm) and of the criteria table import. */

export const selfScoreLabels = {
  council: 'HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG',
  title: 'PHIẾU TỰ CHẤM ĐIỂM THI ĐUA',
  round: (period: string, year: number, cluster: string) => `${period} năm ${year} — ${cluster}`,
  unit: (name: string, code: string) => `Đơn vị: ${name} (mã ${code})`,
  headers: {
    stt: 'STT',
    title: 'Tiêu chí',
    kind: 'Loại',
    max: 'Điểm tối đa',
    computed: 'Điểm tính tự động',
    explanation: 'Căn cứ tính điểm',
    points: 'Điểm tự chấm',
    comment: 'Nhận xét, giải trình',
    criterionId: 'Mã tiêu chí (không sửa)',
  },
  kinds: { noi_dung: 'Nội dung', thuong: 'Điểm thưởng', tru: 'Điểm trừ' } as Record<string, string>,
  total: 'TỔNG ĐIỂM (nội dung + thưởng + trừ)',
  instructionsSheet: 'Hướng dẫn',
  signature: 'THỦ TRƯỞNG ĐƠN VỊ (ký, ghi rõ họ tên, đóng dấu)',
  footer: 'Trang &P/&N',
  validation: {
    title: 'Điểm tự chấm',
    range: (max: number) => `Nhập điểm từ 0 đến ${n(max)} (ví dụ 12,5).`,
    deduction: (max: number) => `Điểm trừ: nhập số âm từ −${n(max)} đến 0 (ví dụ −5).`,
  },
};

export const selfScoreInstructions = (round: string): string[] => [
  `HƯỚNG DẪN TỰ CHẤM ĐIỂM THI ĐUA ${round.toUpperCase()}`,
  '',
  '1. Trang "Phiếu tự chấm" là bảng tiêu chí của cụm, khối. Chỉ nhập vào các ô nền vàng (cột "Điểm tự chấm" và ' +
    '"Nhận xét, giải trình"); các ô khác đã khóa để tránh sửa nhầm.',
  '2. Điểm nội dung và điểm thưởng: nhập từ 0 đến điểm tối đa của tiêu chí; được nhập số lẻ (ví dụ 12,5).',
  '3. Điểm trừ: nhập số âm (ví dụ −5), không trừ quá mức trừ tối đa của tiêu chí; không bị trừ thì để 0 hoặc bỏ trống.',
  '4. Tiêu chí tính tự động (nền xám) được tính từ kết quả thực hiện chỉ tiêu, kèm căn cứ tính điểm; đơn vị không ' +
    'nhập điểm các tiêu chí này, nhưng có thể ghi nhận xét, giải trình.',
  '5. Dòng nhóm (chữ đậm) là tổng của các tiêu chí con, không nhập điểm.',
  '6. Ô bỏ trống được hiểu là giữ nguyên điểm đã có. Không xóa các dòng, cột ẩn và không sửa cột "Mã tiêu chí".',
  '7. Được đổi tên trang, chèn thêm cột ghi chú riêng; lưu tệp dạng .xlsx rồi gửi lại Thường trực Hội đồng.',
];

export const selfScoreMessages = {
  noMembers: (cluster: string) => `"${cluster}" chưa có đơn vị thành viên.`,
  noCriteria: (cluster: string) => `"${cluster}" chưa có bảng tiêu chí chấm điểm.`,
  notTemplate: (file: string) =>
    `Tệp "${file}" không phải là phiếu tự chấm của Thi Đua Desk (không có mã nhận dạng phiếu). ` +
    'Hãy dùng phiếu xuất từ phần mềm.',
  badMarker: (place: string) => `${place}: mã nhận dạng phiếu bị sửa, không đọc được đợt chấm và đơn vị.`,
  newer: (place: string, version: number) =>
    `${place}: phiếu phiên bản ${version} do phần mềm mới hơn tạo ra; hãy cập nhật Thi Đua Desk.`,
  missingColumns: (place: string, columns: string) =>
    `${place}: thiếu cột ${columns} của phiếu (dòng mã cột ẩn bị xóa hoặc sửa). Hãy dùng lại phiếu gốc.`,
  unknownRound: (place: string) => `${place}: đợt chấm của phiếu không còn trong dữ liệu (đã xóa hoặc phiếu bị sửa).`,
  otherRound: (place: string, found: string, expected: string) =>
    `${place}: phiếu của đợt ${found}, khác đợt ${expected} của các tệp khác; hãy nhập riêng từng đợt.`,
  unknownUnit: (place: string, code: string, cluster: string) =>
    `${place}: đơn vị mã "${code}" không thuộc "${cluster}"; trang này không được nhập.`,
  duplicateUnit: (place: string, name: string, first: string) =>
    `${place}: phiếu của "${name}" đã có ở ${first}; mỗi đơn vị chỉ nhập một phiếu.`,
  unknownCriterion: (place: string, text: string) =>
    `${place}: mã tiêu chí "${text}" không có trong bảng điểm của cụm; dòng này không được nhập.`,
  groupCriterion: (place: string, code: string) =>
    `${place}: tiêu chí "${code}" là nhóm, không nhập điểm (hãy chấm các tiêu chí con).`,
  duplicateCriterion: (place: string, code: string, firstRow: number) =>
    `${place}: tiêu chí "${code}" đã có ở dòng ${firstRow}.`,
  computedIgnored: (place: string, code: string) =>
    `${place}: tiêu chí "${code}" tính tự động từ số liệu; điểm ghi trong phiếu được bỏ qua.`,
  pointsProblem: (place: string, problem: string) => `${place}: ${problem}`,
  ignoredSheet: (place: string) => `${place}: không phải trang phiếu tự chấm nên được bỏ qua.`,
  reason: (files: string) => `Nhập phiếu tự chấm từ Excel: ${files}`.slice(0, 500),
  commentSuffix: (comment: string) => `; nhận xét: "${comment}"`,
  empty: '(trống)',
  columnNames: {
    points: '"Điểm tự chấm"',
    comment: '"Nhận xét, giải trình"',
    criterionId: '"Mã tiêu chí"',
  } as Record<string, string>,
  fileName: (roundKey: string, unitCode: string) => `phieu-tu-cham-${roundKey}-${unitCode}.xlsx`,
};

export const criteriaImportMessages = {
  noHeader: (file: string) =>
    `Tệp "${file}" không có bảng tiêu chí: cần một dòng tiêu đề có các cột "STT", "Tiêu chí" và "Điểm tối đa" ` +
    '(cột "Loại" nếu có: nội dung, thưởng, trừ).',
  noRows: (place: string) => `${place}: bảng tiêu chí không có dòng nào.`,
  tooManyRows: (place: string, max: number) => `${place}: bảng có quá ${max} tiêu chí.`,
  noCode: (place: string) => `${place}: dòng có tên tiêu chí nhưng thiếu số thứ tự (STT).`,
  noTitle: (place: string) => `${place}: thiếu tên tiêu chí.`,
  badCode: (place: string, text: string) =>
    `${place}: số thứ tự "${text}" không đọc được (dùng I, II… cho nhóm lớn; 1, 2… hoặc 1.1, 1.2…; a, b… cho ý nhỏ).`,
  tooDeep: (place: string) => `${place}: bảng tiêu chí có quá 4 cấp.`,
  noMax: (place: string) => `${place}: thiếu điểm tối đa.`,
  badKind: (place: string, text: string) =>
    `${place}: loại "${text}" không hợp lệ; hãy ghi "nội dung", "thưởng" hoặc "trừ".`,
  badRow: (place: string, detail: string) => `${place}: ${detail}`,
  table: (place: string, problem: string) => `${place}: ${problem}`,
  reason: (file: string) => `Nhập bảng tiêu chí từ Excel: ${file}`.slice(0, 500),
};

/** Words of the buttons and dialogs on the cluster screen. */
export const clusterExcelWords = {
  exportSheets: 'Xuất phiếu tự chấm (Excel)',
  importSheets: 'Nhập phiếu tự chấm',
  importTitle: (round: string) => `Nhập phiếu tự chấm — ${round}`,
  preview: 'Xem trước',
  apply: 'Ghi vào điểm tự chấm',
  chooseFiles: 'Chọn hoặc kéo thả các phiếu tự chấm (.xlsx) đơn vị gửi lại',
  chooseHint: 'Chưa ghi gì cho đến khi xem trước và xác nhận; chỉ ghi vào lớp điểm tự chấm của đơn vị.',
  tooLarge: (file: string) => `Tệp "${file}" quá lớn so với một phiếu tự chấm.`,
  summary: (changes: number, refusals: number) =>
    `${changes} điểm thay đổi${refusals > 0 ? `, ${refusals} lỗi (tệp có lỗi không được nhập)` : ''}.`,
  otherRound: (found: string) => `Các phiếu thuộc đợt ${found}, không phải đợt đang mở; hãy mở đúng đợt rồi nhập.`,
  refusals: 'không nhập được',
  noChanges: 'Không có điểm nào thay đổi.',
  applied: (changes: number) => `Đã ghi ${changes} điểm tự chấm.`,
  reason: 'Lý do (không bắt buộc)',
  columns: { unit: 'Đơn vị', criterion: 'Tiêu chí', before: 'Hiện có', after: 'Trong phiếu' },
  importCriteria: 'Nhập từ Excel',
  importCriteriaTitle: 'Nhập bảng tiêu chí từ Excel',
  importCriteriaHint:
    'Tệp cần một dòng tiêu đề có các cột "STT", "Tiêu chí", "Điểm tối đa" và "Loại" (nội dung, thưởng, trừ). ' +
    'STT: I, II… cho nhóm lớn; 1, 2… hoặc 1.1, 1.2… cho tiêu chí; a, b… cho ý nhỏ.',
  replace: 'Thay cả bảng hiện có',
  append: 'Thêm vào sau bảng hiện có',
  lockedHint: 'Bảng đã có điểm chấm nên không nhập lại được.',
  unsavedFirst: 'Hãy lưu hoặc bỏ các thay đổi đang sửa trước khi nhập.',
  imported: (rows: number) => `Đã nhập bảng tiêu chí: ${rows} dòng.`,
  chooseFile: 'Chọn tệp Excel (.xlsx)',
};
