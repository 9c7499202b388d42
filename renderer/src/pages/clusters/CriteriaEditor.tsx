import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Table,
  Tooltip,
  Typography,
} from 'antd';
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  CopyOutlined,
  DeleteOutlined,
  PlusOutlined,
  SaveOutlined,
} from '@ant-design/icons';
import type { Cluster } from '@shared/domain/cluster';
import type { Indicator } from '@shared/domain/indicator';
import { clusterMessages, clusterWords, computeRuleLabels, criterionKindLabels } from '@shared/i18n/vi-clusters';
import { computeRules, criterionKinds, leafFlags, type CriterionLink } from '@shared/scoring/criteria';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { vi } from '@renderer/i18n/vi';
import { viClusters } from '@renderer/i18n/vi-clusters-ui';
import { formatPoints } from './cluster-files';
import { CopyCriteriaModal } from './CopyCriteriaModal';
import { CriteriaImportButton } from './CriteriaImportButton';
import {
  addChild,
  addGroup,
  canMove,
  childrenSum,
  editorMaxima,
  editorRows,
  isChanged,
  maxLevel,
  moveDown,
  moveUp,
  removeRow,
  setKind,
  tableProblem,
  toDrafts,
  updateRow,
  type EditorRow,
} from './criteria-editor';

const t = viClusters.criteria;

function LinkCell(props: {
  row: EditorRow;
  rowNumber: number;
  indicators: readonly Indicator[];
  onChange: (link: CriterionLink | null) => void;
}) {
  const { row, rowNumber, indicators, onChange } = props;
  const link = row.link;
  return (
    <Flex vertical gap={4}>
      <Select<number>
        aria-label={t.rowLabel(t.indicator, rowNumber)}
        size="small"
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t.noLink}
        value={link?.indicatorId}
        style={{ width: 240 }}
        options={indicators.map((i) => ({ value: i.id, label: i.name }))}
        onChange={(id) =>
          onChange(
            id === undefined || id === null
              ? null
              : { indicatorId: id, rule: link?.rule ?? 'ty_le', zeroBelowPercent: link?.zeroBelowPercent ?? null },
          )
        }
      />
      {link && (
        <Select
          aria-label={t.rowLabel(t.rule, rowNumber)}
          size="small"
          value={link.rule}
          style={{ width: 240 }}
          popupMatchSelectWidth={false}
          options={computeRules.map((r) => ({ value: r, label: computeRuleLabels[r] }))}
          onChange={(rule) =>
            onChange({ ...link, rule, zeroBelowPercent: rule === 'ty_le' ? link.zeroBelowPercent : null })
          }
        />
      )}
      {link?.rule === 'ty_le' && (
        <InputNumber
          aria-label={t.rowLabel(t.zeroBelow, rowNumber)}
          size="small"
          min={0}
          max={1000}
          decimalSeparator=","
          style={{ width: 240 }}
          placeholder={`${t.zeroBelow}: ${t.zeroBelowPlaceholder}`}
          value={link.zeroBelowPercent}
          onChange={(v) => onChange({ ...link, zeroBelowPercent: v ?? null })}
        />
      )}
    </Flex>
  );
}

/**
 * "Bảng tiêu chí chấm điểm" of one cluster: the outline of groups and items with their maxima, kinds and links to
 * targets, edited locally with the live scale and the shared checks, then saved in one `clusters:saveCriteria`.
 * Once the table carries scores the core only allows renaming and re-weighting, so adding and removing are off and
 * the core's message says why.
 */
export function CriteriaEditor(props: { cluster: Cluster; years: readonly number[]; onClose: () => void }) {
  const { cluster, years, onClose } = props;
  const { message, modal } = App.useApp();
  const table = useApiQuery('clusters:criteria', { clusterId: cluster.id });
  const indicators = useApiQuery('indicators:list', {});
  const save = useApiMutation('clusters:saveCriteria', {
    invalidates: ['clusters:criteria', 'clusters:list', 'scores:round'],
  });
  const [edited, setEdited] = useState<EditorRow[] | null>(null);
  const [copying, setCopying] = useState(false);
  if (!table.data) return null;
  const stored = table.data.rows;
  const rows = edited ?? editorRows(stored);
  const locked = table.data.hasScores;
  const leaves = leafFlags(rows);
  const maxima = editorMaxima(rows);
  const problem = tableProblem(rows);
  const changed = isChanged(rows, stored);
  const change = (next: EditorRow[]) => setEdited(next);

  const submit = () => {
    if (problem) {
      void message.error(problem);
      return;
    }
    save.mutate(
      { clusterId: cluster.id, rows: toDrafts(rows), reason: t.reason },
      {
        onSuccess: (saved) => {
          setEdited(null);
          void message.success(t.saved(saved.rows.length));
        },
      },
    );
  };
  const close = () => {
    if (!changed) {
      onClose();
      return;
    }
    modal.confirm({ title: t.unsavedClose, okText: viClusters.close, cancelText: vi.common.cancel, onOk: onClose });
  };

  return (
    <Card
      title={t.title(cluster.name, cluster.year)}
      extra={
        <Flex gap="small">
          <Button icon={<CopyOutlined />} disabled={locked} onClick={() => setCopying(true)}>
            {t.copy}
          </Button>
          <CriteriaImportButton cluster={cluster} hasRows={stored.length > 0} locked={locked} changed={changed} />
          <Button type="primary" icon={<SaveOutlined />} loading={save.isPending} disabled={!changed} onClick={submit}>
            {t.save}
          </Button>
          <Button onClick={close}>{viClusters.close}</Button>
        </Flex>
      }
    >
      <Flex vertical gap="middle">
        <Alert
          type="info"
          showIcon
          title={
            <span data-testid="criteria-scale">
              {`${clusterWords.maxTotal(maxima.content, maxima.bonus)}; ${t.deductionMax(formatPoints(maxima.deduction))}`}
            </span>
          }
        />
        {locked && <Alert type="warning" showIcon title={clusterMessages.criteriaHaveScores(cluster.name)} />}
        {problem && rows.length > 0 && <Alert type="error" showIcon title={problem} />}
        <Table<EditorRow>
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={rows}
          aria-label={t.title(cluster.name, cluster.year)}
          locale={{ emptyText: t.empty }}
          columns={[
            {
              title: t.code,
              key: 'code',
              width: 90,
              render: (_, row, i) => (
                <Input
                  aria-label={t.rowLabel(t.code, i + 1)}
                  size="small"
                  maxLength={20}
                  value={row.code}
                  onChange={(e) => change(updateRow(rows, i, { code: e.target.value }))}
                />
              ),
            },
            {
              title: t.criterion,
              key: 'title',
              render: (_, row, i) => (
                <div style={{ paddingLeft: (row.level - 1) * 24 }}>
                  <Input
                    aria-label={t.rowLabel(t.criterion, i + 1)}
                    size="small"
                    maxLength={500}
                    placeholder={t.titlePlaceholder}
                    value={row.title}
                    style={{ fontWeight: leaves[i] ? undefined : 600 }}
                    onChange={(e) => change(updateRow(rows, i, { title: e.target.value }))}
                  />
                </div>
              ),
            },
            {
              title: t.kind,
              key: 'kind',
              width: 150,
              render: (_, row, i) =>
                row.level === 1 ? (
                  <Select
                    aria-label={t.rowLabel(t.kind, i + 1)}
                    size="small"
                    value={row.kind}
                    style={{ width: 140 }}
                    options={criterionKinds.map((k) => ({ value: k, label: criterionKindLabels[k] }))}
                    onChange={(kind) => change(setKind(rows, i, kind))}
                  />
                ) : (
                  <Typography.Text type="secondary">{criterionKindLabels[row.kind]}</Typography.Text>
                ),
            },
            {
              title: t.max,
              key: 'max',
              width: 170,
              render: (_, row, i) => {
                const sum = childrenSum(rows, i);
                return (
                  <Flex vertical gap={2}>
                    <InputNumber
                      aria-label={t.rowLabel(t.max, i + 1)}
                      size="small"
                      min={0}
                      max={100_000}
                      decimalSeparator=","
                      style={{ width: 110 }}
                      value={row.maxPoints}
                      onChange={(v) => change(updateRow(rows, i, { maxPoints: v ?? 0 }))}
                    />
                    {sum !== null && sum !== row.maxPoints && (
                      <Typography.Text type="danger" style={{ fontSize: 12 }}>
                        {t.childrenSum(formatPoints(sum))}{' '}
                        <Button
                          size="small"
                          type="link"
                          style={{ padding: 0, height: 'auto' }}
                          onClick={() => change(updateRow(rows, i, { maxPoints: sum }))}
                        >
                          {t.useChildrenSum(formatPoints(sum))}
                        </Button>
                      </Typography.Text>
                    )}
                  </Flex>
                );
              },
            },
            {
              title: t.link,
              key: 'link',
              width: 260,
              render: (_, row, i) =>
                leaves[i] ? (
                  <LinkCell
                    row={row}
                    rowNumber={i + 1}
                    indicators={indicators.data ?? []}
                    onChange={(link) => change(updateRow(rows, i, { link }))}
                  />
                ) : null,
            },
            {
              title: t.actions,
              key: 'actions',
              width: 150,
              render: (_, row, i) => {
                const code = row.code.trim() || String(i + 1);
                const can = canMove(rows, i);
                return (
                  <Flex gap={2}>
                    <Tooltip title={t.addChild(code)}>
                      <Button
                        size="small"
                        type="text"
                        aria-label={t.addChild(code)}
                        icon={<PlusOutlined />}
                        disabled={locked || row.level >= maxLevel}
                        onClick={() => change(addChild(rows, i))}
                      />
                    </Tooltip>
                    <Tooltip title={t.moveUp(code)}>
                      <Button
                        size="small"
                        type="text"
                        aria-label={t.moveUp(code)}
                        icon={<ArrowUpOutlined />}
                        disabled={!can.up}
                        onClick={() => change(moveUp(rows, i))}
                      />
                    </Tooltip>
                    <Tooltip title={t.moveDown(code)}>
                      <Button
                        size="small"
                        type="text"
                        aria-label={t.moveDown(code)}
                        icon={<ArrowDownOutlined />}
                        disabled={!can.down}
                        onClick={() => change(moveDown(rows, i))}
                      />
                    </Tooltip>
                    <Popconfirm
                      title={t.removeRowConfirm(code)}
                      okText={viClusters.remove}
                      cancelText={vi.common.cancel}
                      disabled={locked}
                      onConfirm={() => change(removeRow(rows, i))}
                    >
                      <Button
                        size="small"
                        type="text"
                        danger
                        aria-label={t.removeRow(code)}
                        icon={<DeleteOutlined />}
                        disabled={locked}
                      />
                    </Popconfirm>
                  </Flex>
                );
              },
            },
          ]}
        />
        <Flex gap="small" wrap>
          <Button icon={<PlusOutlined />} disabled={locked} onClick={() => change(addGroup(rows, 'noi_dung'))}>
            {t.addGroup}
          </Button>
          <Button icon={<PlusOutlined />} disabled={locked} onClick={() => change(addGroup(rows, 'thuong'))}>
            {t.addBonus}
          </Button>
          <Button icon={<PlusOutlined />} disabled={locked} onClick={() => change(addGroup(rows, 'tru'))}>
            {t.addDeduction}
          </Button>
        </Flex>
      </Flex>
      {copying && (
        <CopyCriteriaModal
          target={cluster}
          years={years}
          onClose={(copied) => {
            setCopying(false);
            if (copied) setEdited(null);
          }}
        />
      )}
    </Card>
  );
}
