import type { commendationChannels } from '../../../shared/contract/commendation';
import {
  catalogue,
  listInitiatives,
  listPeople,
  saveBaseSalary,
  saveExemplar,
  saveInitiative,
  savePerson,
  saveRule,
  saveTitleVersion,
} from '../services/commendation';
import {
  createDecision,
  decisionAnnexHtml,
  decisionAnnexPdf,
  decisionDetail,
} from '../services/commendation-decisions';
import { eligibilityList } from '../services/commendation-eligibility';
import { awardHistory, awardStats, searchAwards } from '../services/commendation-history';
import {
  addProposalEntry,
  createProposal,
  proposalDetail,
  submissionPdf,
  updateProposalEntry,
} from '../services/commendation-proposals';
import type { HandlersFor } from './types';

export const commendationHandlers: HandlersFor<typeof commendationChannels> = {
  'commendation:catalogue': (input, ctx) => catalogue(ctx, input.onDate),
  'commendation:saveTitleVersion': (input, ctx) => saveTitleVersion(ctx, input),
  'commendation:saveBaseSalary': (input, ctx) => saveBaseSalary(ctx, input),
  'commendation:saveRule': (input, ctx) => saveRule(ctx, input),
  'people:list': (input, ctx) => listPeople(ctx, input),
  'people:save': (input, ctx) => savePerson(ctx, input),
  'initiatives:list': (input, ctx) => listInitiatives(ctx, input.year),
  'initiatives:save': (input, ctx) => saveInitiative(ctx, input),
  'exemplars:list': (_input, ctx) => ctx.repos.exemplars.all(),
  'exemplars:save': (input, ctx) => saveExemplar(ctx, input),
  'awards:eligibility': (input, ctx) => eligibilityList(ctx, input.year, input.period, input.titleCode),
  'awards:history': (input, ctx) => awardHistory(ctx, input),
  'awards:search': (input, ctx) => searchAwards(ctx, input.query),
  'awards:stats': (input, ctx) => awardStats(ctx, input.year),
  'proposals:list': (input, ctx) => ctx.repos.proposals.all(input.year ?? null),
  'proposals:create': (input, ctx) => createProposal(ctx, input),
  'proposals:get': (input, ctx) => proposalDetail(ctx, input.id),
  'proposals:addEntry': (input, ctx) => addProposalEntry(ctx, input),
  'proposals:updateEntry': (input, ctx) => updateProposalEntry(ctx, input),
  'proposals:submissionPdf': (input, ctx) => submissionPdf(ctx, input.id),
  'decisions:list': (_input, ctx) => ctx.repos.decisions.all(),
  'decisions:get': (input, ctx) => decisionDetail(ctx, input.id),
  'decisions:create': (input, ctx) => createDecision(ctx, input),
  'decisions:annexHtml': (input, ctx) => ({ html: decisionAnnexHtml(ctx, input.id) }),
  'decisions:annexPdf': (input, ctx) => decisionAnnexPdf(ctx, input.id),
};
