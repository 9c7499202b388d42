/** Saving exported files: one file downloads; several go into one folder, asked once. */
export const viFiles = {
  downloaded: (fileName: string) => `Đã tạo tệp ${fileName}.`,
  saved: (count: number, folder: string) => `Đã lưu ${count} tệp vào thư mục ${folder}`,
  folderTitle: (count: number) => `Lưu ${count} tệp vào một thư mục`,
  typedLabel: 'Đường dẫn đầy đủ của một thư mục có sẵn',
  typedPlaceholder: 'Ví dụ D:\\Gửi các xã\\Quý 2',
  saveHere: 'Lưu vào đây',
};
