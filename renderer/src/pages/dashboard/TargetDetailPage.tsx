import { useState } from 'react';
import { Alert, Card, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { periodLabel, quarterToDate } from '@shared/domain/period';
import type { TargetEvaluation } from '@shared/evaluation/evaluate-plan';
import { phasingBasisLabels } from '@shared/i18n/vi-evaluation';
import { useApiQuery } from '@renderer/api/hooks';
import { navigateTo } from '@renderer/app/use-hash-route';
import { formatAmount, formatPercent } from '@renderer/format/evaluation-cells';
import { viDashboard } from '@renderer/i18n/vi-dashboard';
import { DashboardFilterBar } from './components/DashboardFilterBar';
import { PageFrame } from './components/PageFrame';
import { StatusTag } from './components/StatusTag';
import { ViewSwitch, type View } from './components/ViewSwitch';
import { unitDetailPath } from './dashboard-routes';
import { ProgressChart } from './graphs/ProgressChart';
import { UnitBarsChart } from './graphs/UnitBarsChart';
import { progressChart, type ProgressChartData, type ProgressRow } from './shape/progress-series';
import { numberTargets, targetRow } from './shape/target-rows';
import { unitBars, type UnitBar, type UnitBarsData } from './shape/unit-bars';
import { rankUnits, type RankedUnit, type UnitRanking } from './shape/unit-ranking';
import { useDashboardSummary } from './use-dashboard-summary';

const t = viDashboard.target;

function Facts({ target, stt }: { target: TargetEvaluation; stt: number }) {
  const row = targetRow(target, stt);
  const f = t.facts;
  const facts: [string, string][] = [
    [f.plan, row.plan],
    [f.ytd, row.ytd],
    [f.percentOfPlan, row.percentOfPlan],
    [f.expected, formatAmount(target.expected, target.decimals)],
    [f.samePeriod, row.samePeriodLastYear],
    [f.percentOfSamePeriod, row.percentOfLastYear],
  ];
  // Another ratio than % KH, under its own label: how much of a planned change was achieved, or how far under a cap.
  const change = target.comparator === 'increase' || target.comparator === 'decrease';
  const cap = target.comparator === 'lte' || target.comparator === 'lt';
  if ((change || cap) && target.completion !== null) {
    facts.push([change ? f.completion : f.capCompletion, formatPercent(target.completion)]);
  }
  if (row.ytdNote !== null) facts.push([f.ytdNote, row.ytdNote]);
  return (
    <Card>
      <Flex vertical gap="middle">
        <div>
          <StatusTag status={target.status} />
        </div>
        <dl className="dashboard-facts" data-testid="target-facts">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {target.phasing !== null && (
          <Typography.Text type="secondary">
            {t.phasing}: {phasingBasisLabels[target.phasing]}
          </Typography.Text>
        )}
      </Flex>
    </Card>
  );
}

function progressColumns(data: ProgressChartData, lastYear: number): TableColumnsType<ProgressRow> {
  const s = t.series;
  return [
    { key: 'quarter', title: t.progressColumns.quarter, dataIndex: 'label', width: 90 },
    { key: 'actual', title: s.actual, dataIndex: 'actualText', align: 'right' },
    ...(data.showExpected
      ? [{ key: 'expected', title: s.expected, dataIndex: 'expectedText', align: 'right' as const }]
      : []),
    { key: 'annualLevel', title: s.annualLevel, dataIndex: 'annualLevelText', align: 'right' },
    { key: 'lastYear', title: s.lastYear(lastYear), dataIndex: 'lastYearText', align: 'right' },
    {
      key: 'note',
      title: t.progressColumns.note,
      render: (_, row) => (row.afterPeriod ? t.afterPeriod : ''),
    },
  ];
}

function ProgressCard({ target, year, quarter }: { target: TargetEvaluation; year: number; quarter: 1 | 2 | 3 | 4 }) {
  const [view, setView] = useState<View>('chart');
  const series = useApiQuery('dashboard:series', { year, targetId: target.targetId });
  const data = series.data ? progressChart(series.data, target, quarter) : null;
  return (
    <Card
      title={t.progressTitle}
      extra={
        data?.hasNumbers && (
          <ViewSwitch
            value={view}
            onChange={setView}
            chartLabel={t.viewChart}
            tableLabel={t.viewTable}
            name={t.progressTitle}
          />
        )
      }
    >
      {series.isError && (
        <Alert type="error" showIcon title={viDashboard.loadFailed} description={series.error.message} />
      )}
      {data && !data.hasNumbers && <Typography.Text>{t.noChart}</Typography.Text>}
      {data?.hasNumbers && (
        <figure className="dashboard-chart">
          <figcaption>{t.progressCaption(target.unit ?? '')}</figcaption>
          {view === 'chart' ? (
            <ProgressChart data={data} decimals={target.decimals} lastYear={year - 1} />
          ) : (
            <Table<ProgressRow>
              columns={progressColumns(data, year - 1)}
              dataSource={data.rows}
              rowKey="quarter"
              pagination={false}
              size="small"
              bordered
              data-testid="progress-table"
            />
          )}
        </figure>
      )}
    </Card>
  );
}

const c = t.unitColumns;
const unitLink = (unitId: number, name: string) => (
  <a href={`#${unitDetailPath(unitId)}`} title={t.openUnit(name)}>
    {name}
  </a>
);
const statusCell = (status: RankedUnit['status']) =>
  status === null ? viDashboard.empty : <StatusTag status={status} />;

function unitColumns(data: UnitBarsData): TableColumnsType<UnitBar> {
  return [
    { key: 'unit', title: c.unit, render: (_, row) => unitLink(row.unitId, row.name) },
    { key: 'ytd', title: c.ytd, dataIndex: 'valueText', align: 'right' },
    ...(data.hasOwnTargets
      ? ([
          { key: 'ownTarget', title: c.ownTarget, dataIndex: 'ownTargetText', align: 'right' },
          { key: 'percent', title: c.percent, dataIndex: 'percentText', align: 'right' },
          { key: 'status', title: c.status, render: (_, row) => statusCell(row.status) },
        ] satisfies TableColumnsType<UnitBar>)
      : []),
  ];
}

/** Bars of the units' figures; a yes-no figure per unit (communes meeting a standard) is left to the ranking list. */
function UnitsCard({ target }: { target: TargetEvaluation }) {
  const [view, setView] = useState<View>('chart');
  const data = unitBars(target);
  if (data.yesNo) return null;
  const shownView = data.chartable ? view : 'table';
  return (
    <Card
      title={t.unitsTitle}
      extra={
        data.chartable && (
          <ViewSwitch
            value={view}
            onChange={setView}
            chartLabel={t.viewChart}
            tableLabel={t.viewTable}
            name={t.unitsTitle}
          />
        )
      }
    >
      {data.rows.length === 0 ? (
        <Typography.Text>{t.unitsNone}</Typography.Text>
      ) : (
        <figure className="dashboard-chart">
          <figcaption>{t.unitsCaption}</figcaption>
          {shownView === 'chart' ? (
            <UnitBarsChart
              data={data}
              decimals={target.decimals}
              onOpenUnit={(unitId) => navigateTo(unitDetailPath(unitId))}
            />
          ) : (
            <Table<UnitBar>
              columns={unitColumns(data)}
              dataSource={data.rows}
              rowKey="unitId"
              pagination={false}
              size="small"
              bordered
            />
          )}
        </figure>
      )}
    </Card>
  );
}

function rankingColumns(ranking: UnitRanking): TableColumnsType<RankedUnit> {
  const rank = {
    key: 'rank',
    title: t.rankColumn,
    width: 70,
    align: 'center' as const,
    render: (_: unknown, row: RankedUnit) => row.rank ?? viDashboard.empty,
  };
  const unit = { key: 'unit', title: c.unit, render: (_: unknown, row: RankedUnit) => unitLink(row.unitId, row.name) };
  if (ranking.basis === 'achieved') return [unit, { key: 'achieved', title: c.achieved, dataIndex: 'valueText' }];
  return [
    rank,
    unit,
    { key: 'ytd', title: c.ytd, dataIndex: 'valueText', align: 'right' },
    ...(ranking.hasOwnTargets
      ? ([
          { key: 'ownTarget', title: c.ownTarget, dataIndex: 'ownTargetText', align: 'right' },
          { key: 'percent', title: c.percent, dataIndex: 'percentText', align: 'right' },
          { key: 'status', title: c.status, render: (_, row) => statusCell(row.status) },
        ] satisfies TableColumnsType<RankedUnit>)
      : []),
  ];
}

function RankingCard({ target }: { target: TargetEvaluation }) {
  const ranking = rankUnits(target);
  if (ranking.rows.length === 0) return null;
  return (
    <Card title={t.rankingTitle}>
      <Flex vertical gap="small">
        <Typography.Text type="secondary">{t.rankingBasis[ranking.basis]}</Typography.Text>
        <Table<RankedUnit>
          columns={rankingColumns(ranking)}
          dataSource={ranking.rows}
          rowKey="unitId"
          pagination={false}
          size="small"
          bordered
          data-testid="unit-ranking"
        />
      </Flex>
    </Card>
  );
}

/** One target: its figures, its progress through the year, and how each unit stands. */
export function TargetDetailPage({ targetId }: { targetId: number }) {
  const { filters, update, summary, settling } = useDashboardSummary();
  const data = summary.data;
  const targets = data?.evaluation.targets ?? [];
  const target = targets.find((x) => x.targetId === targetId);
  const stt = numberTargets(targets).get(targetId) ?? 0;
  const period = periodLabel(filters.period, filters.year);
  return (
    <PageFrame
      back
      title={target ? target.indicator : viDashboard.nav}
      subtitle={target ? `${period}${target.unit ? ` · ${target.unit}` : ''}` : undefined}
      filters={
        data && data.years.length > 0 && <DashboardFilterBar filters={filters} years={data.years} onChange={update} />
      }
      loading={summary.isPending || settling}
      busy={summary.isPlaceholderData}
      periodKey={data?.evaluation.periodKey}
      error={summary.isError ? summary.error.message : null}
    >
      {data && !target && <Alert type="warning" showIcon title={t.notFound(targetId, filters.year)} />}
      {target && (
        <>
          <Facts target={target} stt={stt} />
          <ProgressCard target={target} year={filters.year} quarter={quarterToDate(filters.period)} />
          <UnitsCard target={target} />
          <RankingCard target={target} />
        </>
      )}
    </PageFrame>
  );
}
