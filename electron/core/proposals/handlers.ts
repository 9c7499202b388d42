import type { proposalsChannels } from '@shared/contract/proposals';
import {
  addProposalEntry,
  createProposal,
  proposalDetail,
  saveSubmission,
  submissionPdf,
  updateProposalEntry,
} from './service';
import type { HandlersFor } from '../dispatch/handler-types';

export const proposalsHandlers: HandlersFor<typeof proposalsChannels> = {
  'proposals:list': (input, ctx) => ctx.repos.proposals.all(input.year ?? null),
  'proposals:create': (input, ctx) => createProposal(ctx, input),
  'proposals:get': (input, ctx) => proposalDetail(ctx, input.id),
  'proposals:addEntry': (input, ctx) => addProposalEntry(ctx, input),
  'proposals:updateEntry': (input, ctx) => updateProposalEntry(ctx, input),
  'proposals:saveSubmission': (input, ctx) => saveSubmission(ctx, input),
  'proposals:submissionPdf': (input, ctx) => submissionPdf(ctx, input.id),
};
