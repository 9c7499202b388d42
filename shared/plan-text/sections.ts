import { isUpperCaseLine, lowerVietnamese, stripListMarker, type ListItem } from './normalize';
import type { SourceLine } from './types';

/**
 * What a part of a plan is for. Only `targets` sections (and target lists introduced inside
 * `content`) can hold targets; `commendation` sections hold the rules for awards.
 */
export type SectionKind =
  'preamble' | 'purpose' | 'content' | 'targets' | 'commendation' | 'solutions' | 'organisation' | 'other' | 'footer';

export interface ClassifiedLine extends SourceLine {
  kind: SectionKind;
  /** 1 for "I. …", 2 for "1. …", 3 for "1.2. …"; 0 for a line that is not a heading. */
  headingLevel: number;
  item: ListItem;
}

function kindOfTopHeading(heading: string): SectionKind {
  const text = lowerVietnamese(heading);
  if (/tổ chức thực hiện/u.test(text)) return 'organisation';
  if (/giải pháp|biện pháp/u.test(text)) return 'solutions';
  if (/mục đích|yêu cầu/u.test(text)) return 'purpose';
  if (/chỉ tiêu/u.test(text)) return /khen thưởng/u.test(text) ? 'content' : 'targets';
  if (/khen thưởng|danh hiệu|tiêu chuẩn|hình thức/u.test(text)) return 'commendation';
  if (/nội dung|phong trào/u.test(text)) return 'content';
  return 'other';
}

/** A numbered sub-heading refines its section only where targets or awards can appear. */
function kindOfSubHeading(heading: string, parent: SectionKind): SectionKind {
  if (!['content', 'targets', 'commendation', 'other'].includes(parent)) return parent;
  const text = lowerVietnamese(heading);
  if (/chỉ tiêu/u.test(text)) return 'targets';
  if (/khen thưởng|danh hiệu|tiêu chuẩn|hình thức/u.test(text)) return 'commendation';
  if (/nội dung/u.test(text)) return 'content';
  return parent;
}

function headingLevelOf(item: ListItem): number {
  if (item.rank === 0 && isUpperCaseLine(item.rest)) return 1;
  // Numbered paragraphs ("1. Tiếp tục thực hiện Chỉ thị…") are long and end with punctuation; headings do not.
  const isNumbered = /^\d/.test(item.marker);
  const looksLikeHeading = item.rest.length <= 100 && !/[.;:,]$/.test(item.rest) && /^\p{Lu}/u.test(item.rest);
  if (isNumbered && looksLikeHeading && item.rank <= 3) return item.rank + 1;
  return 0;
}

/**
 * Tags every line with the kind of section it belongs to, from the plan's Roman and numbered headings.
 * @example classifyLines(normalizePlanText('II. TỔ CHỨC THỰC HIỆN\n- Phòng Nội vụ…'))[1]?.kind === 'organisation'
 */
export function classifyLines(lines: readonly SourceLine[]): ClassifiedLine[] {
  const stack: { level: number; kind: SectionKind }[] = [];
  let inFooter = false;
  let seenSection = false;
  return lines.map((line) => {
    const item = stripListMarker(line.text);
    if (/^Nơi nhận\s*:?/iu.test(line.text)) inFooter = true;
    if (inFooter) return { ...line, kind: 'footer', headingLevel: 0, item };
    const headingLevel = headingLevelOf(item);
    if (headingLevel === 1) seenSection = true;
    if (!seenSection) return { ...line, kind: 'preamble', headingLevel: 0, item };
    if (headingLevel > 0) {
      while (stack.length > 0 && (stack.at(-1)?.level ?? 0) >= headingLevel) stack.pop();
      const parent = stack.at(-1)?.kind ?? 'other';
      const kind = headingLevel === 1 ? kindOfTopHeading(item.rest) : kindOfSubHeading(item.rest, parent);
      stack.push({ level: headingLevel, kind });
      return { ...line, kind, headingLevel, item };
    }
    return { ...line, kind: stack.at(-1)?.kind ?? 'other', headingLevel: 0, item };
  });
}
