import { AppError } from '@shared/errors';
import {
  leafFlags,
  parentIndexes,
  roundPoints,
  tableMaxima,
  validateCriteria,
  type CriterionDraft,
  type CriterionKind,
  type CriterionLink,
  type CriterionRow,
  type TableMaxima,
} from '@shared/scoring/criteria';
import { viClusters as t } from '@renderer/i18n/vi-clusters-ui';

/**
 * One row of the criteria table editor: a criterion draft in outline order (the parent is the nearest row above with
 * a lower level, as in `shared/scoring/criteria`), with a stable key for React and the stored id once saved.
 */
export interface EditorRow {
  key: string;
  id?: number;
  level: number;
  code: string;
  title: string;
  kind: CriterionKind;
  maxPoints: number;
  link: CriterionLink | null;
}

/** The deepest level the contract accepts. */
export const maxLevel = 4;

let nextKey = 0;
const newKey = () => `moi-${(nextKey += 1)}`;

/** The editor's rows from a stored table. */
export function editorRows(rows: readonly CriterionRow[]): EditorRow[] {
  return rows.map((row) => ({
    key: `id-${row.id}`,
    id: row.id,
    level: row.level,
    code: row.code,
    title: row.title,
    kind: row.kind,
    maxPoints: row.maxPoints,
    link: row.link === null ? null : { ...row.link },
  }));
}

/** The index just past a row's last descendant. @example subtreeEnd([{level:1},{level:2},{level:1}], 0) === 2 */
export function subtreeEnd(rows: readonly Pick<EditorRow, 'level'>[], index: number): number {
  let end = index + 1;
  while (end < rows.length && rows[end]!.level > rows[index]!.level) end += 1;
  return end;
}

const romans: ReadonlyArray<[number, string]> = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** @example romanNumeral(4) === 'IV' */
export function romanNumeral(n: number): string {
  let rest = n;
  let text = '';
  for (const [value, letters] of romans) {
    while (rest >= value) {
      text += letters;
      rest -= value;
    }
  }
  return text;
}

/**
 * The STT a new row gets, following the paper tables: groups I, II, III…; items numbered 1, 2, 3… across the whole
 * table; deeper items under their parent (1.1, 1.2). A suggestion only: the secretary can type another.
 */
export function suggestCode(rows: readonly EditorRow[], level: number, parentIndex: number): string {
  const taken = new Set(rows.map((r) => r.code.trim().toLocaleLowerCase('vi')));
  const free = (make: (n: number) => string, start: number) => {
    let n = start;
    while (taken.has(make(n).toLocaleLowerCase('vi'))) n += 1;
    return make(n);
  };
  if (level === 1) return free(romanNumeral, rows.filter((r) => r.level === 1).length + 1);
  if (level === 2) {
    const numbers = rows.map((r) => Number(r.code)).filter((n) => Number.isInteger(n) && n > 0);
    return free(String, numbers.length === 0 ? 1 : Math.max(...numbers) + 1);
  }
  const parent = rows[parentIndex]!;
  const children = rows.slice(parentIndex + 1, subtreeEnd(rows, parentIndex)).filter((r) => r.level === level);
  return free((n) => `${parent.code.trim()}.${n}`, children.length + 1);
}

/** The sum of a row's direct children's maxima, or null for a leaf. */
export function childrenSum(rows: readonly Pick<EditorRow, 'level' | 'maxPoints'>[], index: number): number | null {
  const parents = parentIndexes(rows);
  let any = false;
  let sum = 0;
  parents.forEach((parent, j) => {
    if (parent !== index) return;
    any = true;
    sum += rows[j]!.maxPoints;
  });
  return any ? roundPoints(sum) : null;
}

/** A new top-level group of this kind at the end of the table. */
export function addGroup(rows: readonly EditorRow[], kind: CriterionKind): EditorRow[] {
  const row: EditorRow = {
    key: newKey(),
    level: 1,
    code: suggestCode(rows, 1, -1),
    title: '',
    kind,
    maxPoints: 0,
    link: null,
  };
  return [...rows, row];
}

/**
 * A new last child of a row, of the row's kind, worth what the group still has to share out (its maximum less its
 * children's). The row becomes a group, so its link to a target (only leaves have one) is dropped.
 */
export function addChild(rows: readonly EditorRow[], index: number): EditorRow[] {
  const parent = rows[index]!;
  if (parent.level >= maxLevel) return [...rows];
  const end = subtreeEnd(rows, index);
  const left = roundPoints(parent.maxPoints - (childrenSum(rows, index) ?? 0));
  const child: EditorRow = {
    key: newKey(),
    level: parent.level + 1,
    code: suggestCode(rows, parent.level + 1, index),
    title: '',
    kind: parent.kind,
    maxPoints: Math.max(0, left),
    link: null,
  };
  const next = [...rows];
  next[index] = { ...parent, link: null };
  next.splice(end, 0, child);
  return next;
}

/** Removes a row with everything under it. */
export function removeRow(rows: readonly EditorRow[], index: number): EditorRow[] {
  return [...rows.slice(0, index), ...rows.slice(subtreeEnd(rows, index))];
}

/** The index of the previous row with the same parent, or -1. */
function previousSibling(rows: readonly EditorRow[], index: number): number {
  const level = rows[index]!.level;
  for (let j = index - 1; j >= 0; j -= 1) {
    if (rows[j]!.level === level) return j;
    if (rows[j]!.level < level) return -1;
  }
  return -1;
}

/** Moves a row (with its subtree) above its previous sibling; unchanged when it is the first of its group. */
export function moveUp(rows: readonly EditorRow[], index: number): EditorRow[] {
  const before = previousSibling(rows, index);
  if (before < 0) return [...rows];
  const end = subtreeEnd(rows, index);
  return [...rows.slice(0, before), ...rows.slice(index, end), ...rows.slice(before, index), ...rows.slice(end)];
}

/** Moves a row (with its subtree) below its next sibling; unchanged when it is the last of its group. */
export function moveDown(rows: readonly EditorRow[], index: number): EditorRow[] {
  const end = subtreeEnd(rows, index);
  if (end >= rows.length || rows[end]!.level !== rows[index]!.level) return [...rows];
  return moveUp(rows, end);
}

/** Whether a row can move up / down among its siblings. */
export function canMove(rows: readonly EditorRow[], index: number): { up: boolean; down: boolean } {
  const end = subtreeEnd(rows, index);
  return {
    up: previousSibling(rows, index) >= 0,
    down: end < rows.length && rows[end]!.level === rows[index]!.level,
  };
}

/** Changes one row's own fields (code, title, maximum, link). */
export function updateRow(
  rows: readonly EditorRow[],
  index: number,
  patch: Partial<Pick<EditorRow, 'code' | 'title' | 'maxPoints' | 'link'>>,
): EditorRow[] {
  return rows.map((row, i) => (i === index ? { ...row, ...patch } : row));
}

/** A top-level group's kind, given to everything under it (children share their group's kind). */
export function setKind(rows: readonly EditorRow[], index: number, kind: CriterionKind): EditorRow[] {
  const end = subtreeEnd(rows, index);
  return rows.map((row, i) => (i >= index && i < end ? { ...row, kind } : row));
}

/** What `clusters:saveCriteria` takes: trimmed text, ids kept for stored rows, no link on groups. */
export function toDrafts(rows: readonly EditorRow[]): CriterionDraft[] {
  const leaves = leafFlags(rows);
  return rows.map((row, i) => ({
    ...(row.id === undefined ? {} : { id: row.id }),
    level: row.level,
    code: row.code.trim(),
    title: row.title.trim(),
    kind: row.kind,
    maxPoints: row.maxPoints,
    link: leaves[i] ? row.link : null,
  }));
}

/**
 * The first problem that stops the table being saved, in Vietnamese, or null: a row without STT or title, then the
 * shared checks the core runs (outline, kinds, group maximum = sum of children, unique codes, links on leaves only).
 */
export function tableProblem(rows: readonly EditorRow[]): string | null {
  for (const [i, row] of rows.entries()) {
    if (row.code.trim() === '') return t.criteria.codeMissing(i + 1);
    if (row.title.trim() === '') return t.criteria.titleMissing(row.code.trim());
  }
  try {
    validateCriteria(toDrafts(rows));
    return null;
  } catch (error) {
    if (error instanceof AppError) return error.message;
    throw error;
  }
}

/** The live scale: content, bonus, deduction and the total "1.000 = 950 + 50". */
export function editorMaxima(rows: readonly EditorRow[]): TableMaxima {
  return tableMaxima(rows);
}

/** Whether the editor's rows differ from the stored table (what "Lưu" would change). */
export function isChanged(rows: readonly EditorRow[], stored: readonly CriterionRow[]): boolean {
  const a = toDrafts(rows);
  const b = toDrafts(editorRows(stored));
  return JSON.stringify(a) !== JSON.stringify(b);
}
