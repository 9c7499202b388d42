import { useMemo } from 'react';
import { Button, Flex, Table, Tag, type TableColumnsType } from 'antd';
import type { Unit } from '@shared/domain/unit';
import { unitKindLabels } from '@shared/i18n/vi-labels';
import { localIsoDate } from '@renderer/format/dates';
import { describeUnitStatus, type UnitStatusKind } from '@renderer/format/unit-status';
import { vi } from '@renderer/i18n/vi';
import { compareUnitNames } from './unit-list';

export type UnitAction = 'rename' | 'retire' | 'merge' | 'delete';

interface UnitsTableProps {
  units: readonly Unit[];
  /** Every unit the page knows of, so a merged unit can name the unit that absorbed it. */
  allUnits: readonly Unit[];
  loading: boolean;
  emptyText: string;
  onAction: (action: UnitAction, unit: Unit) => void;
}

const statusColors: Record<UnitStatusKind, string> = {
  active: 'green',
  pending: 'blue',
  retired: 'default',
  merged: 'purple',
};

const c = vi.units.columns;

/** Units in the core's order (kind, then Vietnamese alphabetical); the name column re-sorts by the same collation. */
export function UnitsTable({ units, allUnits, loading, emptyText, onAction }: UnitsTableProps) {
  const namesById = useMemo(() => new Map(allUnits.map((unit) => [unit.id, unit.name])), [allUnits]);
  const today = localIsoDate(new Date());

  const columns: TableColumnsType<Unit> = [
    { key: 'code', title: c.code, dataIndex: 'code', width: 120 },
    {
      key: 'name',
      title: c.name,
      dataIndex: 'name',
      sorter: compareUnitNames,
      showSorterTooltip: false,
    },
    { key: 'kind', title: c.kind, dataIndex: 'kind', width: 150, render: (kind: Unit['kind']) => unitKindLabels[kind] },
    {
      key: 'status',
      title: c.status,
      render: (_value, unit) => {
        const status = describeUnitStatus(unit, namesById, today);
        return (
          <Tag color={statusColors[status.kind]} style={{ whiteSpace: 'normal' }}>
            {status.text}
          </Tag>
        );
      },
    },
    {
      key: 'actions',
      title: c.actions,
      width: 330,
      render: (_value, unit) => <UnitRowActions unit={unit} onAction={onAction} />,
    },
  ];

  return (
    <Table<Unit>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={units as Unit[]}
      loading={loading}
      locale={{ emptyText }}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
    />
  );
}

function UnitRowActions({ unit, onAction }: { unit: Unit; onAction: UnitsTableProps['onAction'] }) {
  // An ended unit can still be renamed (to correct a typo) but cannot end a second time.
  const open = unit.validTo === null;
  const compact = { paddingInline: 6 };
  return (
    <Flex wrap>
      <Button size="small" type="link" style={compact} onClick={() => onAction('rename', unit)}>
        {vi.units.actions.rename}
      </Button>
      {open && (
        <Button size="small" type="link" style={compact} onClick={() => onAction('retire', unit)}>
          {vi.units.actions.retire}
        </Button>
      )}
      {open && (
        <Button size="small" type="link" style={compact} onClick={() => onAction('merge', unit)}>
          {vi.units.actions.merge}
        </Button>
      )}
      <Button size="small" type="link" danger style={compact} onClick={() => onAction('delete', unit)}>
        {vi.units.actions.delete}
      </Button>
    </Flex>
  );
}
