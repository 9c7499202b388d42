import dayjs, { type Dayjs } from 'dayjs';
import type { ChannelInput } from '@shared/contract';
import type { RoundView } from '@shared/domain/cluster-round';
import type { NominationAward, TieBreak } from '@shared/scoring/criteria';
import { toIsoDate } from '@renderer/forms/DateField';

/** The values of the "Suy tôn và biên bản họp" form of a round. */
export interface NominationFormValues {
  tieRule: TieBreak[];
  nominations: Array<{ award: NominationAward; unitId: number; votes: number | null }>;
  meetingDate: Dayjs | null;
  meetingPlace: string;
  chair: string;
  recorder: string;
  voters: number | null;
  note: string;
}

export function nominationValues(round: RoundView): NominationFormValues {
  const m = round.minutes;
  return {
    tieRule: [...round.tieRule],
    nominations: round.nominations.map((n) => ({ award: n.award, unitId: n.unitId, votes: n.votes })),
    meetingDate: m.meetingDate === null ? null : dayjs(m.meetingDate),
    meetingPlace: m.meetingPlace ?? '',
    chair: m.chair ?? '',
    recorder: m.recorder ?? '',
    voters: m.voters,
    note: m.note ?? '',
  };
}

/** A text field as the core takes it: trimmed, blank as null. */
export const text = (value: string | undefined | null) => {
  const trimmed = (value ?? '').trim();
  return trimmed === '' ? null : trimmed;
};

/**
 * What `scores:saveNomination` takes: the tie rules in the order chosen, the nominations that name a unit (a vote
 * count left empty counts as 0), the minutes with blank text as null.
 */
export function buildNominationInput(
  roundId: number,
  values: NominationFormValues,
): ChannelInput<'scores:saveNomination'> {
  return {
    roundId,
    tieRule: [...new Set(values.tieRule ?? [])],
    nominations: (values.nominations ?? [])
      .filter((n) => n !== undefined && n.unitId !== undefined && n.award !== undefined)
      .map((n) => ({ award: n.award, unitId: n.unitId, votes: n.votes ?? 0 })),
    minutes: {
      meetingDate: values.meetingDate ? toIsoDate(values.meetingDate) : null,
      meetingPlace: text(values.meetingPlace),
      chair: text(values.chair),
      recorder: text(values.recorder),
      voters: values.voters ?? null,
      note: text(values.note),
    },
  };
}
