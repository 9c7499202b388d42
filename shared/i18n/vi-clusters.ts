import type { ClusterKind, RoundPeriod, ScoreLayer } from '../domain/cluster';
import type { ComputeRule, CriterionKind, NominationAward, TieBreak } from '../scoring/criteria';

/** Vietnamese words and messages of clusters and their scoring, shared by the core, the CLI and the screens. */
export const clusterKindLabels: Readonly<Record<ClusterKind, string>> = { cum: 'Cụm thi đua', khoi: 'Khối thi đua' };

export const roundPeriodLabels: Readonly<Record<RoundPeriod, string>> = {
  H1: 'Sơ kết 6 tháng',
  Y: 'Tổng kết năm',
};

export const scoreLayerLabels: Readonly<Record<ScoreLayer, string>> = {
  tu_cham: 'Tự chấm',
  cum_cham: 'Cụm chấm',
  hoi_dong: 'Hội đồng',
};

export const criterionKindLabels: Readonly<Record<CriterionKind, string>> = {
  noi_dung: 'Nội dung',
  thuong: 'Điểm thưởng',
  tru: 'Điểm trừ',
};

export const computeRuleLabels: Readonly<Record<ComputeRule, string>> = {
  dat_du_diem: 'Đạt chỉ tiêu: đủ điểm; không đạt: 0 điểm',
  ty_le: 'Đạt chỉ tiêu: đủ điểm; chưa đạt: theo tỷ lệ % kế hoạch',
};

export const tieBreakLabels: Readonly<Record<TieBreak, string>> = {
  nhieu_chi_tieu_vuot: 'Nhiều chỉ tiêu vượt kế hoạch hơn',
  nhieu_chi_tieu_dat: 'Nhiều chỉ tiêu đạt và vượt hơn',
  diem_noi_dung_cao: 'Điểm phần nội dung cao hơn',
};

export const nominationAwardLabels: Readonly<Record<NominationAward, string>> = {
  co_thi_dua: 'Cờ thi đua',
  bang_khen: 'Bằng khen',
};

const points = (n: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(n);

export const clusterMessages = {
  notFound: (id: number) => `Không tìm thấy cụm, khối thi đua (mã số ${id}).`,
  nameTaken: (name: string, year: number) => `Năm ${year} đã có cụm, khối tên "${name}".`,
  noMembers: 'Cụm, khối phải có ít nhất một đơn vị thành viên.',
  duplicateMember: (unit: string) => `Đơn vị "${unit}" được chọn hai lần.`,
  memberElsewhere: (unit: string, cluster: string, year: number) =>
    `Đơn vị "${unit}" đã thuộc "${cluster}" năm ${year}; mỗi đơn vị chỉ ở một cụm và một khối mỗi năm.`,
  leaderNotMember: 'Cụm trưởng phải là đơn vị thành viên của cụm, khối.',
  deputyNotMember: 'Cụm phó phải là đơn vị thành viên của cụm, khối.',
  leaderIsDeputy: 'Cụm trưởng và cụm phó phải là hai đơn vị khác nhau.',
  nothingToCopy: (year: number) => `Năm ${year} chưa có cụm, khối thi đua nào để sao chép.`,
  targetYearHasClusters: (year: number) => `Năm ${year} đã có cụm, khối thi đua: hãy sửa trực tiếp thay vì sao chép.`,
  hasRounds: (name: string) => `"${name}" đã có đợt chấm điểm nên không xóa được.`,
  criteriaHaveScores: (name: string) =>
    `Bảng điểm của "${name}" đã có điểm chấm; chỉ sửa được tên và điểm tối đa của tiêu chí hiện có, không thêm bớt tiêu chí.`,
  firstLevel: 'Tiêu chí đầu tiên phải ở cấp 1.',
  levelJump: (code: string) => `Tiêu chí "${code}" lùi vào quá một cấp so với dòng trên.`,
  kindOfChild: (code: string) => `Tiêu chí "${code}" phải cùng loại (nội dung, thưởng, trừ) với nhóm chứa nó.`,
  groupMax: (code: string, sum: number, max: number) =>
    `Tổng điểm tối đa các tiêu chí con của "${code}" là ${points(sum)}, khác điểm tối đa của nhóm (${points(max)}).`,
  linkOnGroup: (code: string) => `Tiêu chí "${code}" là nhóm có tiêu chí con nên không liên kết với chỉ tiêu được.`,
  unknownIndicator: (code: string) => `Tiêu chí "${code}" liên kết với một chỉ số không còn trong danh mục.`,
  duplicateCode: (code: string) => `Số thứ tự tiêu chí "${code}" bị lặp.`,
  unknownCriterion: (id: number) => `Tiêu chí mã số ${id} không thuộc bảng điểm này.`,
  copySame: 'Hãy chọn một cụm, khối khác để sao chép bảng điểm.',
  roundNotFound: (id: number) => `Không tìm thấy đợt chấm điểm (mã số ${id}).`,
  roundKeyInvalid: (text: string) =>
    `"${text}" không phải là đợt chấm: dùng dạng 2023-H1 (sơ kết) hoặc 2023-Y (tổng kết).`,
  roundMissing: (cluster: string, key: string) => `"${cluster}" chưa có đợt chấm ${key}.`,
  notMember: (unit: string, cluster: string) => `Đơn vị "${unit}" không thuộc "${cluster}".`,
  groupNotScored: (code: string) => `Tiêu chí "${code}" là nhóm: hãy chấm các tiêu chí con của nó.`,
  aboveMax: (unit: string, code: string, title: string, value: number, max: number) =>
    `${unit}: điểm tiêu chí ${code} "${title}" là ${points(value)}, vượt điểm tối đa ${points(max)}.`,
  belowZero: (unit: string, code: string, title: string, value: number) =>
    `${unit}: điểm tiêu chí ${code} "${title}" là ${points(value)}, không được âm.`,
  deductionSign: (unit: string, code: string, title: string, value: number) =>
    `${unit}: tiêu chí ${code} "${title}" là điểm trừ nên phải ghi số âm hoặc 0 (đã ghi ${points(value)}).`,
  deductionBeyondMax: (unit: string, code: string, title: string, value: number, max: number) =>
    `${unit}: điểm trừ tiêu chí ${code} "${title}" là ${points(value)}, vượt mức trừ tối đa −${points(max)}.`,
  nominee: (unit: string) => `Đơn vị được suy tôn "${unit}" không thuộc cụm, khối này.`,
  votesAboveVoters: (unit: string, votes: number, voters: number) =>
    `Số phiếu của "${unit}" (${votes}) nhiều hơn số đại biểu bỏ phiếu (${voters}).`,
  noPrinter: 'Chức năng này chỉ có trong ứng dụng trên máy tính hoặc khi có Chromium để tạo PDF.',
  unitMissing: (unitId: number) => `Đơn vị mã số ${unitId} không còn trong danh sách.`,
};

/** Why a computed criterion has the points it has, shown beside the score. */
export const computedWords = {
  met: (indicator: string, percent: string | null, status: string, got: number, max: number) =>
    `${indicator} ${percent === null ? status.toLocaleLowerCase('vi') : `đạt ${percent}% kế hoạch`} → ${points(got)}/${points(max)} điểm`,
  missed: (indicator: string, percent: string | null, status: string, got: number, max: number) =>
    `${indicator} ${percent === null ? '' : `đạt ${percent}% kế hoạch, `}${status.toLocaleLowerCase('vi')} → ${points(got)}/${points(max)} điểm`,
  belowFloor: (indicator: string, percent: string, floor: string, max: number) =>
    `${indicator} đạt ${percent}% kế hoạch, dưới mức ${floor}% → 0/${points(max)} điểm`,
  noTarget: (indicator: string) => `Đơn vị không được giao chỉ tiêu "${indicator}": chấm tay.`,
  noData: (indicator: string) => `${indicator}: chưa có số liệu để tính điểm.`,
  noIndicatorInPlan: (indicator: string) => `Kế hoạch năm chưa có chỉ tiêu "${indicator}": chấm tay.`,
};

export const clusterWords = {
  roundTitle: (period: RoundPeriod, year: number) => `${roundPeriodLabels[period]} ${year}`,
  total: 'Tổng điểm',
  maxTotal: (content: number, bonus: number) =>
    `Thang điểm ${points(content + bonus)} = ${points(content)} điểm nội dung + ${points(bonus)} điểm thưởng`,
  notScored: 'Chưa chấm',
  points,
};

const votesText = (votes: number, voters: number | null) =>
  voters === null || voters === 0
    ? `${votes} phiếu`
    : `${votes}/${voters} phiếu, đạt ${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format((votes / voters) * 100)}%`;

/** Words of the printed cluster documents: the summary table, the scoring sheet and the minutes. */
export const clusterDocumentWords = {
  titles: { tong_hop: 'Bảng tổng hợp điểm', phieu_cham: 'Phiếu chấm điểm', bien_ban: 'Biên bản bình xét' },
  bodyCode: (kind: ClusterKind) => (kind === 'cum' ? 'CTĐ' : 'KTĐ'),
  summaryType: 'BẢNG TỔNG HỢP',
  subject: (round: { period: RoundPeriod; cluster: { year: number; name: string } }) =>
    `Kết quả chấm điểm, xếp hạng thi đua ${roundPeriodLabels[round.period].toLocaleLowerCase('vi')} ${round.cluster.year} của ${round.cluster.name}`,
  summaryOpening: (round: { cluster: { members: unknown[] }; maxima: { content: number; bonus: number } }) =>
    `Căn cứ bảng chấm điểm thi đua (${clusterWords.maxTotal(round.maxima.content, round.maxima.bonus).toLocaleLowerCase('vi')}), kết quả chấm điểm và xếp hạng ${round.cluster.members.length} đơn vị như sau (điểm hội đồng là điểm cuối cùng; tiêu chí hội đồng chưa chấm lấy điểm cụm chấm, rồi điểm tự chấm):`,
  rank: 'Xếp hạng',
  unit: 'Đơn vị',
  stt: 'STT',
  criterion: 'Tiêu chí',
  maxPoints: 'Điểm tối đa',
  selfScore: 'Tự chấm',
  clusterScore: 'Cụm chấm',
  councilScore: 'Hội đồng',
  content: 'Điểm nội dung',
  bonus: 'Điểm thưởng',
  deduction: 'Điểm trừ',
  finalScore: 'Điểm hội đồng',
  note: 'Ghi chú',
  tieNote: (by: TieBreak | 'ten' | null) =>
    by === null
      ? ''
      : `Bằng điểm, xếp sau do: ${by === 'ten' ? 'thứ tự tên' : tieBreakLabels[by].toLocaleLowerCase('vi')}`,
  nominated: (award: string, votes: number, voters: number | null) => `Suy tôn ${award} (${votesText(votes, voters)})`,
  recipients: ['- Thường trực Hội đồng TĐKT;', '- Các đơn vị trong cụm, khối;', '- Lưu: VT.'],
  signerCapacity: (kind: ClusterKind) => (kind === 'cum' ? 'TM. CỤM THI ĐUA' : 'TM. KHỐI THI ĐUA'),
  signerTitle: (kind: ClusterKind) => (kind === 'cum' ? 'ĐƠN VỊ CỤM TRƯỞNG' : 'ĐƠN VỊ KHỐI TRƯỞNG'),
  sheetType: 'PHIẾU CHẤM ĐIỂM THI ĐUA',
  sheetSubject: (round: { period: RoundPeriod; cluster: { year: number } }, unit: string) =>
    `${roundPeriodLabels[round.period]} ${round.cluster.year} — ${unit}`,
  commentOf: (layer: ScoreLayer, comment: string) => `${scoreLayerLabels[layer]}: ${comment}`,
  rankLine: (rank: number, of: number) => `Xếp hạng ${rank}/${of}`,
  unitHead: 'THỦ TRƯỞNG ĐƠN VỊ',
  minutesType: 'BIÊN BẢN',
  minutesSubject: (round: { period: RoundPeriod; cluster: { year: number; name: string } }) =>
    `Họp bình xét, suy tôn thi đua ${roundPeriodLabels[round.period].toLocaleLowerCase('vi')} ${round.cluster.year} ${round.cluster.name}`,
  minutesOpening: (date: string, place: string, round: { cluster: { name: string } }) =>
    `Hôm nay, ${date}, tại ${place}, ${round.cluster.name} tổ chức họp bình xét, chấm điểm và suy tôn các đơn vị dẫn đầu phong trào thi đua.`,
  chairLine: (chair: string, recorder: string) => `Chủ trì: ${chair}. Thư ký: ${recorder}.`,
  votersLine: (voters: number | null, members: number) =>
    `Thành phần: đại diện ${members} đơn vị thành viên; số đại biểu bỏ phiếu: ${voters ?? '…'}.`,
  rankingHeading: '1. Kết quả chấm điểm và xếp hạng',
  nominationHeading: '2. Kết quả suy tôn',
  noNomination: 'Cuộc họp chưa suy tôn đơn vị nào.',
  nominationLine: (award: string, unit: string, votes: number, voters: number | null) =>
    `Đề nghị tặng ${award}: ${unit} (${votesText(votes, voters)}).`,
  closing: 'Biên bản được thông qua tại cuộc họp và lập thành các bản có giá trị như nhau.',
  recorderTitle: 'THƯ KÝ',
  chairTitle: 'CHỦ TRÌ',
  demoNote: '(Dữ liệu mẫu)',
};

/** The round's documents under Nghị định 30 (issue 15): types of Phụ lục III, Mẫu 1.9 for the biên bản. */
export const roundDocumentWords = {
  summarySubject: (round: { period: RoundPeriod; cluster: { year: number } }) =>
    `Kết quả chấm điểm, xếp hạng thi đua ${roundPeriodLabels[round.period].toLocaleLowerCase('vi')} ${round.cluster.year}`,
  leaderTitle: (kind: ClusterKind) => (kind === 'cum' ? 'CỤM TRƯỞNG' : 'KHỐI TRƯỞNG'),
  sheetSubject: (round: { period: RoundPeriod; cluster: { year: number } }, unit: string) =>
    `${roundPeriodLabels[round.period]} ${round.cluster.year} của ${unit}`,
  startLine: (time: string, date: string) => `Thời gian bắt đầu: ${time}, ${date}.`,
  placeLine: (place: string) => `Địa điểm: ${place}.`,
  attendeesLine: (attendees: string) => `Thành phần tham dự: ${attendees}`,
  defaultAttendees: (members: number, voters: number | null) =>
    `đại diện ${members} đơn vị thành viên; số đại biểu bỏ phiếu: ${voters ?? '…'}.`,
  chairLine: (chair: string) => `Chủ trì (chủ tọa): ${chair}.`,
  recorderLine: (recorder: string) => `Thư ký (người ghi biên bản): ${recorder}.`,
  contentLine: 'Nội dung:',
  endLine: (time: string, date: string) => `Cuộc họp kết thúc vào ${time}, ${date}./.`,
  /** "08:30" → "08 giờ 30". */
  clock: (hhmm: string | null) => (hhmm ? `${hhmm.slice(0, 2)} giờ ${hhmm.slice(3, 5)}` : '… giờ …'),
  recorderTitle: 'THƯ KÝ',
  chairTitle: 'CHỦ TỌA',
  minutesRecipients: [
    '- Thường trực Hội đồng Thi đua – Khen thưởng;',
    '- Các đơn vị trong cụm, khối;',
    '- Lưu: VT, Hồ sơ.',
  ],
};
