import { useMemo, useState } from 'react';
import { Alert, Flex, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { PlanSummary } from '@shared/contract/plans';
import { useApiQuery } from '@renderer/api/hooks';
import { formatIsoDate } from '@renderer/format/dates';
import { viPlans } from '@renderer/i18n/vi-plans';
import { planDetailPath } from '../plan-routes';
import { planYears, plansOfYear } from './plan-list';

const t = viPlans.list;

/** Plans with their number, date, year, count of whole-area targets and status; the title opens the plan. */
export function PlansPanel() {
  const plans = useApiQuery('plans:list', {});
  const [year, setYear] = useState<number | null>(null);
  const all = useMemo(() => plans.data ?? [], [plans.data]);
  const shown = useMemo(() => plansOfYear(all, year), [all, year]);
  const c = t.columns;

  const columns: TableColumnsType<PlanSummary> = [
    {
      key: 'number',
      title: c.number,
      dataIndex: 'number',
      width: 140,
      render: (n: string | null) => n ?? viPlans.common.none,
    },
    {
      key: 'issuedOn',
      title: c.issuedOn,
      dataIndex: 'issuedOn',
      width: 120,
      render: (d: string | null) => (d ? formatIsoDate(d) : viPlans.common.none),
    },
    {
      key: 'title',
      title: c.title,
      dataIndex: 'title',
      render: (title: string, plan) => <a href={`#${planDetailPath(plan.id)}`}>{title}</a>,
    },
    { key: 'year', title: c.year, dataIndex: 'year', width: 80 },
    { key: 'targetCount', title: c.targetCount, dataIndex: 'targetCount', width: 120, align: 'right' },
    {
      key: 'status',
      title: c.status,
      dataIndex: 'status',
      width: 140,
      render: (status: PlanSummary['status']) => (
        <Tag color={status === 'ban_hanh' ? 'green' : 'default'}>{viPlans.status.values[status]}</Tag>
      ),
    },
  ];

  return (
    <Flex vertical gap="middle">
      <Flex gap="middle" align="center" wrap>
        <label htmlFor="plan-year-filter">{t.yearFilter}</label>
        <Select<number | 'all'>
          id="plan-year-filter"
          value={year ?? 'all'}
          style={{ width: 200 }}
          options={[
            { value: 'all', label: t.allYears },
            ...planYears(all).map((y) => ({ value: y, label: String(y) })),
          ]}
          onChange={(choice) => setYear(choice === 'all' ? null : choice)}
        />
        {plans.isSuccess && <Typography.Text type="secondary">{t.count(shown.length)}</Typography.Text>}
      </Flex>
      {plans.isError && (
        <Alert type="error" showIcon title={viPlans.common.loadFailed} description={plans.error.message} />
      )}
      <Table<PlanSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={shown}
        loading={plans.isFetching}
        locale={{ emptyText: year === null ? t.empty : t.emptyYear(year) }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      />
    </Flex>
  );
}
