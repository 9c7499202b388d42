import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Typography } from 'antd';
import { RocketOutlined } from '@ant-design/icons';
import type { StartRealResult } from '@shared/contract/app';
import { ApiError, callApi } from '@renderer/api/call-api';
import { useApiQuery } from '@renderer/api/hooks';
import { navigateTo } from '@renderer/app/use-hash-route';
import { vi } from '@renderer/i18n/vi';
import { dashboardPath } from '@renderer/pages/dashboard/dashboard-routes';

const t = vi.startReal;

/**
 * "Bắt đầu dùng thật", shown only while the demo is loaded: after a confirmation the core keeps a copy of the demo and
 * opens an empty database (`app:startReal`). Every cached answer belongs to the demo, so all are dropped, and the
 * secretary lands on Tổng quan, where the getting-started list takes her through the first steps.
 */
export function StartRealCard() {
  const info = useApiQuery('app:info', {});
  const { modal, message } = App.useApp();
  const queryClient = useQueryClient();
  const start = useMutation<StartRealResult, ApiError, void>({
    mutationFn: () => callApi('app:startReal', {}),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries();
      void message.success({ content: result.message, duration: 10 });
      navigateTo(dashboardPath);
    },
  });
  if (!info.data?.demo) return null;
  return (
    <Card title={t.title}>
      <Typography.Paragraph>{t.intro}</Typography.Paragraph>
      {start.isError && <Alert type="error" showIcon title={start.error.message} style={{ marginBottom: 12 }} />}
      <Button
        type="primary"
        icon={<RocketOutlined />}
        loading={start.isPending}
        onClick={() =>
          modal.confirm({
            title: t.confirmTitle,
            content: t.confirmContent,
            okText: t.confirmOk,
            cancelText: vi.common.cancel,
            onOk: () => start.mutateAsync().catch(() => undefined),
          })
        }
      >
        {t.button}
      </Button>
    </Card>
  );
}
