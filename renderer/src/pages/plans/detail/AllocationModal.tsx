import { useMemo, useState } from 'react';
import { Alert, App, Descriptions, Flex, Modal, Spin, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { numberText } from '@renderer/format/number-text';
import { viPlans } from '@renderer/i18n/vi-plans';
import { NumberTextInput } from '../components/NumberTextInput';
import { describeTarget } from '../describe-target';
import { takesMax } from '../options';
import {
  allocationAdditivity,
  allocationBalance,
  allocationRowsFrom,
  allocationsInput,
  readAllocations,
  type AllocationRow,
} from './allocation';
import { ReasonField } from './ReasonField';
import type { TargetLine } from './target-groups';

const a = viPlans.allocation;

/**
 * Giao chỉ tiêu cho đơn vị: each active unit with its share of the whole-area target, the units' total against
 * the area's figure when they add up, and one `targets:saveAllocations` for all of them.
 */
export function AllocationModal({ line, onClose }: { line: TargetLine; onClose: () => void }) {
  const active = useApiQuery('units:list', { includeRetired: false });
  const all = useApiQuery('units:list', { includeRetired: true });
  if (active.isPending || all.isPending) {
    return (
      <Modal open title={a.title(line.indicator.name)} footer={null} onCancel={onClose}>
        <Spin />
      </Modal>
    );
  }
  if (active.isError || all.isError) {
    const error = active.error ?? all.error;
    return (
      <Modal open title={a.title(line.indicator.name)} footer={null} onCancel={onClose}>
        <Alert type="error" showIcon title={viPlans.common.loadFailed} description={error?.message} />
      </Modal>
    );
  }
  return (
    <AllocationEditor
      line={line}
      rows={allocationRowsFrom(active.data, all.data, line.allocations)}
      onClose={onClose}
    />
  );
}

function AllocationEditor({
  line,
  rows: initialRows,
  onClose,
}: {
  line: TargetLine;
  rows: AllocationRow[];
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const save = useApiMutation('targets:saveAllocations', { invalidates: ['plans:get'] });
  const [rows, setRows] = useState(initialRows);
  const [reason, setReason] = useState('');
  const { target, indicator } = line;
  const withMax = takesMax(target.comparator) && (target.comparator === 'between' || target.max !== null);
  const reading = useMemo(() => readAllocations(rows, withMax), [rows, withMax]);
  const additivity = allocationAdditivity(target, indicator);
  const unit = indicator.measureUnit;

  const setText = (unitId: number, patch: Partial<AllocationRow>) =>
    setRows((current) => current.map((row) => (row.unitId === unitId ? { ...row, ...patch } : row)));

  const columns: TableColumnsType<AllocationRow> = [
    {
      key: 'unit',
      title: a.unit,
      render: (_v, row) => (
        <Flex gap={4} wrap>
          {row.unitName}
          {row.retired && <Tag>{a.retired}</Tag>}
        </Flex>
      ),
    },
    {
      key: 'value',
      title: withMax ? viPlans.target.from : a.value,
      width: 200,
      render: (_v, row) => (
        <NumberTextInput
          ariaLabel={a.valueLabel(row.unitName)}
          value={row.valueText}
          suffix={unit}
          onChange={(valueText) => setText(row.unitId, { valueText })}
        />
      ),
    },
    ...(withMax
      ? [
          {
            key: 'max',
            title: a.max,
            width: 200,
            render: (_v: unknown, row: AllocationRow) => (
              <NumberTextInput
                ariaLabel={a.maxLabel(row.unitName)}
                value={row.maxText}
                suffix={unit}
                onChange={(maxText) => setText(row.unitId, { maxText })}
              />
            ),
          },
        ]
      : []),
  ];

  const summary = (() => {
    if (!reading.ok) return <Alert type="error" showIcon title={reading.problem} />;
    const filled = a.filled(reading.filled, rows.length);
    if (additivity !== 'additive' || target.value === null) {
      const why =
        additivity === 'rate'
          ? a.notAdditive.rate
          : additivity === 'change'
            ? a.notAdditive.change
            : a.notAdditive.count;
      return <Alert type="info" showIcon title={filled} description={why} />;
    }
    const withUnit = (n: number) => `${numberText(n)}${unit ? ` ${unit}` : ''}`;
    const balanced = Math.abs(reading.sum - target.value) < 1e-9;
    return (
      <Flex vertical gap="small">
        <Descriptions
          size="small"
          bordered
          column={3}
          items={[
            {
              key: 'sum',
              label: a.sum,
              children: <strong data-testid="allocation-sum">{withUnit(reading.sum)}</strong>,
            },
            { key: 'area', label: a.area, children: withUnit(target.value) },
            {
              key: 'difference',
              label: a.difference,
              children: (
                <span data-testid="allocation-difference">
                  {withUnit(Math.round((reading.sum - target.value) * 1e6) / 1e6)}
                </span>
              ),
            },
          ]}
        />
        <Alert
          type={balanced ? 'success' : 'warning'}
          showIcon
          title={allocationBalance(reading.sum, target.value, unit)}
          description={filled}
        />
      </Flex>
    );
  })();

  return (
    <Modal
      open
      title={a.title(indicator.name)}
      okText={viPlans.common.save}
      cancelText={viPlans.common.cancel}
      okButtonProps={{ disabled: !reading.ok || rows.length === 0 }}
      confirmLoading={save.isPending}
      onCancel={onClose}
      onOk={() => {
        if (!reading.ok) return;
        save.mutate(allocationsInput(target, reading.values, reason), {
          onSuccess: (saved) => {
            void message.success(a.saved(saved.length));
            onClose();
          },
        });
      }}
      width={760}
    >
      <Flex vertical gap="middle">
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          {a.intro(describeTarget(target, indicator))}
        </Typography.Paragraph>
        {rows.length === 0 ? (
          <Alert type="info" showIcon title={a.noUnits} />
        ) : (
          <Table<AllocationRow>
            rowKey="unitId"
            size="small"
            columns={columns}
            dataSource={rows}
            pagination={false}
            scroll={{ y: 360 }}
          />
        )}
        {summary}
        <ReasonField value={reason} onChange={setReason} />
      </Flex>
    </Modal>
  );
}
