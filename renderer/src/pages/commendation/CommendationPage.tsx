import { Flex, Tabs, Typography } from 'antd';
import { useHashRoute } from '@renderer/app/use-hash-route';
import { viCommendation as t } from '@renderer/i18n/vi-commendation-ui';
import { parseCommendationPath, tabPath, type CommendationTab } from './commendation-route';
import { DecisionsTab } from './DecisionsTab';
import { LookupTab } from './LookupTab';
import { ProposalsTab } from './ProposalsTab';
import { RegistryTab } from './RegistryTab';

/** "Khen thưởng": proposals, decisions, look-up and registry as tabs, each with its own route. */
export function CommendationPage() {
  const { path, navigate } = useHashRoute();
  const route = parseCommendationPath(path);
  const content = () => {
    switch (route.tab) {
      case 'proposals':
        return <ProposalsTab proposalId={route.proposalId} navigate={navigate} />;
      case 'decisions':
        return (
          <DecisionsTab decisionId={route.decisionId} newFromProposal={route.newFromProposal} navigate={navigate} />
        );
      case 'lookup':
        return <LookupTab />;
      case 'registry':
        return <RegistryTab />;
    }
  };
  const tabs: CommendationTab[] = ['proposals', 'decisions', 'lookup', 'registry'];
  return (
    <Flex vertical gap="middle">
      <div>
        <Typography.Title level={2} style={{ marginBottom: 4 }}>
          {t.title}
        </Typography.Title>
        <Typography.Text type="secondary">{t.intro}</Typography.Text>
      </div>
      <Tabs
        activeKey={route.tab}
        onChange={(key) => navigate(tabPath(key as CommendationTab))}
        items={tabs.map((key) => ({ key, label: t.tabs[key] }))}
      />
      {content()}
    </Flex>
  );
}
