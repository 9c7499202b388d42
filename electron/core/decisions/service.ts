import type { CommendationInput } from '@shared/contract/commendation';
import type { DecisionDetail } from '@shared/contract/decisions';
import type { ExportedFile } from '@shared/contract/reports';
import { amountInWords } from '@shared/commendation/amount-in-words';
import { baseSalaryOn, prizeAmount, regimeOn } from '@shared/commendation/prize';
import type { Decision } from '@shared/commendation/registry';
import type { ProposalPeriod } from '@shared/commendation/rules';
import { foldVietnamese } from '@shared/domain/vietnamese-text';
import { AppError } from '@shared/errors';
import { commendationMessages as m } from '@shared/i18n/vi-commendation';
import { isoNow, type CoreContext } from '../context';
import { printDocumentPdf } from '../documents/print-document';
import { renderDecisionAnnexHtml } from './award-annex';
import { audit } from '../audit/audit-helpers';
import { getCouncilProfile } from '../settings/service';

export function requireDecision(ctx: CoreContext, id: number): Decision {
  const decision = ctx.repos.decisions.byId(id);
  if (!decision) throw new AppError('NOT_FOUND', m.decisionMissing(id));
  return decision;
}

export function decisionDetail(ctx: CoreContext, id: number): DecisionDetail {
  const decision = requireDecision(ctx, id);
  const awards = ctx.repos.awards.byDecision(id);
  const prizeTotal = awards.reduce((sum, a) => sum + (a.prizeAmount ?? 0), 0);
  return { decision, awards, prizeTotal, prizeTotalWords: amountInWords(prizeTotal) };
}

interface Grant {
  titleId: number;
  year: number;
  period: ProposalPeriod;
  personId: number | null;
  unitId: number | null;
  entryId: number | null;
}

/**
 * Issues a decision. Each recipient becomes an award whose prize money is the title's multiple in force on the
 * decision date × the base salary in force on that date, rounded as the decree in force then says (up to the next
 * 10.000 đ under NĐ 98 and NĐ 152), frozen on the award (a later change of any of them does not rewrite a decision
 * already signed). Proposal lines it grants move to Quyết định.
 */
export function createDecision(
  ctx: CoreContext,
  input: CommendationInput<'decisions:create'> & { demo?: boolean },
): DecisionDetail {
  const id = ctx.db.transaction(() => {
    if (ctx.repos.decisions.byNumber(input.number, input.signedOn)) {
      throw new AppError('CONFLICT', m.decisionExists(input.number, input.signedOn));
    }
    const grants: Grant[] = input.recipients.map((r) => ({ ...r, entryId: null }));
    for (const entryId of input.entryIds) {
      const entry = ctx.repos.proposals.entryById(entryId);
      if (!entry) throw new AppError('NOT_FOUND', m.entryMissing(entryId));
      if (entry.status === 'quyet_dinh') throw new AppError('CONFLICT', m.entryDecided);
      const proposal = ctx.repos.proposals.byId(entry.proposalId)!;
      grants.push({
        titleId: proposal.titleId,
        year: proposal.year,
        period: proposal.period,
        personId: entry.personId,
        unitId: entry.unitId,
        entryId,
      });
    }
    if (grants.length === 0) throw new AppError('INVALID_INPUT', m.decisionEmpty);
    const baseSalary = baseSalaryOn(ctx.repos.baseSalaries.all(), input.signedOn);
    if (baseSalary === null) throw new AppError('INVALID_INPUT', m.noBaseSalary(input.signedOn));
    const rounding = regimeOn(ctx.repos.awardRegimes.all(), input.signedOn)?.rounding ?? 'none';
    const titles = new Map(ctx.repos.awardTitles.all(input.signedOn).map((t) => [t.id, t]));
    const now = isoNow(ctx);
    const decision = ctx.repos.decisions.insert(
      {
        number: input.number,
        signedOn: input.signedOn,
        signer: input.signer,
        authority: input.authority,
        subject: input.subject,
        issuer: input.issuer,
        signingMode: input.signingMode,
        signerTitle: input.signerTitle,
        demo: input.demo ?? false,
      },
      now,
    );
    audit(ctx, 'decision', decision.id, null, decision);
    const existing = ctx.repos.awards.all();
    for (const grant of grants) {
      const title = titles.get(grant.titleId);
      if (!title) throw new AppError('NOT_FOUND', m.titleMissing(String(grant.titleId)));
      if ((grant.personId !== null) !== (title.recipient === 'ca_nhan')) {
        throw new AppError('INVALID_INPUT', m.recipientKindMismatch(title.name, title.recipient));
      }
      const recipientName =
        grant.personId !== null
          ? ctx.repos.people.byId(grant.personId)?.fullName
          : ctx.repos.units.byId(grant.unitId!)?.name;
      if (recipientName === undefined) {
        throw new AppError(
          'NOT_FOUND',
          grant.personId !== null ? m.personMissing(grant.personId) : m.unitMissing(grant.unitId!),
        );
      }
      const twice = existing.some(
        (a) =>
          a.titleId === grant.titleId &&
          a.year === grant.year &&
          a.period === grant.period &&
          (grant.personId !== null ? a.personId === grant.personId : a.personId === null && a.unitId === grant.unitId),
      );
      if (twice) throw new AppError('CONFLICT', m.alreadyDecided(recipientName, title.name, grant.year));
      const award = ctx.repos.awards.insert(
        {
          titleId: grant.titleId,
          year: grant.year,
          period: grant.period,
          personId: grant.personId,
          unitId: grant.personId === null ? grant.unitId : null,
          decisionId: decision.id,
          decisionText: '',
          prizeMultiple: title.prizeMultiple,
          baseSalary,
          prizeAmount: prizeAmount(title.prizeMultiple, baseSalary, rounding),
          method: input.method,
          demo: input.demo ?? false,
        },
        now,
      );
      existing.push(award);
      audit(ctx, 'award', award.id, null, award);
      if (grant.entryId !== null) {
        const before = ctx.repos.proposals.entryById(grant.entryId)!;
        const after = ctx.repos.proposals.updateEntry(
          grant.entryId,
          { achievements: before.achievements, status: 'quyet_dinh', awardId: award.id },
          now,
        );
        audit(ctx, 'proposal_entry', after.id, before, after);
      }
    }
    return decision.id;
  })();
  return decisionDetail(ctx, id);
}

export function decisionAnnexHtml(ctx: CoreContext, id: number): string {
  return renderDecisionAnnexHtml({ ...decisionDetail(ctx, id), council: getCouncilProfile(ctx) });
}

/** "QD-1735-QD-UBND-2022-12-26-danh-sach.pdf": ASCII, so every file system and mail client keeps it. */
function annexFileName(decision: Decision): string {
  const number = foldVietnamese(decision.number)
    .toUpperCase()
    .replace(/[^0-9A-Za-z]+/g, '-')
    .replace(/^-|-$/g, '');
  return `QD-${number}-${decision.signedOn}-danh-sach.pdf`;
}

export async function decisionAnnexPdf(ctx: CoreContext, id: number): Promise<ExportedFile> {
  if (!ctx.printer) throw new AppError('NOT_SUPPORTED', m.noPrinter);
  const pdf = await printDocumentPdf(ctx.printer, decisionAnnexHtml(ctx, id));
  return { fileName: annexFileName(requireDecision(ctx, id)), contentBase64: pdf.toString('base64') };
}
