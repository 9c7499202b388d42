import type { IndicatorGroup } from '../domain/target-form';
import { AppError } from '../errors';
import { planReadingMessages } from '../i18n/vi-plan-reading';
import { planMessages } from '../i18n/vi-errors';
import { nameWords } from './earlier-indicator';
import { groupFromWords } from './groups';
import { readHeader } from './header';
import { findMovements } from './movements';
import { trimChars, wordCount } from './normalize';
import { outlinePlan, type BlockContext } from './outline';
import { readProse } from './prose';
import { confidentFrom } from './score';
import { lineAt, segmentPlan, type Paragraph, type TableBlock } from './segment';
import type { StatementReading } from './statement';
import { readTargetTable } from './tables';
import type { ParsedCriterion, ParsedPlan, ParsedTarget, SourceLine, TargetSource } from './types';

// A news headline is among the first lines of the page.
const headlineReach = 20;

interface Found {
  reading: StatementReading;
  line: number;
  source: TargetSource;
  group: IndicatorGroup | null;
  hintGroup: IndicatorGroup | null;
  confidence: number;
  reason: string;
}

function toTarget(found: Found): ParsedTarget {
  const { reading, confidence } = found;
  const doubts = [...reading.doubts];
  if (confidence < confidentFrom) doubts.push(planReadingMessages.unsure);
  const reference = reading.reference;
  return {
    text: reading.text,
    name: reading.name,
    group:
      found.group ?? groupFromWords(`${reading.name} ${reading.text}`) ?? found.hintGroup ?? ('khac' as IndicatorGroup),
    comparator: reading.comparator,
    value: reading.value,
    max: reading.max,
    unit: reading.unit,
    relative: reading.relative,
    baselineYear: reference?.year ?? null,
    baseline: reference !== null && reference.kind !== 'year' ? reference.text : null,
    reference,
    confidence,
    reason: found.reason,
    source: found.source,
    ambiguous: doubts.length > 0,
    ambiguityReason: doubts.length > 0 ? doubts.join(' ') : null,
    note: reading.note,
    line: found.line,
  };
}

/** A table without a target header: its text cells are read as prose, each in the table's place in the plan. */
function readTableAsProse(
  table: TableBlock,
  context: BlockContext,
  planYear: number | null,
  hasSections: boolean,
): Found[] {
  const found: Found[] = [];
  for (const row of table.rows) {
    for (const cell of row.cells) {
      if (wordCount(cell) < 3) continue;
      for (const target of readProse({ text: cell, context, planYear, hasSections, listItem: true }).targets) {
        found.push({ ...target, line: row.line, source: 'table' });
      }
    }
  }
  return found;
}

/**
 * A target stated twice (a headline repeating the body, a summary repeating a list) is proposed once, where it was
 * read with more confidence: same form, same figure, same unit, names of the same words.
 */
function dropRepeats(targets: readonly ParsedTarget[]): ParsedTarget[] {
  const byFigure = new Map<string, ParsedTarget[]>();
  for (const target of targets) {
    if (target.value === null) continue;
    const key = [target.comparator, target.value, target.max, target.unit].join('|');
    const group = byFigure.get(key);
    if (group) group.push(target);
    else byFigure.set(key, [target]);
  }
  const dropped = new Set<ParsedTarget>();
  const words = new Map<ParsedTarget, Set<string>>();
  const wordsOf = (target: ParsedTarget) => {
    let found = words.get(target);
    if (found === undefined) {
      found = nameWords(target.name);
      words.set(target, found);
    }
    return found;
  };
  for (const group of byFigure.values()) {
    // A plan does not repeat one figure dozens of times; past that, comparing every pair would only cost time.
    if (group.length > 40) continue;
    for (let i = 0; i < group.length; i += 1) {
      for (let j = i + 1; j < group.length; j += 1) {
        const a = group[i]!;
        const b = group[j]!;
        // Targets of one line are distinct statements ("01 xã đạt tiêu chí nâng cao và 01 xã đạt trên 17 tiêu chí").
        if (a.line === b.line || dropped.has(a) || dropped.has(b) || !sameIndicator(wordsOf(a), wordsOf(b))) continue;
        dropped.add(b.confidence > a.confidence ? a : b);
      }
    }
  }
  return targets.filter((target) => !dropped.has(target));
}

/** One name's words all among the other's ("Thu ngân sách" and "Tổng thu ngân sách trên địa bàn"). */
function sameIndicator(mine: Set<string>, theirs: Set<string>): boolean {
  const [small, large] = mine.size <= theirs.size ? [mine, theirs] : [theirs, mine];
  // "tỷ lệ", "số", "tổng" name no indicator by themselves.
  const telling = [...small].filter((word) => !['ty', 'le', 'so', 'tong'].includes(word));
  return telling.length >= 2 && [...small].every((word) => large.has(word));
}

/**
 * Reads an emulation plan (kế hoạch phát động thi đua) from its text, whatever its style: letterhead or news report,
 * numbered sections or prose, Word tables or tab-separated text. It proposes every target with a confidence and a
 * one-line reason, the header, the movements it names and its commendation conditions; the secretary confirms.
 * A plan without numeric targets is read too, with a notice. Throws AppError PLAN_TEXT_INVALID only for blank text.
 * @example parsePlanText('I. CHỈ TIÊU\n1. Sản lượng lúa đạt 320.080 tấn.').targets[0] → { comparator: 'gte', value: 320080, unit: 'tấn', … }
 */
export function parsePlanText(text: string): ParsedPlan {
  if (text.trim() === '') throw new AppError('PLAN_TEXT_INVALID', planMessages.emptyText);
  const { lines, blocks, headerUnits } = segmentPlan(text);
  const paragraphs: SourceLine[] = blocks.flatMap((block) =>
    block.kind === 'paragraph' ? [{ line: block.line, text: block.text }] : [],
  );
  const outlined = outlinePlan(blocks);
  const hasSections = outlined.some((entry) => !entry.context.preamble);
  const preamble = outlined.flatMap(({ block, context }) =>
    block.kind === 'paragraph' && context.preamble ? [{ line: block.line, text: block.text }] : [],
  );
  const header = readHeader({ units: headerUnits, paragraphs, preamble, lines });
  const planYear = header.year;

  const found: Found[] = [];
  const criteria: ParsedCriterion[] = [];
  for (const { block, marker, role, context } of outlined) {
    if (block.kind === 'table') {
      const rows = readTargetTable(block, planYear);
      if (rows === null) found.push(...readTableAsProse(block, context, planYear, hasSections));
      else
        for (const row of rows)
          found.push({ ...row, source: 'table', hintGroup: context.hintGroup, group: row.group ?? context.group });
      continue;
    }
    if (role !== 'statement' || context.footer) continue;
    const paragraph: Paragraph = block;
    const rest = marker.rest;
    const restOffset = paragraph.text.length - rest.length;
    if (context.topic === 'commendation' && !context.targetLeadIn) criteria.push({ text: rest, line: paragraph.line });
    const headline =
      header.title !== null && paragraph.line <= headlineReach && trimChars(paragraph.text, ' .') === header.title;
    const read = readProse({ text: rest, context, planYear, hasSections, listItem: marker.type !== '', headline });
    for (const condition of read.conditions) {
      if (context.topic !== 'commendation' || context.targetLeadIn) {
        criteria.push({ text: condition.text, line: lineAt(paragraph, restOffset + condition.offset) });
      }
    }
    for (const target of read.targets) {
      found.push({ ...target, line: lineAt(paragraph, restOffset + target.offset), source: 'prose' });
    }
  }

  const targets = dropRepeats(found.map(toTarget));
  const numeric = targets.some((target) => target.value !== null && target.comparator !== 'zero');
  return {
    header,
    targets,
    criteria: criteria.sort((a, b) => a.line - b.line),
    movements: findMovements(paragraphs),
    notice: numeric
      ? null
      : targets.length === 0
        ? planReadingMessages.noTargets
        : planReadingMessages.noNumericTargets,
  };
}
