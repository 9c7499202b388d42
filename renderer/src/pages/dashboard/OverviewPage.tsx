import { Alert, Card } from 'antd';
import { periodLabel, periodShortLabels, quarterToDate } from '@shared/domain/period';
import { indicatorGroupLabels } from '@shared/domain/target-form';
import { formatShare } from '@renderer/format/evaluation-cells';
import { BackupHealthBanner } from '@renderer/pages/settings/BackupHealthNotice';
import { viDashboard } from '@renderer/i18n/vi-dashboard';
import { DashboardFilterBar } from './components/DashboardFilterBar';
import { EarlyWarnings } from './components/EarlyWarnings';
import { GettingStarted } from './components/GettingStarted';
import { PageFrame } from './components/PageFrame';
import { StatusSummary } from './components/StatusSummary';
import { TargetsTable } from './components/TargetsTable';
import { UnitHeatmap } from './components/UnitHeatmap';
import { buildHeatmap } from './shape/heatmap';
import type { DashboardFilters } from './filters';
import {
  fieldsWithTargets,
  fieldSummary,
  groupTargetRows,
  inField,
  numberTargets,
  type FieldFilter,
} from './shape/target-rows';
import { describeWarnings } from './shape/warnings';
import { useDashboardSummary } from './use-dashboard-summary';

const t = viDashboard.overview;

/** Tổng quan: the headline, the status counts, early warnings, every target's row and the units' heatmap. */
export function OverviewPage() {
  const { filters, update, summary, settling } = useDashboardSummary();
  const data = summary.data;
  const targets = data?.evaluation.targets ?? [];
  const fields = fieldsWithTargets(targets);
  const field: FieldFilter = filters.field !== 'all' && fields.includes(filters.field) ? filters.field : 'all';
  const shownFilters: DashboardFilters = { ...filters, field };
  const inFieldSummary = data ? fieldSummary(targets, field, data.evaluation.yearEnd) : null;

  const filterBar = data && data.years.length > 0 && (
    <DashboardFilterBar filters={shownFilters} years={data.years} fields={fields} onChange={update} />
  );

  return (
    <PageFrame
      title={t.title}
      subtitle={data && data.years.length > 0 ? t.subtitle(periodLabel(filters.period, filters.year)) : undefined}
      filters={filterBar}
      loading={summary.isPending || settling}
      busy={summary.isPlaceholderData}
      periodKey={data?.evaluation.periodKey}
      error={summary.isError ? summary.error.message : null}
    >
      <BackupHealthBanner />
      <GettingStarted />
      {data && data.years.length === 0 && <Alert type="info" showIcon title={t.noPlan} />}
      {data && data.years.length > 0 && targets.length === 0 && (
        <Alert type="info" showIcon title={t.noTargets(filters.year)} />
      )}
      {data && targets.length > 0 && (
        <>
          <StatusSummary
            headline={data.evaluation.headline}
            fieldLine={field === 'all' ? null : t.fieldHeadline(indicatorGroupLabels[field], inFieldSummary!.sentence)}
            counts={inFieldSummary!.counts}
          />
          <EarlyWarnings
            warnings={describeWarnings(data.warnings, targets, field)}
            margin={formatShare(data.behindMargin)}
            quarter={periodShortLabels[`Q${quarterToDate(filters.period)}`]}
          />
          <Card title={viDashboard.table.title}>
            <section aria-label={viDashboard.table.region}>
              <TargetsTable groups={groupTargetRows(targets, field)} />
              <p className="dashboard-note">{t.estimatedNote}</p>
            </section>
          </Card>
          <UnitHeatmap heatmap={buildHeatmap(inField(targets, field), data.units, numberTargets(targets))} />
        </>
      )}
    </PageFrame>
  );
}
