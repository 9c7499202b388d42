import { useState } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { AppGate } from './AppGate';
import { createQueryClient } from './query-client';
import { appTheme } from './theme';

// Month and weekday names in the date pickers follow dayjs's global locale, not only antd's.
dayjs.locale('vi');

/** Providers for the whole window. Tests pass their own QueryClient to start from an empty cache. */
export function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <ConfigProvider locale={viVN} theme={appTheme}>
      <QueryClientProvider client={client}>
        <AntApp>
          <AppGate />
        </AntApp>
      </QueryClientProvider>
    </ConfigProvider>
  );
}
