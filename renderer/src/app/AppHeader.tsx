import { Flex, Layout, Tag, Tooltip, Typography } from 'antd';
import { ExperimentOutlined } from '@ant-design/icons';
import { useApiQuery } from '../api/hooks';
import { vi } from '../i18n/vi';
import { routePaths } from './routes';

/** App name, the council's issuing body, and an unmistakable tag while demo data is loaded. */
export function AppHeader({ demo }: { demo: boolean }) {
  const council = useApiQuery('settings:council', {});
  const issuingBody = council.data?.issuingBody.trim() ?? '';

  return (
    <Layout.Header style={{ borderBottom: '1px solid #e5e8ed' }}>
      <Flex align="center" gap="middle" style={{ height: '100%' }}>
        <Typography.Title level={4} style={{ margin: 0, whiteSpace: 'nowrap' }}>
          {vi.app.name}
        </Typography.Title>
        {council.isSuccess &&
          (issuingBody ? (
            <Typography.Text
              type="secondary"
              ellipsis
              style={{ flex: '0 1 auto', minWidth: 0 }}
              data-testid="header-issuing-body"
            >
              {issuingBody}
            </Typography.Text>
          ) : (
            <a href={`#${routePaths.settings}`}>{vi.app.councilMissing}</a>
          ))}
        {demo && (
          <Tooltip title={vi.app.demoHint}>
            <Tag color="orange" icon={<ExperimentOutlined />} style={{ marginInlineStart: 'auto', fontSize: 14 }}>
              {vi.app.demoTag}
            </Tag>
          </Tooltip>
        )}
      </Flex>
    </Layout.Header>
  );
}
