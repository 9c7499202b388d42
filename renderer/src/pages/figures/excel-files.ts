import type { ExcelFile } from '@shared/contract/excel';

const chunk = 0x8000;

/**
 * Bytes as base64, in chunks so a 10 MB workbook does not overflow the argument list of `String.fromCharCode`.
 * @example bytesToBase64(new Uint8Array([77, 97, 110])) === 'TWFu'
 */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

/** @example base64ToBytes('TWFu') → Uint8Array [77, 97, 110] */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A picked file as the import channels take it. */
export async function readExcelFile(file: Blob & { name: string }): Promise<ExcelFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { fileName: file.name, contentBase64: bytesToBase64(bytes) };
}

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Saves a workbook the core made: a Blob behind an `<a download>` click, so Electron shows its Save dialog and the
 * browser harness downloads it, with no file-system access from the page.
 */
export function downloadExcelFile(file: ExcelFile): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(file.contentBase64)], { type: xlsxType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started reading the blob by now; free it a little later rather than at once.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
