import type { BackupReason } from '../contract/backups';
import { formatVietnameseNumber } from '../domain/vietnamese-number';

/** Vietnamese text of "Sao lưu và khôi phục" (Cài đặt), the start-up recovery dialog, the harness recovery page and the CLI. */

export const backupReasonLabels: Readonly<Record<BackupReason, string>> = {
  startup: 'Khi mở ứng dụng',
  scheduled: 'Tự động (30 phút khi có thay đổi)',
  manual: 'Sao lưu ngay',
  'before-import': 'Trước khi nhập dữ liệu',
  'before-restore': 'Trước khi khôi phục',
  quit: 'Khi đóng ứng dụng',
  'before-migration': 'Trước khi nâng cấp dữ liệu',
};

/** Labels the Cài đặt screens need; the screens themselves are built from the `backups:*` channels. */
export const backupLabels = {
  section: 'Sao lưu và khôi phục',
  createNow: 'Sao lưu ngay',
  restore: 'Khôi phục',
  undoRestore: 'Hoàn tác lần khôi phục gần nhất',
  changeFolder: 'Đổi thư mục sao lưu',
  useDefaultFolder: 'Dùng thư mục mặc định',
  folder: 'Thư mục sao lưu',
  defaultFolderNote: 'Thư mục mặc định, bên cạnh tệp dữ liệu',
  folderHint: 'Có thể chọn ổ USB hoặc thư mục dùng chung trên mạng, ví dụ E:\\SaoLuu hoặc \\\\may-chu\\ThiDua',
  exportDatabase: 'Xuất toàn bộ dữ liệu (chuyển sang máy khác)',
  importDatabase: 'Nhập toàn bộ dữ liệu từ máy khác',
  columns: { takenAt: 'Thời điểm', reason: 'Lý do', size: 'Dung lượng', file: 'Tệp' },
  empty: 'Chưa có bản sao lưu nào.',
  protectedNote: 'Không tự xóa',
  rotation: (policy: { keepToday: number; dailyDays: number; monthlyMonths: number }) =>
    `Giữ ${policy.keepToday} bản gần nhất trong ngày, mỗi ngày một bản trong ${policy.dailyDays} ngày, ` +
    `mỗi tháng một bản trong ${policy.monthlyMonths} tháng; bản trước khi nâng cấp và bản để hoàn tác không bị xóa.`,
  confirmRestore: (when: string) =>
    `Khôi phục dữ liệu về bản sao lưu lúc ${when}? Dữ liệu hiện tại sẽ được sao lưu trước, có thể hoàn tác.`,
  confirmImport: (path: string) =>
    `Thay toàn bộ dữ liệu hiện tại bằng dữ liệu trong tệp "${path}"? Dữ liệu hiện tại sẽ được sao lưu trước, có thể hoàn tác.`,
};

/** Messages raised by the backup service; one place so the app, the harness and the CLI say the same thing. */
export const backupMessages = {
  copyFailedCheck: (problem: string) =>
    `Bản sao lưu vừa tạo không đạt kiểm tra toàn vẹn (${problem}) nên đã bị xóa. Dữ liệu hiện tại không bị thay đổi.`,
  cannotWrite: (folder: string, detail: string) => `Không ghi được bản sao lưu vào thư mục "${folder}" (${detail}).`,
  fellBack: (folder: string, fallback: string, detail: string) =>
    `Không ghi được vào thư mục sao lưu "${folder}" (${detail}); bản sao đã được lưu vào "${fallback}".`,
  folderNotUsable: (folder: string, detail: string) =>
    `Không dùng được thư mục "${folder}" để sao lưu (${detail}). Hãy kiểm tra ổ USB hoặc đường dẫn mạng.`,
  notInFolders: (path: string) => `Không tìm thấy bản sao lưu "${path}" trong các thư mục sao lưu.`,
  sourceMissing: (path: string) => `Không tìm thấy tệp "${path}".`,
  notOurs: (path: string) => `Tệp "${path}" là cơ sở dữ liệu SQLite nhưng không phải dữ liệu của Thi Đua Desk.`,
  sourceTooNew: (path: string, found: number, supported: number) =>
    `Tệp "${path}" được tạo bởi phiên bản Thi Đua Desk mới hơn (lược đồ ${found}, phiên bản này hỗ trợ đến ${supported}). Hãy cập nhật phần mềm trước khi khôi phục.`,
  sourceDamaged: (path: string, problem: string) => `Tệp "${path}" bị hỏng (${problem}), không thể dùng để khôi phục.`,
  replaceFailed: (detail: string) =>
    `Không thay được tệp dữ liệu (${detail}). Dữ liệu hiện tại không bị thay đổi; hãy thử lại.`,
  busyElsewhere: 'Tệp dữ liệu đang được một chương trình khác mở (còn tệp -wal). Hãy đóng chương trình đó rồi thử lại.',
  snapshotFailed: (detail: string) =>
    `Không sao lưu được dữ liệu hiện tại nên chưa khôi phục (${detail}). Dữ liệu hiện tại không bị thay đổi.`,
  reopenFailed: (detail: string) =>
    `Khôi phục không mở được dữ liệu mới (${detail}); đã trả lại dữ liệu như trước khi khôi phục.`,
  putBackFailed: (detail: string, snapshot: string) =>
    `Khôi phục không mở được dữ liệu mới (${detail}) và không trả lại được dữ liệu cũ. Hãy đóng và mở lại ứng dụng: ứng dụng sẽ đề nghị khôi phục từ bản sao lưu; dữ liệu ngay trước khi khôi phục nằm trong "${snapshot}".`,
  undoRecordFailed: (detail: string) =>
    `Không ghi được thông tin để hoàn tác (${detail}) nên chưa khôi phục. Dữ liệu hiện tại không bị thay đổi.`,
  nothingToUndo: 'Chưa có lần khôi phục nào để hoàn tác.',
  undoSnapshotMissing: (path: string) => `Không còn bản sao lưu "${path}" để hoàn tác lần khôi phục.`,
  beforeImportFailed: (detail: string) => `Không tạo được bản sao lưu trước khi nhập nên chưa nhập gì (${detail}).`,
  outExists: (path: string) => `Tệp "${path}" đã có; hãy chọn tên khác (không ghi đè).`,
  restored: (when: string, snapshot: string) =>
    `Đã khôi phục dữ liệu về bản sao lưu lúc ${when}. Dữ liệu trước khi khôi phục được giữ trong "${snapshot}" (có thể hoàn tác).`,
  imported: (path: string, snapshot: string) =>
    `Đã nhập dữ liệu từ "${path}". Dữ liệu trước đó được giữ trong "${snapshot}" (có thể hoàn tác).`,
  exported: (path: string, size: string) =>
    `Đã xuất toàn bộ dữ liệu ra "${path}" (${size}). Sao chép tệp này sang máy mới rồi chọn "Nhập toàn bộ dữ liệu".`,
  undoText: (when: string, from: string) => `Lần khôi phục lúc ${when} (từ "${from}") có thể hoàn tác.`,
};

/** The health of automatic copies (Tổng quan and Cài đặt). */
export const backupHealthMessages = {
  failed: (folder: string, detail: string) => `Không sao lưu tự động được vào thư mục "${folder}" (${detail}).`,
  warningTitle: (when: string) => `Lần sao lưu tự động lúc ${when} gặp sự cố`,
  errorTitle: (count: number) => `Đã ${count} lần liên tiếp không sao lưu tự động được`,
  fellBackTitle: 'Các bản sao lưu tự động đang được lưu tạm vào thư mục mặc định',
  lastGood: (when: string | null) =>
    when === null ? 'Chưa có bản sao lưu tự động nào thành công.' : `Bản sao lưu tự động tốt gần nhất: ${when}.`,
  whatToDo:
    'Hãy kiểm tra thư mục sao lưu (ổ USB, quyền ghi, dung lượng trống) hoặc chọn thư mục khác trong Cài đặt → Sao lưu và khôi phục, rồi bấm "Sao lưu ngay".',
  retry: 'Phần mềm sẽ thử lại sau 30 phút.',
  dataTitle: 'Tệp dữ liệu có thể đã mất các thay đổi gần nhất',
  lostChanges: (missing: number, when: string) =>
    `Lúc mở ứng dụng, tệp dữ liệu có ít hơn ${missing} thay đổi so với lần ghi nhận lúc ${when} (thường do tệp "-wal" đi kèm bị xóa hoặc không được sao chép theo). ` +
    'Hãy kiểm tra số liệu gần nhất; nếu thiếu, khôi phục từ bản sao lưu mới nhất trong Cài đặt → Sao lưu và khôi phục.',
  folderGone: (folder: string) =>
    `Không thấy thư mục sao lưu "${folder}" (ổ USB đã rút hoặc mất kết nối mạng); phần mềm không tự tạo lại thư mục này.`,
  notChosenFolder: (folder: string) =>
    `Thư mục "${folder}" không còn là thư mục sao lưu đã chọn (không thấy tệp đánh dấu của Thi Đua Desk; có thể một ổ khác đang mang cùng tên ổ). Hãy chọn lại thư mục sao lưu.`,
  markerText:
    'Thư mục này được chọn làm nơi lưu các bản sao lưu của Thi Đua Desk. Đừng xóa tệp này: phần mềm dùng nó để nhận ra thư mục.\n',
};

/** Start-up with a damaged data file: the Electron dialog, the harness recovery page and the CLI share this text. */
export const recoveryMessages = {
  title: 'Tệp dữ liệu bị hỏng',
  missingTitle: 'Không tìm thấy tệp dữ liệu',
  offer: (when: string) => `Tệp dữ liệu bị hỏng. Khôi phục từ bản sao lưu ngày ${when}?`,
  offerDetail: (file: string, damage: string) =>
    `Bản sao lưu "${file}" đã được kiểm tra toàn vẹn. Tệp hỏng được giữ lại bên cạnh, không bị xóa.\n\nChi tiết lỗi: ${damage}`,
  noBackup: (folders: string) =>
    `Tệp dữ liệu bị hỏng và không tìm thấy bản sao lưu nào còn tốt trong: ${folders}. Ứng dụng sẽ đóng; tệp dữ liệu không bị thay đổi. Hãy liên hệ người hỗ trợ kỹ thuật.`,
  missingWithHistory: (path: string) =>
    `Không tìm thấy tệp dữ liệu "${path}", nhưng các bản sao lưu cho thấy máy này đã có dữ liệu.`,
  missingOffer: (when: string) =>
    `Không tìm thấy tệp dữ liệu. Khôi phục từ bản sao lưu ngày ${when}, hay bắt đầu dữ liệu mới?`,
  missingOfferDetail: (file: string, detail: string) =>
    `Bản sao lưu "${file}" đã được kiểm tra toàn vẹn. Nếu bắt đầu dữ liệu mới, các bản sao lưu cũ vẫn được giữ nguyên, không bị xóa dần.\n\n${detail}`,
  missingNoBackup: (folders: string) =>
    `Không tìm thấy tệp dữ liệu và không có bản sao lưu nào còn tốt trong: ${folders}. Có thể bắt đầu dữ liệu mới (các bản sao lưu cũ vẫn được giữ) hoặc thoát để nhờ người hỗ trợ kỹ thuật.`,
  restoreButton: 'Khôi phục',
  startNewButton: 'Bắt đầu dữ liệu mới',
  quitButton: 'Thoát',
  restoredNotice: (when: string, damagedCopy: string | null) =>
    `Đã khôi phục dữ liệu từ bản sao lưu lúc ${when}.` +
    (damagedCopy === null ? '' : ` Tệp hỏng được giữ tại "${damagedCopy}".`),
  startedNew: 'Đã bắt đầu dữ liệu mới; các bản sao lưu cũ vẫn được giữ.',
  staleOffer: 'Bản sao lưu được đề nghị đã thay đổi; hãy tải lại trang.',
  stillDamaged: 'Dữ liệu đang bị hỏng; hãy khôi phục từ bản sao lưu trước.',
  skipped: (file: string, problem: string) => `Bỏ qua "${file}": ${problem}`,
};

/** @example formatBytes(1_234_567) === '1,2 MB' */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${formatVietnameseNumber(bytes)} B`;
  if (bytes < 1024 * 1024) return `${formatVietnameseNumber(bytes / 1024, 1)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${formatVietnameseNumber(bytes / 1024 / 1024, 1)} MB`;
  return `${formatVietnameseNumber(bytes / 1024 / 1024 / 1024, 2)} GB`;
}

/** Local date and time as the secretary reads it. @example formatDateTime(new Date(2023, 3, 5, 9, 7)) === '05/04/2023 09:07' */
export function formatDateTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
