import { foldForMatch } from './normalize';
import type { ParsedMovement, SourceLine } from './types';

const quoted = /[“"]([^“”"]{4,200})[”"]/gu;

function key(name: string): string {
  return foldForMatch(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The emulation movements a plan names: the quoted names that follow "phong trào" or "cuộc vận động" in the same
 * sentence ("các phong trào thi đua: “Vì người nghèo – …”, “Cán bộ, công chức, viên chức thi đua thực hiện văn hóa
 * công sở”"). A theme (chủ đề), a slogan or a saying of Bác Hồ is not a movement.
 * @example findMovements([{ line: 3, text: 'Phong trào “Vì người nghèo - Không để ai bị bỏ lại phía sau”.' }])[0]?.name
 *   === 'Vì người nghèo - Không để ai bị bỏ lại phía sau'
 */
export function findMovements(paragraphs: readonly SourceLine[]): ParsedMovement[] {
  const movements: ParsedMovement[] = [];
  const seen = new Set<string>();
  for (const { line, text } of paragraphs) {
    if (!/phong trào|cuộc vận động/iu.test(text)) continue;
    for (const match of text.matchAll(quoted)) {
      const at = match.index ?? 0;
      // The nearest mention of a movement before the quote, within its sentence.
      const before = text.slice(Math.max(0, at - 400), at);
      const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
      const lead = foldForMatch(before.slice(sentenceStart + 1));
      const mention = Math.max(lead.lastIndexOf('phong trao'), lead.lastIndexOf('cuoc van dong'));
      if (mention === -1) continue;
      const between = lead.slice(mention);
      if (/chu de|khau hieu|loi day|bac ho|bac:|cua bac|tu tuong/.test(between)) continue;
      // "các gương “người tốt, việc tốt”": examples to follow, not a movement.
      if (/(?:guong|dien hinh|mo hinh|cau)\s*$/.test(lead)) continue;
      const name = (match[1] ?? '').replace(/\s+/g, ' ').trim();
      const id = key(name);
      if (id === '' || seen.has(id)) continue;
      seen.add(id);
      movements.push({ name, line });
      if (movements.length >= 50) return movements;
    }
  }
  return movements;
}
