const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The date written in words on an administrative document (Nghị định 30/2020, Phụ lục I): days below 10 and the
 * months January and February carry a leading zero, other months do not.
 * @example formatDocumentDate('2023-04-05') === 'ngày 05 tháng 4 năm 2023'
 * @example formatDocumentDate('2024-02-15') === 'ngày 15 tháng 02 năm 2024'
 */
export function formatDocumentDate(iso: string): string {
  const m = isoDatePattern.exec(iso);
  if (!m) throw new RangeError(`Not an ISO date: ${iso}`);
  const day = Number(m[3]);
  const month = Number(m[2]);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `ngày ${pad(day)} tháng ${month <= 2 ? pad(month) : String(month)} năm ${m[1]}`;
}

/**
 * The place-and-date line at the top right of a document, printed in italics.
 * A blank place shows as an ellipsis so the preview still shows where it will go.
 * @example formatPlaceDateLine('Mỹ Tú', '2023-04-05') === 'Mỹ Tú, ngày 05 tháng 4 năm 2023'
 */
export function formatPlaceDateLine(place: string, iso: string): string {
  const trimmed = place.trim();
  return `${trimmed === '' ? '…' : trimmed}, ${formatDocumentDate(iso)}`;
}
