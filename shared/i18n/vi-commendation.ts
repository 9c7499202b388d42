import type { RecipientKind, TitleCategory, TitleTier } from '../commendation/catalogue';
import type { PrizeRounding } from '../commendation/prize';
import type { AwardMethod, Gender, PersonStatGroup, SanctionKind } from '../commendation/registry';
import type { InitiativeScope, ProposalPeriod, RuleAppliesTo, RuleKind, RuleSource } from '../commendation/rules';

/** Short names used in reasons ("thiếu CSTĐCS năm 2022"); other titles print their catalogue name. */
export const titleAbbreviations: Readonly<Record<string, string>> = {
  LDTT: 'LĐTT',
  CSTDCS: 'CSTĐCS',
  CSTD_TINH: 'CSTĐ cấp tỉnh',
  CSTD_TQ: 'CSTĐ toàn quốc',
  TTLDTT: 'TTLĐTT',
  TTLDXS: 'TTLĐXS',
};

export const initiativeScopeLabels: Readonly<Record<InitiativeScope, string>> = {
  co_so: 'cấp cơ sở',
  tinh: 'cấp tỉnh',
  toan_quoc: 'toàn quốc',
};

export const ruleSourceLabels: Readonly<Record<RuleSource, string>> = {
  luat: 'Luật',
  tinh: 'Tỉnh quy định',
  ke_hoach: 'Kế hoạch',
};

export const ruleAppliesToLabels: Readonly<Record<RuleAppliesTo, string>> = {
  all: 'Cả hai đợt',
  H1: 'Sơ kết 6 tháng',
  Y: 'Tổng kết năm',
};

export const proposalPeriodLabels: Readonly<Record<ProposalPeriod, string>> = {
  H1: 'Sơ kết 6 tháng',
  Y: 'Tổng kết năm',
};

export const ruleKindLabels: Readonly<Record<RuleKind, string>> = {
  consecutiveTitles: 'Danh hiệu liên tục',
  anyOfTitles: 'Có một trong các danh hiệu, hình thức',
  initiative: 'Sáng kiến',
  membersShare: 'Tỷ lệ thành viên đạt danh hiệu',
  membersAtLeast: 'Số thành viên đạt danh hiệu',
  shareCap: 'Tỷ lệ tối đa so với danh hiệu khác',
  countCap: 'Số lượng tối đa mỗi đơn vị',
  targetCompletion: 'Tỷ lệ hoàn thành chỉ tiêu',
  clusterRank: 'Xếp hạng trong cụm, khối thi đua', // cluster-rank rule kind
};

export const titleCategoryLabels: Readonly<Record<TitleCategory, string>> = {
  danh_hieu: 'Danh hiệu thi đua',
  hinh_thuc: 'Hình thức khen thưởng',
};

export const recipientKindLabels: Readonly<Record<RecipientKind, string>> = {
  ca_nhan: 'Cá nhân',
  tap_the: 'Tập thể',
};

export const proposalStatuses = ['de_xuat', 'da_xet', 'de_nghi_cap_tren', 'quyet_dinh', 'khong_dat'] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];

export const proposalStatusLabels: Readonly<Record<ProposalStatus, string>> = {
  de_xuat: 'Đề xuất',
  da_xet: 'Đã xét',
  de_nghi_cap_tren: 'Đề nghị cấp trên',
  quyet_dinh: 'Quyết định',
  khong_dat: 'Không đạt',
};

const yearList = (years: readonly number[]) => years.join(', ');
const span = (from: number, to: number) => (from === to ? `năm ${to}` : `các năm ${from}–${to}`);
const phaseEnd = (period: ProposalPeriod) => (period === 'H1' ? 'đến 30/6' : 'cả năm');

/** The reasons shown next to each candidate, failed or passed. */
export const eligibilityWords = {
  missingTitle: (title: string, years: readonly number[]) =>
    `thiếu ${title} ${years.length === 1 ? 'năm' : 'các năm'} ${yearList(years)}`,
  hasTitles: (title: string, from: number, to: number) => `đạt ${title} ${span(from, to)}`,
  noneOfTitles: (titles: readonly string[], from: number, to: number) =>
    `chưa có ${titles.join(' hoặc ')} ${span(from, to)} được tính làm căn cứ`,
  noInitiative: (scope: InitiativeScope, from: number, to: number) =>
    `chưa có sáng kiến phạm vi ${initiativeScopeLabels[scope]} được công nhận ${span(from, to)}`,
  initiative: (title: string, scope: InitiativeScope, year: number) =>
    `sáng kiến "${title}" (${initiativeScopeLabels[scope]}, ${year})`,
  membersShareLow: (percent: number, held: number, total: number, title: string, year: number, min: number) =>
    `mới có ${percent}% thành viên (${held}/${total}) đạt ${title} năm ${year}, cần từ ${min}%`,
  membersShareOk: (percent: number, held: number, total: number, title: string, year: number) =>
    `${percent}% thành viên (${held}/${total}) đạt ${title} năm ${year}`,
  noMembers: 'đơn vị chưa có thành viên trong danh sách cá nhân',
  membersTooFew: (held: number, min: number, title: string, year: number) =>
    held === 0
      ? `chưa có thành viên đạt ${title} năm ${year}`
      : `mới có ${held} thành viên đạt ${title} năm ${year}, cần ${min}`,
  membersOk: (held: number, title: string, year: number) => `${held} thành viên đạt ${title} năm ${year}`,
  shareCapFull: (title: string, percent: number, ofTitle: string, max: number) =>
    `vượt tỷ lệ: ${title} không quá ${percent}% số ${ofTitle} của đơn vị (tối đa ${max})`,
  countCapFull: (max: number, recipient: RecipientKind) =>
    `đơn vị đã đủ ${max} ${recipient === 'ca_nhan' ? 'cá nhân' : 'tập thể'} được đề nghị`,
  capOk: (used: number, max: number) => `trong giới hạn (${used}/${max})`,
  noTargets: (year: number) => `đơn vị chưa được giao chỉ tiêu năm ${year}`,
  completionLow: (percent: number, period: ProposalPeriod) => `mới đạt ${percent}% chỉ tiêu ${phaseEnd(period)}`,
  completionOk: (percent: number, met: number, total: number, period: ProposalPeriod) =>
    `đạt ${percent}% chỉ tiêu (${met}/${total}) ${phaseEnd(period)}`,
  alreadyAwarded: (title: string, year: number) => `đã được tặng ${title} năm ${year}`,
  noRules: 'Chưa có tiêu chuẩn kiểm tra được cho danh hiệu/hình thức này; Hội đồng xét theo hồ sơ.',
};

export const commendationMessages = {
  personMissing: (id: number) => `Không tìm thấy cá nhân số ${id}.`,
  unitMissing: (id: number) => `Không tìm thấy đơn vị số ${id}.`,
  titleMissing: (code: string) => `Không có danh hiệu/hình thức "${code}" trong danh mục.`,
  proposalMissing: (id: number) => `Không tìm thấy tờ trình/đề xuất số ${id}.`,
  entryMissing: (id: number) => `Không tìm thấy dòng đề xuất số ${id}.`,
  decisionMissing: (id: number) => `Không tìm thấy quyết định số ${id}.`,
  initiativeMissing: (id: number) => `Không tìm thấy sáng kiến số ${id}.`,
  decisionExists: (number: string, date: string) => `Đã có quyết định số ${number} ngày ${date}.`,
  noBaseSalary: (date: string) => `Chưa có mức lương cơ sở áp dụng ngày ${date}: nhập mức lương cơ sở trước.`,
  recipientKindMismatch: (title: string, recipient: RecipientKind) =>
    `"${title}" dành cho ${recipient === 'ca_nhan' ? 'cá nhân' : 'tập thể'}.`,
  entryDuplicate: 'Đối tượng này đã có trong đề xuất.',
  entryDecided: 'Dòng đề xuất đã có quyết định; không đổi trạng thái được nữa.',
  decisionStatusViaDecision: 'Trạng thái "Quyết định" được ghi khi ban hành quyết định khen thưởng.',
  decisionEmpty: 'Quyết định cần ít nhất một người hoặc tập thể được khen thưởng.',
  alreadyDecided: (name: string, title: string, year: number) => `${name} đã có quyết định tặng ${title} năm ${year}.`,
  invalidRule: (detail: string) => `Quy định không hợp lệ: ${detail}`,
  ruleMissing: (key: string) => `Không có quy định "${key}".`,
  noPrinter: 'Máy này chưa in được PDF.',
  sanctionMissing: (id: number) => `Không tìm thấy thông tin kỷ luật, thanh tra số ${id}.`,
  sanctionSubjectFixed: 'Không đổi được cá nhân, tập thể của một thông tin kỷ luật, thanh tra; hãy xóa và nhập lại.',
};

export const awardDocumentWords = {
  annexTitle: 'DANH SÁCH',
  annexSubject: (title: string) => `Khen thưởng ${title}`,
  /** Another body's decision, recorded here: a list received, not a document of ours. */
  receivedSubject: (title: string) => `Được khen thưởng ${title}`,
  receivedReference: (reference: string) =>
    `${reference.replace(/^\(Kèm theo /, '(Theo ')} – văn bản đến, lưu sổ khen thưởng`,
  submissionTitle: 'DANH SÁCH',
  // "Tổng kết năm" already ends with "năm": "Tổng kết năm 2023", but "Sơ kết 6 tháng năm 2023".
  submissionSubject: (title: string, periodLabel: string, year: number) =>
    `Đề nghị khen thưởng ${title} – ${periodLabel}${periodLabel.endsWith(' năm') ? '' : ' năm'} ${year}`,
  stt: 'STT',
  name: 'Họ và tên / Tập thể',
  position: 'Chức vụ, đơn vị',
  title: 'Danh hiệu / hình thức',
  prize: 'Tiền thưởng (đồng)',
  achievements: 'Thành tích',
  eligibility: 'Đối chiếu tiêu chuẩn',
  total: 'Tổng cộng',
  baseSalaryNote: (amount: string, date: string, multiple: string) =>
    `Tiền thưởng tính theo mức lương cơ sở ${amount} đồng áp dụng ngày ${date}${multiple}.`,
  count: (n: number) => `Tổng số: ${n}`,
  demoNote: 'Dữ liệu mẫu',
};

export const titleTierLabels: Readonly<Record<TitleTier, string>> = {
  co_so: 'Cấp cơ sở (xã, huyện, cơ quan)',
  tinh: 'Cấp bộ, ngành, tỉnh',
  nha_nuoc: 'Cấp Nhà nước',
};

export const genderLabels: Readonly<Record<Gender, string>> = { nam: 'Nam', nu: 'Nữ' };

export const personStatGroupLabels: Readonly<Record<PersonStatGroup, string>> = {
  lanh_dao_bo_tinh: 'Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên',
  lanh_dao_vu_so: 'Lãnh đạo cấp vụ, sở, ngành và tương đương',
  doanh_nhan: 'Doanh nhân',
  lanh_dao_khac: 'Các cấp lãnh đạo khác từ phó phòng trở lên',
  truc_tiep: 'Người trực tiếp công tác, lao động, học tập, chiến đấu và phục vụ chiến đấu',
};

export const sanctionKindLabels: Readonly<Record<SanctionKind, string>> = {
  xem_xet_ky_luat: 'Đang xem xét kỷ luật',
  ky_luat: 'Đang thi hành kỷ luật',
  dieu_tra: 'Đang bị điều tra',
  thanh_tra: 'Đang bị thanh tra',
  kiem_tra: 'Đang bị kiểm tra',
  khieu_nai_to_cao: 'Đang xác minh khiếu nại, tố cáo',
};

/** What the competent body is doing, as it reads after "trong thời gian cơ quan có thẩm quyền …". */
const sanctionPhrases: Readonly<Record<SanctionKind, string>> = {
  xem_xet_ky_luat: 'xem xét thi hành kỷ luật',
  ky_luat: 'thi hành kỷ luật',
  dieu_tra: 'điều tra',
  thanh_tra: 'thanh tra',
  kiem_tra: 'kiểm tra',
  khieu_nai_to_cao: 'xác minh đơn thư khiếu nại, tố cáo',
};

export const awardMethodLabels: Readonly<Record<AwardMethod, string>> = {
  thuong_xuyen: 'Thường xuyên (công trạng)',
  chuyen_de: 'Chuyên đề',
  dot_xuat: 'Đột xuất',
  doi_ngoai: 'Đối ngoại',
  cong_hien: 'Cống hiến',
  nien_han: 'Niên hạn',
  khang_chien: 'Kháng chiến',
};

export const prizeRoundingLabels: Readonly<Record<PrizeRounding, string>> = {
  ceil10000: 'Làm tròn lên hàng chục nghìn đồng',
  nearest10000: 'Làm tròn đến hàng chục nghìn đồng gần nhất',
  none: 'Không làm tròn',
};

/** The sentences of the principles (NĐ 152 Điều 4, TT 15/2025) on the eligibility screen. */
export const principleWords = {
  pending: (kind: SanctionKind, document: string, from: string, basis: string) =>
    `Chưa xét khen thưởng: đang trong thời gian cơ quan có thẩm quyền ${sanctionPhrases[kind]} (${
      document.trim() === '' ? `từ ${from}` : `${document.trim()}, từ ${from}`
    }) – ${basis}.`,
  serving: (document: string, to: string | null, basis: string) =>
    `Chưa xét khen thưởng: đang trong thời gian thi hành kỷ luật (${[document.trim(), to === null ? '' : `đến ${to}`]
      .filter(Boolean)
      .join(', ')}) – ${basis}.`,
  countFrom: (date: string, document: string, basis: string) =>
    `Chỉ tính thành tích từ ngày ${date} – thời điểm chấp hành xong thời gian thi hành kỷ luật${
      document.trim() === '' ? '' : ` (${document.trim()})`
    } – ${basis}.`,
  dissolved: (since: string, basis: string) =>
    `Đơn vị đã giải thể sau sắp xếp tổ chức bộ máy (từ ${since}), không xét khen thưởng (${basis}).`,
  endedLabel: 'Đơn vị còn hoạt động',
  merged: (name: string, since: string) =>
    `Đơn vị đã sáp nhập vào ${name} từ ${since}; xét khen thưởng cho đơn vị sau sáp nhập.`,
  ended: (since: string) => `Đơn vị không còn hoạt động từ ${since}.`,
  thematic: (title: string, method: AwardMethod, decision: string, basis: string) =>
    `Không tính ${title} (${awardMethodLabels[method].toLocaleLowerCase('vi')}${
      decision.trim() === '' ? '' : `, ${decision.trim()}`
    }) làm căn cứ đề nghị cấp trên khen thưởng công trạng – ${basis}.`,
  woman: 'cá nhân nữ',
  womenShare: (percent: number, women: number, total: number) => `tập thể có ${percent}% nữ (${women}/${total})`,
  tiePreferred: (why: string, basis: string) =>
    `Cùng đủ điều kiện, tiêu chuẩn với trường hợp khác cho số suất có hạn: được ưu tiên vì là ${why} – ${basis}.`,
  tieOthers: (names: readonly string[], percent: number, basis: string) =>
    `Cùng đủ điều kiện, tiêu chuẩn với ${names.join(', ')} cho số suất có hạn: ưu tiên cá nhân nữ, tập thể có tỷ lệ nữ từ ${percent}% trở lên – ${basis}.`,
  upward: (decidedBy: string) => `Vượt thẩm quyền của Hội đồng: đề nghị cấp trên (${decidedBy}) xét tặng.`,
};
