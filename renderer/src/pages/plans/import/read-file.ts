/** A plan is a few pages; the contract takes at most ~15 MB of file. */
export const maxPlanFileBytes = 15 * 1024 * 1024;

/**
 * The base64 payload of a `data:` URL.
 * @example base64FromDataUrl('data:text/plain;base64,SGVsbG8=') === 'SGVsbG8='
 * @example base64FromDataUrl('data:;base64,') === ''
 */
export function base64FromDataUrl(dataUrl: string): string {
  const comma = dataUrl.indexOf(',');
  return comma === -1 ? '' : dataUrl.slice(comma + 1);
}

/** Reads a chosen file as base64, for `plans:parseFile` (the core decides whether it is text or Word). */
export function readFileAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(base64FromDataUrl(String(reader.result ?? '')));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsDataURL(file);
  });
}
