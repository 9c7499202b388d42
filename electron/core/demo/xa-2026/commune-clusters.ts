import type { ScoreLayer } from '@shared/domain/cluster';
import type { CriterionDraft } from '@shared/scoring/criteria';
import type { CoreContext } from '../../context';
import { copyCriteria, saveCluster, saveCriteria } from '../../clusters/service';
import { openRound, saveScores } from '../../scores/service';
import { demoAgencies, demoHamlets } from './commune-units';

type Row = Omit<CriterionDraft, 'link'>;

/** The hamlets' table (research §4.2): 100 points in four groups, up to 5 bonus points, deductions. */
const hamletTable: readonly Row[] = [
  { level: 1, code: 'I', title: 'Phát triển kinh tế', kind: 'noi_dung', maxPoints: 30 },
  { level: 2, code: '1.1', title: 'Sản lượng lúa vụ Đông Xuân so với kế hoạch vụ', kind: 'noi_dung', maxPoints: 10 },
  { level: 2, code: '1.2', title: 'Thu thuế hộ kinh doanh, đóng góp các quỹ', kind: 'noi_dung', maxPoints: 5 },
  { level: 2, code: '1.3', title: 'Mô hình sản xuất hiệu quả', kind: 'noi_dung', maxPoints: 5 },
  {
    level: 2,
    code: '1.4',
    title: 'Huy động đóng góp xây dựng đường giao thông nông thôn',
    kind: 'noi_dung',
    maxPoints: 10,
  },
  { level: 1, code: 'II', title: 'Văn hóa – xã hội', kind: 'noi_dung', maxPoints: 35 },
  { level: 2, code: '2.1', title: 'Giảm nghèo', kind: 'noi_dung', maxPoints: 10 },
  { level: 2, code: '2.2', title: 'Bảo hiểm y tế toàn dân', kind: 'noi_dung', maxPoints: 10 },
  { level: 2, code: '2.3', title: 'Đăng ký Gia đình văn hóa', kind: 'noi_dung', maxPoints: 5 },
  { level: 2, code: '2.4', title: 'Tiêm chủng, dinh dưỡng trẻ em', kind: 'noi_dung', maxPoints: 5 },
  { level: 2, code: '2.5', title: 'Huy động trẻ ra lớp', kind: 'noi_dung', maxPoints: 5 },
  { level: 1, code: 'III', title: 'Quốc phòng – an ninh', kind: 'noi_dung', maxPoints: 20 },
  { level: 2, code: '3.1', title: 'An ninh trật tự', kind: 'noi_dung', maxPoints: 10 },
  { level: 2, code: '3.2', title: 'Giao quân, dân quân', kind: 'noi_dung', maxPoints: 5 },
  { level: 2, code: '3.3', title: 'Phòng, chống ma túy', kind: 'noi_dung', maxPoints: 5 },
  { level: 1, code: 'IV', title: 'Xây dựng hệ thống chính trị ở ấp', kind: 'noi_dung', maxPoints: 15 },
  { level: 2, code: '4.1', title: 'Sinh hoạt chi bộ, chi hội', kind: 'noi_dung', maxPoints: 10 },
  { level: 2, code: '4.2', title: 'Báo cáo đúng hạn', kind: 'noi_dung', maxPoints: 5 },
  { level: 1, code: 'V', title: 'Điểm thưởng', kind: 'thuong', maxPoints: 5 },
  { level: 2, code: '5.1', title: 'Mô hình mới được xã công nhận', kind: 'thuong', maxPoints: 5 },
  { level: 1, code: 'VI', title: 'Điểm trừ', kind: 'tru', maxPoints: 5 },
  { level: 2, code: '6.1', title: 'Báo cáo trễ hạn; vụ việc khiếu nại vượt cấp', kind: 'tru', maxPoints: 5 },
];

/** The agencies' table: professional work 50, administrative reform 20, discipline 15, movements 15. */
const agencyTable: readonly Row[] = [
  { level: 1, code: 'I', title: 'Thực hiện nhiệm vụ chuyên môn', kind: 'noi_dung', maxPoints: 50 },
  { level: 2, code: '1', title: 'Hoàn thành chỉ tiêu, nhiệm vụ được giao', kind: 'noi_dung', maxPoints: 30 },
  { level: 2, code: '2', title: 'Chất lượng tham mưu, phối hợp', kind: 'noi_dung', maxPoints: 20 },
  { level: 1, code: 'II', title: 'Cải cách hành chính, chuyển đổi số', kind: 'noi_dung', maxPoints: 20 },
  { level: 2, code: '3', title: 'Giải quyết hồ sơ đúng hạn, đúng quy trình', kind: 'noi_dung', maxPoints: 10 },
  { level: 2, code: '4', title: 'Ứng dụng công nghệ thông tin, "Bình dân học vụ số"', kind: 'noi_dung', maxPoints: 10 },
  { level: 1, code: 'III', title: 'Kỷ luật, kỷ cương hành chính', kind: 'noi_dung', maxPoints: 15 },
  { level: 2, code: '5', title: 'Chấp hành giờ giấc, nội quy, quy chế làm việc', kind: 'noi_dung', maxPoints: 15 },
  { level: 1, code: 'IV', title: 'Tham gia phong trào thi đua', kind: 'noi_dung', maxPoints: 15 },
  { level: 2, code: '6', title: 'Đăng ký, tổ chức và sơ kết phong trào', kind: 'noi_dung', maxPoints: 15 },
];

/**
 * Mid-year 2026 results of the hamlets (research §4.3): the council's points per group, bonus and deduction, and the
 * totals the hamlet gave itself and the cluster leader gave it.
 */
const hamletResults: Readonly<Record<string, readonly number[]>> = {
  // I, II, III, IV, bonus, deduction, self total, cluster total
  'AP-CC': [26.5, 31, 18, 12, 3, 0, 92, 90.5],
  'AP-TLB': [23.5, 31, 19, 13.5, 3, 0, 93, 91],
  'AP-TTH': [25, 28.5, 18, 12, 3, 0, 88, 86.5],
  'AP-TLA': [28.5, 28.5, 16, 13, 0, 0, 89, 87],
  'AP-TD': [26.5, 27.5, 16, 12.5, 3, 1, 86, 85.5],
  'AP-SX': [23.5, 29, 17.5, 12, 2, 0, 87, 84],
  'AP-MTN': [26.5, 33, 18.5, 12.5, 0, 0, 93.5, 91.5],
  'AP-BT': [27.5, 27.5, 18.5, 12.5, 3, 1, 89.5, 89],
  'AP-MT': [26.5, 30.5, 16.5, 14, 0, 0, 90.5, 88],
  'AP-PL': [25.5, 29.5, 17.5, 14, 0, 0, 88, 87.5],
  'AP-RR': [24.5, 29.5, 19, 13, 0, 2, 87, 84.5],
  'AP-CTH': [28.5, 30, 19, 13, 2, 0, 94.5, 92.5],
  'AP-TT': [24.5, 29, 18.5, 13, 2, 0, 88, 88],
  'AP-PH': [25.5, 29, 16, 13, 3, 0, 88.5, 87],
  'AP-TL': [27.5, 30, 16.5, 12, 0, 0, 87, 86],
  'AP-CHO': [26, 31, 16.5, 11.5, 2, 2, 86.5, 85.5],
};

/** The clusters of 2026 with their leader and deputy (research §4.1). */
const communeClusters = [
  { name: 'Cụm 1 – Khu vực Mỹ Tú', kind: 'cum', codes: ['AP-TLA', 'AP-CC'], members: (c: number) => c === 1 },
  { name: 'Cụm 2 – Khu vực Mỹ Thuận', kind: 'cum', codes: ['AP-MT', 'AP-BT'], members: (c: number) => c === 2 },
  { name: 'Cụm 3 – Khu vực trung tâm', kind: 'cum', codes: ['AP-CHO', 'AP-CTH'], members: (c: number) => c === 3 },
] as const;

const communeBlocks = [
  { name: 'Khối 1 – Cơ quan chuyên môn', block: 1, codes: ['P-KT', 'VP'] },
  { name: 'Khối 2 – Mặt trận, đoàn thể', block: 2, codes: ['HLHPN', 'HND'] },
  { name: 'Khối 3 – Trường học, y tế', block: 3, codes: ['THCS-MT', 'TYT'] },
] as const;

/**
 * Splits a group's points over its leaves in half points, by their maxima, never above a leaf's maximum.
 * @example splitPoints(26.5, [10, 5, 5, 10]) → [9, 4.5, 4.5, 8.5]
 */
export function splitPoints(points: number, maxima: readonly number[]): number[] {
  const total = maxima.reduce((a, b) => a + b, 0);
  const parts = maxima.map((m) => Math.floor(((points * m) / total) * 2) / 2);
  let left = Math.round((points - parts.reduce((a, b) => a + b, 0)) * 2);
  for (let i = 0; left > 0 && i < 100; i += 1) {
    const j = i % parts.length;
    if (parts[j]! < maxima[j]!) {
      parts[j]! += 0.5;
      left -= 1;
    }
  }
  return parts;
}

/**
 * Seeds the cụm of hamlets and the khối of agencies with their tables and a finished mid-year 2026 round: every
 * member scored by itself, by its cluster leader and by the council.
 */
export function seedCommuneClusters(ctx: CoreContext): void {
  const units = new Map(ctx.repos.units.all().map((u) => [u.code, u.id]));
  const hamletClusterIds = communeClusters.map((c) => {
    const memberIds = demoHamlets.filter((h) => c.members(h.cluster)).map((h) => units.get(h.code)!);
    return saveCluster(
      ctx,
      {
        year: 2026,
        name: c.name,
        kind: c.kind,
        memberIds,
        leaderUnitId: units.get(c.codes[0])!,
        deputyUnitId: units.get(c.codes[1])!,
        note: 'Dữ liệu mẫu',
      },
      true,
    ).id;
  });
  const blockIds = communeBlocks.map((b) => {
    const memberIds = demoAgencies.filter((a) => a.block === b.block).map((a) => units.get(a.code)!);
    return saveCluster(
      ctx,
      {
        year: 2026,
        name: b.name,
        kind: 'khoi',
        memberIds,
        leaderUnitId: units.get(b.codes[0])!,
        deputyUnitId: units.get(b.codes[1])!,
        note: 'Dữ liệu mẫu',
      },
      true,
    ).id;
  });
  const withoutLinks = (rows: readonly Row[]): CriterionDraft[] => rows.map((r) => ({ ...r, link: null }));
  saveCriteria(ctx, { clusterId: hamletClusterIds[0]!, rows: withoutLinks(hamletTable), reason: 'Dữ liệu mẫu' });
  for (const id of hamletClusterIds.slice(1)) copyCriteria(ctx, hamletClusterIds[0]!, id);
  saveCriteria(ctx, { clusterId: blockIds[0]!, rows: withoutLinks(agencyTable), reason: 'Dữ liệu mẫu' });
  for (const id of blockIds.slice(1)) copyCriteria(ctx, blockIds[0]!, id);

  const codeOf = new Map([...units].map(([code, id]) => [id, code]));
  for (const clusterId of [...hamletClusterIds, ...blockIds]) {
    const round = openRound(ctx, clusterId, 'H1');
    const leaves = round.criteria.filter((c) => c.leaf);
    round.cluster.members.forEach((member, i) => {
      const code = codeOf.get(member.unitId)!;
      const result = hamletResults[code] ?? agencyResult(i);
      const final = scoreLeaves(leaves, result);
      const layer = (name: ScoreLayer, extra: number) =>
        saveScores(ctx, {
          roundId: round.id,
          unitId: member.unitId,
          layer: name,
          entries: addToContent(leaves, final, extra).map((points, k) => ({
            criterionId: leaves[k]!.id,
            points,
            comment:
              name === 'hoi_dong' && extra === 0 && points < leaves[k]!.maxPoints * 0.8 ? 'Chưa đạt yêu cầu' : null,
          })),
          reason: 'Dữ liệu mẫu',
        });
      const finalTotal = result[0]! + result[1]! + result[2]! + result[3]! + result[4]! - result[5]!;
      layer('tu_cham', result[6]! - finalTotal);
      layer('cum_cham', result[7]! - finalTotal);
      layer('hoi_dong', 0);
    });
  }
}

type Leaf = { kind: string; maxPoints: number; code: string };

/** An agency's mid-year result, spread by its place in the block (the leader first): 84–93 points. */
function agencyResult(index: number): number[] {
  const share = [0.93, 0.9, 0.88, 0.86, 0.84][index % 5]!;
  const group = (max: number) => Math.round(max * share * 2) / 2;
  const points = [group(50), group(20), group(15), group(15), 0, 0];
  const total = points.slice(0, 4).reduce((a, b) => a + b, 0);
  return [...points, total + 2, total + 1];
}

/** Each leaf's points from the group results: content groups split by maxima, then the bonus and the deduction. */
function scoreLeaves(leaves: readonly Leaf[], result: readonly number[]): number[] {
  const groups = ['1', '2', '3', '4'];
  const out = new Array<number>(leaves.length).fill(0);
  groups.forEach((g, gi) => {
    const idx = leaves
      .map((l, i) => ({ l, i }))
      .filter(({ l }) => l.kind === 'noi_dung' && (l.code.startsWith(`${g}.`) || groupOfAgency(l.code) === gi));
    const parts = splitPoints(
      result[gi]!,
      idx.map(({ l }) => l.maxPoints),
    );
    idx.forEach(({ i }, k) => (out[i] = parts[k]!));
  });
  leaves.forEach((l, i) => {
    if (l.kind === 'thuong') out[i] = result[4]!;
    if (l.kind === 'tru') out[i] = -result[5]!;
  });
  return out;
}

/** The agencies' table numbers its leaves 1–6: which group (0–3) each belongs to. */
function groupOfAgency(code: string): number {
  return ({ '1': 0, '2': 0, '3': 1, '4': 1, '5': 2, '6': 3 } as Record<string, number>)[code] ?? -1;
}

/** A self or cluster layer: the council's points plus `extra` spread over content leaves with room to spare. */
function addToContent(leaves: readonly Leaf[], base: readonly number[], extra: number): number[] {
  const out = [...base];
  let left = Math.round(extra * 2);
  for (let i = 0; left > 0 && i < leaves.length * 20; i += 1) {
    const j = i % leaves.length;
    if (leaves[j]!.kind === 'noi_dung' && out[j]! < leaves[j]!.maxPoints) {
      out[j]! += 0.5;
      left -= 1;
    }
  }
  return out;
}
