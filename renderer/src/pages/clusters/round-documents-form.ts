import dayjs, { type Dayjs } from 'dayjs';
import type { ChannelInput } from '@shared/contract';
import type { RoundView } from '@shared/domain/cluster-round';
import { toIsoDate } from '@renderer/forms/DateField';
import { text } from './nomination-form';

/** The values of the "Văn bản in" form of a round: dates, numbers, the leader's signer, the biên bản's parts. */
export interface RoundDocumentsFormValues {
  summaryNumber: string;
  summaryDate: Dayjs | null;
  sheetDate: Dayjs | null;
  minutesNumber: string;
  startTime: string;
  endTime: string;
  attendees: string;
  minutesRecipients: string;
  leaderSigner: string;
  leaderPost: string;
}

/**
 * The form starts from what is stored; a date never set yet shows today, the date the first PDF will carry (the
 * core fixes it then, so a reprint keeps it).
 */
export function roundDocumentsValues(round: RoundView, today: Dayjs): RoundDocumentsFormValues {
  const d = round.documents;
  return {
    summaryNumber: d.summaryNumber,
    summaryDate: d.summaryDate === null ? today : dayjs(d.summaryDate),
    sheetDate: d.sheetDate === null ? today : dayjs(d.sheetDate),
    minutesNumber: d.minutesNumber,
    startTime: d.startTime ?? '',
    endTime: d.endTime ?? '',
    attendees: d.attendees ?? '',
    minutesRecipients: d.minutesRecipients.join('\n'),
    leaderSigner: d.leaderSigner ?? '',
    leaderPost: d.leaderPost ?? '',
  };
}

/** What `scores:saveDocuments` takes: blank text as null, one recipient per non-blank line. */
export function buildRoundDocumentsInput(
  roundId: number,
  values: RoundDocumentsFormValues,
): ChannelInput<'scores:saveDocuments'> {
  return {
    roundId,
    summaryNumber: values.summaryNumber.trim(),
    summaryDate: values.summaryDate ? toIsoDate(values.summaryDate) : null,
    sheetDate: values.sheetDate ? toIsoDate(values.sheetDate) : null,
    minutesNumber: values.minutesNumber.trim(),
    startTime: text(values.startTime),
    endTime: text(values.endTime),
    attendees: text(values.attendees),
    minutesRecipients: values.minutesRecipients
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== ''),
    leaderSigner: text(values.leaderSigner),
    leaderPost: text(values.leaderPost),
  };
}
