import { useState } from 'react';
import { Button, Flex, Result, Spin } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import type { PlanTask } from '@shared/domain/plan';
import { useApiQuery } from '@renderer/api/hooks';
import { viPlans } from '@renderer/i18n/vi-plans';
import { plansPath } from '../plan-routes';
import { AllocationModal } from './AllocationModal';
import { DeletePlanModal } from './DeletePlanModal';
import { DeleteTargetModal } from './DeleteTargetModal';
import { EditPlanHeaderModal } from './EditPlanHeaderModal';
import { PhasingModal } from './PhasingModal';
import { PlanHeaderBlock } from './PlanHeaderBlock';
import { groupTargets, type TargetLine } from './target-groups';
import { TargetModal } from './TargetModal';
import { TargetsSection, type TargetAction } from './TargetsSection';
import { TaskModal } from './TaskModal';
import { TasksSection } from './TasksSection';

/** Which dialog is open; each mounts fresh so its form never shows another target's values. */
type PlanDialog =
  | { kind: 'editHeader' }
  | { kind: 'deletePlan' }
  | { kind: 'target'; line: TargetLine | null }
  | { kind: 'deleteTarget'; line: TargetLine }
  | { kind: 'allocate'; line: TargetLine }
  | { kind: 'phasing'; line: TargetLine }
  | { kind: 'task'; task: PlanTask | null };

const backLink = (
  <Button
    type="link"
    icon={<ArrowLeftOutlined />}
    href={`#${plansPath}`}
    style={{ paddingInline: 0, alignSelf: 'flex-start' }}
  >
    {viPlans.detail.back}
  </Button>
);

/** One plan: its header and status, its targets by field with allocations and phasing, and its key tasks. */
export function PlanDetailPage({ planId }: { planId: number }) {
  const detail = useApiQuery('plans:get', { id: planId });
  const movements = useApiQuery('movements:list', {});
  const [dialog, setDialog] = useState<PlanDialog | null>(null);
  const close = () => setDialog(null);

  if (detail.isPending) {
    return (
      <Flex vertical gap="middle">
        {backLink}
        <Spin />
      </Flex>
    );
  }
  if (detail.isError) {
    const missing = detail.error.code === 'NOT_FOUND';
    return (
      <Flex vertical gap="middle">
        {backLink}
        <Result
          status={missing ? '404' : 'error'}
          title={missing ? viPlans.detail.notFound : viPlans.common.loadFailed}
          subTitle={missing ? undefined : detail.error.message}
        />
      </Flex>
    );
  }

  const { plan, targets, indicators, tasks } = detail.data;
  const groups = groupTargets(targets, indicators);
  const areaIndicatorIds = groups.flatMap((g) => g.lines.map((l) => l.indicator.id));

  const onTargetAction = (action: TargetAction, line: TargetLine) => {
    if (action === 'edit') setDialog({ kind: 'target', line });
    else if (action === 'delete') setDialog({ kind: 'deleteTarget', line });
    else if (action === 'allocate') setDialog({ kind: 'allocate', line });
    else setDialog({ kind: 'phasing', line });
  };

  return (
    <Flex vertical gap="middle">
      {backLink}
      <PlanHeaderBlock
        plan={plan}
        movements={movements.data ?? []}
        onEdit={() => setDialog({ kind: 'editHeader' })}
        onDelete={() => setDialog({ kind: 'deletePlan' })}
      />
      <TargetsSection
        groups={groups}
        onAdd={() => setDialog({ kind: 'target', line: null })}
        onAction={onTargetAction}
      />
      <TasksSection
        tasks={tasks}
        onAdd={() => setDialog({ kind: 'task', task: null })}
        onEdit={(task) => setDialog({ kind: 'task', task })}
      />

      {dialog?.kind === 'editHeader' && (
        <EditPlanHeaderModal plan={plan} movements={movements.data ?? []} onClose={close} />
      )}
      {dialog?.kind === 'deletePlan' && <DeletePlanModal plan={plan} onClose={close} />}
      {dialog?.kind === 'target' && (
        <TargetModal plan={plan} line={dialog.line} usedIndicatorIds={areaIndicatorIds} onClose={close} />
      )}
      {dialog?.kind === 'deleteTarget' && <DeleteTargetModal line={dialog.line} onClose={close} />}
      {dialog?.kind === 'allocate' && <AllocationModal line={dialog.line} onClose={close} />}
      {dialog?.kind === 'phasing' && <PhasingModal line={dialog.line} onClose={close} />}
      {dialog?.kind === 'task' && <TaskModal planId={plan.id} task={dialog.task} onClose={close} />}
    </Flex>
  );
}
