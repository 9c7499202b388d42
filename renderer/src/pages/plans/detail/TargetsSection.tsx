import { Button, Card, Empty, Flex, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { viPlans } from '@renderer/i18n/vi-plans';
import { describeTarget } from '../describe-target';
import { describePhasing } from './phasing';
import { canAllocate, type TargetGroup, type TargetLine } from './target-groups';

export type TargetAction = 'edit' | 'allocate' | 'phasing' | 'delete';

const d = viPlans.detail;

interface TargetsSectionProps {
  groups: readonly TargetGroup[];
  onAdd: () => void;
  onAction: (action: TargetAction, line: TargetLine) => void;
}

/** The plan's targets under their fields, each read in words, with its allocations and phasing at a glance. */
export function TargetsSection({ groups, onAdd, onAction }: TargetsSectionProps) {
  const count = groups.reduce((n, g) => n + g.lines.length, 0);
  return (
    <Card
      title={d.targetsTitle(count)}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={onAdd}>
          {d.addTarget}
        </Button>
      }
    >
      {count === 0 ? (
        <Empty description={d.noTargets} />
      ) : (
        <Flex vertical gap="large">
          {groups.map((group) => (
            <section key={group.group} aria-labelledby={`target-group-${group.group}`}>
              <Typography.Title level={4} id={`target-group-${group.group}`}>
                {group.label}
              </Typography.Title>
              <TargetsTable lines={group.lines} onAction={onAction} />
            </section>
          ))}
        </Flex>
      )}
    </Card>
  );
}

function TargetsTable({ lines, onAction }: { lines: TargetLine[]; onAction: TargetsSectionProps['onAction'] }) {
  const c = d.columns;
  const columns: TableColumnsType<TargetLine> = [
    { key: 'number', title: c.index, dataIndex: 'number', width: 52 },
    {
      key: 'indicator',
      title: c.indicator,
      render: (_v, line) => (
        <Flex vertical gap={2}>
          <Typography.Text strong>{line.indicator.name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {c.unit}: {line.indicator.measureUnit ?? viPlans.common.none} ·{' '}
            <Tooltip title={viPlans.indicator.kindHelp[line.indicator.kind]}>
              <span style={{ textDecoration: 'underline dotted' }}>{viPlans.indicator.kinds[line.indicator.kind]}</span>
            </Tooltip>
            {line.indicator.areaOnly && <> · {viPlans.indicator.areaOnly}</>}
          </Typography.Text>
          {line.target.sourceText && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {d.source}: “{line.target.sourceText}”
            </Typography.Text>
          )}
          {line.target.note && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {d.note}: {line.target.note}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'target',
      title: c.target,
      width: 230,
      render: (_v, line) => <span data-testid="target-words">{describeTarget(line.target, line.indicator)}</span>,
    },
    {
      key: 'allocation',
      title: c.allocation,
      width: 110,
      render: (_v, line) =>
        !canAllocate(line.indicator)
          ? d.areaOnly
          : line.allocations.length > 0
            ? d.allocatedTo(line.allocations.length)
            : d.notAllocated,
    },
    { key: 'phasing', title: c.phasing, width: 150, render: (_v, line) => describePhasing(line.target) },
    {
      key: 'actions',
      title: c.actions,
      width: 120,
      render: (_v, line) => <TargetRowActions line={line} onAction={onAction} />,
    },
  ];
  return (
    <Table<TargetLine>
      rowKey={(line) => line.target.id}
      size="small"
      columns={columns}
      dataSource={lines}
      pagination={false}
    />
  );
}

function TargetRowActions({ line, onAction }: { line: TargetLine; onAction: TargetsSectionProps['onAction'] }) {
  const a = d.actions;
  const compact = { paddingInline: 4, height: 'auto' };
  const named = (action: string) => `${action}: ${line.indicator.name}`;
  return (
    <Flex vertical align="start">
      <Button
        size="small"
        type="link"
        style={compact}
        aria-label={named(a.edit)}
        onClick={() => onAction('edit', line)}
      >
        {a.edit}
      </Button>
      {canAllocate(line.indicator) && (
        <Button
          size="small"
          type="link"
          style={compact}
          aria-label={named(a.allocate)}
          onClick={() => onAction('allocate', line)}
        >
          {a.allocate}
        </Button>
      )}
      {line.indicator.kind !== 'qualitative' && (
        <Button
          size="small"
          type="link"
          style={compact}
          aria-label={named(a.phasing)}
          onClick={() => onAction('phasing', line)}
        >
          {a.phasing}
        </Button>
      )}
      <Button
        size="small"
        type="link"
        danger
        style={compact}
        aria-label={named(a.delete)}
        onClick={() => onAction('delete', line)}
      >
        {a.delete}
      </Button>
    </Flex>
  );
}
