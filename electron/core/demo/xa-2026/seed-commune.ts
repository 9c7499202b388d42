import { plansChannels } from '@shared/contract/plans';
import { isoNow, type CoreContext } from '../../context';
import { audit } from '../../audit/audit-helpers';
import { saveFigures } from '../../figures/service';
import { importPlan } from '../../plans/plan-import';
import { updatePlan } from '../../plans/service';
import { openDraft, saveDraft } from '../../reports/service';
import { saveCouncilProfile } from '../../settings/service';
import { createUnit, mergeUnits, renameUnit, retireUnit } from '../../units/service';
import { seedCommuneAwards } from './commune-awards';
import { seedCommuneClusters } from './commune-clusters';
import { communeFigureEntries, communeQuarters } from './commune-figures';
import { communeMovements, communePlanHeader, communePlanText } from './commune-plan';
import { communeTargets } from './commune-targets';
import { communeCouncil, demoAgencies, demoFormerUnits, demoHamlets } from './commune-units';

const reason = 'Dữ liệu mẫu';

/** The units: hamlets (three renamed from the former town's khóm), agencies, and the units the merger ended. */
function seedUnits(ctx: CoreContext): Map<string, number> {
  const ids = new Map<string, number>();
  const add = (code: string, name: string, kind: Parameters<typeof createUnit>[1]['kind']) =>
    ids.set(code, createUnit(ctx, { code, name, kind, parentId: null, validFrom: null, note: reason, demo: true }).id);
  for (const h of demoHamlets) add(h.code, h.formerName ?? h.name, 'thon');
  for (const a of demoAgencies) add(a.code, a.name, a.kind);
  for (const f of demoFormerUnits) add(f.code, f.name, f.kind);
  for (const h of demoHamlets) {
    if (h.formerName) {
      renameUnit(ctx, {
        id: ids.get(h.code)!,
        name: h.name,
        reason: 'Đổi khóm thành ấp từ ngày 01/10/2025 (dữ liệu mẫu)',
      });
    }
  }
  for (const f of demoFormerUnits) {
    if ('dissolved' in f.how) {
      retireUnit(ctx, {
        id: ids.get(f.code)!,
        validTo: f.end,
        dissolved: true,
        reason: 'Giải thể sau sắp xếp (dữ liệu mẫu)',
      });
    } else {
      mergeUnits(ctx, {
        sourceIds: [ids.get(f.code)!],
        intoId: ids.get(f.how.mergedInto)!,
        date: f.end,
        reason: 'Sắp xếp đơn vị hành chính (dữ liệu mẫu)',
      });
    }
  }
  return ids;
}

/**
 * Seeds the 2026 commune through the secretary's own services: the council (commune level), its units, the 2026
 * plan (its text stored as the source, its targets seeded row by row, not through the plan reader), figures for 2025
 * and Q1–Q3 2026, the clusters with a scored mid-year round, a Q3 report draft and the commendation registry.
 */
export function seedCommuneDemo(ctx: CoreContext): void {
  saveCouncilProfile(ctx, communeCouncil);
  const unitIds = seedUnits(ctx);
  const movementIds = communeMovements.map((m) => {
    const created = ctx.repos.movements.insert({ ...m, description: reason, demo: true }, isoNow(ctx));
    audit(ctx, 'movement', created.id, null, created);
    return created.id;
  });
  const payload = plansChannels['plans:import'].input.parse({
    header: communePlanHeader,
    sourceText: communePlanText(),
    targets: communeTargets.map(({ figures: _figures, ...row }) => row),
    movementIds,
  });
  const plan = importPlan(ctx, payload, true);
  updatePlan(ctx, { ...communePlanHeader, id: plan.id, status: 'ban_hanh', movementIds });

  const indicators = new Map(ctx.repos.indicators.all().map((i) => [i.name, i.id]));
  for (const q of communeQuarters) {
    const entries = communeTargets.flatMap((t) =>
      t.figures === null ? [] : communeFigureEntries(indicators.get(t.newIndicator!.name)!, t.figures, q, unitIds),
    );
    saveFigures(ctx, { year: q.year, quarter: q.quarter, entries, reason });
  }
  seedCommuneClusters(ctx);
  const draft = openDraft(ctx, 2026, 'Q3');
  saveDraft(ctx, {
    id: draft.id,
    documentNumber: '95',
    issuedOn: '2026-10-05',
    prose: {
      ...draft.prose,
      direction: [
        'Quý III năm 2026, Hội đồng Thi đua – Khen thưởng xã tham mưu Ủy ban nhân dân xã chỉ đạo các ấp, cơ quan, ' +
          'đoàn thể tiếp tục thực hiện các chỉ tiêu thi đua năm 2026, gắn với việc kiện toàn bộ máy sau sắp xếp. Kết quả nổi bật:',
        '- Tổ chức sơ kết 6 tháng phong trào thi đua theo cụm ấp và khối cơ quan (tháng 7/2026);',
        '- Khen thưởng kịp thời giáo viên đạt Chiến sĩ thi đua cơ sở năm học 2025 – 2026;',
        '- Phát động đợt thi đua cao điểm "Vì người nghèo – Không để ai bị bỏ lại phía sau".',
      ].join('\n'),
      results:
        'Vụ lúa Hè Thu 2026 thu hoạch đạt khá; thu ngân sách đạt tiến độ. Số liệu đánh dấu (*) là số ước tính của quý III, ' +
        'sẽ được cập nhật khi có số liệu chính thức.',
      nextSteps: [
        '- Chỉ đạo xuống giống vụ Thu Đông đúng lịch thời vụ;',
        '- Đẩy nhanh các chỉ tiêu còn chậm: bảo hiểm y tế, giảm nghèo, ấp văn hóa;',
        '- Chuẩn bị tổng kết năm 2026, bình xét khen thưởng theo Nghị định số 152/2025/NĐ-CP.',
      ].join('\n'),
    },
    recipients: draft.recipients,
    // Since 1/7/2025 a commune reports to the province, whose Ban Thi đua – Khen thưởng sits in the Sở Nội vụ.
    addressees: ['Sở Nội vụ thành phố Cần Thơ'],
  });
  seedCommuneAwards(ctx);
}
