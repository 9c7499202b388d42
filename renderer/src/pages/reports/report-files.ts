import type { ExportedFile } from '@shared/contract/reports';

const mimeTypes: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** @example base64Bytes('TWFu') → Uint8Array [77, 97, 110] */
export function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** @example fileMimeType('bao-cao.docx') === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' */
export function fileMimeType(fileName: string): string {
  const extension = fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase();
  return mimeTypes[extension] ?? 'application/octet-stream';
}

/**
 * Saves a file the core made (PDF, Word, Excel): a Blob behind an `<a download>` click, so Electron shows its Save
 * dialog and the browser harness downloads it, with no file-system access from the page.
 */
export function downloadReportFile(file: ExportedFile): void {
  const url = URL.createObjectURL(new Blob([base64Bytes(file.contentBase64)], { type: fileMimeType(file.fileName) }));
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
