import type { ProposalPeriod } from '../commendation/rules';

/** Vietnamese text of the award lists in Excel (export, import of past lists) and of the cluster-rank rule. */

const roundWords: Readonly<Record<ProposalPeriod, string>> = { H1: 'sơ kết 6 tháng', Y: 'tổng kết năm' };

/** Reasons of the "xếp hạng trong cụm" rule kind. */
export const clusterRankWords = {
  kindLabel: 'Xếp hạng trong cụm, khối thi đua',
  /** @example ranked(3, 5, 'Cụm thi đua số 1') === 'xếp hạng 3/5 trong Cụm thi đua số 1' */
  ranked: (rank: number, of: number, cluster: string) => `xếp hạng ${rank}/${of} trong ${cluster}`,
  needed: (maxRank: number) => (maxRank === 1 ? 'cần xếp thứ nhất' : `cần trong ${maxRank} hạng đầu`),
  noCluster: (year: number) => `đơn vị không thuộc cụm, khối thi đua nào năm ${year}`,
  noRound: (cluster: string, period: ProposalPeriod, year: number) =>
    `${cluster} chưa có kết quả chấm điểm ${roundWords[period]} ${year}`,
  describe: (maxRank: number, period: ProposalPeriod) =>
    `Xếp hạng ${maxRank === 1 ? 'thứ nhất' : `trong ${maxRank} hạng đầu`} của cụm, khối (đợt ${roundWords[period]})`,
};

export const awardListLabels = {
  council: 'HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG',
  listTitle: 'DANH SÁCH KHEN THƯỞNG',
  attached: (number: string, date: string) => `(Kèm theo Quyết định số ${number} ngày ${date})`,
  historyTitle: (year: number | null) =>
    year === null ? 'DANH SÁCH KHEN THƯỞNG CÁC NĂM' : `DANH SÁCH KHEN THƯỞNG NĂM ${year}`,
  sheet: 'Danh sách',
  headers: {
    stt: 'STT',
    name: 'Họ và tên / Tập thể',
    position: 'Chức vụ',
    unit: 'Đơn vị',
    title: 'Danh hiệu/Hình thức',
    year: 'Năm',
    decisionNumber: 'Số quyết định',
    decisionDate: 'Ngày quyết định',
    amount: 'Số tiền (đồng)',
  },
  total: 'Tổng cộng',
  footer: 'Trang &P/&N',
};

/** The importer of past award lists ("Nhập danh sách khen thưởng cũ"). */
export const awardImportMessages = {
  noHeader: (place: string) =>
    `${place}: không tìm thấy dòng tiêu đề có các cột "Họ và tên", "Đơn vị", "Danh hiệu/Hình thức" và "Năm".`,
  notWorkbook: (file: string) => `Tệp "${file}" không đọc được như một bảng tính Excel (.xlsx).`,
  noListSheet: (file: string) =>
    `Tệp "${file}": không có trang nào có dòng tiêu đề "Họ và tên", "Đơn vị", "Danh hiệu/Hình thức", "Năm".`,
  ignoredSheet: (place: string) => `${place}: không có dòng tiêu đề danh sách khen thưởng, bỏ qua.`,
  missingName: (place: string) => `${place}: thiếu họ và tên.`,
  missingUnit: (place: string) => `${place}: thiếu đơn vị.`,
  unknownUnit: (place: string, text: string) =>
    `${place}: không có đơn vị "${text}" trong danh mục (ghi đúng tên hoặc mã đơn vị; phần mềm không đoán).`,
  missingTitle: (place: string) => `${place}: thiếu danh hiệu/hình thức.`,
  unknownTitle: (place: string, text: string) =>
    `${place}: không có danh hiệu/hình thức "${text}" trong danh mục (ghi mã hoặc tên trong danh mục).`,
  badYear: (place: string, text: string) => `${place}: năm "${text}" không hợp lệ (cần một năm từ 1990 đến 2200).`,
  badDate: (place: string, text: string) =>
    `${place}: ngày quyết định "${text}" không hợp lệ (ghi dạng ngày/tháng/năm, ví dụ 26/12/2022).`,
  missingDate: (place: string) => `${place}: có số quyết định nhưng thiếu ngày quyết định.`,
  missingNumber: (place: string) => `${place}: có ngày quyết định nhưng thiếu số quyết định.`,
  badNumber: (place: string, text: string) =>
    `${place}: số quyết định "${text}" chỉ được gồm số, chữ, "/", "-", "." (tối đa 40 ký tự).`,
  tooLong: (place: string, max: number) => `${place}: nội dung dài quá ${max} ký tự.`,
  cellProblem: (place: string) => `${place}: ô có lỗi hoặc công thức không có kết quả.`,
  ambiguousPerson: (place: string, name: string, unit: string) =>
    `${place}: có nhiều người tên "${name}" ở ${unit}; nhập tay dòng này.`,
  duplicateInDatabase: 'đã có trong hồ sơ khen thưởng',
  duplicateInFile: (row: number) => `trùng dòng ${row} của tệp`,
  changed: 'Dữ liệu đã thay đổi sau khi xem trước; xem trước lại rồi mới nhập.',
  nothingToImport: 'Không có dòng nào để nhập.',
  importedSubject: (file: string) => `Nhập từ danh sách khen thưởng cũ (${file})`,
  unknownSigner: 'Không rõ (nhập từ danh sách cũ)',
  unknownAuthority: 'Không rõ',
  importedWithoutDecision: (file: string) => `Nhập từ tệp "${file}", không ghi số quyết định`,
};

/** Buttons and the import dialog of the commendation screens. */
export const awardExcelUi = {
  exportList: 'Xuất Excel',
  importButton: 'Nhập danh sách khen thưởng cũ (Excel)',
  dialogTitle: 'Nhập danh sách khen thưởng cũ từ Excel',
  pickHint:
    'Chọn tệp .xlsx có dòng tiêu đề gồm các cột Họ và tên, Đơn vị, Danh hiệu/Hình thức, Năm (và nếu có: Chức vụ, ' +
    'Số quyết định, Ngày quyết định). Đơn vị phải ghi đúng tên hoặc mã trong danh mục.',
  pickDrop: 'Kéo thả hoặc bấm để chọn tệp Excel',
  previewButton: 'Xem trước',
  confirm: 'Nhập vào hồ sơ',
  cancel: 'Đóng',
  reason: 'Lý do (ghi vào nhật ký)',
  tooLarge: (name: string) => `Tệp "${name}" quá lớn.`,
  summary: (awards: number, newPeople: number, matched: number, duplicates: number, decisions: number) =>
    `Sẽ ghi ${awards} lượt khen thưởng: ${newPeople} người mới, ${matched} người đã có; ` +
    `${decisions} quyết định mới; ${duplicates} dòng trùng được bỏ qua.`,
  refusedFile: (name: string) => `Tệp "${name}" bị từ chối, không ghi dòng nào của tệp này:`,
  applied: (awards: number, people: number, decisions: number) =>
    `Đã nhập ${awards} lượt khen thưởng, ${people} người mới, ${decisions} quyết định mới.`,
  columns: {
    place: 'Dòng',
    name: 'Họ và tên / Tập thể',
    unit: 'Đơn vị',
    title: 'Danh hiệu/Hình thức',
    year: 'Năm',
    decision: 'Quyết định',
    status: 'Kết quả',
  },
  statusNewPerson: 'Người mới',
  statusMatched: 'Đã có người',
  statusCollective: 'Tập thể',
  statusDuplicate: 'Trùng, bỏ qua',
};
