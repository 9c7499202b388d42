import { useState } from 'react';
import { Flex, Tabs, Typography } from 'antd';
import type { Quarter } from '@shared/domain/period';
import { viPackages } from '@renderer/i18n/vi-packages-ui';
import { ImportPackagesPanel } from './ImportPackagesPanel';
import { QuarterPicker } from './QuarterPicker';
import { SendPanel } from './SendPanel';
import { StatusBoard } from './StatusBoard';

/** "Gói báo cáo": the upper council imports packages and follows who sent; the lower one builds its own. */
export function PackagesPage() {
  const today = new Date();
  const [year, setYear] = useState(today.getFullYear());
  const [quarter, setQuarter] = useState<Quarter>((Math.floor(today.getMonth() / 3) + 1) as Quarter);
  return (
    <Flex vertical gap="middle" style={{ padding: 24 }}>
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {viPackages.title}
        </Typography.Title>
        <QuarterPicker
          year={year}
          quarter={quarter}
          onChange={(y, q) => {
            setYear(y);
            setQuarter(q);
          }}
        />
      </Flex>
      <Tabs
        items={[
          {
            key: 'import',
            label: viPackages.tabs.import,
            children: (
              <Flex vertical gap="large">
                <ImportPackagesPanel />
                <StatusBoard year={year} quarter={quarter} />
              </Flex>
            ),
          },
          { key: 'send', label: viPackages.tabs.send, children: <SendPanel year={year} quarter={quarter} /> },
        ]}
      />
    </Flex>
  );
}
