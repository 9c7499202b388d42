import { useState } from 'react';
import { Card, Empty, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { evaluationStatuses } from '@shared/evaluation/status';
import { evaluationStatusLabels } from '@shared/i18n/vi-evaluation';
import { viDashboard } from '@renderer/i18n/vi-dashboard';
import { targetDetailPath, unitDetailPath } from '../dashboard-routes';
import { heatmapTableRows, type Heatmap, type HeatmapTableRow } from '../shape/heatmap';
import { toneColors, type HeatmapTone } from '../shape/status-scale';
import { StatusTag, statusIcons } from './StatusTag';
import { ViewSwitch, type View } from './ViewSwitch';

const t = viDashboard.heatmap;

function toneLabel(tone: HeatmapTone): string {
  return tone === 'no_target' || tone === 'no_data' ? t.tones[tone] : evaluationStatusLabels[tone];
}

function HeatmapGrid({ heatmap }: { heatmap: Heatmap }) {
  return (
    <div className="dashboard-heatmap-scroll">
      <table className="dashboard-heatmap" data-testid="unit-heatmap">
        <thead>
          <tr>
            <th scope="col" className="dashboard-heatmap-corner">
              {t.unitColumn}
            </th>
            {heatmap.columns.map((column) => (
              <th key={column.targetId} scope="col" title={`${column.stt}. ${column.indicator}`}>
                <a href={`#${targetDetailPath(column.targetId)}`} className="dashboard-heatmap-colhead">
                  {column.stt}. {column.indicator}
                </a>
                <div className="dashboard-heatmap-measure">{column.unit}</div>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {heatmap.rows.map((row) => (
            <tr key={row.unitId}>
              <th scope="row">
                <a href={`#${unitDetailPath(row.unitId)}`}>{row.name}</a>
              </th>
              {row.cells.map((cell, i) => {
                const colors = toneColors[cell.tone];
                const column = heatmap.columns[i]!;
                const status = cell.status === null ? null : evaluationStatusLabels[cell.status];
                return (
                  <td
                    key={cell.targetId}
                    title={t.cellTitle(row.name, column.indicator, cell.text, status, cell.estimated)}
                    style={{ background: colors.background, color: colors.text, borderColor: colors.border }}
                  >
                    {cell.status !== null && <span className="dashboard-heatmap-icon">{statusIcons[cell.status]}</span>}
                    {cell.estimated ? <i>{cell.text}</i> : cell.text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function HeatmapLegend() {
  const swatch = (tone: HeatmapTone) => ({
    background: toneColors[tone].background,
    color: toneColors[tone].text,
    borderColor: toneColors[tone].border,
  });
  return (
    <Flex gap="small" wrap align="center" role="list" aria-label={t.legendLabel} className="dashboard-legend">
      <Typography.Text strong>{t.legendLabel}:</Typography.Text>
      {evaluationStatuses.map((status) => (
        <span key={status} role="listitem">
          <StatusTag status={status} />
        </span>
      ))}
      {(['no_target', 'no_data'] as const).map((tone) => (
        <span key={tone} role="listitem" className="dashboard-legend-swatch" style={swatch(tone)}>
          {toneLabel(tone)}
        </span>
      ))}
      <span role="listitem">
        <i>{t.estimatedLegendSample}</i> {t.estimatedLegend}
      </span>
    </Flex>
  );
}

const c = t.tableColumns;
const tableColumns: TableColumnsType<HeatmapTableRow> = [
  {
    key: 'unit',
    title: c.unit,
    width: 200,
    onCell: (row) => ({ rowSpan: row.unitRowSpan }),
    render: (_, row) => <a href={`#${unitDetailPath(row.unitId)}`}>{row.unitName}</a>,
  },
  { key: 'indicator', title: c.indicator, dataIndex: 'indicator' },
  { key: 'measure', title: c.measure, dataIndex: 'unit', width: 90 },
  { key: 'ytd', title: c.ytd, dataIndex: 'ytd', align: 'right', width: 120 },
  { key: 'ownTarget', title: c.ownTarget, dataIndex: 'ownTarget', align: 'right', width: 110 },
  { key: 'percent', title: c.percent, dataIndex: 'percent', align: 'right', width: 100 },
  {
    key: 'status',
    title: c.status,
    width: 150,
    render: (_, row) => (row.status === null ? viDashboard.empty : <StatusTag status={row.status} />),
  },
];

/** Units × targets: the colour says how each unit stands, the number and icon say it too. */
export function UnitHeatmap({ heatmap }: { heatmap: Heatmap }) {
  const [view, setView] = useState<View>('chart');
  const empty = heatmap.columns.length === 0 || heatmap.rows.length === 0;
  return (
    <Card
      title={t.title}
      extra={
        !empty && (
          <ViewSwitch
            value={view}
            onChange={setView}
            chartLabel={t.viewChart}
            tableLabel={t.viewTable}
            name={t.region}
          />
        )
      }
    >
      <section aria-label={t.region}>
        {empty ? (
          <Empty description={t.empty} />
        ) : (
          <Flex vertical gap="middle">
            <Typography.Text type="secondary">{t.intro}</Typography.Text>
            {view === 'chart' ? (
              <>
                <HeatmapGrid heatmap={heatmap} />
                <HeatmapLegend />
              </>
            ) : (
              <Table<HeatmapTableRow>
                columns={tableColumns}
                dataSource={heatmapTableRows(heatmap)}
                rowKey="key"
                pagination={false}
                size="small"
                bordered
                data-testid="unit-heatmap-table"
              />
            )}
          </Flex>
        )}
      </section>
    </Card>
  );
}
