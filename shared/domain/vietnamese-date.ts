const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * ISO date to the Vietnamese numeric form.
 * @example formatVietnameseDate('2023-03-31') === '31/03/2023'
 */
export function formatVietnameseDate(iso: string): string {
  const m = isoDatePattern.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}
