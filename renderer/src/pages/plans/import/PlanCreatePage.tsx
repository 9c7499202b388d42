import { useMemo } from 'react';
import { Button, Flex, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { viPlans } from '@renderer/i18n/vi-plans';
import { plansPath } from '../plan-routes';
import { PlanReviewStep } from './PlanReviewStep';
import { blankPlanProposal } from './review-rows';

/**
 * "Tạo kế hoạch": a plan typed by hand when there is no text to import (or the import failed). It is the import's
 * review screen started from nothing, so a typed plan is checked and saved exactly as an imported one.
 */
export function PlanCreatePage() {
  const proposal = useMemo(() => blankPlanProposal(), []);
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
        {viPlans.create.title}
      </Typography.Title>
      <PlanReviewStep proposal={proposal} mode="create" />
    </Flex>
  );
}
