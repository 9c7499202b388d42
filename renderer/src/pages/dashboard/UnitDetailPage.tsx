import { Alert, Card, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { periodLabel, periodShortLabels, quarterToDate } from '@shared/domain/period';
import { evaluationStatuses } from '@shared/evaluation/status';
import { viDashboard } from '@renderer/i18n/vi-dashboard';
import { DashboardFilterBar } from './components/DashboardFilterBar';
import { ClusterStanding } from './components/ClusterStanding';
import { PageFrame } from './components/PageFrame';
import { StatusTag } from './components/StatusTag';
import { targetDetailPath } from './dashboard-routes';
import { unitDetail, type UnitTargetRow } from './shape/unit-detail';
import { useDashboardSummary } from './use-dashboard-summary';

const t = viDashboard.unit;
const c = t.columns;

type Line =
  { kind: 'group'; key: string; numeral: string; label: string } | ({ kind: 'target'; key: string } & UnitTargetRow);

const merged = (line: Line) => (line.kind === 'group' ? { colSpan: 0 } : {});
const cell = (key: 'unit' | 'ownTarget' | 'ytd' | 'percent' | 'rank', title: string, align?: 'right' | 'center') => ({
  key,
  title,
  align,
  onCell: merged,
  render: (_: unknown, line: Line) => (line.kind === 'target' ? line[key] : null),
});

const columns: TableColumnsType<Line> = [
  {
    key: 'stt',
    title: c.stt,
    align: 'center',
    width: 52,
    render: (_, line) => (line.kind === 'group' ? <strong>{line.numeral}</strong> : line.stt),
  },
  {
    key: 'indicator',
    title: c.indicator,
    onCell: (line) => (line.kind === 'group' ? { colSpan: 8 } : {}),
    render: (_, line) =>
      line.kind === 'group' ? (
        <strong>{line.label}</strong>
      ) : (
        <a href={`#${targetDetailPath(line.targetId)}`}>{line.indicator}</a>
      ),
  },
  { ...cell('unit', c.measure), width: 90 },
  { ...cell('ownTarget', c.ownTarget, 'right'), width: 110 },
  { ...cell('ytd', c.ytd, 'right'), width: 130 },
  { ...cell('percent', c.percent, 'right'), width: 100 },
  {
    key: 'status',
    title: c.status,
    width: 150,
    onCell: merged,
    render: (_, line) =>
      line.kind !== 'target' ? null : line.status === null ? (
        <Typography.Text type="secondary">{t.noOwnTarget}</Typography.Text>
      ) : (
        <StatusTag status={line.status} />
      ),
  },
  { ...cell('rank', c.rank, 'center'), width: 90 },
];

/**
 * One unit: its cluster and rank in the cluster's scoring rounds, then every target where it has an allocation or
 * figures, with its own target, % and status.
 */
export function UnitDetailPage({ unitId }: { unitId: number }) {
  const { filters, update, summary, settling } = useDashboardSummary();
  const data = summary.data;
  const detail = data ? unitDetail(data.evaluation.targets, unitId) : null;
  const known = data?.units.find((u) => u.id === unitId);
  const name = detail?.name ?? known?.name ?? null;
  const quarter = periodShortLabels[`Q${quarterToDate(filters.period)}`];
  const silent = data?.warnings.some((w) => w.kind === 'no_figures' && w.unitId === unitId) ?? false;
  const lines: Line[] =
    detail?.groups.flatMap((group): Line[] => [
      { kind: 'group', key: `group-${group.group}`, numeral: group.numeral, label: group.label },
      ...group.rows.map((row): Line => ({ kind: 'target', key: `target-${row.targetId}`, ...row })),
    ]) ?? [];
  const own = detail?.ownCounts;

  return (
    <PageFrame
      back
      title={name ?? viDashboard.nav}
      subtitle={name ? t.subtitle(periodLabel(filters.period, filters.year)) : undefined}
      filters={
        data && data.years.length > 0 && <DashboardFilterBar filters={filters} years={data.years} onChange={update} />
      }
      loading={summary.isPending || settling}
      busy={summary.isPlaceholderData}
      periodKey={data?.evaluation.periodKey}
      error={summary.isError ? summary.error.message : null}
    >
      {data && name === null && <Alert type="warning" showIcon title={t.notFound(unitId)} />}
      {silent && <Alert type="warning" showIcon title={t.noFigures(quarter)} />}
      {data && name !== null && <ClusterStanding year={filters.year} unitId={unitId} />}
      {data && name !== null && (
        <Card>
          <Flex vertical gap="middle">
            <Typography.Text type="secondary">{t.intro}</Typography.Text>
            {own !== undefined && own.total > 0 && (
              <Flex gap="small" wrap align="center" data-testid="unit-own-counts">
                <Typography.Text>{t.ownCounts(own.total)}</Typography.Text>
                {evaluationStatuses
                  .filter((status) => own[status] > 0)
                  .map((status) => (
                    <StatusTag key={status} status={status} count={own[status]} />
                  ))}
              </Flex>
            )}
            {lines.length === 0 ? (
              <Typography.Text>{t.none}</Typography.Text>
            ) : (
              <Table<Line>
                columns={columns}
                dataSource={lines}
                rowKey="key"
                pagination={false}
                size="small"
                bordered
                rowClassName={(line) => (line.kind === 'group' ? 'dashboard-group-row' : '')}
                data-testid="unit-targets"
              />
            )}
          </Flex>
        </Card>
      )}
    </PageFrame>
  );
}
