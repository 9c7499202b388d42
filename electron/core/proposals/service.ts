import type { CommendationInput } from '@shared/contract/commendation';
import type { ProposalDetail } from '@shared/contract/proposals';
import type { Proposal } from '@shared/commendation/registry';
import { proposalDate } from '@shared/commendation/rules';
import type { ExportedFile } from '@shared/contract/reports';
import { holderKey } from '@shared/commendation/evaluate-eligibility';
import { AppError } from '@shared/errors';
import { commendationMessages as m, proposalPeriodLabels } from '@shared/i18n/vi-commendation';
import { isoNow, localToday, type CoreContext } from '../context';
import { printDocumentPdf } from '../documents/print-document';
import { renderSubmissionHtml } from '../decisions/award-annex';
import { audit } from '../audit/audit-helpers';
import { requirePerson } from '../people/service';
import { eligibilityList } from '../awards/eligibility';
import { getCouncilProfile } from '../settings/service';

export function requireProposal(ctx: CoreContext, id: number): Proposal {
  const proposal = ctx.repos.proposals.byId(id);
  if (!proposal) throw new AppError('NOT_FOUND', m.proposalMissing(id));
  return proposal;
}

/** A proposal with its lines and every candidate's eligibility (its own lines fill caps first). */
export function proposalDetail(ctx: CoreContext, id: number): ProposalDetail {
  const proposal = requireProposal(ctx, id);
  const entries = ctx.repos.proposals.entries(id);
  return {
    proposal,
    entries,
    eligibility: eligibilityList(ctx, proposal.year, proposal.period, proposal.titleCode, entries),
  };
}

export function createProposal(
  ctx: CoreContext,
  input: CommendationInput<'proposals:create'> & { demo?: boolean },
): ProposalDetail {
  const id = ctx.db.transaction(() => {
    const title = ctx.repos.awardTitles.byId(input.titleId, proposalDate(input.year, input.period));
    if (!title) throw new AppError('NOT_FOUND', m.titleMissing(String(input.titleId)));
    const created = ctx.repos.proposals.insert(
      { year: input.year, period: input.period, titleId: input.titleId, note: input.note, demo: input.demo ?? false },
      isoNow(ctx),
    );
    audit(ctx, 'proposal', created.id, null, created);
    return created.id;
  })();
  return proposalDetail(ctx, id);
}

export function addProposalEntry(ctx: CoreContext, input: CommendationInput<'proposals:addEntry'>): ProposalDetail {
  ctx.db.transaction(() => {
    const proposal = requireProposal(ctx, input.proposalId);
    const title = ctx.repos.awardTitles.byId(proposal.titleId)!;
    const wantsPerson = input.personId !== null;
    if (wantsPerson !== (title.recipient === 'ca_nhan')) {
      throw new AppError('INVALID_INPUT', m.recipientKindMismatch(title.name, title.recipient));
    }
    if (input.personId !== null) requirePerson(ctx, input.personId);
    if (input.unitId !== null && !ctx.repos.units.byId(input.unitId)) {
      throw new AppError('NOT_FOUND', m.unitMissing(input.unitId));
    }
    const duplicate = ctx.repos.proposals
      .entries(proposal.id)
      .some((e) => (wantsPerson ? e.personId === input.personId : e.unitId === input.unitId));
    if (duplicate) throw new AppError('CONFLICT', m.entryDuplicate);
    const entry = ctx.repos.proposals.insertEntry(input, isoNow(ctx));
    audit(ctx, 'proposal_entry', entry.id, null, entry);
  })();
  return proposalDetail(ctx, input.proposalId);
}

/** Moves a line through Đề xuất → Đã xét → Đề nghị cấp trên / Không đạt; Quyết định comes from a decision. */
export function updateProposalEntry(
  ctx: CoreContext,
  input: CommendationInput<'proposals:updateEntry'>,
): ProposalDetail {
  const proposalId = ctx.db.transaction(() => {
    const before = ctx.repos.proposals.entryById(input.entryId);
    if (!before) throw new AppError('NOT_FOUND', m.entryMissing(input.entryId));
    if (before.status === 'quyet_dinh') throw new AppError('CONFLICT', m.entryDecided);
    const after = ctx.repos.proposals.updateEntry(
      input.entryId,
      { achievements: input.achievements, status: input.status, awardId: null },
      isoNow(ctx),
    );
    audit(ctx, 'proposal_entry', after.id, before, after, input.reason);
    return after.proposalId;
  })();
  return proposalDetail(ctx, proposalId);
}

/** The Tờ trình list: lines the council reviewed (Đã xét) or proposes upward (Đề nghị cấp trên). */
export function submissionHtml(ctx: CoreContext, id: number): string {
  const detail = proposalDetail(ctx, id);
  const { proposal } = detail;
  return renderSubmissionHtml({
    council: getCouncilProfile(ctx),
    titleName: proposal.titleName,
    periodLabel: proposalPeriodLabels[proposal.period],
    year: proposal.year,
    submission: { number: proposal.submission.number, issuedOn: proposal.submission.issuedOn ?? localToday(ctx) },
    entries: detail.entries.filter((e) => e.status === 'da_xet' || e.status === 'de_nghi_cap_tren'),
    eligibility: new Map(
      detail.eligibility.candidates.map((c) => [holderKey(c.candidate.kind, c.candidate.id), c] as const),
    ),
    demo: proposal.demo,
  });
}

export async function submissionPdf(ctx: CoreContext, id: number): Promise<ExportedFile> {
  if (!ctx.printer) throw new AppError('NOT_SUPPORTED', m.noPrinter);
  keepSubmissionDate(ctx, id);
  const proposal = requireProposal(ctx, id);
  const pdf = await printDocumentPdf(ctx.printer, submissionHtml(ctx, id));
  return {
    fileName: `TTr-${proposal.titleCode}-${proposal.year}-${proposal.period}-danh-sach.pdf`,
    contentBase64: pdf.toString('base64'),
  };
}

export function saveSubmission(ctx: CoreContext, input: CommendationInput<'proposals:saveSubmission'>): ProposalDetail {
  ctx.db.transaction(() => {
    const before = requireProposal(ctx, input.id);
    const after = ctx.repos.proposals.updateSubmission(
      input.id,
      { number: input.number, issuedOn: input.issuedOn },
      isoNow(ctx),
    );
    audit(ctx, 'proposal', input.id, before, after);
  })();
  return proposalDetail(ctx, input.id);
}

/** The Tờ trình's date is fixed by its first printed list (today, as the screen proposed), so a reprint matches. */
function keepSubmissionDate(ctx: CoreContext, id: number): void {
  const proposal = requireProposal(ctx, id);
  if (proposal.submission.issuedOn !== null) return;
  saveSubmission(ctx, { id, number: proposal.submission.number, issuedOn: localToday(ctx) });
}
