import type { ReferenceKind, TargetReference } from './types';

interface ReferenceRule {
  pattern: RegExp;
  kind: ReferenceKind;
}

// Each pattern reads from the start of the words after a value and its unit; the first that matches wins.
const rules: ReferenceRule[] = [
  { pattern: /^(?:so\s+)?(?:với\s+)?cùng\s+kỳ(?:\s+năm\s+(?:trước|ngoái|\d{4}))?/iu, kind: 'same_period' },
  { pattern: /^so\s+với\s+(?:năm\s+(?:trước|ngoái)|đầu\s+năm|cuối\s+năm\s+trước)/iu, kind: 'previous_year' },
  { pattern: /^so\s+với\s+(?:(?:thực hiện|kết quả)\s+)?năm\s+\d{4}/iu, kind: 'year' },
  {
    pattern:
      /^(?:so\s+với\s+)?(?:mức\s+)?dự\s+toán(?:\s+(?:được\s+|cấp\s+trên\s+|tỉnh\s+|huyện\s+|thành phố\s+)?giao)?/iu,
    kind: 'estimate',
  },
  // "chỉ tiêu" alone is the indicator's own name ("100% chỉ tiêu tuyển quân"): a reference only when "giao" or
  // "so với" says so.
  {
    pattern:
      /^(?:so\s+với\s+(?:chỉ\s+tiêu|kế\s+hoạch)(?:\s+(?:trên|được|cấp\s+trên|tỉnh|huyện|thành phố))?(?:\s+giao)?|(?:chỉ\s+tiêu|kế\s+hoạch)\s+(?:(?:trên|được|cấp\s+trên|tỉnh|huyện|thành phố)\s+)?giao(?![\p{L}])(?!\s+quân))/iu,
    kind: 'assigned',
  },
  { pattern: /^so\s+với\s+[^,;.()]{1,60}/iu, kind: 'other' },
];

/**
 * Reads what a change or share is measured against, from the words right after the value: "so với năm trước", "so
 * với năm 2024", "so với cùng kỳ", "dự toán", "chỉ tiêu trên giao". A year is filled in from the plan's year when the
 * text says "năm trước" or "cùng kỳ".
 * @example readReference('so với năm 2024', 2026)?.year === 2024
 * @example readReference('so với cùng kỳ', 2026) → { kind: 'same_period', year: 2025, … }
 */
export function readReference(
  after: string,
  planYear: number | null,
): { reference: TargetReference; length: number } | null {
  const head = after.slice(0, 120);
  const leading = /^[\s,]*/u.exec(head)?.[0].length ?? 0;
  const text = head.slice(leading);
  for (const { pattern, kind } of rules) {
    const match = pattern.exec(text);
    if (!match) continue;
    const written = match[0].trim();
    const explicitYear = /(\d{4})/u.exec(written)?.[1];
    let year: number | null = explicitYear === undefined ? null : Number(explicitYear);
    if (year === null && (kind === 'previous_year' || kind === 'same_period') && planYear !== null) year = planYear - 1;
    return { reference: { kind, year, text: written }, length: leading + match[0].length };
  }
  return null;
}
