import { Card, Flex, Typography } from 'antd';
import { clusterKindLabels, roundPeriodLabels } from '@shared/i18n/vi-clusters';
import { useApiQuery } from '@renderer/api/hooks';
import { viDashboard } from '@renderer/i18n/vi-dashboard';
import { clusterOf, roundStanding, type ClusterMembership } from '../shape/cluster-standing';

const t = viDashboard.unit.cluster;

function RoundLine({
  roundId,
  period,
  unitId,
}: {
  roundId: number;
  period: ClusterMembership['rounds'][number]['period'];
  unitId: number;
}) {
  const round = useApiQuery('scores:round', { roundId });
  const label = roundPeriodLabels[period];
  if (round.isError) return <Typography.Text type="danger">{t.loadFailed(round.error.message)}</Typography.Text>;
  if (!round.data) return null;
  const standing = roundStanding(round.data, unitId);
  const text =
    standing === null
      ? t.notListed(label)
      : standing.scored
        ? t.rank(label, standing.rank, standing.of, standing.points)
        : t.notScored(label);
  return <Typography.Text data-testid="cluster-round">{text}</Typography.Text>;
}

/** The unit's cluster or block of the year and its rank in each scoring round, read from the clusters' records. */
export function ClusterStanding({ year, unitId }: { year: number; unitId: number }) {
  const clusters = useApiQuery('clusters:list', { year });
  if (clusters.isPending) return null;
  let body;
  if (clusters.isError) {
    body = <Typography.Text type="danger">{t.loadFailed(clusters.error.message)}</Typography.Text>;
  } else {
    const membership = clusterOf(clusters.data.clusters, unitId);
    body =
      membership === null ? (
        <Typography.Text>{t.none(year)}</Typography.Text>
      ) : (
        <Flex vertical gap={4}>
          <Typography.Text strong data-testid="cluster-name">
            {membership.name}
            {membership.role !== null && ` · ${t.roles[membership.kind][membership.role]}`}
            <Typography.Text type="secondary"> ({clusterKindLabels[membership.kind]})</Typography.Text>
          </Typography.Text>
          {membership.rounds.length === 0 ? (
            <Typography.Text>{t.noRounds(year)}</Typography.Text>
          ) : (
            membership.rounds.map((round) => (
              <RoundLine key={round.id} roundId={round.id} period={round.period} unitId={unitId} />
            ))
          )}
        </Flex>
      );
  }
  return (
    <Card title={t.title} size="small">
      {body}
    </Card>
  );
}
