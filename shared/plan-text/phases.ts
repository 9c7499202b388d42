import { datePatternSource, parseVietnameseDate } from './dates';
import type { PlanPhase, SourceLine } from './types';

const phaseStart = /Đợt\s+(I{1,3}|IV|VI{0,3}|\d{1,2})(?![\p{L}\d])/giu;
const fromDate = new RegExp(String.raw`từ\s+(?:ngày\s+)?(${datePatternSource})`, 'iu');
const toDate = new RegExp(String.raw`(?:đến|tới|–|—|-)\s*(?:hết\s+)?(?:ngày\s+)?(${datePatternSource})`, 'iu');
const dateRange = new RegExp(
  String.raw`(?:từ\s+)?(?:ngày\s+)?(${datePatternSource})\s*(?:đến|tới|–|—|-)\s*(?:hết\s+)?(?:ngày\s+)?(${datePatternSource})`,
  'iu',
);

/**
 * Finds the phases a plan splits its year into ("Đợt I: từ ngày 01/01/2023 đến ngày 30/6/2023").
 * A phase mentioned without any date ("sơ kết Đợt I") is not a definition and is skipped; the first
 * dated mention of each phase wins.
 * @example parsePhases([{ line: 1, text: 'Đợt II: đến 31/12/2023' }], 2023)[0]?.end === '2023-12-31'
 */
export function parsePhases(lines: readonly SourceLine[], year: number | null): PlanPhase[] {
  const phases: PlanPhase[] = [];
  for (const { text } of lines) {
    const starts = [...text.matchAll(phaseStart)];
    starts.forEach((match, index) => {
      const numeral = (match[1] ?? '').toUpperCase();
      const name = `Đợt ${numeral}`;
      if (phases.length >= 12 || phases.some((phase) => phase.name === name)) return;
      const begin = (match.index ?? 0) + match[0].length;
      const end = starts[index + 1]?.index ?? text.length;
      const span = text.slice(begin, Math.min(end, begin + 300));
      const range = dateRange.exec(span);
      const startText = range ? range[1] : fromDate.exec(span)?.[1];
      const endText = range ? range[2] : toDate.exec(span)?.[1];
      const start = startText === undefined ? null : parseVietnameseDate(startText, year);
      const finish = endText === undefined ? null : parseVietnameseDate(endText, year);
      if (start === null && finish === null) return;
      phases.push({ name, start, end: finish });
    });
  }
  return phases;
}
