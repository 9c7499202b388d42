import { describe, expect, it } from 'vitest';
import type { CriterionRow } from '@shared/scoring/criteria';
import { validateCriteria } from '@shared/scoring/criteria';
import {
  addChild,
  addGroup,
  canMove,
  childrenSum,
  editorMaxima,
  editorRows,
  isChanged,
  moveDown,
  moveUp,
  removeRow,
  romanNumeral,
  setKind,
  subtreeEnd,
  suggestCode,
  tableProblem,
  toDrafts,
  updateRow,
} from '@renderer/pages/clusters/criteria-editor';

const row = (
  id: number,
  level: number,
  code: string,
  maxPoints: number,
  kind: CriterionRow['kind'] = 'noi_dung',
): CriterionRow => ({ id, level, code, title: `Tiêu chí ${code}`, kind, maxPoints, link: null });

/** The demo's shape: 1.000 = 950 nội dung + 50 thưởng, trừ tối đa 50. */
const stored: CriterionRow[] = [
  row(1, 1, 'I', 300),
  { ...row(2, 2, '1', 150), link: { indicatorId: 7, rule: 'ty_le', zeroBelowPercent: 50 } },
  row(3, 2, '2', 150),
  row(4, 1, 'II', 650),
  row(5, 2, '3', 650),
  row(6, 1, 'III', 50, 'thuong'),
  row(7, 2, '4', 50, 'thuong'),
  row(8, 1, 'IV', 50, 'tru'),
  row(9, 2, '5', 50, 'tru'),
];

const codes = (rows: readonly { code: string }[]) => rows.map((r) => r.code);

describe('criteria editor: the outline', () => {
  it('finds a subtree and numbers groups in Roman numerals', () => {
    const rows = editorRows(stored);
    expect(subtreeEnd(rows, 0)).toBe(3);
    expect(subtreeEnd(rows, 1)).toBe(2);
    expect(subtreeEnd(rows, 7)).toBe(9);
    expect([1, 2, 3, 4, 5, 9, 14].map(romanNumeral)).toEqual(['I', 'II', 'III', 'IV', 'V', 'IX', 'XIV']);
  });

  it('shows the live scale "1.000 = 950 + 50" and the sum of a group’s children', () => {
    const rows = editorRows(stored);
    expect(editorMaxima(rows)).toEqual({ content: 950, bonus: 50, deduction: 50, total: 1000 });
    expect(childrenSum(rows, 0)).toBe(300);
    expect(childrenSum(rows, 1)).toBeNull();
    const reweighted = updateRow(rows, 4, { maxPoints: 600.5 });
    expect(childrenSum(reweighted, 3)).toBe(600.5);
  });

  it('adds a child of the group’s kind worth what the group has left, and numbers it after the last item', () => {
    const rows = updateRow(editorRows(stored), 3, { maxPoints: 700 });
    const next = addChild(rows, 3);
    const child = next[5]!;
    expect(codes(next).slice(3, 7)).toEqual(['II', '3', '6', 'III']);
    expect(child).toMatchObject({ level: 2, kind: 'noi_dung', maxPoints: 50, title: '', link: null });
    expect(child.id).toBeUndefined();
    expect(editorMaxima(next).total).toBe(1050);
    expect(tableProblem(updateRow(next, 5, { title: 'Chuyển đổi số' }))).toBeNull();
  });

  it('drops the link of a leaf that becomes a group, since only leaves are linked to a target', () => {
    const next = addChild(editorRows(stored), 1);
    expect(next[1]!.link).toBeNull();
    expect(next[2]).toMatchObject({ level: 3, code: '1.1', maxPoints: 150, link: null });
  });

  it('adds a top-level group of the chosen kind at the end with the next numeral', () => {
    const next = addGroup(editorRows(stored), 'thuong');
    expect(next.at(-1)).toMatchObject({ level: 1, code: 'V', kind: 'thuong', maxPoints: 0 });
    expect(suggestCode([], 1, -1)).toBe('I');
    expect(suggestCode([], 2, 0)).toBe('1');
  });

  it('removes a row with its subtree', () => {
    expect(codes(removeRow(editorRows(stored), 0))).toEqual(['II', '3', 'III', '4', 'IV', '5']);
    expect(codes(removeRow(editorRows(stored), 2))).toEqual(['I', '1', 'II', '3', 'III', '4', 'IV', '5']);
  });

  it('moves a group with its children among its siblings only', () => {
    const rows = editorRows(stored);
    expect(codes(moveDown(rows, 0))).toEqual(['II', '3', 'I', '1', '2', 'III', '4', 'IV', '5']);
    expect(codes(moveUp(rows, 2))).toEqual(['I', '2', '1', 'II', '3', 'III', '4', 'IV', '5']);
    // "3" is the only child of II: it cannot leave its group.
    expect(canMove(rows, 4)).toEqual({ up: false, down: false });
    expect(codes(moveUp(rows, 4))).toEqual(codes(rows));
    expect(canMove(rows, 7)).toEqual({ up: true, down: false });
  });

  it('gives a group’s kind to everything under it', () => {
    const next = setKind(editorRows(stored), 5, 'tru');
    expect(next.slice(5, 7).map((r) => r.kind)).toEqual(['tru', 'tru']);
    expect(next[7]!.kind).toBe('tru');
    expect(next[0]!.kind).toBe('noi_dung');
  });
});

describe('criteria editor: checks and payload', () => {
  it('reports the shared checks’ Vietnamese message: group maximum ≠ sum of children', () => {
    const rows = updateRow(editorRows(stored), 2, { maxPoints: 100 });
    expect(tableProblem(rows)).toBe(
      'Tổng điểm tối đa các tiêu chí con của "I" là 250, khác điểm tối đa của nhóm (300).',
    );
    expect(() => validateCriteria(toDrafts(rows))).toThrow(tableProblem(rows)!);
  });

  it('asks for the STT and the title before the shared checks, and catches duplicate codes', () => {
    const rows = editorRows(stored);
    expect(tableProblem(updateRow(rows, 4, { code: '  ' }))).toBe('Dòng 5 chưa ghi số thứ tự (STT).');
    expect(tableProblem(updateRow(rows, 4, { title: '' }))).toBe('Tiêu chí "3" chưa ghi nội dung.');
    expect(tableProblem(updateRow(rows, 4, { code: '1' }))).toBe('Số thứ tự tiêu chí "1" bị lặp.');
    expect(tableProblem(rows)).toBeNull();
  });

  it('sends trimmed text, keeps stored ids, and never a link on a group', () => {
    const rows = updateRow(addChild(editorRows(stored), 4), 5, { title: '  Mới  ', maxPoints: 0 });
    const drafts = toDrafts(rows);
    expect(drafts[0]).toEqual({
      id: 1,
      level: 1,
      code: 'I',
      title: 'Tiêu chí I',
      kind: 'noi_dung',
      maxPoints: 300,
      link: null,
    });
    expect(drafts[1]!.link).toEqual({ indicatorId: 7, rule: 'ty_le', zeroBelowPercent: 50 });
    expect(drafts[5]).toEqual({ level: 3, code: '3.1', title: 'Mới', kind: 'noi_dung', maxPoints: 0, link: null });
    expect('id' in drafts[5]!).toBe(false);
  });

  it('knows when the rows differ from the stored table', () => {
    const rows = editorRows(stored);
    expect(isChanged(rows, stored)).toBe(false);
    expect(isChanged(updateRow(rows, 0, { title: 'Tiêu chí I ' }), stored)).toBe(false);
    expect(isChanged(updateRow(rows, 0, { title: 'Khác' }), stored)).toBe(true);
  });
});
