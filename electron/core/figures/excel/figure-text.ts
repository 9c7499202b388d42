import type { FigureMeasure } from '@shared/contract/figures';
import { figureMagnitude } from '@shared/domain/figure-checks';
import type { Indicator } from '@shared/domain/indicator';
import { formatVietnameseNumber } from '@shared/domain/vietnamese-number';
import { importMessages, templateLabels } from '@shared/i18n/vi-excel';

const scaleSymbols: Record<number, string> = { 100: '%', 1000: '‰' };

/** The measure alone: "21.000,5", "12 / 480 (2,5%)", "4,5%", "Đạt". */
function measureText(measure: FigureMeasure, indicator: Indicator): string {
  if (measure.achieved !== null) return measure.achieved ? templateLabels.achieved : templateLabels.notAchieved;
  if (measure.value !== null && indicator.kind === 'rate') {
    // A rate typed as such: "4,5%", with its denominator when given ("4,5% / 200").
    const rate = `${formatVietnameseNumber(measure.value)}${scaleSymbols[indicator.rateScale] ?? ''}`;
    return measure.denominator === null ? rate : `${rate} / ${formatVietnameseNumber(measure.denominator)}`;
  }
  if (measure.value !== null) return formatVietnameseNumber(measure.value);
  if (measure.numerator === null && measure.denominator === null) return importMessages.empty;
  const parts = `${formatVietnameseNumber(measure.numerator ?? 0)} / ${formatVietnameseNumber(measure.denominator ?? 0)}`;
  const ratio = figureMagnitude(measure, indicator);
  if (ratio === null) return parts;
  const symbol = indicator.kind === 'rate' ? (scaleSymbols[indicator.rateScale] ?? '') : '';
  return `${parts} (${formatVietnameseNumber(ratio, indicator.decimals)}${symbol})`;
}

/**
 * How a figure reads in the import preview, with ước/chính thức and its note.
 * @example figureText({value: 21000.5, status:'uoc', …}, rice) === '21.000,5 (ước)'
 */
export function figureText(measure: FigureMeasure | null, indicator: Indicator): string {
  if (measure === null) return importMessages.empty;
  const status = measure.status === 'chinh_thuc' ? importMessages.officialSuffix : importMessages.estimatedSuffix;
  const note = measure.note === null ? '' : importMessages.noteSuffix(measure.note);
  return `${measureText(measure, indicator)}${status}${note}`;
}
