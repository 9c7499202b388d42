import type { ReactNode } from 'react';
import { Tag } from 'antd';
import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  CloseCircleOutlined,
  MinusCircleOutlined,
  RiseOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import type { EvaluationStatus } from '@shared/evaluation/status';
import { evaluationStatusLabels } from '@shared/i18n/vi-evaluation';
import { toneColors } from '../shape/status-scale';

/** Each status has its own icon, so a tag or a heatmap cell keeps its meaning in black and white. */
export const statusIcons: Readonly<Record<EvaluationStatus, ReactNode>> = {
  vuot: <RiseOutlined aria-hidden />,
  dat: <CheckCircleOutlined aria-hidden />,
  dung_tien_do: <ClockCircleOutlined aria-hidden />,
  cham: <WarningOutlined aria-hidden />,
  khong_dat: <CloseCircleOutlined aria-hidden />,
  chua_co_so_lieu: <MinusCircleOutlined aria-hidden />,
};

/** A status as a tag: icon, word and colour together; with `count`, the number of targets in that status. */
export function StatusTag({ status, count, testId }: { status: EvaluationStatus; count?: number; testId?: string }) {
  const colors = toneColors[status];
  return (
    <Tag
      icon={statusIcons[status]}
      data-testid={testId}
      style={{
        background: colors.background,
        color: colors.text,
        borderColor: colors.border,
        fontSize: count === undefined ? 13 : 15,
        padding: count === undefined ? '0 6px' : '4px 10px',
        marginInlineEnd: 0,
        whiteSpace: 'nowrap',
      }}
    >
      {evaluationStatusLabels[status]}
      {count !== undefined && <strong style={{ marginInlineStart: 6 }}>{count}</strong>}
    </Tag>
  );
}
