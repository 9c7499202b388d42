import type { Quarter } from '@shared/domain/period';

/** The entry grid's route; the quarter on screen is kept in the path (`#/nhap-so-lieu/2023-Q3`) so a reload keeps it. */
export const figuresPath = '/nhap-so-lieu';

export interface GridPeriod {
  year: number;
  quarter: Quarter;
}

/** @example figuresPeriodPath({ year: 2023, quarter: 3 }) === '/nhap-so-lieu/2023-Q3' */
export function figuresPeriodPath(period: GridPeriod): string {
  return `${figuresPath}/${period.year}-Q${period.quarter}`;
}

/** @example periodFromPath('/nhap-so-lieu/2023-Q3') → { year: 2023, quarter: 3 } */
export function periodFromPath(path: string): GridPeriod | null {
  const match = /^\/nhap-so-lieu\/(\d{4})-Q([1-4])$/.exec(path);
  if (!match) return null;
  return { year: Number(match[1]), quarter: Number(match[2]) as Quarter };
}

/** Reports of a quarter are finished in the first two weeks of the next one. */
const reportingLagDays = 15;

/**
 * The quarter the grid opens on: the quarter being reported (the one that held the date two weeks ago, since a
 * quarter's figures are completed early in the next quarter), in the latest year that has a plan up to then. A plan
 * year already over opens on its fourth quarter; with only future plans, the first plan year's first quarter.
 * @example defaultPeriod([2022, 2023], new Date(2023, 6, 5)) → { year: 2023, quarter: 2 }
 * @example defaultPeriod([2023], new Date(2025, 7, 1)) → { year: 2023, quarter: 4 }
 */
export function defaultPeriod(planYears: readonly number[], today: Date): GridPeriod {
  const reported = new Date(today.getFullYear(), today.getMonth(), today.getDate() - reportingLagDays);
  const current: GridPeriod = {
    year: reported.getFullYear(),
    quarter: (Math.floor(reported.getMonth() / 3) + 1) as Quarter,
  };
  if (planYears.length === 0) return current;
  const pastOrCurrent = planYears.filter((year) => year <= current.year);
  if (pastOrCurrent.length === 0) return { year: Math.min(...planYears), quarter: 1 };
  const year = Math.max(...pastOrCurrent);
  return year === current.year ? current : { year, quarter: 4 };
}
