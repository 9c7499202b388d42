import type { ReactNode } from 'react';
import { Button, Card, Flex, Typography } from 'antd';
import { DatabaseOutlined, FileAddOutlined } from '@ant-design/icons';
import { useApiMutation } from '@renderer/api/hooks';
import { routePaths } from '@renderer/app/routes';
import { navigateTo } from '@renderer/app/use-hash-route';
import { vi } from '@renderer/i18n/vi';

type SetupMode = 'demo' | 'empty';

/**
 * First run: demo data to explore, or an empty start. An empty start goes straight to Cài đặt because every document
 * needs the council's name, place and signer before anything else is useful.
 */
export function WelcomePage() {
  const setup = useApiMutation('app:setup', { invalidates: ['app:info', 'settings:council', 'units:list'] });

  const choose = (mode: SetupMode) => {
    setup.mutate(
      { mode },
      { onSuccess: () => navigateTo(mode === 'empty' ? routePaths.settings : routePaths.units, { replace: true }) },
    );
  };

  return (
    <Flex justify="center" align="center" style={{ minHeight: '100vh', padding: 24 }}>
      <Card style={{ maxWidth: 720, width: '100%' }}>
        <Typography.Title level={2}>{vi.welcome.title}</Typography.Title>
        <Typography.Paragraph>{vi.welcome.intro}</Typography.Paragraph>
        <Typography.Paragraph strong>{vi.welcome.choose}</Typography.Paragraph>
        <Flex gap="large" wrap>
          <WelcomeChoice
            icon={<DatabaseOutlined />}
            label={vi.welcome.demoButton}
            hint={vi.welcome.demoHint}
            loading={setup.isPending && setup.variables?.mode === 'demo'}
            disabled={setup.isPending}
            onClick={() => choose('demo')}
          />
          <WelcomeChoice
            icon={<FileAddOutlined />}
            label={vi.welcome.emptyButton}
            hint={vi.welcome.emptyHint}
            primary
            loading={setup.isPending && setup.variables?.mode === 'empty'}
            disabled={setup.isPending}
            onClick={() => choose('empty')}
          />
        </Flex>
        <Typography.Paragraph type="secondary" style={{ marginTop: 24, marginBottom: 0 }}>
          {vi.welcome.once}
        </Typography.Paragraph>
      </Card>
    </Flex>
  );
}

interface WelcomeChoiceProps {
  icon: ReactNode;
  label: string;
  hint: string;
  primary?: boolean;
  loading: boolean;
  disabled: boolean;
  onClick: () => void;
}

function WelcomeChoice({ icon, label, hint, primary = false, loading, disabled, onClick }: WelcomeChoiceProps) {
  return (
    <Flex vertical gap="small" style={{ flex: '1 1 260px' }}>
      <Button
        type={primary ? 'primary' : 'default'}
        size="large"
        icon={icon}
        loading={loading}
        disabled={disabled && !loading}
        onClick={onClick}
        style={{ height: 64, fontSize: 18 }}
      >
        {label}
      </Button>
      <Typography.Text type="secondary">{hint}</Typography.Text>
    </Flex>
  );
}
