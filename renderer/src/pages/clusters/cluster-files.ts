/** Saves a PDF the core made, as a Blob behind an `<a download>` click (Electron's Save dialog, or a download). */
export function downloadPdf(file: { fileName: string; contentBase64: string }): void {
  const binary = atob(file.contentBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const pointsFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** @example formatPoints(783.8) === '783,8'; formatPoints(null) === '' */
export function formatPoints(value: number | null): string {
  return value === null ? '' : pointsFormat.format(value);
}
