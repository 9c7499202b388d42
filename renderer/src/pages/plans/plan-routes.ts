/** The section's own routes; the section registry only knows the root. */
export const plansPath = '/ke-hoach';
export const planImportPath = `${plansPath}/nhap`;
/** "Tạo kế hoạch": a plan typed by hand. */
export const planCreatePath = `${plansPath}/tao`;

export function planDetailPath(id: number): string {
  return `${plansPath}/${id}`;
}

export type PlanRoute =
  { kind: 'list' } | { kind: 'import' } | { kind: 'create' } | { kind: 'detail'; id: number } | { kind: 'unknown' };

/**
 * Which screen of the section a hash path shows.
 * @example parsePlanRoute('/ke-hoach/12') → { kind: 'detail', id: 12 }
 * @example parsePlanRoute('/ke-hoach/nhap') → { kind: 'import' }
 */
export function parsePlanRoute(path: string): PlanRoute {
  const rest = path.replace(/\/+$/, '');
  if (rest === plansPath) return { kind: 'list' };
  if (rest === planImportPath) return { kind: 'import' };
  if (rest === planCreatePath) return { kind: 'create' };
  const match = new RegExp(`^${plansPath}/([1-9]\\d{0,9})$`).exec(rest);
  return match ? { kind: 'detail', id: Number(match[1]) } : { kind: 'unknown' };
}
