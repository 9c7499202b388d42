import { Button, Flex, Result, Spin } from 'antd';
import { useApiQuery } from '../api/hooks';
import { vi } from '../i18n/vi';
import { WelcomePage } from '../pages/welcome/WelcomePage';
import { AppShell } from './AppShell';

/** Decides what the window shows: loading, a failure to reach the data, the first-run choice, or the app itself. */
export function AppGate() {
  const info = useApiQuery('app:info', {});

  if (info.isPending) {
    return (
      <Flex justify="center" align="center" style={{ minHeight: '100vh' }}>
        <Spin size="large" description={vi.app.loading} />
      </Flex>
    );
  }
  if (info.isError) {
    return (
      <Result
        status="error"
        title={vi.app.loadFailed}
        subTitle={info.error.message}
        extra={
          <Button type="primary" onClick={() => void info.refetch()}>
            {vi.app.retry}
          </Button>
        }
      />
    );
  }
  if (!info.data.setupDone) return <WelcomePage />;
  return <AppShell demo={info.data.demo} />;
}
