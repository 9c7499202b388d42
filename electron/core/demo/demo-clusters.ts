import type { ScoreLayer } from '@shared/domain/cluster';
import type { CriterionDraft } from '@shared/scoring/criteria';
import type { CoreContext } from '../context';
import { copyCriteria, saveCluster, saveCriteria } from '../clusters/service';
import { openRound, saveNomination, saveScores } from '../scores/service';

/** The demo district's clusters: the communes in two cụm, the two departments in a khối. */
export const demoClusters = [
  { name: 'Cụm thi đua số 1', kind: 'cum', codes: ['TT-HHN', 'XA-LH', 'XA-HP', 'XA-MH', 'XA-MT'] },
  { name: 'Cụm thi đua số 2', kind: 'cum', codes: ['XA-MP', 'XA-MTH', 'XA-PM', 'XA-TH'] },
  { name: 'Khối các phòng, ban huyện', kind: 'khoi', codes: ['P-NNPTNT', 'P-VHTT'] },
] as const;

type Row = Omit<CriterionDraft, 'link'> & { indicator?: string };

/** 1.000 điểm = 950 nội dung + 50 thưởng, and up to 50 điểm trừ; two criteria scored from the plan's targets. */
const demoTable: readonly Row[] = [
  {
    level: 1,
    code: 'I',
    title: 'Thực hiện các chỉ tiêu phát triển kinh tế – xã hội',
    kind: 'noi_dung',
    maxPoints: 300,
  },
  { level: 2, code: '1', title: 'Sản lượng lúa', kind: 'noi_dung', maxPoints: 150, indicator: 'Sản lượng lúa' },
  {
    level: 2,
    code: '2',
    title: 'Giải quyết việc làm mới',
    kind: 'noi_dung',
    maxPoints: 150,
    indicator: 'Giải quyết việc làm mới',
  },
  { level: 1, code: 'II', title: 'Tổ chức các phong trào thi đua', kind: 'noi_dung', maxPoints: 400 },
  {
    level: 2,
    code: '3',
    title: 'Ban hành kế hoạch, phát động và ký kết giao ước thi đua',
    kind: 'noi_dung',
    maxPoints: 100,
  },
  {
    level: 2,
    code: '4',
    title: 'Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến',
    kind: 'noi_dung',
    maxPoints: 150,
  },
  {
    level: 2,
    code: '5',
    title: 'Phong trào "Vì người nghèo – Không để ai bị bỏ lại phía sau"',
    kind: 'noi_dung',
    maxPoints: 150,
  },
  {
    level: 1,
    code: 'III',
    title: 'Công tác khen thưởng và chế độ thông tin, báo cáo',
    kind: 'noi_dung',
    maxPoints: 250,
  },
  {
    level: 2,
    code: '6',
    title: 'Khen thưởng kịp thời, đúng đối tượng, đúng quy trình',
    kind: 'noi_dung',
    maxPoints: 150,
  },
  { level: 2, code: '7', title: 'Báo cáo đúng hạn, đủ nội dung', kind: 'noi_dung', maxPoints: 100 },
  { level: 1, code: 'IV', title: 'Điểm thưởng', kind: 'thuong', maxPoints: 50 },
  { level: 2, code: '8', title: 'Có mô hình mới, cách làm hay được cấp tỉnh công nhận', kind: 'thuong', maxPoints: 50 },
  { level: 1, code: 'V', title: 'Điểm trừ', kind: 'tru', maxPoints: 50 },
  { level: 2, code: '9', title: 'Để xảy ra vụ việc phức tạp, khiếu nại đông người', kind: 'tru', maxPoints: 50 },
];

/** Share of each manual criterion's maximum a unit gives itself, by the unit's place in its cluster. */
const selfShares = [0.96, 0.93, 0.9, 0.94, 0.88];
/** What the leader and then the council take off the unit's own score, in points per criterion. */
const leaderCut = [5, 3, 6, 0, 4];
const councilCut = [0, 2, 0, 3, 0];

/**
 * Seeds the demo clusters through the secretary's own services: members and leaders, the scoring table, and a
 * finished 2023 year-end round (three layers of scores, the peer nomination and the minutes) for each cụm.
 */
export function seedDemoClusters(ctx: CoreContext): void {
  const units = new Map(ctx.repos.units.all().map((u) => [u.code, u.id]));
  const indicators = new Map(ctx.repos.indicators.all().map((i) => [i.name, i.id]));
  const rows: CriterionDraft[] = demoTable.map(({ indicator, ...row }) => {
    const indicatorId = indicator === undefined ? undefined : indicators.get(indicator);
    return {
      ...row,
      link: indicatorId === undefined ? null : { indicatorId, rule: 'ty_le', zeroBelowPercent: 50 },
    };
  });
  const clusterIds = demoClusters.map((c) => {
    const memberIds = c.codes.map((code) => units.get(code)!);
    return saveCluster(
      ctx,
      {
        year: 2023,
        name: c.name,
        kind: c.kind,
        memberIds,
        leaderUnitId: memberIds[0]!,
        deputyUnitId: memberIds[1]!,
        note: 'Dữ liệu mẫu',
      },
      true,
    ).id;
  });
  saveCriteria(ctx, { clusterId: clusterIds[0]!, rows, reason: 'Dữ liệu mẫu' });
  copyCriteria(ctx, clusterIds[0]!, clusterIds[1]!);

  for (const clusterId of clusterIds.slice(0, 2)) {
    const round = openRound(ctx, clusterId, 'Y');
    const manual = round.criteria.filter((c) => c.leaf && c.link === null);
    round.cluster.members.forEach((member, i) => {
      const self = (max: number, kind: string) =>
        kind === 'tru'
          ? i === 2
            ? -10
            : 0
          : kind === 'thuong'
            ? i % 2 === 0
              ? 30
              : 0
            : Math.round(max * selfShares[i]!);
      const layer = (name: ScoreLayer, cut: number) =>
        saveScores(ctx, {
          roundId: round.id,
          unitId: member.unitId,
          layer: name,
          entries: manual.map((c) => {
            const own = self(c.maxPoints, c.kind);
            const points = c.kind === 'noi_dung' ? Math.max(0, own - cut) : own;
            return {
              criterionId: c.id,
              points,
              comment: cut > 0 && c.kind === 'noi_dung' ? 'Hồ sơ minh chứng chưa đầy đủ' : null,
            };
          }),
          reason: 'Dữ liệu mẫu',
        });
      layer('tu_cham', 0);
      layer('cum_cham', leaderCut[i]!);
      layer('hoi_dong', leaderCut[i]! + councilCut[i]!);
    });
    const ranked = openRound(ctx, clusterId, 'Y').units;
    const voters = ranked.length;
    saveNomination(ctx, {
      roundId: round.id,
      tieRule: ['nhieu_chi_tieu_vuot', 'nhieu_chi_tieu_dat'],
      nominations: [
        { award: 'co_thi_dua', unitId: ranked[0]!.unitId, votes: voters },
        { award: 'bang_khen', unitId: ranked[1]!.unitId, votes: voters - 1 },
      ],
      minutes: {
        meetingDate: '2023-12-20',
        meetingPlace: `trụ sở ${ranked.find((u) => u.unitId === round.cluster.leaderUnitId)?.name ?? ''}`.trim(),
        chair: 'Trần Văn Minh',
        recorder: 'Lê Thị Hồng',
        voters,
        note: null,
      },
    });
  }
}
