import { parseIsoDate } from './dates';

/**
 * The date written in words on an administrative document (Nghị định 30/2020, Phụ lục I): days below 10 and the
 * months January and February carry a leading zero, other months do not.
 * Printed reports need the same rule; it belongs in shared/ once reports are rendered there.
 * @example formatDocumentDate('2023-04-05') === 'ngày 05 tháng 4 năm 2023'
 * @example formatDocumentDate('2024-02-15') === 'ngày 15 tháng 02 năm 2024'
 */
export function formatDocumentDate(iso: string): string {
  const date = parseIsoDate(iso);
  if (!date) throw new RangeError(`Not an ISO date: ${iso}`);
  const day = String(date.day).padStart(2, '0');
  const month = date.month <= 2 ? String(date.month).padStart(2, '0') : String(date.month);
  return `ngày ${day} tháng ${month} năm ${date.year}`;
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
