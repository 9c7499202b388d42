import { foldVietnamese } from '@shared/domain/vietnamese-text';

/**
 * Two spellings of one movement's name: case, tones, dashes and quotes aside.
 * @example sameMovementName('Vì người nghèo – Không để ai bị bỏ lại phía sau', 'vì người nghèo - không để ai bị bỏ lại phía sau') === true
 */
export function sameMovementName(a: string, b: string): boolean {
  const key = (name: string) =>
    foldVietnamese(name)
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return key(a) === key(b);
}
