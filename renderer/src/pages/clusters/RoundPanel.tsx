import { useState } from 'react';
import {
  App,
  Badge,
  Button,
  Card,
  Divider,
  Flex,
  Input,
  InputNumber,
  Popover,
  Select,
  Table,
  Tooltip,
  Typography,
} from 'antd';
import { CommentOutlined, FilePdfOutlined } from '@ant-design/icons';
import type { ScoreLayer } from '@shared/domain/cluster';
import type { CriterionView, RoundView, UnitScoreCard } from '@shared/domain/cluster-round';
import {
  clusterDocumentWords,
  nominationAwardLabels,
  roundPeriodLabels,
  scoreLayerLabels,
} from '@shared/i18n/vi-clusters';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { viClusters as t } from '@renderer/i18n/vi-clusters-ui';
import { downloadPdf, formatPoints } from './cluster-files';
import { NominationPanel } from './NominationPanel';
import { RoundDocumentsPanel } from './RoundDocumentsPanel';
import { ScoresExcelButtons } from './ScoresExcelButtons';

const layers: readonly ScoreLayer[] = ['tu_cham', 'cum_cham', 'hoi_dong'];

function ScoreInput(props: { round: RoundView; card: UnitScoreCard; criterion: CriterionView; layer: ScoreLayer }) {
  const { round, card, criterion, layer } = props;
  const save = useApiMutation('scores:save', { invalidates: ['scores:round', 'clusters:list'] });
  const cell = card.criteria.find((c) => c.criterionId === criterion.id)!.layers[layer];
  const label = `${scoreLayerLabels[layer]} ${criterion.code} ${card.name}`;
  const commit = (value: number | null) => {
    const typed = cell.fromComputation ? null : cell.points;
    if (value === typed || (value === null && cell.fromComputation)) return;
    save.mutate({
      roundId: round.id,
      unitId: card.unitId,
      layer,
      entries: [{ criterionId: criterion.id, points: value, comment: cell.comment }],
    });
  };
  return (
    <InputNumber
      key={`${cell.points}-${cell.fromComputation}`}
      aria-label={label}
      size="small"
      decimalSeparator=","
      style={{ width: 90, fontStyle: cell.fromComputation ? 'italic' : undefined }}
      defaultValue={cell.points ?? undefined}
      placeholder={cell.fromComputation ? formatPoints(cell.points) : undefined}
      title={cell.fromComputation ? t.computedHint : (cell.comment ?? undefined)}
      onBlur={(event) => {
        const text = event.target.value.trim().replace(/\./g, '').replace(',', '.');
        commit(text === '' ? null : Number(text));
      }}
    />
  );
}

/** The comment (nhận xét) of one layer on one criterion of one unit, saved with the layer's typed points unchanged. */
function CommentButton(props: { round: RoundView; card: UnitScoreCard; criterion: CriterionView; layer: ScoreLayer }) {
  const { round, card, criterion, layer } = props;
  const { message } = App.useApp();
  const save = useApiMutation('scores:save', { invalidates: ['scores:round'] });
  const cell = card.criteria.find((c) => c.criterionId === criterion.id)!.layers[layer];
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState(cell.comment ?? '');
  const label = t.comment.label(scoreLayerLabels[layer], criterion.code, card.name);
  const submit = () => {
    const comment = draft.trim() === '' ? null : draft.trim();
    if (comment === cell.comment) {
      setOpen(false);
      return;
    }
    save.mutate(
      {
        roundId: round.id,
        unitId: card.unitId,
        layer,
        entries: [{ criterionId: criterion.id, points: cell.fromComputation ? null : cell.points, comment }],
      },
      {
        onSuccess: () => {
          setOpen(false);
          void message.success(t.comment.saved);
        },
      },
    );
  };
  return (
    <Popover
      trigger="click"
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) setDraft(cell.comment ?? '');
      }}
      title={label}
      content={
        <Flex vertical gap="small" style={{ width: 320 }}>
          <Input.TextArea
            aria-label={label}
            rows={3}
            maxLength={2000}
            placeholder={t.comment.placeholder}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
          />
          <Button type="primary" size="small" loading={save.isPending} onClick={submit}>
            {t.comment.save}
          </Button>
        </Flex>
      }
    >
      <Tooltip title={cell.comment ?? undefined}>
        <Badge dot={cell.comment !== null} offset={[-4, 4]}>
          <Button
            size="small"
            type={cell.comment === null ? 'text' : 'link'}
            aria-label={label}
            icon={<CommentOutlined />}
          />
        </Badge>
      </Tooltip>
    </Popover>
  );
}

function ScoreGrid({ round, card }: { round: RoundView; card: UnitScoreCard }) {
  const byId = new Map(card.criteria.map((c) => [c.criterionId, c]));
  return (
    <Table<CriterionView>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={round.criteria}
      rowClassName={(row) => (row.leaf ? '' : 'cluster-group-row')}
      columns={[
        { title: 'STT', dataIndex: 'code', width: 60 },
        {
          title: t.criterion,
          render: (_, row) => (row.leaf ? row.title : <strong>{row.title}</strong>),
        },
        {
          title: t.max,
          width: 80,
          align: 'right',
          render: (_, row) => `${row.kind === 'tru' ? '−' : ''}${formatPoints(row.maxPoints)}`,
        },
        ...layers.map((layer) => ({
          title: scoreLayerLabels[layer],
          key: layer,
          width: 140,
          render: (_: unknown, row: CriterionView) =>
            row.leaf ? (
              <Flex gap={2} align="center">
                <ScoreInput round={round} card={card} criterion={row} layer={layer} />
                <CommentButton
                  key={`${card.unitId}-${row.id}`}
                  round={round}
                  card={card}
                  criterion={row}
                  layer={layer}
                />
              </Flex>
            ) : null,
        })),
        {
          title: t.explanation,
          render: (_, row) => {
            const computed = byId.get(row.id)?.computed;
            return computed ? <Typography.Text type="secondary">{computed.explanation}</Typography.Text> : null;
          },
        },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} />
          <Table.Summary.Cell index={1}>
            <strong>{t.total}</strong>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={2} align="right">
            {formatPoints(round.maxima.total)}
          </Table.Summary.Cell>
          {layers.map((layer, i) => (
            <Table.Summary.Cell key={layer} index={3 + i}>
              <strong>{formatPoints(card.totals[layer].total)}</strong>
            </Table.Summary.Cell>
          ))}
          <Table.Summary.Cell index={6} />
        </Table.Summary.Row>
      )}
    />
  );
}

/** One round: the ranking with the nomination, the three-layer grid of one unit, and the print buttons. */
export function RoundPanel({ roundId, onClose }: { roundId: number; onClose: () => void }) {
  const round = useApiQuery('scores:round', { roundId });
  const pdf = useApiMutation('scores:pdf', { invalidates: [] });
  const { message } = App.useApp();
  const [unitId, setUnitId] = useState<number | null>(null);
  if (!round.data) return null;
  const view = round.data;
  const card = view.units.find((u) => u.unitId === unitId) ?? view.units[0];
  const print = (document: 'tong_hop' | 'phieu_cham' | 'bien_ban') =>
    pdf.mutate(
      { roundId, document, ...(document === 'phieu_cham' && card ? { unitId: card.unitId } : {}) },
      { onSuccess: (file) => (downloadPdf(file), void message.success(file.fileName)) },
    );
  return (
    <Card
      title={`${view.cluster.name} — ${roundPeriodLabels[view.period]} ${view.cluster.year} (${view.key})`}
      extra={<Button onClick={onClose}>{t.close}</Button>}
    >
      <Flex vertical gap="middle">
        <Flex gap="small" wrap>
          <Button icon={<FilePdfOutlined />} loading={pdf.isPending} onClick={() => print('tong_hop')}>
            {t.printSummary}
          </Button>
          <Button icon={<FilePdfOutlined />} loading={pdf.isPending} onClick={() => print('phieu_cham')}>
            {t.printSheet}
          </Button>
          <Button icon={<FilePdfOutlined />} loading={pdf.isPending} onClick={() => print('bien_ban')}>
            {t.printMinutes}
          </Button>
          <ScoresExcelButtons round={view} />
        </Flex>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t.ranking}
        </Typography.Title>
        <Table<UnitScoreCard>
          size="small"
          rowKey="unitId"
          pagination={false}
          dataSource={view.units}
          aria-label={t.ranking}
          columns={[
            { title: t.rank, dataIndex: 'rank', width: 60, align: 'center' },
            { title: t.unit, dataIndex: 'name' },
            ...layers.slice(0, 2).map((layer) => ({
              title: scoreLayerLabels[layer],
              key: layer,
              align: 'right' as const,
              render: (_: unknown, u: UnitScoreCard) => formatPoints(u.totals[layer].total),
            })),
            {
              title: t.final,
              key: 'final',
              align: 'right',
              render: (_, u) => <strong>{formatPoints(u.final.total)}</strong>,
            },
            {
              title: t.nomination,
              key: 'nomination',
              render: (_, u) => {
                const notes = view.nominations
                  .filter((n) => n.unitId === u.unitId)
                  .map((n) => `${nominationAwardLabels[n.award]} (${n.votes} phiếu)`);
                const tie = clusterDocumentWords.tieNote(u.tieBrokenBy);
                return (
                  <Tooltip title={tie || undefined}>
                    <span>{[...notes, tie].filter((s) => s !== '').join('; ')}</span>
                  </Tooltip>
                );
              },
            },
          ]}
        />
        {card && (
          <>
            <Flex gap="small" align="center">
              <Typography.Text strong>{t.scoreUnit}</Typography.Text>
              <Select
                aria-label={t.scoreUnit}
                style={{ width: 320 }}
                value={card.unitId}
                onChange={setUnitId}
                options={view.cluster.members.map((m) => ({ value: m.unitId, label: m.name }))}
              />
            </Flex>
            <ScoreGrid round={view} card={card} />
          </>
        )}
        <Divider style={{ margin: '8px 0' }} />
        <NominationPanel key={view.id} round={view} />
        <Divider style={{ margin: '8px 0' }} />
        <RoundDocumentsPanel key={`documents-${view.id}`} round={view} />
      </Flex>
    </Card>
  );
}
