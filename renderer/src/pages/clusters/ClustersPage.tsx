import { useState } from 'react';
import { keepPreviousData } from '@tanstack/react-query';
import { App, Button, Card, Empty, Flex, InputNumber, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import {
  CopyOutlined,
  DeleteOutlined,
  EditOutlined,
  OrderedListOutlined,
  PlusOutlined,
  SwapOutlined,
} from '@ant-design/icons';
import type { RoundPeriod } from '@shared/domain/cluster';
import type { ClusterOverview } from '@shared/domain/cluster-round';
import { clusterKindLabels, clusterWords, roundPeriodLabels } from '@shared/i18n/vi-clusters';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { vi } from '@renderer/i18n/vi';
import { viClusters as t } from '@renderer/i18n/vi-clusters-ui';
import { ClusterFormModal } from './ClusterFormModal';
import { CriteriaEditor } from './CriteriaEditor';
import { RoundPanel } from './RoundPanel';

function ClusterCard(props: {
  cluster: ClusterOverview;
  onOpenRound: (id: number) => void;
  onEdit: () => void;
  onEditCriteria: () => void;
}) {
  const { cluster, onOpenRound, onEdit, onEditCriteria } = props;
  const { message } = App.useApp();
  const rotate = useApiMutation('clusters:rotateLeader', { invalidates: ['clusters:list', 'scores:round'] });
  const remove = useApiMutation('clusters:delete', { invalidates: ['clusters:list'] });
  const open = useApiMutation('scores:open', { invalidates: ['clusters:list'] });
  const [period, setPeriod] = useState<RoundPeriod>('Y');
  const nameOf = (id: number | null) => cluster.members.find((m) => m.unitId === id)?.name ?? t.none;
  return (
    <Card
      title={
        <Space>
          {cluster.name}
          <Tag>{clusterKindLabels[cluster.kind]}</Tag>
        </Space>
      }
      extra={
        <Flex gap="small" wrap>
          <Button icon={<EditOutlined />} aria-label={`${t.edit} ${cluster.name}`} onClick={onEdit}>
            {t.edit}
          </Button>
          <Button
            icon={<OrderedListOutlined />}
            aria-label={`${t.editCriteria} ${cluster.name}`}
            onClick={onEditCriteria}
          >
            {t.editCriteria}
          </Button>
          <Popconfirm
            title={t.removeConfirm(cluster.name)}
            okText={t.remove}
            okButtonProps={{ danger: true }}
            cancelText={vi.common.cancel}
            onConfirm={() =>
              remove.mutate({ id: cluster.id }, { onSuccess: () => void message.success(t.removed(cluster.name)) })
            }
          >
            <Button
              danger
              icon={<DeleteOutlined />}
              aria-label={`${t.remove} ${cluster.name}`}
              loading={remove.isPending}
            >
              {t.remove}
            </Button>
          </Popconfirm>
          <Button
            icon={<SwapOutlined />}
            loading={rotate.isPending}
            onClick={() =>
              rotate.mutate(
                { id: cluster.id },
                {
                  onSuccess: (after) =>
                    void message.success(
                      t.rotated(after.members.find((m) => m.unitId === after.leaderUnitId)?.name ?? t.none),
                    ),
                },
              )
            }
          >
            {t.rotate}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap="small">
        <div>
          <Typography.Text strong>{t.leader}: </Typography.Text>
          {nameOf(cluster.leaderUnitId)}
          {' · '}
          <Typography.Text strong>{t.deputy}: </Typography.Text>
          {nameOf(cluster.deputyUnitId)}
        </div>
        <div>
          <Typography.Text strong>{t.members}: </Typography.Text>
          {cluster.members.map((m) => m.name).join(', ')}
        </div>
        <div>
          <Typography.Text strong>{t.scale}: </Typography.Text>
          {cluster.criteriaCount > 0 ? clusterWords.maxTotal(cluster.maxima.content, cluster.maxima.bonus) : t.noTable}
        </div>
        {cluster.criteriaCount > 0 && (
          <Flex gap="small" align="center" wrap>
            {cluster.rounds.map((r) => (
              <Button key={r.id} onClick={() => onOpenRound(r.id)}>
                {`${roundPeriodLabels[r.period]} (${r.key})`}
              </Button>
            ))}
            <Select
              aria-label={`${t.roundLabel} ${cluster.name}`}
              value={period}
              onChange={setPeriod}
              style={{ width: 170 }}
              options={(['H1', 'Y'] as const).map((p) => ({ value: p, label: roundPeriodLabels[p] }))}
            />
            <Button
              type="primary"
              loading={open.isPending}
              onClick={() =>
                open.mutate({ clusterId: cluster.id, period }, { onSuccess: (round) => onOpenRound(round.id) })
              }
            >
              {t.openRound}
            </Button>
          </Flex>
        )}
      </Flex>
    </Card>
  );
}

export function ClustersPage() {
  const thisYear = new Date().getFullYear();
  const [chosen, setChosen] = useState<number | null>(null);
  const [roundId, setRoundId] = useState<number | null>(null);
  const [criteriaOf, setCriteriaOf] = useState<number | null>(null);
  const [form, setForm] = useState<{ clusterId: number | null } | null>(null);
  const { message } = App.useApp();
  // Until a year is chosen, show this year, or the newest year that has clusters when this one has none.
  const probe = useApiQuery('clusters:list', { year: thisYear }, { enabled: chosen === null });
  const newest = probe.data?.clusters.length === 0 ? probe.data.years.find((y) => y !== thisYear) : undefined;
  const year = chosen ?? newest ?? thisYear;
  const list = useApiQuery('clusters:list', { year }, { placeholderData: keepPreviousData });
  const copy = useApiMutation('clusters:copyYear', { invalidates: ['clusters:list'] });
  const setYear = (value: number) => {
    setChosen(value);
    setRoundId(null);
    setCriteriaOf(null);
  };

  const clusters = list.data?.year === year ? list.data.clusters : [];
  const hasLastYear = list.data?.years.includes(year - 1) ?? false;
  const editing = form?.clusterId == null ? null : (clusters.find((c) => c.id === form.clusterId) ?? null);
  const criteriaCluster = clusters.find((c) => c.id === criteriaOf);
  return (
    <Flex vertical gap="middle">
      <div>
        <Typography.Title level={2} style={{ marginBottom: 4 }}>
          {t.title}
        </Typography.Title>
        <Typography.Text type="secondary">{t.intro}</Typography.Text>
      </div>
      <Flex gap="middle" align="center" wrap>
        <label style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
          {t.year}
          <InputNumber
            aria-label={t.year}
            min={1990}
            max={2200}
            value={year}
            onChange={(v) => {
              if (v !== null) setYear(v);
            }}
          />
        </label>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({ clusterId: null })}>
          {t.add}
        </Button>
        {clusters.length === 0 && hasLastYear && (
          <Button
            icon={<CopyOutlined />}
            loading={copy.isPending}
            onClick={() =>
              copy.mutate(
                { fromYear: year - 1, toYear: year },
                { onSuccess: (created) => void message.success(t.copied(created.length)) },
              )
            }
          >
            {t.copyLastYear(year - 1)}
          </Button>
        )}
      </Flex>
      {list.data && clusters.length === 0 && <Empty description={t.empty(year)} />}
      {roundId !== null ? (
        <RoundPanel roundId={roundId} onClose={() => setRoundId(null)} />
      ) : criteriaCluster ? (
        <CriteriaEditor
          key={criteriaCluster.id}
          cluster={criteriaCluster}
          years={list.data?.years ?? []}
          onClose={() => setCriteriaOf(null)}
        />
      ) : (
        clusters.map((c) => (
          <ClusterCard
            key={c.id}
            cluster={c}
            onOpenRound={setRoundId}
            onEdit={() => setForm({ clusterId: c.id })}
            onEditCriteria={() => setCriteriaOf(c.id)}
          />
        ))
      )}
      {form && (
        <ClusterFormModal
          key={form.clusterId ?? 'new'}
          year={year}
          cluster={editing}
          sameYear={clusters}
          onClose={() => setForm(null)}
        />
      )}
    </Flex>
  );
}
