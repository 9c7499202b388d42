import type { Figure } from './figure';
import type { Indicator } from './indicator';
import { formatVietnameseNumber } from './vietnamese-number';

/** A figure as entered: the measure fields for its indicator's kind, the rest null. All null means "clear it". */
export type FigureEntry = Omit<Figure, 'year' | 'quarter'>;

export interface FigureIssue {
  severity: 'error' | 'warning';
  message: string;
}

export interface FigureCheckContext {
  /** The same quarter last year, for the ±50% warning. */
  lastYear?: Figure | undefined;
}

/** An entry with no measure at all clears the cell. */
export function isEmptyEntry(entry: Pick<Figure, 'value' | 'numerator' | 'denominator' | 'achieved'>): boolean {
  return entry.value === null && entry.numerator === null && entry.denominator === null && entry.achieved === null;
}

/** The comparable number of a figure: its value, or its ratio for rates and intensities. */
export function figureMagnitude(
  figure: Pick<Figure, 'value' | 'numerator' | 'denominator'>,
  indicator: Indicator,
): number | null {
  if (indicator.kind === 'rate' || indicator.kind === 'intensity') {
    if (figure.numerator === null || !figure.denominator) return null;
    return (figure.numerator / figure.denominator) * (indicator.kind === 'rate' ? indicator.rateScale : 1);
  }
  return figure.value;
}

/**
 * What is wrong (blocks saving) or unusual (a warning the secretary may accept) about one entered figure.
 * Errors: the wrong fields for the indicator's kind, negative counts, a numerator above its denominator.
 * Warnings: 50% above or below the same quarter last year; a negative flow (a correction lowering the year to date).
 * @example checkFigureEntry({…numerator: 12, denominator: 10}, povertyRate) → [{severity:'error', message:'Tử số (12) lớn hơn mẫu số (10).'}]
 */
export function checkFigureEntry(
  entry: FigureEntry,
  indicator: Indicator,
  context: FigureCheckContext = {},
): FigureIssue[] {
  const issues: FigureIssue[] = [];
  const error = (message: string) => issues.push({ severity: 'error', message });
  const warn = (message: string) => issues.push({ severity: 'warning', message });
  if (isEmptyEntry(entry)) return issues;

  if (indicator.kind === 'area_only' && entry.unitId !== null) error('Chỉ số này chỉ nhập cho toàn địa bàn.');
  // Qualitative targets ("giữ vững ổn định chính trị") are judged by the council for the whole area, or per unit.
  if (indicator.kind !== 'area_only' && indicator.kind !== 'qualitative' && entry.unitId === null) {
    error('Số toàn địa bàn được tự tính từ các đơn vị; hãy nhập theo từng đơn vị.');
  }

  switch (indicator.kind) {
    case 'flow':
    case 'stock':
    case 'area_only':
      if (entry.value === null) error('Thiếu số liệu.');
      if (entry.numerator !== null || entry.denominator !== null || entry.achieved !== null) {
        error('Chỉ số này nhập một giá trị, không nhập tử số, mẫu số hay Đạt/Không đạt.');
      }
      if (entry.value !== null && entry.value < 0) {
        if (indicator.kind === 'stock') error('Số liệu không được âm.');
        else warn('Số âm: số của quý này làm giảm lũy kế so với quý trước; kiểm tra lại số các quý trước.');
      }
      break;
    case 'rate':
    case 'intensity':
      if (entry.numerator === null || entry.denominator === null) {
        error(`Cần cả ${indicator.numeratorLabel ?? 'tử số'} và ${indicator.denominatorLabel ?? 'mẫu số'}.`);
      }
      if (entry.value !== null || entry.achieved !== null) error('Chỉ số này nhập tử số và mẫu số.');
      if ((entry.numerator ?? 0) < 0 || (entry.denominator ?? 0) < 0) error('Tử số và mẫu số không được âm.');
      if (entry.denominator === 0 && (entry.numerator ?? 0) > 0) error('Mẫu số bằng 0 trong khi tử số lớn hơn 0.');
      if (indicator.kind === 'rate' && entry.numerator !== null && entry.denominator !== null) {
        if (entry.numerator > entry.denominator) {
          error(
            `Tử số (${formatVietnameseNumber(entry.numerator)}) lớn hơn mẫu số (${formatVietnameseNumber(entry.denominator)}).`,
          );
        }
      }
      break;
    case 'unit_count':
    case 'qualitative':
      if (entry.achieved === null) error('Chọn Đạt hoặc Chưa đạt.');
      if (entry.value !== null || entry.numerator !== null || entry.denominator !== null) {
        error('Chỉ số này chỉ ghi Đạt/Chưa đạt.');
      }
      break;
  }

  const now = figureMagnitude(entry, indicator);
  const before = context.lastYear ? figureMagnitude(context.lastYear, indicator) : null;
  if (issues.every((i) => i.severity !== 'error') && now !== null && before !== null && before > 0) {
    const change = (now - before) / before;
    if (Math.abs(change) > 0.5) {
      const direction = change > 0 ? 'cao hơn' : 'thấp hơn';
      warn(
        `${direction[0]!.toUpperCase()}${direction.slice(1)} ${formatVietnameseNumber(Math.abs(change) * 100, 0)}% so với cùng kỳ năm trước (${formatVietnameseNumber(before, indicator.decimals)}).`,
      );
    }
  }
  return issues;
}
