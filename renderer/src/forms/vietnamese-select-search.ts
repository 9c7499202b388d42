import { foldVietnamese } from '@shared/domain/vietnamese-text';

/** The abbreviations secretaries type for titles and bodies, folded as `foldVietnamese` folds them. */
const abbreviations: Readonly<Record<string, string>> = {
  cstd: 'chien si thi dua',
  ldtt: 'lao dong tien tien',
  ldxs: 'lao dong xuat sac',
  ttldtt: 'tap the lao dong tien tien',
  ttldxs: 'tap the lao dong xuat sac',
  ctd: 'co thi dua',
  bk: 'bang khen',
  gk: 'giay khen',
  ubnd: 'uy ban nhan dan',
  tdkt: 'thi dua khen thuong',
};

/**
 * Text as a search compares it: without diacritics or case, each known abbreviation written out.
 * @example searchText('CSTĐ cấp tỉnh') === 'chien si thi dua cap tinh'
 */
export function searchText(text: string): string {
  return foldVietnamese(text.trim())
    .split(/\s+/)
    .map((word) => abbreviations[word] ?? word)
    .join(' ');
}

/**
 * `showSearch` config for selects of named things: typing "my tu" finds "Xã Mỹ Tú", since many office PCs type
 * without a Vietnamese keyboard switched on, and "cstd cap tinh" finds "Chiến sĩ thi đua cấp tỉnh". Each typed word
 * must appear in the name, in any order ("bk chu tich tinh").
 */
export const vietnameseSelectSearch = {
  filterOption: (input: string, option?: { label?: unknown }): boolean => {
    const label = searchText(String(option?.label ?? ''));
    return searchText(input)
      .split(' ')
      .every((word) => label.includes(word));
  },
};
