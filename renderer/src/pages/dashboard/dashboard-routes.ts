/** The section's own routes; the section registry only knows the root. */
export const dashboardPath = '/tong-quan';

/** @example targetDetailPath(2) === '/tong-quan/chi-tieu/2' */
export function targetDetailPath(targetId: number): string {
  return `${dashboardPath}/chi-tieu/${targetId}`;
}

/** @example unitDetailPath(5) === '/tong-quan/don-vi/5' */
export function unitDetailPath(unitId: number): string {
  return `${dashboardPath}/don-vi/${unitId}`;
}

export type DashboardRoute =
  { kind: 'overview' } | { kind: 'target'; targetId: number } | { kind: 'unit'; unitId: number } | { kind: 'unknown' };

/**
 * Which screen of Tổng quan a hash path shows.
 * @example parseDashboardRoute('/tong-quan/chi-tieu/12') → { kind: 'target', targetId: 12 }
 * @example parseDashboardRoute('/tong-quan/don-vi/x') → { kind: 'unknown' }
 */
export function parseDashboardRoute(path: string): DashboardRoute {
  const rest = path.replace(/\/+$/, '');
  if (rest === dashboardPath) return { kind: 'overview' };
  const match = /^\/tong-quan\/(chi-tieu|don-vi)\/([1-9]\d{0,9})$/.exec(rest);
  if (!match) return { kind: 'unknown' };
  const id = Number(match[2]);
  return match[1] === 'chi-tieu' ? { kind: 'target', targetId: id } : { kind: 'unit', unitId: id };
}
