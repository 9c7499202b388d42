/**
 * What a cluster round's printed documents carry beyond the scores, set by the secretary on the round's screen:
 * each document's date (blank until first printed: today is proposed, then kept so a reprint is identical), the
 * person who signs for the leading unit (a person's name and post, never a unit's name), and the parts of a biên bản
 * that Mẫu 1.9 of Nghị định 30 requires (start and end time, attendance, Nơi nhận).
 */
export interface RoundDocumentFields {
  summaryNumber: string;
  summaryDate: string | null;
  sheetDate: string | null;
  minutesNumber: string;
  /** "08:00". */
  startTime: string | null;
  endTime: string | null;
  /** Thành phần tham dự, as written. */
  attendees: string | null;
  minutesRecipients: string[];
  /** The leader unit's head who signs for the cluster, and their post ("Chủ tịch UBND thị trấn Huỳnh Hữu Nghĩa"). */
  leaderSigner: string | null;
  leaderPost: string | null;
}

export const emptyRoundDocumentFields: RoundDocumentFields = {
  summaryNumber: '',
  summaryDate: null,
  sheetDate: null,
  minutesNumber: '',
  startTime: null,
  endTime: null,
  attendees: null,
  minutesRecipients: [],
  leaderSigner: null,
  leaderPost: null,
};

/** Stored JSON read leniently: fields missing from older rows take their empty value. */
export function roundDocumentFields(stored: Partial<RoundDocumentFields> | null | undefined): RoundDocumentFields {
  return { ...emptyRoundDocumentFields, ...(stored ?? {}) };
}
