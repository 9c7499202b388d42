import type { ComputedPoints } from '../scoring/computed';
import type { CriterionRow, NominationAward, TableMaxima, TieBreak } from '../scoring/criteria';
import type { LayerTotals } from '../scoring/points';
import type { RoundDocumentFields } from '../document/round-documents';
import type { Cluster, RoundPeriod, ScoreLayer } from './cluster';

/** A cluster as the list shows it: with the size of its table and its rounds. */
export interface ClusterOverview extends Cluster {
  criteriaCount: number;
  maxima: TableMaxima;
  rounds: Array<{ id: number; period: RoundPeriod; key: string }>;
}

export interface ClustersOfYear {
  year: number;
  /** Every year that has clusters, newest first. */
  years: number[];
  clusters: ClusterOverview[];
}

export interface CriterionView extends CriterionRow {
  leaf: boolean;
  /** The linked indicator's name, for the computed criteria. */
  indicatorName: string | null;
}

export interface ScoringTable {
  clusterId: number;
  rows: CriterionView[];
  maxima: TableMaxima;
  /** Some criteria carry scores: rows can be renamed and re-weighted but not added or removed. */
  hasScores: boolean;
}

export interface ScoreCell {
  points: number | null;
  comment: string | null;
  /** The points are the computed ones (nothing typed in this layer for a computed criterion). */
  fromComputation: boolean;
}

export interface CriterionScores {
  criterionId: number;
  computed: ComputedPoints | null;
  layers: Record<ScoreLayer, ScoreCell>;
  /** The council's score, else the leader's, else the unit's own. */
  final: number | null;
}

export interface UnitScoreCard {
  unitId: number;
  code: string;
  name: string;
  criteria: CriterionScores[];
  totals: Record<ScoreLayer, LayerTotals>;
  final: LayerTotals;
  rank: number;
  tieBrokenBy: TieBreak | 'ten' | null;
  targetsExceeded: number;
  targetsMet: number;
}

export interface NominationView {
  award: NominationAward;
  unitId: number;
  unitName: string;
  votes: number;
}

export interface RoundMinutesView {
  meetingDate: string | null;
  meetingPlace: string | null;
  chair: string | null;
  recorder: string | null;
  voters: number | null;
  note: string | null;
}

/** Everything a scoring round's screens, documents and CLI show. Units are in rank order. */
export interface RoundView {
  id: number;
  key: string;
  period: RoundPeriod;
  cluster: Cluster;
  criteria: CriterionView[];
  maxima: TableMaxima;
  units: UnitScoreCard[];
  tieRule: TieBreak[];
  nominations: NominationView[];
  minutes: RoundMinutesView;
  documents: RoundDocumentFields;
}
