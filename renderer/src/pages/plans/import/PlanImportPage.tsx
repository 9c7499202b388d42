import { useState } from 'react';
import { Button, Flex, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import type { PlanImportProposal } from '@shared/contract/plans';
import { viPlans } from '@renderer/i18n/vi-plans';
import { plansPath } from '../plan-routes';
import { PlanReviewStep } from './PlanReviewStep';
import { PlanSourceStep } from './PlanSourceStep';

/** "Nhập kế hoạch": read the text (pasted or from a file), then review and save. The text survives "Đọc văn bản khác". */
export function PlanImportPage() {
  const [text, setText] = useState('');
  const [proposal, setProposal] = useState<PlanImportProposal | null>(null);

  return (
    <Flex vertical gap="middle">
      <Button
        type="link"
        icon={<ArrowLeftOutlined />}
        href={`#${plansPath}`}
        style={{ paddingInline: 0, alignSelf: 'flex-start' }}
      >
        {viPlans.import.back}
      </Button>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {viPlans.import.title}
      </Typography.Title>
      {proposal ? (
        <PlanReviewStep proposal={proposal} mode="import" onBack={() => setProposal(null)} />
      ) : (
        <PlanSourceStep
          text={text}
          onTextChange={setText}
          onRead={(read) => {
            // A file's text lands in the box too, so "Đọc văn bản khác" starts from what was read.
            setText(read.sourceText);
            setProposal(read);
          }}
        />
      )}
    </Flex>
  );
}
