import { formatVietnameseNumber } from '../domain/vietnamese-number';

const n = (value: number) => formatVietnameseNumber(value);

/** Vietnamese messages of the packages between councils (core, CLI and screens read the same wording). */
export const packageMessages = {
  // Reading the file: checked before anything inside is trusted.
  notPackage: (file: string) =>
    `Tệp "${file}" không phải là gói báo cáo của Thi Đua Desk (.tdd). Hãy đề nghị đơn vị gửi lại tệp xuất từ phần mềm.`,
  corrupt: (file: string) => `Gói "${file}" bị hỏng (không giải nén được). Hãy đề nghị đơn vị gửi lại.`,
  tooLarge: (file: string, detail: string) =>
    `Gói "${file}" lớn bất thường (${detail}); gói không được đọc để tránh treo máy.`,
  unexpectedEntry: (file: string, entry: string) =>
    `Gói "${file}" chứa thành phần lạ "${entry}"; gói không được đọc. Hãy đề nghị đơn vị gửi lại tệp xuất từ phần mềm.`,
  missingEntry: (file: string, entry: string) => `Gói "${file}" thiếu thành phần "${entry}".`,
  badManifest: (file: string, detail: string) => `Gói "${file}": phần mô tả gói không hợp lệ (${detail}).`,
  badContent: (file: string, detail: string) => `Gói "${file}": nội dung số liệu không hợp lệ (${detail}).`,
  newerFormat: (file: string, version: number) =>
    `Gói "${file}" theo định dạng phiên bản ${version}, do Thi Đua Desk mới hơn tạo ra; hãy cập nhật phần mềm.`,
  tampered: (file: string) =>
    `Gói "${file}" đã bị sửa sau khi xuất: mã kiểm tra SHA-256 không khớp với nội dung. Gói không được nhập; ` +
    'hãy đề nghị đơn vị xuất và gửi lại gói.',
  identityMismatch: (file: string) =>
    `Gói "${file}": đơn vị gửi hoặc kỳ báo cáo ở phần mô tả khác với phần số liệu; gói không được nhập.`,
  // Against the receiver's database.
  unknownSender: (file: string, name: string, code: string) =>
    `Gói "${file}" do "${name}" (mã ${code}) gửi, nhưng mã này không có trong danh sách đơn vị của Hội đồng; ` +
    'gói không được nhập. Kiểm tra mã đơn vị ở trang Đơn vị hoặc đề nghị đơn vị sửa mã trong phần Gửi báo cáo.',
  senderNotActive: (file: string, name: string, period: string) =>
    `Gói "${file}": đơn vị "${name}" không hoạt động trong ${period}.`,
  duplicateInBatch: (file: string, name: string, period: string, other: string) =>
    `Gói "${file}": ${name} đã có gói ${period} khác trong lần nhập này ("${other}"); mỗi lần chỉ nhập một gói của một đơn vị cho một quý.`,
  olderThanImported: (file: string, name: string, period: string, sentAt: string) =>
    `Gói "${file}" của ${name} (${period}) cũ hơn gói đã nhập (lập lúc ${sentAt}); số liệu mới hơn được giữ nguyên.`,
  unknownPlan: (file: string, number: string, year: number) =>
    `Gói "${file}" báo cáo theo kế hoạch số ${number} năm ${year}, nhưng cơ sở dữ liệu này không có kế hoạch đó.`,
  figureRefused: (unit: string, indicator: string, period: string, problem: string) =>
    `${unit}, chỉ tiêu “${indicator}”, ${period}: ${problem}`,
  notInPlan: 'kế hoạch của cấp trên không có chỉ tiêu này (tên và đơn vị tính phải trùng).',
  kindDiffers: (sent: string, own: string) => `gói gửi theo cách tính "${sent}", kế hoạch ở đây là "${own}".`,
  areaOnly: 'chỉ tiêu này chỉ nhập cho toàn địa bàn, không nhập theo đơn vị.',
  locked: (unit: string, period: string) =>
    `${unit}: số liệu ${period} đã chốt; gói không được nhập. Mở khóa quý (ghi rõ lý do) rồi nhập lại.`,
  changedSincePreview:
    'Dữ liệu đã thay đổi từ lúc xem trước (có người sửa số liệu, khóa quý hoặc tệp đã khác). Hãy xem trước lại.',
  nothingToApply: (first: string, more: number) =>
    more > 0 ? `Không có gói nào nhập được: ${first} (và ${more} lý do khác)` : `Không có gói nào nhập được: ${first}`,
  reason: (file: string, sender: string, period: string, hash: string) =>
    `Nhập từ gói "${file}" của ${sender}, ${period} (SHA-256 ${hash.slice(0, 12)}…)`,
  replaceReason: (file: string, sender: string, period: string, hash: string) =>
    `Thay bằng gói mới hơn "${file}" của ${sender}, ${period} (SHA-256 ${hash.slice(0, 12)}…)`,
  // The lower side.
  noSenderCode: 'Chưa nhập mã đơn vị của mình trong danh sách của cấp trên (phần Gửi báo cáo lên cấp trên).',
  noUpperPlan: 'Chưa chọn kế hoạch của cấp trên và gắn chỉ tiêu (phần Gửi báo cáo lên cấp trên).',
  upperPlanWithoutNumber: (title: string) =>
    `Kế hoạch cấp trên "${title}" chưa có số ký hiệu; cấp trên nhận ra kế hoạch qua số này. Hãy nhập số ở trang Kế hoạch.`,
  noLinks: 'Chưa gắn chỉ tiêu nào của mình với chỉ tiêu của kế hoạch cấp trên.',
  planNotFound: (id: number) => `Không tìm thấy kế hoạch (mã số ${id}).`,
  linkNotInPlan: (id: number) => `Chỉ số mã ${id} không có trong kế hoạch cấp trên đã chọn.`,
  linkKindDiffers: (upper: string, own: string) =>
    `Chỉ tiêu "${own}" có cách tính khác với chỉ tiêu "${upper}" của cấp trên; chọn chỉ tiêu cùng cách tính.`,
  missingFigure: (indicator: string, period: string) => `${indicator}: chưa có số liệu ${period}`,
  cannotCombine: (indicator: string) => `${indicator}: số liệu các đơn vị không cộng được thành số toàn địa bàn`,
  wholeArea: 'Toàn địa bàn',
  unitsCount: (count: number) => `${n(count)} đơn vị`,
};

/** Lines the CLI prints for `package export|import`. */
export const cliPackageMessages = {
  exported: (path: string, figures: number) => `Đã lưu gói "${path}" (${n(figures)} số liệu).`,
  missing: (line: string) => `  Chưa có: ${line}`,
  noFiles: 'Cần ít nhất một tệp gói .tdd.',
  usage: 'Dùng: package export … | package import …',
  packageHeader: (file: string, accepted: boolean, sender: string, period: string) =>
    `${accepted ? '✓' : '✗'} ${file}: ${sender}, ${period}`,
  changeLine: (indicator: string, before: string, after: string) => `    ${indicator}: ${before} → ${after}`,
  refusalLine: (text: string) => `    Từ chối: ${text}`,
  totals: (added: number, changed: number, unchanged: number, accepted: number, refused: number) =>
    `Tổng: ${n(added)} mới, ${n(changed)} thay đổi, ${n(unchanged)} không đổi; ${n(accepted)} gói nhận, ${n(refused)} gói từ chối.`,
  dryRun: 'Chỉ xem trước (--dry-run): chưa ghi gì.',
  applied: (inserted: number, updated: number, unchanged: number) =>
    `Đã nhập: ${n(inserted)} thêm mới, ${n(updated)} cập nhật, ${n(unchanged)} không đổi.`,
  refusedPackages: (count: number, names: string) => `${n(count)} gói bị từ chối: ${names}`,
  cannotRead: (path: string) => `Không đọc được tệp "${path}".`,
};
