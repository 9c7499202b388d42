import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { runCli } from '@cli/run';
import { invoke } from '@core/dispatch/dispatch';
import { reportData } from '@core/reports/service';
import type { CoreContext } from '@core/context';
import { annexRowCells, reportRowCells } from '@shared/report/report-cells';
import { openDemoCore, unitByCode } from '../support/demo-core';
import { tempDir } from '../support/temp-core';

/** The parts of a .docx a check needs, read with the zip library exceljs itself depends on. */
async function openDocx(base64: string) {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  const part = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`no ${name} in the .docx`);
    return file.async('string');
  };
  return { zip, part, document: await part('word/document.xml') };
}

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The visible text of a piece of WordprocessingML: its w:t runs joined. */
const textOf = (xml: string) => decode([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));

const paragraphs = (xml: string) => [...xml.matchAll(/<w:p(?: [^>]*)?>[\s\S]*?<\/w:p>/g)].map((m) => m[0]);

/** Each table row as the texts of its cells (the report has no nested tables). */
const rows = (xml: string) =>
  [...xml.matchAll(/<w:tr(?: [^>]*)?>[\s\S]*?<\/w:tr>/g)].map((row) => ({
    xml: row[0],
    cells: [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => textOf(cell[0])),
  }));

const sections = (xml: string) => [...xml.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);

async function demoDocx(ctx: CoreContext) {
  const draft = await invoke(ctx, 'reports:draft', { year: 2023, period: 'Q2' });
  const file = await invoke(ctx, 'reports:export', { id: draft.id, format: 'docx' });
  return { draft, file, docx: await openDocx(file.contentBase64), data: reportData(ctx, draft.id) };
}

describe('the quarterly report as a Word file', () => {
  it('is A4 portrait with the Nghị định 30 margins (20/20/30/15 mm), then a landscape section for the annex', async () => {
    const ctx = await openDemoCore();
    const { file, docx } = await demoDocx(ctx);
    expect(file.fileName).toBe('bao-cao-thi-dua-2023-Q2-so-45.docx');

    const [body, annex, ...more] = sections(docx.document);
    expect(more).toEqual([]);
    // 1 mm = 56.7 twips: 20 mm = 1134, 30 mm = 1701, 15 mm = 850; A4 = 11906 × 16838 twips.
    expect(body).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(body).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(annex).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    // The annex starts after the body's section break, i.e. on its own landscape page.
    const annexStart = docx.document.indexOf('>Phụ lục<');
    expect(annexStart).toBeGreaterThan(docx.document.indexOf(body!));
  });

  it('sets Times New Roman 13 pt as the document font and names no other font', async () => {
    const ctx = await openDemoCore();
    const { docx } = await demoDocx(ctx);
    const styles = await docx.part('word/styles.xml');
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)![0];
    expect(defaults).toContain(
      '<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/>',
    );
    expect(defaults).toContain('<w:sz w:val="26"/>'); // half-points
    expect(defaults).toContain('<w:lang w:val="vi-VN"/>');
    const named = [...docx.document.matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(named)).toEqual(new Set(named.length > 0 ? ['Times New Roman'] : []));
  });

  it('prints the two-column header, the document type and subject, justified body text with a 1 cm indent', async () => {
    const ctx = await openDemoCore();
    const { docx, data } = await demoDocx(ctx);
    const headerTable = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(docx.document)![0];
    expect(headerTable).toContain('<w:top w:val="none"'); // borderless
    const [left, right] = rows(headerTable)[0]!.cells;
    expect(left).toBe('UBND TỈNH SÓC TRĂNGỦY BAN NHÂN DÂN HUYỆN MỸ TÚ (DỮ LIỆU MẪU)Số: 45/BC-UBND');
    expect(right).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúcMỹ Tú, ngày 05 tháng 7 năm 2023');

    const byText = new Map(paragraphs(docx.document).map((p) => [textOf(p), p]));
    expect(byText.get('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toContain('<w:b/>');
    expect(byText.get('Độc lập - Tự do - Hạnh phúc')).toContain('<w:b/>');
    expect(byText.get('Mỹ Tú, ngày 05 tháng 7 năm 2023')).toContain('<w:i/>');
    // The short rules under the issuing body and the motto: empty paragraphs with a top border.
    expect(headerTable.match(/<w:pBdr><w:top w:val="single"/g)).toHaveLength(2);
    expect(byText.get('BÁO CÁO')).toMatch(/<w:jc w:val="center"\/>[\s\S]*<w:b\/>/);
    expect(byText.get(data.subject)).toContain('<w:b/>');

    const opening = [...byText.entries()].find(([text]) => text.startsWith('Thực hiện Kế hoạch số'))![1];
    expect(opening).toContain('<w:jc w:val="both"/>');
    expect(opening).toContain('<w:ind w:firstLine="567"/>');
    for (const heading of [
      'I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI',
      'II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU THI ĐUA',
      'III. TỒN TẠI, HẠN CHẾ',
      'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI',
    ]) {
      expect(byText.get(heading), heading).toContain('<w:b/>');
    }
  });

  it('has every target in the results table with exactly the cells the HTML prints, header repeated, rows unsplit', async () => {
    const ctx = await openDemoCore();
    const { docx, data } = await demoDocx(ctx);
    const table = rows(docx.document);
    const header = table.find((r) => r.cells[0] === 'STT' && r.cells[1] === 'Chỉ tiêu')!;
    expect(header.xml).toContain('<w:tblHeader/>');
    const printed = table.map((r) => r.cells.slice(1).join(' | '));
    expect(data.evaluation.targets.length).toBeGreaterThan(10);
    for (const target of data.evaluation.targets) {
      const c = reportRowCells(target);
      const expected = [
        c.name,
        c.unit,
        c.plan,
        c.periodValue,
        c.ytd,
        c.percentOfPlan,
        c.samePeriodLastYear,
        c.percentOfLastYear,
        c.status,
      ];
      expect(printed, target.indicator).toContain(expected.join(' | '));
    }
    expect(printed).toContain('Sản lượng lúa | tấn | 320.080 | 37.942* | 176.121* | 55,0% | 169.292 | 104,0% | Chậm');
    // Rows never break across pages (the annex's too).
    for (const row of table.filter((r) => r.cells.length > 2)) expect(row.xml).toContain('<w:cantSplit/>');
  });

  it('lists every unit of the annex with its cells', async () => {
    const ctx = await openDemoCore();
    const { docx, data } = await demoDocx(ctx);
    const annexXml = docx.document.slice(docx.document.indexOf('>Phụ lục<'));
    const printed = rows(annexXml).map((r) => r.cells.slice(1).join(' | '));
    // A unit is listed when it has a plan of its own or a figure; a row of blanks says nothing.
    const listed = (u: (typeof data.evaluation.targets)[number]['units'][number]) =>
      u.target !== null || u.ytd !== null || u.achieved !== null;
    const withUnits = data.evaluation.targets.filter((t) => t.units.some(listed));
    expect(withUnits.length).toBeGreaterThan(0);
    for (const target of withUnits) {
      for (const unit of target.units.filter(listed)) {
        const c = annexRowCells(target, unit);
        expect(printed).toContain([c.name, c.plan, c.ytd, c.percentOfPlan, c.status].join(' | '));
      }
    }
  });

  it('numbers pages at the top centre from page 2: a PAGE field in the default header, none on page 1', async () => {
    const ctx = await openDemoCore();
    const { docx } = await demoDocx(ctx);
    const [body, annex] = sections(docx.document);
    expect(body).toContain('<w:titlePg/>');
    const rels = await docx.part('word/_rels/document.xml.rels');
    const headerPart = async (section: string, type: string) => {
      const id = new RegExp(`<w:headerReference w:type="${type}" r:id="(rId\\d+)"/>`).exec(section)![1];
      const target =
        new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
        new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1];
      return docx.part(`word/${target}`);
    };
    const numbered = await headerPart(body!, 'default');
    expect(numbered).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
    expect(numbered).toContain('<w:jc w:val="center"/>');
    expect(await headerPart(body!, 'first')).not.toContain('PAGE');
    expect(await headerPart(annex!, 'default')).toContain('PAGE');
  });

  it('turns "- " lines into a Word bullet list and keeps the signer block and recipients', async () => {
    const ctx = await openDemoCore();
    const { docx } = await demoDocx(ctx);
    const numbering = await docx.part('word/numbering.xml');
    expect(numbering).toContain('<w:numFmt w:val="bullet"/>');
    expect(numbering).toContain('<w:lvlText w:val="-"/>');
    const item = paragraphs(docx.document).find((p) => textOf(p).startsWith('Tổ chức hội nghị sơ kết quý I'))!;
    expect(item).toContain('<w:numPr>');
    const text = paragraphs(docx.document).map(textOf);
    for (const line of ['Nơi nhận:', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Việt Phú']) {
      expect(text).toContain(line);
    }
  });

  it('opens in a Word reader and carries names with markup characters as text', async () => {
    const ctx = await openDemoCore();
    await invoke(ctx, 'units:rename', { id: unitByCode(ctx, 'XA-LH').id, name: '<b>Xã "A" & B</b>' });
    const draft = await invoke(ctx, 'reports:draft', { year: 2023, period: 'Q2' });
    const { id, year: _y, period: _p, status: _s, issuedAt: _a, issuedBy: _b, updatedAt: _u, ...editable } = draft;
    // A control character pasted from another program would make Word refuse the whole file.
    await invoke(ctx, 'reports:save', {
      id,
      ...editable,
      prose: { ...draft.prose, results: 'Tiếng chuông\u0007 báo.' },
    });
    const file = await invoke(ctx, 'reports:export', { id, format: 'docx' });
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(file.contentBase64, 'base64') });
    expect(value).toContain('<b>Xã "A" & B</b>');
    expect(value).toContain('Tiếng chuông báo.');
    expect(value).toContain('Kết quả thực hiện chỉ tiêu thi đua quý II năm 2023');
    expect((await openDocx(file.contentBase64)).document).not.toContain('\u0007');
  });

  it('the CLI picks Word or Excel from the extension of --out', async () => {
    const dir = tempDir();
    const db = join(dir, 'demo.sqlite');
    const said: string[] = [];
    const io = { out: (t: string) => said.push(t), err: (t: string) => said.push(t) };
    expect(await runCli(['init', '--db', db, '--demo', 'huyen-2023'], io)).toBe(0);
    for (const name of ['bao-cao.docx', 'bao-cao.xlsx']) {
      const out = join(dir, name);
      expect(await runCli(['report', '--db', db, '--year', '2023', '--period', 'Q2', '--out', out], io)).toBe(0);
      const zip = await JSZip.loadAsync(readFileSync(out));
      expect(zip.file(name.endsWith('.docx') ? 'word/document.xml' : 'xl/workbook.xml'), name).not.toBeNull();
    }
    expect(
      await runCli(['report', '--db', db, '--year', '2023', '--period', 'Q2', '--out', join(dir, 'a.odt')], io),
    ).toBe(1);
    expect(said.at(-1)).toContain('.docx hoặc .xlsx');
  });
});
