import { useState, type ReactNode } from 'react';
import { Button, Card, Divider, Flex, Radio, Typography } from 'antd';
import { DatabaseOutlined, FileAddOutlined, HistoryOutlined } from '@ant-design/icons';
import type { DemoName } from '@shared/contract/app';
import { councilLevels, type CouncilLevel } from '@shared/domain/council';
import { councilLevelLabels } from '@shared/i18n/vi-labels';
import { useApiMutation } from '@renderer/api/hooks';
import { routePaths } from '@renderer/app/routes';
import { navigateTo } from '@renderer/app/use-hash-route';
import { vi } from '@renderer/i18n/vi';

const t = vi.welcome;

/** The levels in the order a council chooses them: most councils are communes now; district only for history. */
const levelOrder: readonly CouncilLevel[] = ['xa', 'tinh', 'huyen'];

/**
 * First run: the 2026 commune demo (offered first), the 2023 district demo, or an empty start at the council's level
 * (the unit kinds and who decides each title follow it). An empty start goes straight to Cài đặt because every
 * document needs the council's name, place and signer before anything else is useful.
 */
export function WelcomePage() {
  const setup = useApiMutation('app:setup', { invalidates: ['app:info', 'settings:council', 'units:list'] });
  const [level, setLevel] = useState<CouncilLevel>('xa');
  const busy = (key: string) => setup.isPending && pendingKey(setup.variables) === key;

  const demo = (name: DemoName) =>
    setup.mutate(
      { mode: 'demo', demo: name },
      { onSuccess: () => navigateTo(routePaths.dashboard, { replace: true }) },
    );
  const empty = () =>
    setup.mutate({ mode: 'empty', level }, { onSuccess: () => navigateTo(routePaths.settings, { replace: true }) });

  return (
    <Flex justify="center" align="center" style={{ minHeight: '100vh', padding: 24 }}>
      <Card style={{ maxWidth: 760, width: '100%' }}>
        <Typography.Title level={2}>{t.title}</Typography.Title>
        <Typography.Paragraph>{t.intro}</Typography.Paragraph>
        <Typography.Paragraph strong>{t.choose}</Typography.Paragraph>
        <Flex gap="large" wrap>
          <WelcomeChoice
            icon={<DatabaseOutlined />}
            label={t.communeDemoButton}
            hint={t.communeDemoHint}
            primary
            loading={busy('xa-2026')}
            disabled={setup.isPending}
            onClick={() => demo('xa-2026')}
          />
          <WelcomeChoice
            icon={<HistoryOutlined />}
            label={t.districtDemoButton}
            hint={t.districtDemoHint}
            loading={busy('huyen-2023')}
            disabled={setup.isPending}
            onClick={() => demo('huyen-2023')}
          />
        </Flex>
        <Divider />
        <Typography.Paragraph strong>{t.levelQuestion}</Typography.Paragraph>
        <Radio.Group
          aria-label={t.levelQuestion}
          value={level}
          onChange={(e) => setLevel(e.target.value as CouncilLevel)}
          style={{ marginBottom: 16 }}
        >
          <Flex vertical gap={4}>
            {levelOrder
              .filter((l) => councilLevels.includes(l))
              .map((l) => (
                <Radio key={l} value={l}>
                  {councilLevelLabels[l]} <Typography.Text type="secondary">– {t.levelHints[l]}</Typography.Text>
                </Radio>
              ))}
          </Flex>
        </Radio.Group>
        <WelcomeChoice
          icon={<FileAddOutlined />}
          label={t.emptyButton}
          hint={t.emptyHint}
          loading={busy('empty')}
          disabled={setup.isPending}
          onClick={empty}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 24, marginBottom: 0 }}>
          {t.once}
        </Typography.Paragraph>
      </Card>
    </Flex>
  );
}

function pendingKey(variables: { mode: 'demo' | 'empty'; demo?: DemoName } | undefined): string | null {
  if (variables === undefined) return null;
  return variables.mode === 'demo' ? (variables.demo ?? 'xa-2026') : 'empty';
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
    <Flex vertical gap="small" style={{ flex: '1 1 300px' }}>
      <Button
        type={primary ? 'primary' : 'default'}
        size="large"
        icon={icon}
        loading={loading}
        disabled={disabled && !loading}
        onClick={onClick}
        style={{ minHeight: 64, fontSize: 17, whiteSpace: 'normal' }}
      >
        {label}
      </Button>
      <Typography.Text type="secondary">{hint}</Typography.Text>
    </Flex>
  );
}
