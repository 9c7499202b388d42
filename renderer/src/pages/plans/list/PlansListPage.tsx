import { useState } from 'react';
import { Button, Flex, Tabs, Typography } from 'antd';
import { EditOutlined, FileAddOutlined } from '@ant-design/icons';
import { viPlans } from '@renderer/i18n/vi-plans';
import { planCreatePath, planImportPath } from '../plan-routes';
import { MovementsPanel } from './MovementsPanel';
import { PlansPanel } from './PlansPanel';

const t = viPlans.list;

/** The section's front page: the plans of each year, and the movements (phong trào) they belong to. */
export function PlansListPage() {
  const [tab, setTab] = useState<'plans' | 'movements'>('plans');
  return (
    <Flex vertical gap="middle">
      <Flex align="center" gap="middle" wrap>
        <div>
          <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 4 }}>
            {t.title}
          </Typography.Title>
          <Typography.Text type="secondary">{t.intro}</Typography.Text>
        </div>
        <Flex gap="small" style={{ marginInlineStart: 'auto' }}>
          <Button type="primary" icon={<FileAddOutlined />} href={`#${planImportPath}`}>
            {t.importButton}
          </Button>
          <Button icon={<EditOutlined />} href={`#${planCreatePath}`}>
            {t.createButton}
          </Button>
        </Flex>
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key === 'movements' ? 'movements' : 'plans')}
        items={[
          { key: 'plans', label: t.tabPlans, children: <PlansPanel /> },
          { key: 'movements', label: t.tabMovements, children: <MovementsPanel /> },
        ]}
      />
    </Flex>
  );
}
