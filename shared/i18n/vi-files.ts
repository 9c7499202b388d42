/** Saving several exported files into one folder (files:saveToFolder). */
export const savedFilesMessages = {
  badFileName: 'tên tệp phải là một tên tệp .xlsx, .docx hoặc .pdf, không chứa đường dẫn hay ký tự \\ / : * ? " < > |',
  writeFailed: (fileName: string, folder: string, detail: string) =>
    `Không ghi được tệp "${fileName}" vào thư mục "${folder}" (${detail}). Các tệp đã ghi trong lần lưu này đã được xóa.`,
};
