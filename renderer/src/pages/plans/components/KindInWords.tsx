import { Typography } from 'antd';
import type { Indicator } from '@shared/domain/indicator';
import { aggregationInWords } from '@shared/i18n/vi-indicator';

/**
 * How an indicator's figures add up, in words ("Lũy kế: lấy số quý gần nhất · Toàn địa bàn: nhập số toàn địa bàn"),
 * under the kind wherever an indicator is chosen or proposed, so the secretary confirms the rule, not a code.
 */
export function KindInWords({ indicator }: { indicator: Pick<Indicator, 'kind' | 'areaOnly'> }) {
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="kind-in-words">
      {aggregationInWords(indicator)}
    </Typography.Text>
  );
}
