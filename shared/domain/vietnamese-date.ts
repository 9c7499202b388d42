const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * ISO date to the Vietnamese numeric form.
 * @example formatVietnameseDate('2023-03-31') === '31/03/2023'
 */
export function formatVietnameseDate(iso: string): string {
  const m = isoDatePattern.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/**
 * The date line of an official document (Nghị định 30: day < 10 and months 1–2 padded with a zero).
 * @example documentDateLine('Mỹ Tú', '2023-04-05') === 'Mỹ Tú, ngày 05 tháng 4 năm 2023'
 */
export function documentDateLine(place: string, iso: string): string {
  const m = isoDatePattern.exec(iso);
  if (!m) return `${place}, ngày … tháng … năm …`;
  const day = Number(m[3]);
  const month = Number(m[2]);
  const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
  return `${place}, ngày ${pad(day)} tháng ${month <= 2 ? pad(month) : String(month)} năm ${m[1]}`;
}
