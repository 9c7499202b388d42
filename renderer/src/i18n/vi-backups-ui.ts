/**
 * Words of the "Sao lưu và khôi phục" card (Cài đặt) that shared/i18n/vi-backups.ts does not already have.
 * Labels shared with the core, the harness and the CLI (button names, confirmations, results) stay there.
 */
export const viBackupsUi = {
  intro:
    'Phần mềm tự sao lưu khi mở, khi đóng và 30 phút một lần khi có thay đổi. Mỗi bản sao lưu đều được kiểm tra toàn vẹn.',
  folderUnavailable: (defaultFolder: string) =>
    `Hiện không truy cập được thư mục này (ổ USB chưa cắm hoặc mất kết nối mạng). ` +
    `Các bản sao lưu tự động được lưu tạm vào thư mục mặc định: ${defaultFolder}`,
  chosenFolderNote: 'Thư mục do thư ký chọn',
  newFolder: 'Thư mục sao lưu mới',
  newFolderPlaceholder: 'Ví dụ: E:\\SaoLuu',
  openBackupSettings: 'Mở phần sao lưu',
  problemsLabel: 'Các lần sao lưu tự động gặp sự cố gần đây',
  created: (fileName: string, size: string) => `Đã sao lưu: ${fileName} (${size}).`,
  listTitle: 'Các bản sao lưu',
  restoreOf: (when: string, reason: string) => `Khôi phục bản ${when} – ${reason}`,
  confirmRestoreTitle: 'Khôi phục dữ liệu',
  confirmOk: 'Khôi phục',
  cancel: 'Hủy',
  undoTitle: 'Hoàn tác lần khôi phục',
  confirmUndo: (from: string) =>
    `Đưa dữ liệu về đúng như ngay trước lần khôi phục (từ "${from}")? ` + 'Dữ liệu hiện tại cũng được sao lưu trước.',
  undoOk: 'Hoàn tác',
  undone: 'Đã hoàn tác lần khôi phục; dữ liệu trở lại như trước khi khôi phục.',
  upgraded: (from: number, to: number) =>
    ` Dữ liệu được tạo bởi phiên bản cũ hơn (lược đồ ${from}) đã được nâng cấp lên lược đồ ${to}.`,
  moveTitle: 'Chuyển dữ liệu sang máy khác',
  moveIntro:
    'Máy cũ: xuất toàn bộ dữ liệu ra một tệp (ví dụ vào ổ USB). Máy mới: chọn tệp đó rồi nhập; ' +
    'dữ liệu trên máy mới được sao lưu trước nên vẫn hoàn tác được.',
  exportFolder: 'Thư mục lưu tệp xuất',
  exportFolderPlaceholder: 'Ví dụ: E:\\',
  importPath: 'Đường dẫn tệp dữ liệu cần nhập',
  importPathPlaceholder: 'Ví dụ: E:\\ThiDuaDesk-du-lieu-20230705-0900.sqlite',
  confirmImportTitle: 'Nhập toàn bộ dữ liệu',
  importOk: 'Nhập dữ liệu',
} as const;
