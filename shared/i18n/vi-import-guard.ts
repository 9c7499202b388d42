import { formatVietnameseNumber as n } from '../domain/vietnamese-number';
import { importMessages } from './vi-excel';
import { planMessages } from './vi-errors';

/**
 * Why an imported Excel or Word file is not read at all: the zip-and-XML guard in front of every parser, and the
 * isolated reader behind it. Excel files keep the importer's long-standing wording.
 */

export type OfficeKind = 'xlsx' | 'docx';

const docxOld = (file: string) =>
  `Tệp "${file}" là tệp Word cũ (.doc) hoặc có đặt mật khẩu; hãy mở bằng Word, lưu lại dạng .docx ` +
  '(không đặt mật khẩu) rồi nhập lại.';

export const guardMessages = {
  notZip: (kind: OfficeKind, file: string) =>
    kind === 'xlsx' ? importMessages.notXlsx(file) : planMessages.notDocx(file),
  oldFormat: (kind: OfficeKind, file: string) => (kind === 'xlsx' ? importMessages.oldXls(file) : docxOld(file)),
  corrupt: (kind: OfficeKind, file: string) =>
    kind === 'xlsx' ? importMessages.corrupt(file) : `Tệp "${file}" bị hỏng (không giải nén được).`,
  tooLarge: (kind: OfficeKind, file: string, detail: string) =>
    kind === 'xlsx'
      ? importMessages.tooLarge(file, detail)
      : `Tệp "${file}" lớn bất thường so với một văn bản kế hoạch (${detail}); tệp không được đọc để tránh treo máy.`,
  crafted: (file: string, detail: string) =>
    `Tệp "${file}" có cấu trúc bất thường mà Excel và Word không tạo ra (${detail}); tệp không được đọc.`,
  /** Details of `tooLarge`. */
  unzippedSize: importMessages.unzippedSize,
  sizeMismatch: importMessages.sizeMismatch,
  entryCount: importMessages.entryCount,
  rowCount: importMessages.rowCount,
  cellCount: importMessages.cellCount,
  sheetCount: importMessages.sheetCount,
  partSize: (part: string, mb: number, maxMb: number) => `phần "${part}" giải nén ra ${mb} MB, tối đa ${maxMb} MB`,
  elementCount: (count: number, max: number) => `hơn ${n(max)} thành phần XML`,
  rowNumber: (row: number, max: number) => `có dữ liệu ở dòng ${n(row)}, tối đa dòng ${n(max)}`,
  mergedCells: (count: number, max: number) => `các vùng gộp ô gồm ${n(count)} ô, tối đa ${n(max)}`,
  columnSpan: (column: number) => `định dạng cột đến cột thứ ${n(column)}, quá cột cuối của Excel`,
  tableCells: (count: number, max: number) => `${n(count)} ô bảng, tối đa ${n(max)}`,
  /** Details of `crafted`. */
  badName: (name: string) => `tên thành phần "${name.slice(0, 80)}" không hợp lệ`,
  duplicateName: (name: string) => `thành phần "${name.slice(0, 80)}" xuất hiện hai lần`,
  renamedPart: (name: string) => `thành phần "${name.slice(0, 80)}" mang tên của một phần khác`,
  declaration: (part: string) => `khai báo DOCTYPE/ENTITY trong "${part}"`,
  /** The isolated reader: what the guard could not foresee still cannot take the app with it. */
  tooComplex: (file: string) =>
    `Tệp "${file}" quá phức tạp để đọc an toàn (cần quá nhiều bộ nhớ hoặc thời gian) nên không được đọc. ` +
    'Hãy mở tệp, lưu lại bản gọn hơn (xóa các trang, vùng định dạng thừa) rồi thử lại.',
  unreadable: (file: string) => `Tệp "${file}" có nội dung không đọc được nên không được nhập.`,
};
