import { App, Form, Modal } from 'antd';
import type { Movement, Plan } from '@shared/domain/plan';
import { useApiMutation } from '@renderer/api/hooks';
import { viPlans } from '@renderer/i18n/vi-plans';
import { PlanHeaderFields } from '../components/PlanHeaderFields';
import { headerFromValues, headerValuesFrom, type PlanHeaderValues } from '../plan-header-values';
import { planUpdateInput } from './target-payloads';

/** "Sửa thông tin": the header as on the review screen, plus the movements the plan belongs to. */
export function EditPlanHeaderModal({
  plan,
  movements,
  onClose,
}: {
  plan: Plan;
  movements: readonly Movement[];
  onClose: () => void;
}) {
  const [form] = Form.useForm<PlanHeaderValues>();
  const { message } = App.useApp();
  const update = useApiMutation('plans:update', { invalidates: ['plans:get', 'plans:list'] });

  const save = (values: PlanHeaderValues) =>
    update.mutate(planUpdateInput(plan, { ...headerFromValues(values), movementIds: values.movementIds ?? [] }), {
      onSuccess: () => {
        void message.success(viPlans.detail.headerSaved);
        onClose();
      },
    });

  return (
    <Modal
      open
      title={viPlans.detail.editHeaderTitle}
      okText={viPlans.common.save}
      cancelText={viPlans.common.cancel}
      confirmLoading={update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={900}
    >
      <Form<PlanHeaderValues>
        name="edit-plan-header"
        form={form}
        layout="vertical"
        initialValues={headerValuesFrom(plan, plan.movementIds)}
        onFinish={save}
      >
        <PlanHeaderFields movements={movements} />
      </Form>
    </Modal>
  );
}
