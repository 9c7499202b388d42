import { parseUrl } from './app-url';

/**
 * Sites the app may open in the secretary's browser: where the legal texts cited in plans and commendation
 * rules live. A host also covers its subdomains (vanban.chinhphu.vn, congbao.chinhphu.vn). Keep the list short:
 * every entry is a site a compromised page could send the user to.
 */
export const vettedExternalHosts = [
  'thuvienphapluat.vn', // Thư viện Pháp luật: full texts of laws, decrees and circulars
  'vbpl.vn', // Cơ sở dữ liệu quốc gia về văn bản pháp luật (Bộ Tư pháp)
  'chinhphu.vn', // Cổng thông tin điện tử Chính phủ, Công báo
  'moha.gov.vn', // Bộ Nội vụ, which oversees emulation and commendation work
] as const;

/**
 * True for an https URL to a vetted host, without user name, password or explicit port.
 * `isVettedExternalUrl("https://vanban.chinhphu.vn/?pageid=27160") === true`;
 * `isVettedExternalUrl("https://chinhphu.vn.evil.example/") === false`.
 */
export function isVettedExternalUrl(value: string): boolean {
  const url = parseUrl(value);
  if (url === null || url.protocol !== 'https:') return false;
  if (url.username !== '' || url.password !== '' || url.port !== '') return false;
  const host = url.hostname.toLowerCase();
  return vettedExternalHosts.some((vetted) => host === vetted || host.endsWith(`.${vetted}`));
}
