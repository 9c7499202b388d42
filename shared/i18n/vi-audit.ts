import { roundPeriodLabels } from './vi-clusters';
import { periodLabel, isReportPeriod } from '../domain/period';

/**
 * How the audit log names what changed, for the printed Nhật ký and the screen alike: a Vietnamese label for every
 * kind of record the core audits, for every field, and each record's own name (a person's name, a decision's
 * number), never an internal id.
 */

/** Every `entity` the core writes to audit_log (electron/core/services: audit(ctx, '<entity>', …)). */
export const auditEntityLabels: Readonly<Record<string, string>> = {
  figure: 'Số liệu',
  period_lock: 'Chốt/mở khóa quý',
  target: 'Chỉ tiêu kế hoạch',
  plan: 'Kế hoạch',
  indicator: 'Danh mục chỉ tiêu',
  unit: 'Đơn vị',
  movement: 'Phong trào',
  task: 'Nhiệm vụ',
  setting: 'Cài đặt',
  report: 'Báo cáo',
  cluster: 'Cụm, khối thi đua',
  score_table: 'Bảng chấm điểm',
  score_round: 'Chấm điểm thi đua',
  award: 'Khen thưởng',
  award_rule: 'Quy định khen thưởng',
  award_title_version: 'Danh hiệu, hình thức khen thưởng',
  decision: 'Quyết định khen thưởng',
  exemplar: 'Điển hình tiên tiến',
  initiative: 'Sáng kiến',
  person: 'Cá nhân',
  proposal: 'Đề nghị khen thưởng',
  proposal_entry: 'Dòng đề nghị khen thưởng',
};

/** Field labels of the audited records. */
export const auditFieldLabels: Readonly<Record<string, string>> = {
  name: 'Tên',
  code: 'Mã',
  kind: 'Loại',
  parentId: 'Đơn vị cấp trên',
  validFrom: 'Từ ngày',
  validTo: 'Đến ngày',
  mergedIntoId: 'Sáp nhập vào',
  note: 'Ghi chú',
  group: 'Lĩnh vực',
  measureUnit: 'ĐVT',
  numeratorLabel: 'Tên tử số',
  denominatorLabel: 'Tên mẫu số',
  rateScale: 'Hệ số tỷ lệ',
  direction: 'Chiều đánh giá',
  decimals: 'Số chữ số thập phân',
  indicatorId: 'Chỉ tiêu',
  unitId: 'Đơn vị',
  planId: 'Kế hoạch',
  comparator: 'Cách so sánh',
  value: 'Giá trị',
  max: 'Giá trị tối đa',
  changeMode: 'Cách tính tăng/giảm',
  baselineYear: 'Năm gốc',
  baselineValue: 'Giá trị năm gốc',
  phasingMode: 'Tiến độ theo quý',
  milestones: 'Mốc tiến độ',
  number: 'Số hiệu',
  issuedOn: 'Ngày ban hành',
  place: 'Địa danh',
  issuer: 'Cơ quan ban hành',
  title: 'Tiêu đề',
  theme: 'Chủ đề',
  year: 'Năm',
  phases: 'Các đợt',
  legalBases: 'Căn cứ',
  signer: 'Người ký',
  status: 'Trạng thái',
  movementIds: 'Phong trào',
  startYear: 'Năm bắt đầu',
  endYear: 'Năm kết thúc',
  launchedBy: 'Cơ quan phát động',
  description: 'Mô tả',
  assignedBy: 'Cơ quan giao',
  deadline: 'Hạn',
  completedOn: 'Ngày hoàn thành',
  state: 'Tình trạng',
  level: 'Cấp',
  parentBody: 'Cơ quan chủ quản',
  issuingBody: 'Cơ quan ban hành',
  issuerName: 'Tên cơ quan trong lời văn',
  issuingBodyCode: 'Ký hiệu cơ quan',
  signerCapacity: 'Thẩm quyền ký',
  signerTitle: 'Chức vụ người ký',
  signerName: 'Họ tên người ký',
  locked: 'Khóa',
  fullName: 'Họ và tên',
  position: 'Chức vụ',
  birthDate: 'Ngày sinh',
  titleName: 'Danh hiệu, hình thức',
  personName: 'Cá nhân',
  unitName: 'Đơn vị',
  period: 'Kỳ',
  decisionNumber: 'Số quyết định',
  decisionDate: 'Ngày quyết định',
  prizeAmount: 'Tiền thưởng',
  prizeMultiple: 'Hệ số tiền thưởng',
  baseSalary: 'Lương cơ sở',
  signedOn: 'Ngày ký',
  authority: 'Cấp quyết định',
  subject: 'Trích yếu',
  signingMode: 'Hình thức ký',
  who: 'Người, tập thể',
  deed: 'Việc làm',
  occurredOn: 'Ngày',
  authorsText: 'Tác giả',
  scope: 'Phạm vi công nhận',
  recognitionDecision: 'Quyết định công nhận',
  achievements: 'Thành tích',
  documentNumber: 'Số văn bản',
  recipients: 'Nơi nhận',
  addressees: 'Kính gửi',
  effectiveFrom: 'Áp dụng từ',
  amount: 'Mức',
  minutes: 'Biên bản',
  nominations: 'Suy tôn',
  tieRule: 'Thứ tự xét bằng điểm',
  documents: 'Văn bản in',
  submission: 'Tờ trình',
  memberIds: 'Đơn vị thành viên',
  leaderUnitId: 'Đơn vị cụm trưởng',
  deputyUnitId: 'Đơn vị cụm phó',
};

/** Fields that hold a year or a count of years: printed as written ("2022"), never as a grouped number ("2.022"). */
export const auditPlainNumberFields: ReadonlySet<string> = new Set(['year', 'startYear', 'endYear', 'baselineYear']);

type Fields = Record<string, unknown>;

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/**
 * The name a record is known by, from its own fields (the state after the change, else before).
 * @example auditRecordName('award', { titleName: 'Lao động tiên tiến', personName: 'Nguyễn Văn An', year: 2022 }) === 'Lao động tiên tiến – Nguyễn Văn An (2022)'
 */
export function auditRecordName(entity: string, fields: Fields | null): string | null {
  if (!fields) return null;
  const f = fields;
  switch (entity) {
    case 'award': {
      const who = text(f.personName) ?? text(f.unitName);
      const title = text(f.titleName);
      return title && who ? `${title} – ${who}${typeof f.year === 'number' ? ` (${f.year})` : ''}` : null;
    }
    case 'person':
      return text(f.fullName);
    case 'exemplar':
      return text(f.who);
    case 'decision':
      return text(f.number) && `Số ${text(f.number)}`;
    case 'proposal':
      return text(f.titleName) && `${text(f.titleName)}${typeof f.year === 'number' ? ` năm ${f.year}` : ''}`;
    case 'report':
      return typeof f.year === 'number' && typeof f.period === 'string' && isReportPeriod(f.period)
        ? periodLabel(f.period, f.year)
        : null;
    case 'score_round':
      return typeof f.period === 'string' && f.period in roundPeriodLabels
        ? roundPeriodLabels[f.period as keyof typeof roundPeriodLabels]
        : null;
    case 'setting':
      return text(f.issuingBody) ?? 'Thông tin cơ quan';
    case 'award_title_version':
      return typeof f.effectiveFrom === 'string'
        ? `Áp dụng từ ${f.effectiveFrom.split('-').reverse().join('/')}`
        : null;
    default:
      return text(f.name) ?? text(f.fullName) ?? text(f.title) ?? text(f.number) ?? text(f.key) ?? null;
  }
}
