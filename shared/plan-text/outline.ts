import type { IndicatorGroup } from '../domain/target-form';
import { foldForMatch, isUpperCaseLine, wordCount } from './normalize';
import { firstValueToken } from './numbers';
import type { Block, Paragraph } from './segment';

/** A list marker and the text after it. */
export interface Marker {
  /** What kind of marker it is ("roman", "n1", "n2", "letter", "paren", "-", "+", …); '' for none. */
  type: string;
  text: string;
  rest: string;
}

/** What a part of a plan is for, read from its heading. */
export type SectionTopic = 'purpose' | 'targets' | 'content' | 'solutions' | 'organisation' | 'commendation';

export interface OutlineEntry {
  markerType: string;
  /** The heading or lead-in without its marker. */
  text: string;
  line: number;
  role: 'heading' | 'leadIn' | 'item';
  topic: SectionTopic | null;
  group: IndicatorGroup | null;
  /** A lead-in that announces targets ("Phấn đấu đạt các chỉ tiêu sau:"). */
  announcesTargets?: boolean;
}

/** Where a block sits in the plan's outline. */
export interface BlockContext {
  /** Headings and lead-ins above the block, outermost first. */
  ancestors: OutlineEntry[];
  /** The nearest topic among them. */
  topic: SectionTopic | null;
  /** The field named by the nearest heading above ("a) Chỉ tiêu về kinh tế", "3. Quốc phòng – an ninh"). */
  group: IndicatorGroup | null;
  /** The field named by the nearest lead-in ("Phấn đấu hoàn thành các chỉ tiêu về phát triển kinh tế:"): a hint. */
  hintGroup: IndicatorGroup | null;
  /** The nearest lead-in that announces targets ("Phấn đấu đạt các chỉ tiêu sau:"), if any. */
  targetLeadIn: OutlineEntry | null;
  /** Before the plan's first section heading (letterhead, title, legal bases, opening sentence). */
  preamble: boolean;
  /** After "Nơi nhận:" (recipients and signature). */
  footer: boolean;
}

export interface OutlinedBlock {
  block: Block;
  marker: Marker;
  /** A paragraph that is itself a heading or a lead-in (it gives context, it states nothing). */
  role: 'heading' | 'leadIn' | 'statement';
  context: BlockContext;
}

const markerPatterns: { type: (match: RegExpExecArray) => string; pattern: RegExp }[] = [
  // "PHẦN II", "Phần thứ ba", "CHƯƠNG I": a part of the plan, whose title may follow on the next line.
  {
    type: () => 'part',
    pattern:
      /^(?:PHẦN|Phần|CHƯƠNG|Chương|ĐIỀU|Điều)\s+(?:THỨ\s+\p{L}+|thứ\s+\p{L}+|[IVXLC]+|\d{1,2})(?![\p{L}\d])\s*[.:-]?\s*/u,
  },
  { type: () => 'roman', pattern: /^([IVXLC]+)\s*[.)/-]\s*/u },
  // "1." or "1.2" / "1.2." but never "2.200" (a number with a thousands dot) or "07" (a count).
  { type: (m) => `n${(m[1] ?? '').split('.').length}`, pattern: /^(\d{1,2}(?:\.\d{1,2})*)(?:\.|\))(?=\s|\p{L})\s*/u },
  { type: (m) => `n${(m[1] ?? '').split('.').length}`, pattern: /^(\d{1,2}(?:\.\d{1,2})+)(?=\s)\s*/u },
  { type: () => 'paren', pattern: /^\(\s*(\d{1,2})\s*\)\s*/u },
  { type: () => 'paren-letter', pattern: /^\(\s*([a-zđ])\s*\)\s*/u },
  { type: () => 'letter', pattern: /^([a-zđ])\s*[).]\s+/u },
  { type: () => 'upper-letter', pattern: /^([A-ZĐ])\s*[).]\s+/u },
];
const bulletPattern = /^([-–—•●▪○◦■□➢►✓+*])\s*(?![\d.,]*\d%?\s*$)/u;

/**
 * Separates a list marker from the paragraph's content.
 * @example readMarker('(2) Sản lượng lúa').rest === 'Sản lượng lúa'
 * @example readMarker('1.2. Chỉ tiêu thi đua').type === 'n2'
 */
export function readMarker(text: string): Marker {
  for (const { type, pattern } of markerPatterns) {
    const match = pattern.exec(text);
    if (match && (match[0].length < text.length || type(match) === 'part')) {
      return { type: type(match), text: match[0].trim(), rest: text.slice(match[0].length).trim() };
    }
  }
  // "- +" (a converter artefact, or a list pasted inside a list) counts as its last bullet.
  let at = 0;
  let symbol = '';
  for (let guard = 0; guard < 4; guard += 1) {
    const bullet = bulletPattern.exec(text.slice(at));
    // "-5%" is a number, not a bullet.
    if (!bullet || /^[-–—+]\d/u.test(text.slice(at))) break;
    symbol = bullet[1] ?? '-';
    at += bullet[0].length;
  }
  // A rule drawn with dashes under the letterhead ("-----------") is not a list item.
  if (symbol !== '' && at < text.length && /[\p{L}\d“"(]/u.test(text.charAt(at))) {
    const type = '-–—'.includes(symbol) ? '-' : symbol === '+' ? '+' : '•';
    return { type, text: text.slice(0, at).trim(), rest: text.slice(at).trim() };
  }
  return { type: '', text: '', rest: text };
}

const topicRules: { topic: SectionTopic; pattern: RegExp }[] = [
  {
    topic: 'organisation',
    pattern: /to chuc thuc hien|trach nhiem|phan cong|kinh phi|che do bao cao|thoi gian thuc hien|tien do thuc hien/,
  },
  { topic: 'solutions', pattern: /giai phap|bien phap|nhiem vu trong tam|nhiem vu chu yeu|nhiem vu, giai phap/ },
  { topic: 'purpose', pattern: /muc dich|yeu cau|muc tieu chung|y nghia/ },
  { topic: 'targets', pattern: /chi tieu|muc tieu|phan dau dat|phan dau thuc hien/ },
  { topic: 'commendation', pattern: /khen thuong|danh hieu|tieu chuan|hinh thuc|doi tuong|tieu chi xet|binh xet/ },
  { topic: 'content', pattern: /noi dung|phong trao|nhiem vu|muc tieu/ },
];

/**
 * What a heading says its section is for. "Nội dung, chỉ tiêu thi đua và công tác khen thưởng" mixes targets and
 * awards: it is read as content, and its sub-headings decide.
 * @example topicOf('Chỉ tiêu thi đua') === 'targets'
 */
export function topicOf(heading: string): SectionTopic | null {
  const folded = foldForMatch(heading);
  if (/chi tieu/.test(folded) && /khen thuong/.test(folded)) return 'content';
  return topicRules.find(({ pattern }) => pattern.test(folded))?.topic ?? null;
}

const groupRules: { group: IndicatorGroup; pattern: RegExp }[] = [
  { group: 'quoc_phong_an_ninh', pattern: /quoc phong|an ninh|trat tu|quan su/ },
  {
    group: 'xay_dung_dang_chinh_quyen',
    pattern:
      /xay dung dang|chinh quyen|he thong chinh tri|cai cach hanh chinh|to chuc dang|dang vien|mat tran|doan the/,
  },
  { group: 'van_hoa_xa_hoi', pattern: /van hoa|xa hoi|giao duc|y te|lao dong|an sinh|dan so|the thao/ },
  {
    group: 'kinh_te',
    pattern: /kinh te|nong nghiep|cong nghiep|thuong mai|dich vu|ngan sach|tai chinh|xay dung nong thon/,
  },
  { group: 'khac', pattern: /moi truong|tai nguyen/ },
];

/**
 * The field a short heading names ("a) Chỉ tiêu về kinh tế", "Lĩnh vực quốc phòng – an ninh", "II. VĂN HÓA – XÃ
 * HỘI"); null for a heading that names none or too many, and for "kinh tế – xã hội", which names the whole plan.
 * @example groupOfHeading('3. Quốc phòng - an ninh') === 'quoc_phong_an_ninh'
 */
export function groupOfHeading(heading: string): IndicatorGroup | null {
  const folded = foldForMatch(heading).replace(/kinh te\s*[-–—,]?\s*xa hoi/g, ' ');
  if (wordCount(folded) > 14) return null;
  const found = groupRules.filter(({ pattern }) => pattern.test(folded)).map(({ group }) => group);
  if (found.length === 0) return null;
  // "Quốc phòng – an ninh và xây dựng Đảng": the first named field.
  const first = groupRules.map((rule) => rule.group).find((group) => found.includes(group));
  const firstAt = (group: IndicatorGroup) => folded.search(groupRules.find((rule) => rule.group === group)!.pattern);
  return [...found].sort((a, b) => firstAt(a) - firstAt(b))[0] ?? first ?? null;
}

const structuralMarkers = /^(?:part|roman|n\d|paren|paren-letter|letter|upper-letter)$/;

function hasValue(text: string): boolean {
  return firstValueToken(text.slice(0, 400)) !== undefined;
}

/** A heading: a short numbered line without a sentence's punctuation or a figure, or a short line in capitals. */
function isHeading(marker: Marker, text: string): boolean {
  const rest = marker.rest;
  if (marker.type === 'part') return wordCount(rest) <= 16 && !/[.;,]$/u.test(rest);
  if (rest === '' || wordCount(rest) > 16 || /[.;,]$/u.test(rest)) return false;
  if (hasValue(rest)) return false;
  if (structuralMarkers.test(marker.type)) return /^[\p{Lu}\d“"]/u.test(rest);
  return marker.type === '' && isUpperCaseLine(text) && wordCount(text) <= 16;
}

function isLeadIn(marker: Marker): boolean {
  const rest = marker.rest;
  return rest.endsWith(':') && wordCount(rest) <= 40 && !hasValue(rest.slice(0, -1));
}

function announcesTargets(text: string): boolean {
  const folded = foldForMatch(text);
  return /chi tieu|phan dau|muc tieu/.test(folded) && !/khen thuong|danh hieu/.test(folded);
}

interface StackEntry {
  markerType: string;
  entry: OutlineEntry;
  /** Items and tables placed under it so far. */
  children: number;
  /** The kinds of markers met before it. */
  seenBefore: Set<string>;
}

let lastContext: { stack: string; preamble: boolean; footer: boolean; context: BlockContext } | null = null;

/** The context of a block; blocks in a row under the same headings share one (a long list has hundreds of items). */
function contextOf(stack: readonly StackEntry[], preamble: boolean, footer: boolean): BlockContext {
  const signature = stack.map((entry) => entry.entry.line).join(',');
  if (
    lastContext &&
    lastContext.stack === signature &&
    lastContext.preamble === preamble &&
    lastContext.footer === footer
  ) {
    return lastContext.context;
  }
  const context = buildContext(stack, preamble, footer);
  lastContext = { stack: signature, preamble, footer, context };
  return context;
}

function buildContext(stack: readonly StackEntry[], preamble: boolean, footer: boolean): BlockContext {
  const ancestors = stack.map(({ entry }) => entry).filter((entry) => entry.role !== 'item');
  const nearest = <T>(pick: (entry: OutlineEntry) => T | null): T | null => {
    for (let i = ancestors.length - 1; i >= 0; i -= 1) {
      const value = pick(ancestors[i]!);
      if (value !== null) return value;
    }
    return null;
  };
  const leadIn = nearest((entry) => (entry.role === 'leadIn' && entry.announcesTargets === true ? entry : null));
  return {
    ancestors,
    topic: nearest((e) => e.topic),
    // A heading, or a lead-in that is only a field's name ("Quốc phòng - an ninh:"), says the group; a longer lead-in
    // ("Phấn đấu hoàn thành các chỉ tiêu về phát triển kinh tế:") only hints at it.
    group: nearest((e) => (e.role === 'heading' || wordCount(e.text) <= 8 ? e.group : null)),
    hintGroup: nearest((e) => (e.role === 'leadIn' ? e.group : null)),
    targetLeadIn: leadIn,
    preamble,
    footer,
  };
}

const titleLine = /^(?:KẾ HOẠCH|KẾ HOẠCH LIÊN TỊCH|CHƯƠNG TRÌNH|HƯỚNG DẪN|QUYẾT ĐỊNH|BÁO CÁO|THÔNG BÁO)\b/u;
const letterheadLine =
  /CỘNG H[OÒ]A XÃ HỘI|Độc lập\s*[-–]\s*Tự do|^Số\s*:|^(?:ỦY|UỶ) BAN NHÂN DÂN|^UBND\b|^ĐẢNG (?:ỦY|UỶ)|, ngày/iu;

function typeOf(marker: Marker, role: OutlinedBlock['role']): string {
  if (marker.type !== '') return marker.type;
  return role === 'heading' ? 'caps' : role === 'leadIn' ? 'plain-lead' : '';
}

/**
 * Places every block in the plan's outline: headings of any numbering (I., 1., 1.1, a), (1), -, +) nest by the order
 * in which their kinds first appear, so a plan that uses "1." above "a)" and one that uses "a)" above "-" both read.
 * A lead-in (a line ending with ":") covers the items below it until a line of its own kind or a heading. A short
 * numbered line followed by a line of the same kind is an item of a list, not a heading ("3. Giữ vững ổn định chính
 * trị" between "2. …" and "4. …").
 * @example outlinePlan(segmentPlan('I. CHỈ TIÊU\n1. Lúa 320.080 tấn').blocks)[1]?.context.topic === 'targets'
 */
export function outlinePlan(blocks: readonly Block[]): OutlinedBlock[] {
  lastContext = null;
  const markers = lettersInSequence(
    blocks.map((block) => (block.kind === 'paragraph' ? readMarker(block.text) : null)),
  );
  const stack: StackEntry[] = [];
  const outlined: OutlinedBlock[] = [];
  let preamble = true;
  let footer = false;
  // Kinds of markers met so far: a heading of a kind met before a lead-in sits outside that lead-in.
  const seen = new Set<string>();

  blocks.forEach((block, index) => {
    const marker = markers[index];
    if (block.kind === 'table' || marker === null || marker === undefined) {
      const none = { type: '', text: '', rest: '' };
      countChild(stack);
      outlined.push({ block, marker: none, role: 'statement', context: contextOf(stack, preamble, footer) });
      return;
    }
    const paragraph: Paragraph = block;
    if (/^Nơi nhận\s*:?/iu.test(paragraph.text)) footer = true;
    const looksLikeHeading =
      !footer &&
      isHeading(marker, paragraph.text) &&
      !titleLine.test(paragraph.text) &&
      !letterheadLine.test(paragraph.text);
    const provisionalType = typeOf(marker, looksLikeHeading ? 'heading' : 'statement');
    // Pop the entries this block closes before deciding whether it opens a section of its own.
    if (provisionalType !== '') {
      const at = stack.findIndex((entry) => entry.markerType === provisionalType);
      if (at !== -1) stack.length = at;
      else if (provisionalType === 'caps') {
        const lead = stack.findIndex((entry) => entry.markerType === 'plain-lead');
        if (lead !== -1) stack.length = lead;
      }
    }
    const heading = looksLikeHeading && opensSection(markers, blocks, index, provisionalType, stack);
    // "III. KHEN THƯỞNG" after "Năm 2026, phường phấn đấu … như sau:" and its table ends that lead-in; "a) Kinh tế"
    // right under it, a kind not met before, is part of it.
    if (heading) {
      const lead = stack.findIndex(
        (entry) => entry.markerType === 'plain-lead' && entry.seenBefore.has(provisionalType),
      );
      if (lead !== -1) stack.length = lead;
    }
    // Items do not hold headings: a heading closes the list items still open above it.
    if (heading || (!footer && isLeadIn(marker))) {
      while (stack.length > 0 && stack.at(-1)?.entry.role === 'item') stack.pop();
    }
    const leadIn = !heading && !footer && isLeadIn(marker);
    const role: OutlinedBlock['role'] = heading ? 'heading' : leadIn ? 'leadIn' : 'statement';
    // A lead-in without a number covers the list or table right after it; the first plain paragraph after them is
    // the plan's own text again.
    if (role === 'statement' && marker.type === '') closeFinishedLeadIn(stack);
    else if (role === 'statement') countChild(stack);
    const markerType = typeOf(marker, role);
    if (markerType === 'plain-lead') {
      // A new lead-in without a number ends the one before it, unless a heading came between them.
      const lead = stack.findLastIndex((entry) => entry.markerType === 'plain-lead');
      if (lead !== -1 && stack.slice(lead + 1).every((entry) => entry.entry.role !== 'heading')) stack.length = lead;
    }
    const text = marker.rest === '' ? paragraph.text : marker.rest;
    if (heading && preamble && (structuralMarkers.test(marker.type) || topicOf(text) !== null)) {
      preamble = false;
      // The opening sentence's "… như sau:" leads into the whole plan, not into its first section.
      const lead = stack.findIndex((entry) => entry.markerType === 'plain-lead');
      if (lead !== -1) stack.length = lead;
    }
    const context = contextOf(stack, preamble, footer);
    if (markerType !== '') {
      const own = role === 'statement' ? null : text;
      stack.push({
        markerType,
        children: 0,
        seenBefore: new Set(seen),
        entry: {
          markerType,
          text,
          line: paragraph.line,
          role: role === 'statement' ? 'item' : role,
          topic: own === null ? null : topicOf(own),
          group: own === null ? null : groupOfHeading(own.replace(/:$/u, '')),
          announcesTargets: role === 'leadIn' && announcesTargets(text),
        },
      });
    }
    if (markerType !== '') seen.add(markerType);
    outlined.push({ block, marker, role, context });
  });
  return outlined;
}

function countChild(stack: StackEntry[]): void {
  const lead = stack.findLast((entry) => entry.entry.role !== 'item');
  if (lead) lead.children += 1;
}

function closeFinishedLeadIn(stack: StackEntry[]): void {
  const at = stack.findLastIndex((entry) => entry.entry.role !== 'item');
  const lead = stack[at];
  if (lead && lead.markerType === 'plain-lead' && lead.children > 0) stack.length = at;
}

const alphabet = 'ABCDĐEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * "C." after "A." and "B." is the third letter, not the Roman hundred (and "D.", "I.", "V." likewise): a one-letter
 * Roman numeral that follows the letter before it in the alphabet is read as a letter.
 */
function lettersInSequence(markers: (Marker | null)[]): (Marker | null)[] {
  let lastLetter: string | null = null;
  return markers.map((marker) => {
    if (marker === null) return marker;
    const letter = marker.text.replace(/[.)\s]/g, '');
    if (marker.type === 'roman' && letter.length === 1 && lastLetter !== null) {
      if (alphabet.indexOf(letter) === alphabet.indexOf(lastLetter) + 1) {
        lastLetter = letter;
        return { ...marker, type: 'upper-letter' };
      }
    }
    if (marker.type === 'upper-letter') lastLetter = letter;
    return marker;
  });
}

/** A heading opens a section only when what follows sits below it: prose, a table, or a list of a new kind. */
function opensSection(
  markers: readonly (Marker | null)[],
  blocks: readonly Block[],
  index: number,
  type: string,
  stack: readonly StackEntry[],
): boolean {
  const next = blocks[index + 1];
  const nextMarker = markers[index + 1];
  if (next === undefined) return false;
  if (next.kind === 'table' || nextMarker === null || nextMarker === undefined) return true;
  const nextType = nextMarker.type === '' ? (isUpperCaseLine(next.text) ? 'caps' : '') : nextMarker.type;
  if (nextType === '') return true;
  if (nextType === type) return false;
  return !stack.some((entry) => entry.markerType === nextType && entry.entry.role !== 'item');
}
