import type { CoreContext } from '../context';
import { openDraft, saveDraft } from '../reports/service';

/**
 * The demo district's quarterly report for Q2/2023, written as a secretary would in early July: a registered
 * number and date, the direction and results paragraphs, the next steps. Left as a draft (Nháp) so whoever tries the
 * app can edit it, print it and issue it. "Tồn tại, hạn chế" keeps the text proposed from the figures, so it names
 * exactly the targets the demo figures leave behind.
 */
export const demoReport = {
  year: 2023,
  period: 'Q2',
  documentNumber: '45',
  issuedOn: '2023-07-05',
  direction: [
    'Quý II năm 2023, Hội đồng Thi đua – Khen thưởng huyện đã tham mưu Ủy ban nhân dân huyện chỉ đạo các cơ quan, ' +
      'đơn vị, địa phương tiếp tục thực hiện các chỉ tiêu thi đua năm 2023, gắn phong trào thi đua với nhiệm vụ phát ' +
      'triển kinh tế – xã hội của từng đơn vị. Kết quả nổi bật:',
    '- Tổ chức hội nghị sơ kết quý I, triển khai nhiệm vụ quý II năm 2023 (ngày 12/4/2023);',
    '- Hướng dẫn các xã, thị trấn ký kết giao ước thi đua theo cụm và đăng ký danh hiệu thi đua năm 2023;',
    '- Phát động đợt thi đua cao điểm chào mừng kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2023).',
  ].join('\n'),
  results:
    'Nhìn chung, vụ lúa Đông Xuân 2022 – 2023 thu hoạch đạt khá; các chỉ tiêu văn hóa – xã hội được duy trì ổn định. ' +
    'Số liệu đánh dấu (*) là số ước tính, sẽ được cập nhật khi có số liệu chính thức của Chi cục Thống kê huyện.',
  nextSteps: [
    '- Chỉ đạo xuống giống vụ Hè Thu 2023 đúng lịch thời vụ; chủ động phòng, chống hạn, mặn và dịch bệnh trên cây trồng, vật nuôi;',
    '- Đẩy nhanh tiến độ các chỉ tiêu còn chậm, nhất là giải quyết việc làm mới và đưa lao động đi làm việc ở nước ngoài;',
    '- Chuẩn bị sơ kết 6 tháng đầu năm phong trào thi đua, bình xét khen thưởng đợt I năm 2023.',
  ].join('\n'),
} as const;

/** Opens the Q2/2023 draft through the same services as the "Báo cáo" page, then fills it in. */
export function seedDemoReport(ctx: CoreContext): void {
  const draft = openDraft(ctx, demoReport.year, demoReport.period);
  saveDraft(ctx, {
    id: draft.id,
    documentNumber: demoReport.documentNumber,
    issuedOn: demoReport.issuedOn,
    prose: {
      ...draft.prose,
      direction: demoReport.direction,
      results: demoReport.results,
      nextSteps: demoReport.nextSteps,
    },
    recipients: draft.recipients,
    // Sent upward: "Kính gửi" the province's emulation office (Nghị định 30, Phụ lục I, II.9.b).
    addressees: ['Ban Thi đua – Khen thưởng tỉnh Sóc Trăng'],
  });
}
