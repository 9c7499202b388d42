import { Card, Flex, Typography } from 'antd';
import type { StatusCounts } from '@shared/evaluation/evaluate-plan';
import { evaluationStatuses } from '@shared/evaluation/status';
import { evaluationStatusLabels } from '@shared/i18n/vi-evaluation';
import { viDashboard } from '@renderer/i18n/vi-dashboard';
import { StatusTag } from './StatusTag';

const t = viDashboard.overview;

interface StatusSummaryProps {
  /** The plan's own sentence, from the core ("15/17 chỉ tiêu đạt và vượt tiến độ"). */
  headline: string;
  /** The chosen field's sentence, when one field is chosen. */
  fieldLine: string | null;
  counts: StatusCounts;
}

/** The headline in large type, then how many targets stand in each status. */
export function StatusSummary({ headline, fieldLine, counts }: StatusSummaryProps) {
  return (
    <Card>
      <Typography.Paragraph
        data-testid="dashboard-headline"
        style={{ fontSize: 30, fontWeight: 600, lineHeight: 1.25, margin: 0 }}
      >
        {headline}
      </Typography.Paragraph>
      {fieldLine !== null && (
        <Typography.Paragraph data-testid="dashboard-field-headline" style={{ fontSize: 18, margin: '8px 0 0' }}>
          {fieldLine}
        </Typography.Paragraph>
      )}
      <Flex gap="small" wrap role="list" aria-label={t.countsLabel} style={{ marginTop: 16 }}>
        {evaluationStatuses.map((status) => (
          <span key={status} role="listitem" aria-label={t.countTitle(evaluationStatusLabels[status], counts[status])}>
            <StatusTag status={status} count={counts[status]} testId={`status-count-${status}`} />
          </span>
        ))}
      </Flex>
    </Card>
  );
}
