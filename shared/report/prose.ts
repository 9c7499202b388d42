/**
 * The secretary writes a report's prose sections as plain text: paragraphs separated by blank lines, and lines
 * starting with "-", "+" or "•" as bullet items. Rich enough for administrative reports, and it survives Word,
 * Excel and the audit log unchanged.
 */
export type ProseBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

const bullet = /^\s*[-+•]\s+/;

/**
 * @example parseProse('Mở đầu.\n\n- Ý một\n- Ý hai') → [{kind:'paragraph', text:'Mở đầu.'}, {kind:'list', items:['Ý một','Ý hai']}]
 */
export function parseProse(text: string): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    paragraph = [];
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (line === '') {
      flush();
      continue;
    }
    if (bullet.test(raw)) {
      flush();
      const item = line.replace(bullet, '').trim();
      const last = blocks[blocks.length - 1];
      if (last?.kind === 'list') last.items.push(item);
      else blocks.push({ kind: 'list', items: [item] });
      continue;
    }
    const last = blocks[blocks.length - 1];
    // A line right after a bullet without a blank line continues that bullet (wrapped text pasted from Word).
    if (paragraph.length === 0 && last?.kind === 'list' && raw.startsWith('  ')) {
      last.items[last.items.length - 1] += ` ${line}`;
      continue;
    }
    paragraph.push(line);
  }
  flush();
  return blocks;
}
