import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '@cli/run';
import { invoke } from '@core/dispatch/dispatch';
import type { RoundView } from '@shared/domain/cluster-round';
import { openDemoCore } from '../support/demo-core';
import { tempDir } from '../support/temp-core';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('clusters and scores on the command line', () => {
  it('clusters --json lists the year, scores --json gives criteria, three layers, totals and ranks', async () => {
    const db = join(tempDir(), 'demo.sqlite');
    expect((await cli('init', '--db', db, '--demo', 'huyen-2023')).code).toBe(0);
    const listed = await cli('clusters', '--db', db, '--year', '2023', '--json');
    expect(listed.code).toBe(0);
    const clusters = JSON.parse(listed.stdout) as Array<{ id: number; name: string }>;
    expect(clusters.map((c) => c.name)).toEqual(['Cụm thi đua số 1', 'Cụm thi đua số 2', 'Khối các phòng, ban huyện']);

    const scored = await cli('scores', '--db', db, '--cluster', String(clusters[1]!.id), '--round', '2023-Y', '--json');
    expect(scored.code).toBe(0);
    const round = JSON.parse(scored.stdout) as RoundView;
    expect(round.key).toBe('2023-Y');
    expect(round.criteria).toHaveLength(14);
    expect(round.units.map((u) => u.rank)).toEqual([1, 2, 3, 4]);
    expect(Object.keys(round.units[0]!.totals)).toEqual(['tu_cham', 'cum_cham', 'hoi_dong']);
    const finals = round.units.map((u) => u.final.total);
    expect([...finals].sort((a, b) => b - a)).toEqual(finals);

    const text = await cli('scores', '--db', db, '--cluster', String(clusters[1]!.id), '--round', '2023-Y');
    expect(text.stdout).toContain('Thang điểm 1.000 = 950 điểm nội dung + 50 điểm thưởng');
    const missing = await cli('scores', '--db', db, '--cluster', String(clusters[2]!.id), '--round', '2023-H1');
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('chưa có đợt chấm 2023-H1');
  });
});

describe('printed cluster documents', () => {
  it('the summary is A4 landscape, in the document format, units in rank order with their nomination', async () => {
    const ctx = await openDemoCore();
    const list = await invoke(ctx, 'clusters:list', { year: 2023 });
    const round = await invoke(ctx, 'scores:round', { roundId: list.clusters[0]!.rounds[0]!.id });
    const { html } = await invoke(ctx, 'scores:html', { roundId: round.id, document: 'tong_hop' });
    expect(html).toContain('size: A4 landscape');
    expect(html).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(html).toContain('CỤM THI ĐUA SỐ 1');
    const positions = round.units.map((u) => html.indexOf(u.name));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(html).toContain('Suy tôn Cờ thi đua (5/5 phiếu, đạt 100%)');
  });

  it('the scoring sheet shows each layer, the comments and the computed explanation; the minutes the vote', async () => {
    const ctx = await openDemoCore();
    const list = await invoke(ctx, 'clusters:list', { year: 2023 });
    const round = await invoke(ctx, 'scores:round', { roundId: list.clusters[0]!.rounds[0]!.id });
    const unit = round.units.find((u) => u.code === 'XA-LH')!;
    const sheet = await invoke(ctx, 'scores:html', { roundId: round.id, document: 'phieu_cham', unitId: unit.unitId });
    expect(sheet.html).toContain('PHIẾU CHẤM ĐIỂM THI ĐUA');
    expect(sheet.html).toContain('Sản lượng lúa đạt 54,6% kế hoạch, không đạt');
    expect(sheet.html).toContain('Cụm chấm: Hồ sơ minh chứng chưa đầy đủ');
    expect(sheet.html).toContain(`Xếp hạng ${unit.rank}/5`);
    const minutes = await invoke(ctx, 'scores:html', { roundId: round.id, document: 'bien_ban' });
    expect(minutes.html).toContain('ngày 20 tháng 12 năm 2023');
    expect(minutes.html).toContain(`Đề nghị tặng Cờ thi đua: ${round.units[0]!.name} (5/5 phiếu, đạt 100%).`);
    await expect(invoke(ctx, 'scores:pdf', { roundId: round.id, document: 'tong_hop' })).rejects.toThrow(
      'Chức năng này chỉ có',
    );
  });
});
