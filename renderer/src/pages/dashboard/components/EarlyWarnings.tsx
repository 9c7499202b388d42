import { Alert, Card, Flex, Typography } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import { viDashboard } from '@renderer/i18n/vi-dashboard';
import { targetDetailPath, unitDetailPath } from '../dashboard-routes';
import type { WarningList } from '../shape/warnings';

const t = viDashboard.warnings;

interface EarlyWarningsProps {
  warnings: WarningList;
  /** "10%": how far behind a target must be to be flagged. */
  margin: string;
  /** "Quý II": the quarter whose figures are missing. */
  quarter: string;
}

/** Targets behind their expected value by more than the margin, worst first; then units with no figures. */
export function EarlyWarnings({ warnings, margin, quarter }: EarlyWarningsProps) {
  const { behind, silent } = warnings;
  return (
    <Card
      title={
        <span>
          <WarningOutlined aria-hidden style={{ marginInlineEnd: 8 }} />
          {t.title}
        </span>
      }
    >
      <section aria-label={t.region} data-testid="early-warnings">
        {behind.length === 0 && silent.length === 0 ? (
          <Alert type="success" showIcon title={t.none(margin)} />
        ) : (
          <Flex vertical gap="middle">
            <Typography.Text type="secondary">{t.margin(margin)}</Typography.Text>
            {behind.length > 0 && (
              <div>
                <Typography.Title level={5} style={{ marginTop: 0 }}>
                  {t.behindHeading}
                </Typography.Title>
                <ol className="dashboard-warning-list">
                  {behind.map((item) => (
                    <li key={item.targetId}>
                      <a href={`#${targetDetailPath(item.targetId)}`}>{item.indicator}</a>
                      {': '}
                      <strong>{t.behind(item.gap)}</strong> ({t.behindDetail(item.ytd, item.expected)})
                    </li>
                  ))}
                </ol>
              </div>
            )}
            {silent.length > 0 && (
              <div>
                <Typography.Title level={5} style={{ marginTop: 0 }}>
                  {t.noFiguresHeading}
                </Typography.Title>
                <ul className="dashboard-warning-list">
                  {silent.map((unit) => (
                    <li key={unit.unitId}>
                      <a href={`#${unitDetailPath(unit.unitId)}`}>{unit.name}</a> {t.noFigures(quarter)}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </Flex>
        )}
      </section>
    </Card>
  );
}
