/**
 * Wording of the report's Word and Excel files and of the desktop printer; the printed wording itself (section
 * titles, table headers) is `reportWords` in vi-report.ts, shared with the HTML so every format reads the same.
 */
export const reportFileWords = {
  workbook: {
    resultsSheet: 'Kết quả',
    annexSheet: 'Phụ lục',
    field: 'Lĩnh vực',
    indicator: 'Chỉ tiêu',
    note: 'Ghi chú',
    estimated: 'Số liệu ước tính',
    /** Above the header row: what the sheet is and who issued it. */
    title: (subject: string) => `BÁO CÁO ${subject.toLocaleUpperCase('vi')}`,
    // &"font,style" and &12 set the footer in the document's font: Excel's default would be Calibri.
    pageFooter: (issuingBody: string) => `&"Times New Roman,Regular"&12${issuingBody} — trang &P/&N`,
  },
  printer: {
    failed: (reason: string) => `Máy in báo lỗi, chưa in được báo cáo (${reason}). Hãy kiểm tra máy in rồi thử lại.`,
  },
};
