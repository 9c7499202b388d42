import { AppError } from '@shared/errors';
import { clusterMessages } from '@shared/i18n/vi-clusters';
import { foldVietnamese } from '@shared/domain/vietnamese-text';
import { isoNow, localToday, type CoreContext } from '../context';
import { audit } from '../audit/audit-helpers';
import { printDocumentPdf } from '../documents/print-document';
import { renderClusterDocumentHtml, type ClusterDocument } from './cluster-documents';
import { appInfo } from '../app/service';
import { roundView } from './service';
import { getCouncilProfile } from '../settings/service';

/** The HTML of a round's document, from the current scores (what the preview shows and the PDF prints). */
export function clusterDocumentHtml(
  ctx: CoreContext,
  roundId: number,
  document: ClusterDocument,
  unitId?: number,
): string {
  const round = roundView(ctx, roundId);
  if (unitId !== undefined && !round.units.some((u) => u.unitId === unitId)) {
    const unit = ctx.repos.units.byId(unitId);
    throw new AppError('INVALID_INPUT', clusterMessages.notMember(unit?.name ?? String(unitId), round.cluster.name));
  }
  return renderClusterDocumentHtml(
    { council: getCouncilProfile(ctx), round, issuedOn: localToday(ctx), demo: appInfo(ctx).demo },
    document,
    unitId,
  );
}

const slug = (text: string) =>
  foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export async function clusterDocumentPdf(
  ctx: CoreContext,
  roundId: number,
  document: ClusterDocument,
  unitId?: number,
): Promise<{ fileName: string; contentBase64: string }> {
  if (!ctx.printer) throw new AppError('NOT_SUPPORTED', clusterMessages.noPrinter);
  keepDocumentDate(ctx, roundId, document);
  const html = clusterDocumentHtml(ctx, roundId, document, unitId);
  const round = roundView(ctx, roundId);
  const unit = unitId === undefined ? '' : `-${slug(round.units.find((u) => u.unitId === unitId)!.code)}`;
  const pdf = await printDocumentPdf(ctx.printer, html);
  return {
    fileName: `${document.replace('_', '-')}-${slug(round.cluster.name)}-${round.key}${unit}.pdf`,
    contentBase64: pdf.toString('base64'),
  };
}

/**
 * A document's date is the secretary's: blank until the first PDF, which fixes it at today's date (what the screen
 * proposed), so a reprint months later carries the same date. The biên bản is dated by its meeting.
 */
function keepDocumentDate(ctx: CoreContext, roundId: number, document: ClusterDocument): void {
  const key = document === 'tong_hop' ? 'summaryDate' : document === 'phieu_cham' ? 'sheetDate' : null;
  if (key === null) return;
  ctx.db.transaction(() => {
    const before = ctx.repos.clusterScores.roundById(roundId);
    if (!before || before.documents[key] !== null) return;
    const after = ctx.repos.clusterScores.updateDocuments(
      roundId,
      { ...before.documents, [key]: localToday(ctx) },
      isoNow(ctx),
    );
    audit(ctx, 'score_round', roundId, before, after);
  })();
}
