import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { App, Flex, Modal, Typography } from 'antd';
import type { Plan } from '@shared/domain/plan';
import { useApiMutation } from '@renderer/api/hooks';
import { navigateTo } from '@renderer/app/use-hash-route';
import { viPlans } from '@renderer/i18n/vi-plans';
import { plansPath } from '../plan-routes';
import { reasonInput, ReasonField } from './ReasonField';

const d = viPlans.detail;

/** Deleting a plan asks first and takes a reason, then returns to the list. */
export function DeletePlanModal({ plan, onClose }: { plan: Plan; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const remove = useApiMutation('plans:delete', { invalidates: ['plans:list'] });

  return (
    <Modal
      open
      title={d.deletePlanTitle(plan.title)}
      okText={d.deletePlanConfirm}
      okButtonProps={{ danger: true }}
      cancelText={viPlans.common.cancel}
      confirmLoading={remove.isPending}
      onCancel={onClose}
      onOk={() =>
        remove.mutate(
          { id: plan.id, ...reasonInput(reason) },
          {
            onSuccess: () => {
              void message.success(d.planDeleted(plan.title));
              onClose();
              navigateTo(plansPath);
              // The plan's page is gone; drop its cached read instead of refetching a missing plan.
              queryClient.removeQueries({ queryKey: ['plans:get', { id: plan.id }] });
            },
          },
        )
      }
    >
      <Flex vertical gap="middle">
        <Typography.Paragraph>{d.deletePlanBody}</Typography.Paragraph>
        <ReasonField value={reason} onChange={setReason} />
      </Flex>
    </Modal>
  );
}
