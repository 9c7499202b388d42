import type { ReactNode } from 'react';
import { Alert, Flex, Spin, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { viDashboard } from '@renderer/i18n/vi-dashboard';
import { dashboardPath } from '../dashboard-routes';
import '../dashboard.css';

interface PageFrameProps {
  title: string;
  subtitle?: string;
  /** Detail pages link back to the overview. */
  back?: boolean;
  filters?: ReactNode;
  loading: boolean;
  /** Another period is loading while the previous one stays on screen: dimmed and marked busy. */
  busy?: boolean;
  /** The period of the figures on screen ("2023-Q2"), for tests and assistive tools to know what is shown. */
  periodKey?: string;
  error: string | null;
  children?: ReactNode;
}

/** The common frame of the section's pages: heading, filters, and one way of showing loading and failure. */
export function PageFrame({
  title,
  subtitle,
  back,
  filters,
  loading,
  busy = false,
  periodKey,
  error,
  children,
}: PageFrameProps) {
  return (
    <Flex
      vertical
      gap="middle"
      className={busy ? 'dashboard-page dashboard-busy' : 'dashboard-page'}
      aria-busy={busy || loading}
      data-period-key={periodKey}
    >
      {back && (
        <a href={`#${dashboardPath}`} className="dashboard-back">
          <ArrowLeftOutlined aria-hidden /> {viDashboard.back}
        </a>
      )}
      <Flex align="flex-end" gap="middle" wrap justify="space-between">
        <div>
          <Typography.Title level={2} style={{ marginBottom: 4 }}>
            {title}
          </Typography.Title>
          {subtitle && <Typography.Text type="secondary">{subtitle}</Typography.Text>}
        </div>
        {filters}
      </Flex>
      {error !== null && <Alert type="error" showIcon title={viDashboard.loadFailed} description={error} />}
      {loading && error === null ? (
        <Flex justify="center" style={{ padding: 48 }}>
          <Spin size="large" description={viDashboard.loading} />
        </Flex>
      ) : (
        children
      )}
    </Flex>
  );
}
