import { AppError } from '../errors';
import { clusterMessages } from '../i18n/vi-clusters';

/** Nội dung (content), điểm thưởng (bonus), điểm trừ (deduction). */
export const criterionKinds = ['noi_dung', 'thuong', 'tru'] as const;
export type CriterionKind = (typeof criterionKinds)[number];

/**
 * How a criterion linked to a target is scored from the unit's result:
 * - dat_du_diem: full points when the target is met (or on schedule mid-year), zero otherwise;
 * - ty_le: full points when met, otherwise the maximum × % of plan, and zero below `zeroBelowPercent` if set.
 */
export const computeRules = ['dat_du_diem', 'ty_le'] as const;
export type ComputeRule = (typeof computeRules)[number];

/** Ties in the final score are broken by these, in the order chosen, then by the unit's name (Vietnamese order). */
export const tieBreaks = ['nhieu_chi_tieu_vuot', 'nhieu_chi_tieu_dat', 'diem_noi_dung_cao'] as const;
export type TieBreak = (typeof tieBreaks)[number];
export const defaultTieRule: readonly TieBreak[] = ['nhieu_chi_tieu_vuot'];

export const nominationAwards = ['co_thi_dua', 'bang_khen'] as const;
export type NominationAward = (typeof nominationAwards)[number];

export interface CriterionLink {
  indicatorId: number;
  rule: ComputeRule;
  /** ty_le only: below this % of plan the criterion scores zero. */
  zeroBelowPercent: number | null;
}

/**
 * One row of a scoring table, in printed order. The tree is the outline: a row's parent is the nearest row above it
 * with a lower level, so a table reads (and imports) like the paper one.
 */
export interface CriterionRow {
  id: number;
  level: number;
  /** STT as printed: "I", "1", "1.2". */
  code: string;
  title: string;
  kind: CriterionKind;
  maxPoints: number;
  link: CriterionLink | null;
}

export type CriterionDraft = Omit<CriterionRow, 'id'> & { id?: number };

export interface TableMaxima {
  content: number;
  bonus: number;
  /** The most a unit can lose, as a positive number. */
  deduction: number;
  /** content + bonus: "1.000 = 950 + 50". */
  total: number;
}

/** Floating-point sums of points like 0.1 + 0.2 print as 0,3. */
export const roundPoints = (x: number) => Math.round(x * 100) / 100;

/** For each row, the index of its parent row (or -1 at the top). */
export function parentIndexes(rows: readonly Pick<CriterionRow, 'level'>[]): number[] {
  const stack: number[] = [];
  return rows.map((row, i) => {
    while (stack.length > 0 && rows[stack[stack.length - 1]!]!.level >= row.level) stack.pop();
    const parent = stack.length > 0 ? stack[stack.length - 1]! : -1;
    stack.push(i);
    return parent;
  });
}

/** Rows with no children: the ones that are scored. */
export function leafFlags(rows: readonly Pick<CriterionRow, 'level'>[]): boolean[] {
  return rows.map((row, i) => i === rows.length - 1 || rows[i + 1]!.level <= row.level);
}

/**
 * Checks a table's outline and arithmetic, throwing the first problem in Vietnamese: levels step in by one at most,
 * children share their group's kind, a group's maximum is the sum of its children's, codes are unique, only leaves
 * link to a target.
 */
export function validateCriteria(rows: readonly CriterionDraft[]): void {
  const fail = (message: string) => {
    throw new AppError('INVALID_INPUT', message);
  };
  if (rows.length > 0 && rows[0]!.level !== 1) fail(clusterMessages.firstLevel);
  const parents = parentIndexes(rows);
  const leaves = leafFlags(rows);
  const codes = new Set<string>();
  rows.forEach((row, i) => {
    const key = row.code.trim().toLocaleLowerCase('vi');
    if (codes.has(key)) fail(clusterMessages.duplicateCode(row.code));
    codes.add(key);
    if (i > 0 && row.level > rows[i - 1]!.level + 1) fail(clusterMessages.levelJump(row.code));
    const parent = parents[i]!;
    if (parent >= 0 && rows[parent]!.kind !== row.kind) fail(clusterMessages.kindOfChild(row.code));
    if (!leaves[i] && row.link !== null) fail(clusterMessages.linkOnGroup(row.code));
  });
  rows.forEach((row, i) => {
    if (leaves[i]) return;
    const sum = roundPoints(rows.reduce((s, r, j) => (parents[j] === i ? s + r.maxPoints : s), 0));
    if (sum !== roundPoints(row.maxPoints)) fail(clusterMessages.groupMax(row.code, sum, row.maxPoints));
  });
}

/**
 * The table's scale from its top-level rows.
 * @example tableMaxima([{level:1,kind:'noi_dung',maxPoints:950},{level:1,kind:'thuong',maxPoints:50},{level:1,kind:'tru',maxPoints:30}]) → { content: 950, bonus: 50, deduction: 30, total: 1000 }
 */
export function tableMaxima(rows: readonly Pick<CriterionRow, 'level' | 'kind' | 'maxPoints'>[]): TableMaxima {
  const sum = (kind: CriterionKind) =>
    roundPoints(rows.filter((r) => r.level === 1 && r.kind === kind).reduce((s, r) => s + r.maxPoints, 0));
  const content = sum('noi_dung');
  const bonus = sum('thuong');
  return { content, bonus, deduction: sum('tru'), total: roundPoints(content + bonus) };
}
