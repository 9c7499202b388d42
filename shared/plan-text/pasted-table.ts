import { roleOf } from './tables';

/** Columns of a pasted table without a header, by how many there are after the STT column. */
const assumedHeaders: Record<number, readonly string[]> = {
  2: ['Chỉ tiêu', 'Kế hoạch'],
  3: ['Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch'],
};

const numbering = /^\(?(?:\d{1,3}|[IVXLC]{1,6}|[a-zđ])[.)]?$/i;

/**
 * Rows of targets pasted from Excel or a Word table ("Tạo kế hoạch" → "Dán bảng chỉ tiêu"), made readable by the plan
 * reader: the reader reads a table by its header, and a secretary often copies only the rows. A first row that
 * names its columns (Chỉ tiêu, ĐVT, Kế hoạch …) is kept as it is; otherwise the usual header of a plan's table is
 * put above the rows: name, [unit,] planned value, with STT first when the first column only numbers the rows and
 * "Ghi chú" for any further column. Text without tabs (lines of prose) is returned unchanged.
 * @example withTargetTableHeader('Sản lượng lúa\ttấn\t45.000') → 'Chỉ tiêu\tĐơn vị tính\tKế hoạch\nSản lượng lúa\ttấn\t45.000'
 */
export function withTargetTableHeader(text: string): string {
  const rows = text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split('\t').map((cell) => cell.trim()));
  if (rows.length === 0 || !rows.some((cells) => cells.length > 1)) return text;
  const first = rows[0]!;
  if (first.some((cell) => roleOf(cell) === 'name' || roleOf(cell) === 'value')) return text;
  const width = Math.max(...rows.map((cells) => cells.length));
  const stt = rows.every((cells) => cells[0] === '' || numbering.test(cells[0] ?? ''));
  const rest = width - (stt ? 1 : 0);
  const named = assumedHeaders[Math.min(rest, 3)] ?? ['Chỉ tiêu'];
  const header = [...(stt ? ['STT'] : []), ...named, ...Array.from({ length: rest - named.length }, () => 'Ghi chú')];
  return `${header.join('\t')}\n${text}`;
}
