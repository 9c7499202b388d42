import { describe, expect, it } from 'vitest';
import { defaultRecipients } from '@shared/report/default-prose';

describe('Nơi nhận proposed by the council level', () => {
  it('sends a commune report to the province (no district level since 1 July 2025), never to "UBND huyện"', () => {
    const commune = defaultRecipients('xa');
    expect(commune[0]).toBe('- Sở Nội vụ (Ban Thi đua – Khen thưởng tỉnh);');
    expect(commune.join('\n')).not.toContain('huyện');
    expect(defaultRecipients('huyen')[0]).toBe('- Ban Thi đua – Khen thưởng tỉnh;');
    expect(defaultRecipients('xa').at(-1)).toBe('- Lưu: VT.');
  });
});
