import { issuerInSentence } from '../document/document-frame';
import type { ReportData } from '../report/report-data';

/** The fixed wording of the quarterly report. */
export const reportWords = {
  documentType: 'BÁO CÁO',
  estimatedNote: 'Ghi chú: (*) số liệu ước tính.',
  subject: (periodLabel: string) => `Kết quả thực hiện chỉ tiêu thi đua ${periodLabel}`,
  demoNote: '(Văn bản mẫu tạo từ dữ liệu mẫu của phần mềm Thi Đua Desk)',
  opening: (data: ReportData) => {
    const plan = data.plans[0];
    const ref = plan
      ? `Kế hoạch${plan.number ? ` số ${plan.number}` : ''}${plan.issuedOn ? ` ngày ${formatIso(plan.issuedOn)}` : ''} về ${lowerFirst(plan.title)}`
      : 'kế hoạch phát động phong trào thi đua';
    // The issuer of the report speaks, as the settings name it: the body whose symbol and signature the report bears.
    const issuer = issuerInSentence(data.council.issuerName ?? '', data.council.issuingBody);
    return `Thực hiện ${ref}, ${issuer} báo cáo kết quả thực hiện các chỉ tiêu thi đua ${data.periodLabel} như sau:`;
  },
  sections: {
    direction: 'CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI',
    results: 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU THI ĐUA',
    clusters: 'HOẠT ĐỘNG CỦA CỤM, KHỐI THI ĐUA',
    awards: 'CÔNG TÁC KHEN THƯỞNG',
    shortcomings: 'TỒN TẠI, HẠN CHẾ',
    nextSteps: 'PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI',
  },
  resultsSentence: (data: ReportData) => {
    const c = data.evaluation.counts;
    const parts = [
      `Đến hết ${data.periodLabel}, ${c.metOrAhead}/${c.total} chỉ tiêu đạt và vượt${data.evaluation.yearEnd ? '' : ' tiến độ'}`,
    ];
    if (c.cham > 0) parts.push(`${c.cham} chỉ tiêu chậm tiến độ`);
    if (c.khong_dat > 0) parts.push(`${c.khong_dat} chỉ tiêu không đạt`);
    if (c.chua_co_so_lieu > 0) parts.push(`${c.chua_co_so_lieu} chỉ tiêu chưa có số liệu`);
    return `${parts.join('; ')}. Kết quả cụ thể như sau:`;
  },
  table: {
    stt: 'STT',
    indicator: 'Chỉ tiêu',
    unit: 'ĐVT',
    plan: 'KH năm',
    periodValue: 'TH kỳ',
    ytd: 'Lũy kế',
    percentOfPlan: '% KH',
    samePeriod: 'Cùng kỳ',
    percentOfSamePeriod: '% so cùng kỳ',
    status: 'Đánh giá',
  },
  addressedTo: 'Kính gửi:',
  annex: {
    title: (periodLabel: string) => `Kết quả thực hiện chỉ tiêu thi đua theo đơn vị ${periodLabel}`,
    attachedTo: 'Báo cáo',
    stt: 'STT',
    unitName: 'Đơn vị',
    plan: 'KH giao',
    periodValue: 'TH kỳ',
    ytd: 'Lũy kế',
    percentOfPlan: '% KH',
    status: 'Đánh giá',
  },
};

/** The lines of "Tồn tại, hạn chế" drafted from the evaluation (`shortcomingsText`). */
export const shortcomingWords = {
  ytd: (value: string, estimated: boolean) => `lũy kế${estimated ? ' ước' : ''} ${value}`,
  level: (value: string, estimated: boolean) => `thực hiện${estimated ? ' ước' : ''} ${value}`,
  estimatedJudgement: (value: string) => `${value} (ước)`,
  notJudged: 'chưa đánh giá',
  percentOfPlan: (percent: string) => `đạt ${percent} kế hoạch năm`,
  planOnly: (plan: string) => `kế hoạch năm ${plan}`,
  behind: 'chậm so với tiến độ',
  missed: 'không đạt chỉ tiêu',
  below: (gap: string, byNow: string | null) =>
    byNow === null ? `còn thiếu ${gap} so với kế hoạch` : `còn thiếu ${gap} so với mức cần đạt đến nay (${byNow})`,
  above: (gap: string, byNow: string | null) =>
    byNow === null ? `cao hơn kế hoạch ${gap}` : `cao hơn mức cho phép đến nay (${byNow}) ${gap}`,
  offBy: (gap: string, byNow: string | null) =>
    byNow === null ? `lệch ${gap} so với kế hoạch` : `lệch ${gap} so với mức cần đạt đến nay (${byNow})`,
  unitsBehind: (units: string) => `Các đơn vị còn chậm: ${units}`,
  unitsNotAchieved: (units: string) => `Đơn vị chưa đạt: ${units}`,
  missingDenominator: (indicator: string, units: string) =>
    `- ${indicator}: chưa tổng hợp được số toàn địa bàn vì các đơn vị chỉ báo tỷ lệ, chưa có mẫu số (${units}).`,
  notAdditive: (indicator: string, units: string) =>
    `- ${indicator}: chỉ tiêu bình quân, tỷ trọng không cộng được từ số các đơn vị (${units}); cần nhập số toàn địa bàn.`,
  noFigures: (count: number, names: string) => `- ${count} chỉ tiêu chưa có số liệu: ${names}.`,
  allMet: 'Các chỉ tiêu đều đạt hoặc vượt tiến độ đề ra.',
};

function formatIso(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}
