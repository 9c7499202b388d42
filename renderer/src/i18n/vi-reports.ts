import type { ReportPeriod } from '@shared/domain/period';
import type { ReportProse } from '@shared/report/report-data';
import type { ReportStatus } from '@shared/report/report-record';

/** Every string of the "Báo cáo" section. The printed wording itself lives in shared/i18n/vi-report.ts. */
export const viReports = {
  nav: 'Báo cáo',
  title: 'Báo cáo',
  intro:
    'Báo cáo kết quả thực hiện chỉ tiêu thi đua theo quý, 6 tháng, 9 tháng và cả năm: soạn nội dung, xem trước ' +
    'đúng như bản in, in, lưu PDF, xuất Word/Excel và phát hành.',
  loadFailed: 'Không tải được dữ liệu',
  none: '—',
  periods: {
    Q1: 'Quý I',
    Q2: 'Quý II',
    Q3: 'Quý III',
    Q4: 'Quý IV',
    H1: '6 tháng đầu năm',
    '9M': '9 tháng',
    Y: 'Cả năm',
  } satisfies Record<ReportPeriod, string>,
  periodOf: (period: ReportPeriod, year: number) => `${viReports.periods[period]} năm ${year}`,
  picker: {
    year: 'Năm',
    period: 'Kỳ báo cáo',
    open: 'Lập báo cáo',
    openHint: 'Mở bản nháp của kỳ đã chọn; lần đầu, nội dung được đề xuất từ số liệu để chỉnh sửa.',
    noPlan: 'Chưa có kế hoạch thi đua nào: hãy nhập kế hoạch trước khi lập báo cáo.',
  },
  list: {
    title: 'Các báo cáo đã lập',
    empty: 'Chưa có báo cáo nào. Chọn năm, kỳ rồi bấm "Lập báo cáo".',
    columns: {
      period: 'Kỳ báo cáo',
      number: 'Số',
      issuedOn: 'Ngày văn bản',
      status: 'Trạng thái',
      issued: 'Phát hành',
      actions: 'Thao tác',
    },
    issuedBy: (when: string, who: string) => `${when} — ${who}`,
    open: 'Mở',
    view: 'Xem',
  },
  status: { nhap: 'Nháp', phat_hanh: 'Đã phát hành' } satisfies Record<ReportStatus, string>,
  workspace: {
    back: 'Danh sách báo cáo',
    notFound: 'Không tìm thấy báo cáo này; có thể nó đã bị thay bằng bản khác.',
    issuedNote: (when: string, who: string) =>
      `Báo cáo đã phát hành lúc ${when} bởi ${who}: nội dung và số liệu được giữ nguyên như khi phát hành, in lại ` +
      `lúc nào cũng giống hệt.`,
    draftNote: 'Bản nháp: số liệu trong báo cáo là số liệu hiện có; khi phát hành, báo cáo được giữ nguyên.',
  },
  editor: {
    title: 'Nội dung báo cáo',
    documentNumber: 'Số văn bản',
    documentNumberHint: 'Chỉ phần số, ví dụ 45 (in thành "Số: 45/BC-…"); để trống nếu chưa có số.',
    documentNumberInvalid: 'Số văn bản chỉ gồm chữ số, chữ không dấu và các dấu "/", "-", "."',
    issuedOn: 'Ngày văn bản',
    proseHint: 'Dòng trống = đoạn mới; "- " đầu dòng = gạch đầu dòng.',
    redraftShortcomings: 'Soạn lại theo số liệu hiện tại',
    sections: {
      direction: 'I. Công tác chỉ đạo, triển khai',
      results: 'II. Kết quả thực hiện các chỉ tiêu (in sau bảng kết quả)',
      clusters: 'Hoạt động của cụm, khối thi đua (chỉ in khi có nội dung)',
      awards: 'Công tác khen thưởng (chỉ in khi có nội dung)',
      shortcomings: 'Tồn tại, hạn chế',
      nextSteps: 'Phương hướng, nhiệm vụ kỳ tới',
    } satisfies Record<keyof ReportProse, string>,
    addressees: 'Kính gửi',
    addresseesHint:
      'Khi báo cáo gửi cấp trên: mỗi dòng một cơ quan nhận (ví dụ "Ủy ban nhân dân tỉnh Sóc Trăng"). Để trống: không in dòng Kính gửi.',
    recipients: 'Nơi nhận',
    recipientsHint: 'Mỗi dòng một nơi nhận, in đúng như gõ (ví dụ "- Lưu: VT.").',
    tooManyRecipients: 'Tối đa 30 nơi nhận.',
    recipientTooLong: 'Mỗi nơi nhận tối đa 300 ký tự.',
    save: 'Lưu nháp',
    saved: 'Đã lưu bản nháp.',
    unsaved: 'Có thay đổi chưa lưu: bản xem trước, bản in và các tệp xuất ra là bản đã lưu.',
  },
  preview: {
    title: 'Xem trước (đúng như bản in)',
    frameTitle: 'Bản xem trước báo cáo',
    loading: 'Đang dựng bản xem trước…',
  },
  actions: {
    print: 'In',
    pdf: 'Lưu PDF',
    word: 'Xuất Word',
    excel: 'Xuất Excel',
    reprint: 'In lại',
    issue: 'Phát hành',
    saveFirst: 'Hãy bấm "Lưu nháp" trước.',
    printed: 'Đã gửi báo cáo tới máy in.',
    printCancelled: 'Đã hủy in.',
    downloaded: (fileName: string) => `Đã tải tệp ${fileName}.`,
    issueConfirmTitle: 'Phát hành báo cáo?',
    issueConfirm:
      'Sau khi phát hành, báo cáo được giữ nguyên như hiện tại (nội dung và số liệu) và không sửa được nữa; ' +
      'in lại bất cứ lúc nào cũng ra đúng bản này. Nếu cần sửa, lập một báo cáo mới cho kỳ này.',
    issueOk: 'Phát hành',
    cancel: 'Hủy',
    issued: 'Đã phát hành báo cáo.',
  },
};
