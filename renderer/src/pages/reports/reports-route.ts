/** The "Báo cáo" section: the list at `#/bao-cao`, one report at `#/bao-cao/12` (so a reload keeps it open). */
export const reportsPath = '/bao-cao';

/** @example reportPath(12) === '/bao-cao/12' */
export function reportPath(id: number): string {
  return `${reportsPath}/${id}`;
}

/** @example reportIdFromPath('/bao-cao/12') === 12; reportIdFromPath('/bao-cao') === null */
export function reportIdFromPath(path: string): number | null {
  const match = /^\/bao-cao\/(\d{1,9})$/.exec(path);
  return match ? Number(match[1]) : null;
}
