import type { PathPurpose } from '../contract/paths';

/** Choosing folders and files: the native dialog's words, the browser picker's and the refusals. */
export const pathMessages = {
  notToken: 'Đường dẫn phải được chọn bằng nút "Chọn…", không gõ trực tiếp.',
  unknownToken: 'Đường dẫn đã chọn không còn hiệu lực; hãy chọn lại.',
  wrongPurpose: 'Đường dẫn này được chọn cho việc khác; hãy chọn lại.',
  noPicker: 'Chức năng chọn thư mục không có trong chế độ này.',
  typedMissing: 'Hãy nhập đường dẫn đầy đủ rồi bấm "Chọn".',
  notAbsolute: (path: string) => `"${path}" không phải là đường dẫn đầy đủ (ví dụ D:\\SaoLuu).`,
  networkOrDevice: (path: string) =>
    `"${path}" là đường dẫn mạng hoặc thiết bị; chỉ chọn được qua hộp thoại "Chọn thư mục" của ứng dụng.`,
  control: 'Đường dẫn có ký tự không hợp lệ.',
  notFolder: (path: string) => `"${path}" không phải là thư mục có sẵn.`,
  notFile: (path: string) => `"${path}" không phải là tệp có sẵn.`,
};

/** The native dialog's title for each purpose, and the button that confirms it. */
export const pathDialogWords: Readonly<Record<PathPurpose, { title: string; button: string }>> = {
  'backup-folder': { title: 'Chọn thư mục sao lưu', button: 'Chọn thư mục này' },
  'export-database-folder': { title: 'Chọn thư mục để xuất toàn bộ dữ liệu', button: 'Xuất vào đây' },
  'import-database-file': { title: 'Chọn tệp dữ liệu Thi Đua Desk cần nhập', button: 'Chọn tệp này' },
  'export-files-folder': { title: 'Chọn thư mục để lưu các tệp', button: 'Lưu vào đây' },
};

/** Filters of the file dialog: a database file first, anything else on request. */
export const databaseFileFilters = [
  { name: 'Dữ liệu Thi Đua Desk (*.sqlite)', extensions: ['sqlite'] },
  { name: 'Tất cả các tệp', extensions: ['*'] },
];
