import type { ExportedFile, ReportExportFormat } from '@shared/contract/reports';
import type { CoreContext } from '../context';
import { renderQuarterlyReportDocx } from './report-docx';
import { renderQuarterlyReportXlsx } from './report-xlsx';
import { reportData, reportFileName } from './service';

/**
 * The report as a Word or Excel file, from the same data the HTML prints: an issued report's frozen snapshot
 * (so the file matches the signed paper however the figures change later), or a draft's current figures.
 */
export async function exportReport(ctx: CoreContext, id: number, format: ReportExportFormat): Promise<ExportedFile> {
  const data = reportData(ctx, id);
  const bytes =
    format === 'docx' ? await renderQuarterlyReportDocx(data) : await renderQuarterlyReportXlsx(data, ctx.now());
  return { fileName: reportFileName(data, format), contentBase64: bytes.toString('base64') };
}
