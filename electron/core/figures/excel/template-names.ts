import { quarterKey } from '@shared/domain/figure';

const maxSheetName = 31;

/**
 * Excel sheet names: at most 31 characters, none of `\ / ? * [ ] :`, no apostrophe at either end, unique
 * regardless of case. Only a label for people: the importer identifies units by the hidden marker.
 * @example uniqueSheetName('Xã Long Hưng', new Set()) === 'Xã Long Hưng'
 */
export function uniqueSheetName(wanted: string, taken: Set<string>): string {
  const cleaned =
    wanted
      .replace(/[\\/?*[\]:]/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/^'+|'+$/g, '')
      .trim() || 'Don vi';
  let name = cleaned.slice(0, maxSheetName).trim();
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = `${cleaned.slice(0, maxSheetName - suffix.length).trim()}${suffix}`;
  }
  taken.add(name.toLowerCase());
  return name;
}

/** @example templateFileName(2023, 2, 'XA-LH') === 'mau-so-lieu-2023-Q2-XA-LH.xlsx' */
export function templateFileName(year: number, quarter: number, unitCode?: string): string {
  return `mau-so-lieu-${quarterKey(year, quarter)}${unitCode === undefined ? '' : `-${unitCode}`}.xlsx`;
}
