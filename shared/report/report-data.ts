import type { CouncilProfile } from '../domain/council';
import type { ReportPeriod } from '../domain/period';
import type { PlanEvaluation } from '../evaluation/evaluate-plan';

/** The prose the secretary writes (or accepts from the proposed text) before printing. */
export interface ReportProse {
  /** 1. Công tác chỉ đạo, triển khai. */
  direction: string;
  /** Added below the automatic summary of section 2 (kết quả thực hiện các chỉ tiêu). */
  results: string;
  /** 3. Hoạt động cụm, khối thi đua — printed only when not empty. */
  clusters: string;
  /** 4. Công tác khen thưởng — printed only when not empty. */
  awards: string;
  /** 5. Tồn tại, hạn chế. */
  shortcomings: string;
  /** 6. Phương hướng, nhiệm vụ kỳ tới. */
  nextSteps: string;
}

export const emptyProse: ReportProse = {
  direction: '',
  results: '',
  clusters: '',
  awards: '',
  shortcomings: '',
  nextSteps: '',
};

export interface ReportPlanReference {
  number: string | null;
  issuedOn: string | null;
  title: string;
}

/**
 * Everything a quarterly report prints, frozen when it is issued: the same object renders the HTML (and so the PDF),
 * the Word file and the Excel tables, so the three never disagree.
 */
export interface ReportData {
  council: CouncilProfile;
  year: number;
  period: ReportPeriod;
  /** "quý II năm 2023", "6 tháng đầu năm 2023". */
  periodLabel: string;
  /** The registered number ("12"), blank while a draft. */
  documentNumber: string;
  /** ISO date printed in the place-and-date line. */
  issuedOn: string;
  /** "Kết quả thực hiện chỉ tiêu thi đua quý II năm 2023". */
  subject: string;
  plans: ReportPlanReference[];
  evaluation: PlanEvaluation;
  prose: ReportProse;
  recipients: string[];
  /** "Kính gửi"; absent in reports issued before it existed. */
  addressees?: string[];
  demo: boolean;
}
