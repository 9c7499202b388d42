/**
 * Folds Vietnamese text for matching and for codes: no tones, no hooks, đ → d, lower case.
 * @example foldVietnamese('Nguyễn Văn Đức') === 'nguyen van duc'
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

const kindPrefixes = /^(xa|phuong|thi tran|tt|phong|ban|thon|ap|ban|to dan pho|truong)\s+/;

/**
 * A short ASCII code suggested from a unit's name, dropping the kind word.
 * @example suggestUnitCode('Xã Long Hưng') === 'LONG-HUNG'
 */
export function suggestUnitCode(name: string): string {
  const folded = foldVietnamese(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  const withoutKind = folded.replace(kindPrefixes, '');
  const code = (withoutKind || folded).split(' ').filter(Boolean).join('-').toUpperCase();
  return code.slice(0, 40) || 'DV';
}
