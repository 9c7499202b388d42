import { doReadNumber, ReadingConfig } from 'read-vietnamese-number';

const wordsConfig = (() => {
  const config = new ReadingConfig();
  config.unit = ['đồng'];
  return config;
})();

/**
 * An amount of money in words, as decisions and prize lists write it ("Bằng chữ"), by the library
 * read-vietnamese-number with the Northern reading the State's documents use ("nghìn", "lẻ", "mươi mốt").
 * @example amountInWords(1800000) === 'Một triệu tám trăm nghìn đồng'
 * @example amountInWords(2030000) === 'Hai triệu không trăm ba mươi nghìn đồng'
 */
export function amountInWords(amount: number): string {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`amountInWords: ${amount}`);
  const words = doReadNumber(String(amount), wordsConfig).replace(/\s+/g, ' ').trim();
  return words.charAt(0).toLocaleUpperCase('vi') + words.slice(1);
}
