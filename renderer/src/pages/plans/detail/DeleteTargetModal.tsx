import { useState } from 'react';
import { App, Flex, Modal, Typography } from 'antd';
import { useApiMutation } from '@renderer/api/hooks';
import { viPlans } from '@renderer/i18n/vi-plans';
import { describeTarget } from '../describe-target';
import { reasonInput, ReasonField } from './ReasonField';
import type { TargetLine } from './target-groups';

const t = viPlans.targetForm;

/** Deleting a target asks first and takes a reason; its unit allocations go with it (the core does both at once). */
export function DeleteTargetModal({ line, onClose }: { line: TargetLine; onClose: () => void }) {
  const { message } = App.useApp();
  const [reason, setReason] = useState('');
  const remove = useApiMutation('targets:delete', { invalidates: ['plans:get', 'plans:list'] });

  return (
    <Modal
      open
      title={t.deleteTitle(line.indicator.name)}
      okText={t.deleteConfirm}
      okButtonProps={{ danger: true }}
      cancelText={viPlans.common.cancel}
      confirmLoading={remove.isPending}
      onCancel={onClose}
      onOk={() =>
        remove.mutate(
          { id: line.target.id, ...reasonInput(reason) },
          {
            onSuccess: () => {
              void message.success(t.deleted(line.indicator.name));
              onClose();
            },
          },
        )
      }
    >
      <Flex vertical gap="middle">
        <Typography.Text strong>{describeTarget(line.target, line.indicator)}</Typography.Text>
        {line.allocations.length > 0 && <Typography.Paragraph>{t.deleteBody}</Typography.Paragraph>}
        <ReasonField value={reason} onChange={setReason} />
      </Flex>
    </Modal>
  );
}
