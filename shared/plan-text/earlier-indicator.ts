import { foldForMatch } from './normalize';

export interface IndicatorName {
  id: number;
  name: string;
  measureUnit: string | null;
}

// Words that do not tell one indicator from another.
const fillers = new Set([
  'cua',
  'tren',
  'dia',
  'ban',
  'cac',
  'va',
  'nam',
  'dat',
  'trong',
  'tai',
  'so',
  'voi',
  'la',
  'duoc',
  'co',
]);

/** The words that tell an indicator's name apart, folded, without linking words and figures. */
export function nameWords(name: string): Set<string> {
  return new Set(
    foldForMatch(name)
      .replace(/[^a-z0-9]+/g, ' ')
      .split(' ')
      .filter((word) => word !== '' && !/^\d+$/.test(word) && !fillers.has(word)),
  );
}

/**
 * The indicator of an earlier plan a target measured against that plan most likely is ("Tổng thu ngân sách tăng 10%
 * so với năm 2025" → last year's "Tổng thu ngân sách trên địa bàn"), by the words of their names; null when none is
 * close enough. The secretary confirms the link on the review screen.
 * @example proposeEarlierIndicator('Tổng thu ngân sách', [{ id: 3, name: 'Tổng thu ngân sách trên địa bàn', measureUnit: 'tỷ đồng' }])?.id === 3
 */
export function proposeEarlierIndicator(name: string, earlier: readonly IndicatorName[]): IndicatorName | null {
  const own = nameWords(name);
  if (own.size === 0) return null;
  let best: { indicator: IndicatorName; score: number } | null = null;
  for (const indicator of earlier) {
    const theirs = nameWords(indicator.name);
    let shared = 0;
    for (const word of own) if (theirs.has(word)) shared += 1;
    const union = own.size + theirs.size - shared;
    const contained = shared === Math.min(own.size, theirs.size) && shared >= 2;
    const score = union === 0 ? 0 : shared / union + (contained ? 0.3 : 0);
    if (score >= 0.6 && (best === null || score > best.score)) best = { indicator, score };
  }
  return best?.indicator ?? null;
}
