/** What the checks of an entered figure say (the entry grid, the Excel preview and the save all show them). */
export const figureCheckWords = {
  areaOnly: 'Chỉ số này chỉ nhập cho toàn địa bàn.',
  computedFromUnits: 'Số toàn địa bàn được tự tính từ các đơn vị; hãy nhập theo từng đơn vị.',
  missing: 'Thiếu số liệu.',
  oneValue: 'Chỉ số này nhập một giá trị, không nhập tử số, mẫu số hay Đạt/Không đạt.',
  negative: 'Số liệu không được âm.',
  negativeFlow: 'Số âm: số của quý này làm giảm lũy kế so với quý trước; kiểm tra lại số các quý trước.',
  needsBoth: (numerator: string | null, denominator: string | null) =>
    `Cần cả ${numerator ?? 'tử số'} và ${denominator ?? 'mẫu số'}.`,
  fractionOnly: 'Chỉ số này nhập tử số và mẫu số.',
  rateFields: 'Tỷ lệ nhập bằng số phần trăm, hoặc tử số và mẫu số; không ghi Đạt/Không đạt.',
  rateNeeds: (numerator: string | null, denominator: string | null) =>
    `Nhập tỷ lệ (ví dụ 4,5%), hoặc cả ${numerator ?? 'tử số'} và ${denominator ?? 'mẫu số'}.`,
  rateDisagrees: (rate: string, numerator: string, denominator: string, ratio: string) =>
    `Tỷ lệ ${rate}% không khớp với tử số và mẫu số (${numerator} / ${denominator} = ${ratio}%).`,
  negativeParts: 'Tỷ lệ, tử số và mẫu số không được âm.',
  zeroDenominator: 'Mẫu số bằng 0 trong khi tử số lớn hơn 0.',
  chooseAchieved: 'Chọn Đạt hoặc Chưa đạt.',
  achievedOnly: 'Chỉ số này chỉ ghi Đạt/Chưa đạt.',
  rateAboveAll: (rate: string, ceiling: string, symbol: string) =>
    `Tỷ lệ ${rate}${symbol} lớn hơn ${ceiling}${symbol}: kiểm tra lại tỷ lệ, tử số, mẫu số.`,
  aboveAnnual: (quarter: string, annual: string) =>
    `Số của quý (${quarter}) lớn hơn chỉ tiêu cả năm (${annual}); kiểm tra lại (có gõ thừa chữ số?).`,
  jump: (times: string, previous: string) => `Gấp ${times} lần quý trước (${previous}); kiểm tra lại.`,
  lastYear: (higher: boolean, percent: string, before: string) =>
    `${higher ? 'Cao hơn' : 'Thấp hơn'} ${percent}% so với cùng kỳ năm trước (${before}).`,
};
