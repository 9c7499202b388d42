import { Card, List, Tag, Typography } from 'antd';
import { CheckCircleFilled, RightCircleOutlined } from '@ant-design/icons';
import { gettingStartedSteps, type GettingStartedStep } from '@shared/contract/app';
import { useApiQuery } from '@renderer/api/hooks';
import { routePaths } from '@renderer/app/routes';
import { viDashboard } from '@renderer/i18n/vi-dashboard';
import { figuresPath } from '@renderer/pages/figures/figures-route';
import { plansPath } from '@renderer/pages/plans/plan-routes';
import { reportsPath } from '@renderer/pages/reports/reports-route';

const t = viDashboard.gettingStarted;

const stepPaths: Record<GettingStartedStep, string> = {
  council: routePaths.settings,
  units: routePaths.units,
  plan: plansPath,
  figures: figuresPath,
  report: reportsPath,
};

/**
 * The getting-started list of a new database (not the demo): council details → units → plan → figures → report,
 * each ticked once the core finds it done, each linking to its page. It disappears when all five are done.
 */
export function GettingStarted() {
  const info = useApiQuery('app:info', {});
  const steps = useApiQuery('app:gettingStarted', {});
  if (!info.data || info.data.demo || !steps.data) return null;
  const state = steps.data;
  const done = gettingStartedSteps.filter((step) => state[step]).length;
  if (done === gettingStartedSteps.length) return null;
  return (
    <Card title={t.title}>
      <section aria-label={t.title}>
        <Typography.Paragraph type="secondary">{t.intro(done, gettingStartedSteps.length)}</Typography.Paragraph>
        <List
          size="small"
          dataSource={[...gettingStartedSteps]}
          renderItem={(step, index) => (
            <List.Item
              data-step={step}
              data-done={state[step]}
              extra={
                state[step] ? (
                  <Tag color="success">{t.done}</Tag>
                ) : (
                  <a href={`#${stepPaths[step]}`}>{t.steps[step].link}</a>
                )
              }
            >
              <Typography.Text delete={state[step]} type={state[step] ? 'secondary' : undefined}>
                {state[step] ? <CheckCircleFilled style={{ color: '#389e0d' }} /> : <RightCircleOutlined />}{' '}
                {`${index + 1}. ${t.steps[step].text}`}
              </Typography.Text>
            </List.Item>
          )}
        />
      </section>
    </Card>
  );
}
