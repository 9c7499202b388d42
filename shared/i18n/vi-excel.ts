import { formatVietnameseNumber as n } from '../domain/vietnamese-number';

/** Vietnamese text of the Excel template ("Xuất mẫu nhập liệu") and of the importer ("Nhập từ Excel"). */

const romanQuarters = ['I', 'II', 'III', 'IV'];

/** @example quarterTitle(2023, 2) === 'Quý II năm 2023' */
export function quarterTitle(year: number, quarter: number): string {
  return `Quý ${romanQuarters[quarter - 1]} năm ${year}`;
}

/** Where a problem is: file, then sheet, row and column when known. */
export interface ExcelLocation {
  file: string;
  sheet?: string | undefined;
  row?: number | undefined;
  column?: string | undefined;
}

/** @example excelPlace({file:'a.xlsx', sheet:'Long Hưng', row:7, column:'F'}) === 'Tệp "a.xlsx", trang "Long Hưng", dòng 7, cột F' */
export function excelPlace(at: ExcelLocation): string {
  const parts = [`Tệp "${at.file}"`];
  if (at.sheet !== undefined) parts.push(`trang "${at.sheet}"`);
  if (at.row !== undefined) parts.push(`dòng ${at.row}`);
  if (at.column !== undefined) parts.push(`cột ${at.column}`);
  return parts.join(', ');
}

export const templateLabels = {
  council: 'HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG',
  title: 'BÁO CÁO SỐ LIỆU THỰC HIỆN CHỈ TIÊU THI ĐUA',
  unit: (name: string, code: string) => `Đơn vị: ${name} (mã ${code})`,
  areaTarget: (area: string) => `(${area})`,
  wholeArea: { tinh: 'toàn tỉnh', huyen: 'toàn huyện', xa: 'toàn xã' } as Record<string, string>,
  headers: {
    stt: 'STT',
    name: 'Chỉ tiêu',
    measureUnit: 'ĐVT',
    plan: 'Kế hoạch năm',
    lastYear: 'Cùng kỳ năm trước',
    value: 'Thực hiện quý',
    numerator: 'Tử số',
    denominator: 'Mẫu số',
    achieved: 'Đạt / Chưa đạt',
    status: 'Ước / Chính thức',
    note: 'Ghi chú',
    indicatorId: 'Mã chỉ tiêu (không sửa)',
  },
  ratioParts: (numerator: string, denominator: string) => `Tử số: ${numerator}; mẫu số: ${denominator}`,
  rateParts: (numerator: string, denominator: string) =>
    `Nhập tỷ lệ (%) ở cột "Thực hiện quý" (kèm mẫu số nếu có), hoặc tử số: ${numerator}; mẫu số: ${denominator}`,
  rateValue: 'tỷ lệ (%)',
  defaultNumerator: 'tử số',
  defaultDenominator: 'mẫu số',
  achieved: 'Đạt',
  notAchieved: 'Chưa đạt',
  estimated: 'Ước',
  official: 'Chính thức',
  instructionsSheet: 'Hướng dẫn',
  signature: 'Người lập biểu (ký, ghi rõ họ tên)',
  footer: 'Trang &P/&N',
  validation: {
    numberTitle: 'Số liệu',
    nonNegative: 'Nhập một số không âm (ví dụ 1.234,5).',
    anyNumber: 'Nhập một số (ví dụ 1.234,5; số âm khi điều chỉnh giảm).',
    choiceTitle: 'Chọn trong danh sách',
    achievedChoice: 'Chọn Đạt hoặc Chưa đạt.',
    statusChoice: 'Chọn Ước (số ước tính) hoặc Chính thức.',
    enter: (label: string) => `Nhập ${label}.`,
  },
};

/** The "Hướng dẫn" sheet, one paragraph per line. */
export const templateInstructions = (periodTitle: string): string[] => [
  `HƯỚNG DẪN NHẬP SỐ LIỆU THỰC HIỆN CHỈ TIÊU THI ĐUA ${periodTitle.toUpperCase()}`,
  '',
  '1. Mỗi trang (sheet) là một đơn vị. Chỉ nhập vào các ô nền vàng; các ô khác đã khóa để tránh sửa nhầm.',
  '2. Chỉ tiêu có một giá trị: nhập vào cột "Thực hiện quý". Chỉ tiêu cộng dồn (sản lượng, việc làm mới…) nhập số ' +
    'của riêng quý này, không cộng dồn từ đầu năm; chỉ tiêu thời điểm (tổng đàn, diện tích nuôi…) và chỉ tiêu bình ' +
    'quân, tỷ trọng (thu nhập bình quân đầu người…) nhập số tại cuối quý.',
  '3. Chỉ tiêu tỷ lệ: nhập tỷ lệ (%) vào cột "Thực hiện quý", kèm "Mẫu số" nếu biết (ví dụ tổng số hộ) để tính ' +
    'được tỷ lệ chung; hoặc nhập "Tử số" và "Mẫu số" (ví dụ số hộ nghèo và tổng số hộ), phần mềm tự tính tỷ lệ. ' +
    'Chỉ tiêu năng suất: nhập "Tử số" và "Mẫu số". Tên tử số, mẫu số ghi dưới tên chỉ tiêu.',
  '4. Chỉ tiêu Đạt / Chưa đạt: chọn trong danh sách ở cột "Đạt / Chưa đạt".',
  '5. Cột "Ước / Chính thức": chọn Ước nếu là số ước tính, Chính thức nếu là số đã chốt. Bỏ trống được hiểu là Ước.',
  '6. Số viết theo kiểu Việt Nam: dấu chấm tách hàng nghìn, dấu phẩy là dấu thập phân (1.234,5). ' +
    'Không ghi đơn vị tính hay chữ vào ô số.',
  '7. Ô để trống nghĩa là chưa có số liệu; số đã báo trước đó được giữ nguyên.',
  '8. Có thể đổi tên trang, thêm dòng trống hoặc cột ghi chú riêng. Không xóa các dòng, cột ẩn và cột ' +
    '"Mã chỉ tiêu": phần mềm dựa vào đó để nhận biết đơn vị và chỉ tiêu.',
  '9. Lưu tệp dạng .xlsx và gửi lại cho Thường trực Hội đồng Thi đua – Khen thưởng.',
];

export const exportMessages = {
  noIndicators: (year: number) =>
    `Năm ${year} chưa có kế hoạch với chỉ tiêu nhập theo đơn vị; hãy nhập kế hoạch trước khi xuất mẫu.`,
  noUnits: (period: string) => `Không có đơn vị nào hoạt động trong ${period}.`,
  unitNotActive: (name: string, period: string) => `Đơn vị "${name}" không hoạt động trong ${period}.`,
};

export const importMessages = {
  notXlsx: (file: string) => `Tệp "${file}" không phải là tệp Excel (.xlsx).`,
  oldXls: (file: string) =>
    `Tệp "${file}" là tệp Excel cũ (.xls) hoặc có đặt mật khẩu; hãy mở bằng Excel, lưu lại dạng .xlsx ` +
    '(không đặt mật khẩu) rồi nhập lại.',
  corrupt: (file: string) => `Tệp "${file}" bị hỏng (không giải nén được). Hãy đề nghị đơn vị gửi lại tệp.`,
  tooLarge: (file: string, detail: string) =>
    `Tệp "${file}" lớn bất thường so với mẫu nhập liệu (${detail}); tệp không được đọc để tránh treo máy.`,
  unzippedSize: (mb: number, maxMb: number) => `giải nén ra ${mb} MB, tối đa ${maxMb} MB`,
  sizeMismatch: 'nội dung giải nén lớn hơn kích thước khai báo',
  entryCount: (count: number, max: number) => `${n(count)} thành phần nén, tối đa ${n(max)}`,
  rowCount: (count: number, max: number) => `một trang có ${n(count)} dòng, tối đa ${n(max)}`,
  cellCount: (count: number, max: number) => `${n(count)} ô, tối đa ${n(max)}`,
  sheetCount: (count: number, max: number) => `${n(count)} trang, tối đa ${n(max)}`,
  notTemplate: (file: string) =>
    `Tệp "${file}" không phải là mẫu nhập liệu của Thi Đua Desk (không có mã nhận dạng mẫu). ` +
    'Hãy dùng mẫu xuất từ phần mềm.',
  newerTemplate: (place: string, version: number) =>
    `${place}: mẫu phiên bản ${version} do phần mềm mới hơn tạo ra; hãy cập nhật Thi Đua Desk.`,
  badMarker: (place: string) => `${place}: mã nhận dạng mẫu bị sửa, không đọc được đơn vị và kỳ báo cáo.`,
  missingColumns: (place: string, columns: string) =>
    `${place}: thiếu cột ${columns} của mẫu (dòng mã cột ẩn bị xóa hoặc sửa). Hãy dùng lại mẫu gốc.`,
  duplicateColumn: (place: string, column: string) => `${place}: cột "${column}" xuất hiện hai lần.`,
  notNumber: (place: string, text: string) => `${place}: "${text}" không phải là số.`,
  dateNotNumber: (place: string) => `${place}: ô chứa ngày tháng, không phải là số.`,
  invalidDate: (place: string) =>
    `${place}: ô định dạng ngày tháng nhưng giá trị nằm ngoài các ngày Excel hiển thị được.`,
  booleanNotNumber: (place: string) => `${place}: ô chứa TRUE/FALSE, không phải là số.`,
  formulaError: (place: string, error: string) => `${place}: công thức cho kết quả lỗi ${error}.`,
  cellError: (place: string, error: string) => `${place}: ô có lỗi ${error}.`,
  formulaWithoutResult: (place: string) =>
    `${place}: công thức chưa có kết quả đã tính; hãy mở tệp bằng Excel, lưu lại rồi gửi lại.`,
  notChoice: (place: string, text: string, choices: string) =>
    `${place}: "${text}" không phải là ${choices}; hãy chọn trong danh sách.`,
  noteTooLong: (place: string, max: number) => `${place}: ghi chú dài quá ${max} ký tự.`,
  unknownUnit: (place: string, code: string) =>
    `${place}: mã đơn vị "${code}" không có trong danh sách đơn vị; trang này không được nhập.`,
  unitNotActive: (place: string, name: string, period: string) =>
    `${place}: đơn vị "${name}" không hoạt động trong ${period}.`,
  duplicateUnit: (place: string, name: string, first: string) =>
    `${place}: đơn vị "${name}" đã có ở ${first}; mỗi đơn vị chỉ nhập một lần.`,
  wrongPeriod: (place: string, found: string, expected: string) =>
    `${place}: đây là mẫu ${found}, không phải ${expected} đang nhập.`,
  mixedPeriods: (periods: string) => `Các tệp thuộc nhiều kỳ khác nhau (${periods}). Hãy chọn năm và quý cần nhập.`,
  unknownIndicator: (place: string, text: string) =>
    `${place}: mã chỉ tiêu "${text}" không có trong danh mục; dòng này không được nhập.`,
  indicatorNotInPlan: (place: string, name: string, year: number) =>
    `${place}: chỉ tiêu "${name}" không có trong kế hoạch năm ${year}.`,
  areaOnly: (place: string, name: string) => `${place}: chỉ tiêu "${name}" chỉ nhập cho toàn địa bàn.`,
  duplicateIndicator: (place: string, name: string, firstRow: number) =>
    `${place}: chỉ tiêu "${name}" đã có ở dòng ${firstRow}.`,
  wrongCell: (place: string, name: string) => `${place}: chỉ tiêu "${name}" không nhập số liệu ở cột này.`,
  locked: (place: string, unit: string, period: string) =>
    `${place}: số liệu ${period} của ${unit} đã chốt, không thể thay đổi. Mở khóa (ghi rõ lý do) nếu cần điều chỉnh.`,
  entryProblem: (place: string, problem: string) => `${place}: ${problem}`,
  ignoredRow: (place: string) => `${place}: dòng có dữ liệu nhưng không có mã chỉ tiêu nên được bỏ qua.`,
  ignoredSheet: (place: string) => `${place}: không phải trang mẫu nhập liệu nên được bỏ qua.`,
  changedSincePreview:
    'Dữ liệu hoặc tệp đã thay đổi kể từ lúc xem trước nên chưa ghi gì. Hãy xem trước lại rồi xác nhận.',
  nothingToApply: (first: string, more: number) =>
    `Không có tệp nào nhập được. ${first}${more > 0 ? ` (và ${more} lỗi khác)` : ''}`,
  reason: (files: string) => `Nhập từ Excel: ${files}`,
  empty: '(trống)',
  estimatedSuffix: ' (ước)',
  officialSuffix: ' (chính thức)',
  noteSuffix: (note: string) => `; ghi chú: "${note}"`,
  columnNames: {
    value: '"Thực hiện quý"',
    numerator: '"Tử số"',
    denominator: '"Mẫu số"',
    achieved: '"Đạt / Chưa đạt"',
    status: '"Ước / Chính thức"',
    note: '"Ghi chú"',
    indicatorId: '"Mã chỉ tiêu"',
  } as Record<string, string>,
  achievedChoices: 'Đạt hoặc Chưa đạt',
  statusChoices: 'Ước hoặc Chính thức',
};

export const periodMessages = {
  invalidQuarterKey: (text: string) => `Kỳ "${text.slice(0, 40)}" không hợp lệ; viết theo dạng năm-quý, ví dụ 2023-Q2.`,
};

export const cliExcelMessages = {
  written: (path: string) => `Đã ghi ${path}`,
  unknownUnitCode: (code: string) => `Không có đơn vị mã "${code}".`,
  cannotRead: (path: string) => `Không đọc được tệp "${path}".`,
  fileTooLarge: (path: string, maxMb: number) => `Tệp "${path}" lớn hơn ${maxMb} MB, không phải mẫu nhập liệu.`,
  noFiles: 'Thiếu tệp cần nhập: import-values --db TỆP [--dry-run] [--json] TỆP.xlsx…',
  period: (label: string) => `Kỳ nhập: ${label}`,
  fileHeader: (file: string, accepted: boolean, changes: number, unchanged: number, blank: number) =>
    `Tệp "${file}": ${accepted ? 'nhận' : 'TỪ CHỐI'} — ${changes} thay đổi, ${unchanged} không đổi, ${blank} bỏ trống.`,
  changeLine: (unitCode: string, indicator: string, before: string, after: string) =>
    `  ${unitCode} · ${indicator}: ${before} → ${after}`,
  warningLine: (message: string) => `    cảnh báo: ${message}`,
  errorLine: (message: string) => `    lỗi: ${message}`,
  refusalLine: (message: string) => `  từ chối: ${message}`,
  noticeLine: (message: string) => `  lưu ý: ${message}`,
  totals: (changes: number, unchanged: number, accepted: number, refused: number) =>
    `Tổng: ${changes} thay đổi, ${unchanged} không đổi; ${accepted} tệp nhận, ${refused} tệp từ chối.`,
  noChanges: 'Không có thay đổi nào so với dữ liệu hiện có.',
  dryRun: 'Chạy thử (--dry-run): chưa ghi gì.',
  applied: (inserted: number, updated: number, unchanged: number) =>
    `Đã ghi: ${inserted} thêm mới, ${updated} cập nhật, ${unchanged} không đổi.`,
  refusedFiles: (count: number, names: string) => `${count} tệp bị từ chối, không được nhập: ${names}.`,
  valueCount: (count: number, label: string) => `Tổng: ${count} số liệu ${label}.`,
};

/** How a target reads in the template's "Kế hoạch năm" column. */
export const targetWords = {
  increase: 'tăng',
  decrease: 'giảm',
  since: (year: number) => `so với năm ${year}`,
  points: 'điểm %',
  zero: 'Không phát sinh (0)',
  achieve: 'Đạt',
  qualitative: 'Định tính',
};
