/** Vietnamese messages raised by the core. One place, so wording stays consistent across screens, CLI and logs. */
export const dbMessages = {
  notSqlite: (path: string) =>
    `Tệp "${path}" không phải là cơ sở dữ liệu của Thi Đua Desk (không đọc được định dạng SQLite).`,
  missing: (path: string) => `Không tìm thấy tệp dữ liệu "${path}".`,
  tooNew: (found: number, supported: number) =>
    `Tệp dữ liệu được tạo bởi phiên bản Thi Đua Desk mới hơn (lược đồ ${found}, phiên bản này hỗ trợ đến ${supported}). Hãy cập nhật phần mềm; tệp không bị thay đổi.`,
  damaged: (detail: string) => `Tệp dữ liệu bị hỏng (${detail}). Hãy khôi phục từ bản sao lưu gần nhất.`,
  cannotOpen: (detail: string) => `Không mở được tệp dữ liệu: ${detail}`,
  emptyFile: (path: string) =>
    `Tệp dữ liệu "${path}" trống (0 byte), thường do mất điện, đầy ổ đĩa hoặc phần mềm đồng bộ. Hãy khôi phục từ bản sao lưu gần nhất.`,
  headerless: (path: string) =>
    `Tệp dữ liệu "${path}" bị hỏng phần đầu tệp (không còn là tệp SQLite). Hãy khôi phục từ bản sao lưu gần nhất.`,
  busy: 'Dữ liệu đang được một cửa sổ khác dùng, thử lại.',
};

export const inputMessages = {
  invalid: (details: string) => `Dữ liệu nhập không hợp lệ: ${details}`,
  unknownChannel: (channel: string) => `Thao tác không tồn tại: ${channel}`,
  forbiddenSender: 'Yêu cầu không đến từ cửa sổ của ứng dụng nên đã bị từ chối.',
  internal: 'Có lỗi ngoài dự kiến. Dữ liệu không bị thay đổi; chi tiết đã được ghi vào nhật ký.',
};

export const unitMessages = {
  notFound: (id: number) => `Không tìm thấy đơn vị (mã số ${id}).`,
  codeTaken: (code: string) => `Mã đơn vị "${code}" đã được dùng cho đơn vị khác.`,
  alreadyRetired: (name: string) => `Đơn vị "${name}" đã ngừng hoạt động.`,
  retireBeforeStart: (name: string) => `Ngày ngừng hoạt động của "${name}" phải sau ngày bắt đầu.`,
  mergeIntoItself: 'Không thể sáp nhập một đơn vị vào chính nó.',
  nameTaken: (name: string, code: string) =>
    `Đã có đơn vị "${name}" (mã ${code}). Không thêm hai đơn vị trùng tên; nếu là đơn vị khác, đặt tên phân biệt.`,
  inUse: (name: string) =>
    `Không xóa được đơn vị "${name}": đơn vị đã có số liệu, chỉ tiêu, khen thưởng hoặc liên kết với đơn vị, cụm khác. ` +
    'Dùng "Ngừng hoạt động" hoặc "Sáp nhập" để giữ lịch sử.',
};

export const settingsMessages = {
  setupAlreadyDone: 'Dữ liệu đã được khởi tạo; không thể chọn lại dữ liệu mẫu.',
  notDemo: 'Dữ liệu đang dùng không phải dữ liệu mẫu: không có gì để thay bằng dữ liệu trống.',
  startedReal: (backup: string) =>
    `Đã bắt đầu dùng thật với dữ liệu trống. Dữ liệu mẫu được sao lưu tại ${backup}; ` +
    'muốn quay lại dữ liệu mẫu, bấm "Hoàn tác" ở phần Sao lưu và khôi phục.',
};

export const catalogMessages = {
  indicatorNotFound: (id: number) => `Không tìm thấy chỉ số (mã số ${id}).`,
  indicatorExists: (name: string) => `Danh mục đã có chỉ số "${name}" với cùng đơn vị tính.`,
  movementNotFound: (id: number) => `Không tìm thấy phong trào (mã số ${id}).`,
  movementYears: 'Năm kết thúc của phong trào phải từ năm bắt đầu trở đi.',
};

export const planMessages = {
  notFound: (id: number) => `Không tìm thấy kế hoạch (mã số ${id}).`,
  emptyText: 'Văn bản kế hoạch trống.',
  notText: (file: string) => `Tệp "${file}" không phải là văn bản (có ký tự nhị phân).`,
  notDocx: (file: string) => `Tệp "${file}" không phải là tệp Word (.docx) hợp lệ.`,
  wrongExtension: (file: string) => `Tệp "${file}": chỉ nhận kế hoạch dạng .txt hoặc .docx.`,
  exists: (number: string, date: string) =>
    `Kế hoạch số ${number} ngày ${date} đã có trong dữ liệu. Xác nhận để thay thế kế hoạch cũ và các chỉ tiêu của nó.`,
  targetRow: (row: number, name: string, problem: string) => `Chỉ tiêu dòng ${row} ("${name}"): ${problem}`,
  targetNotFound: (id: number) => `Không tìm thấy chỉ tiêu (mã số ${id}).`,
  targetDuplicate: 'Kế hoạch đã có chỉ tiêu này cho cùng phạm vi (toàn địa bàn hoặc cùng đơn vị).',
  allocationNeedsAreaTarget: 'Cần có chỉ tiêu chung toàn địa bàn trước khi giao cho từng đơn vị.',
  taskNotFound: (id: number) => `Không tìm thấy nhiệm vụ (mã số ${id}).`,
  taskDoneNeedsDate: 'Nhiệm vụ đã hoàn thành cần ngày hoàn thành.',
};

export const figureMessages = {
  locked: (unit: string, period: string) =>
    `${unit}: số liệu ${period} đã chốt, không thể sửa. Mở khóa (ghi rõ lý do) nếu cần điều chỉnh.`,
  rowProblem: (unit: string, indicator: string, period: string, problem: string) =>
    `${unit} – ${indicator} (${period}): ${problem}`,
  more: (count: number) => `… và ${count} lỗi khác.`,
  wholeArea: 'Toàn địa bàn',
  unknownIndicator: (id: number) => `Không tìm thấy chỉ số (mã số ${id}).`,
};

export const reportMessages = {
  notFound: (id: number) => `Không tìm thấy báo cáo (mã số ${id}).`,
  issued: 'Báo cáo đã phát hành nên không sửa được; hãy tạo báo cáo mới cho kỳ này nếu cần.',
  noChromium: (path: string) =>
    `Không tìm thấy trình duyệt Chromium tại "${path}" để tạo PDF. Cài Chromium hoặc đặt biến CHROMIUM_PATH.`,
  noPrinter: 'Chức năng này chỉ có trong ứng dụng trên máy tính; hãy dùng "Lưu PDF" rồi in tệp PDF.',
  noPlan: (year: number) => `Chưa có kế hoạch thi đua năm ${year}: chưa thể lập báo cáo.`,
  wrongExtension: (file: string) => `Không biết định dạng của "${file}": dùng đuôi .html, .pdf, .docx hoặc .xlsx.`,
};

/** The browser harness (`npm run web`). */
export const harnessMessages = {
  needToken:
    'Cần mở bằng đúng đường dẫn (có mã truy cập) mà lệnh "npm run web" in ra; chương trình khác trên máy không được dùng.',
};

/** The disk's answers, said so the secretary knows what to do; nothing saved before is affected by them. */
export const systemMessages = {
  /** Short reasons inside a message that names the folder or file. */
  reasons: {
    busy: 'đang được một cửa sổ hoặc chương trình khác dùng',
    diskFull: 'ổ đĩa đã đầy',
    readOnly: 'ổ đĩa hoặc thư mục chỉ cho đọc',
    permission: 'không có quyền ghi',
    io: 'lỗi đọc/ghi ổ đĩa',
  },
  /** Whole messages, when nothing more specific names the file. */
  whole: {
    diskFull:
      'Ổ đĩa đã đầy nên không ghi được. Hãy xóa bớt tệp không cần thiết rồi thử lại; dữ liệu đã lưu trước đó không bị ảnh hưởng.',
    readOnly:
      'Ổ đĩa, thư mục hoặc tệp dữ liệu đang ở chế độ chỉ đọc (hoặc không mở được để ghi) nên không ghi được. Hãy kiểm tra ổ đĩa (khóa chống ghi, ổ mạng, quyền truy cập) rồi thử lại.',
    permission:
      'Tài khoản Windows này không có quyền ghi vào tệp dữ liệu hoặc thư mục. Hãy nhờ người hỗ trợ kỹ thuật cấp quyền rồi thử lại.',
    io: 'Lỗi đọc/ghi ổ đĩa. Dữ liệu đã lưu trước đó không bị ảnh hưởng; hãy thử lại, nếu lỗi lặp lại hãy kiểm tra ổ đĩa.',
  },
} as const;
