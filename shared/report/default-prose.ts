import type { PlanEvaluation } from '../evaluation/evaluate-plan';
import { formatVietnameseNumber } from '../domain/vietnamese-number';
import type { ReportProse } from './report-data';
import { shortcomingsText } from './shortcomings';
import type { AwardStatRow } from '../commendation/registry';

/**
 * The text a new draft starts from, written from the figures so the secretary edits rather than types from
 * nothing: "Tồn tại, hạn chế" from the same evaluation and cells as the report's table (`shortcomingsText`).
 */
export function proposedProse(
  evaluation: PlanEvaluation,
  periodLabel: string,
  awards: readonly AwardStatRow[] = [],
): ReportProse {
  return {
    direction:
      `Ngay từ đầu năm, Hội đồng Thi đua – Khen thưởng đã tham mưu ban hành kế hoạch phát động phong trào thi đua, ` +
      `hướng dẫn các cơ quan, đơn vị, địa phương đăng ký thi đua và tổ chức thực hiện các chỉ tiêu được giao trong ${periodLabel}.`,
    results: '',
    clusters: '',
    awards: awardsParagraph(awards),
    shortcomings: shortcomingsText(evaluation),
    nextSteps:
      '- Tiếp tục đẩy mạnh các phong trào thi đua, tập trung vào các chỉ tiêu còn chậm tiến độ.\n' +
      '- Các đơn vị báo cáo số liệu đầy đủ, đúng hạn; kịp thời phát hiện, biểu dương các điển hình tiên tiến.',
  };
}

/**
 * Nơi nhận by the council's level; the secretary edits it per report. Since 1 July 2025 there is no district level
 * (two-tier local government): a commune reports to the province's Ban Thi đua – Khen thưởng, inside the Sở Nội vụ.
 */
export function defaultRecipients(level: 'tinh' | 'huyen' | 'xa'): string[] {
  const above =
    level === 'xa'
      ? 'Sở Nội vụ (Ban Thi đua – Khen thưởng tỉnh)'
      : level === 'huyen'
        ? 'Ban Thi đua – Khen thưởng tỉnh'
        : 'Ban Thi đua – Khen thưởng Trung ương';
  return [`- ${above};`, '- Thường trực Hội đồng Thi đua – Khen thưởng;', '- Các thành viên Hội đồng;', '- Lưu: VT.'];
}

/**
 * Section 4 (công tác khen thưởng) proposed from the year's recorded awards: the totals by title, so the section
 * appears in the report as soon as there are awards, and disappears when there are none.
 * @example awardsParagraph([{titleName:'Lao động tiên tiến', count: 12, prizeTotal: 6480000, …}]) → 'Đã khen thưởng 12 lượt …'
 */
export function awardsParagraph(rows: readonly AwardStatRow[]): string {
  if (rows.length === 0) return '';
  const byTitle = new Map<string, { count: number; prize: number }>();
  for (const row of rows) {
    const entry = byTitle.get(row.titleName) ?? { count: 0, prize: 0 };
    entry.count += row.count;
    entry.prize += row.prizeTotal;
    byTitle.set(row.titleName, entry);
  }
  const total = [...byTitle.values()].reduce((sum, e) => sum + e.count, 0);
  const prize = [...byTitle.values()].reduce((sum, e) => sum + e.prize, 0);
  const lines = [...byTitle].map(([title, e]) => `- ${title}: ${formatVietnameseNumber(e.count)} lượt.`);
  const money = prize > 0 ? `, tổng tiền thưởng ${formatVietnameseNumber(prize)} đồng` : '';
  return [`Đã khen thưởng ${formatVietnameseNumber(total)} lượt tập thể, cá nhân${money}, gồm:`, ...lines].join('\n');
}
