import { App, Form, Input, Modal, Select } from 'antd';
import type { Cluster } from '@shared/domain/cluster';
import { clusterKinds } from '@shared/domain/cluster';
import { clusterKindLabels } from '@shared/i18n/vi-clusters';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { requiredChoice, requiredText } from '@renderer/forms/form-rules';
import { vi } from '@renderer/i18n/vi';
import { viClusters } from '@renderer/i18n/vi-clusters-ui';
import {
  buildSaveClusterInput,
  clusterValues,
  emptyClusterValues,
  keepLeadersInMembers,
  leaderOptions,
  memberOptions,
  type ClusterFormValues,
} from './cluster-form';

const t = viClusters.form;

/**
 * "Thêm / sửa cụm, khối": name, kind, members picked from the active units (in rotation order), leader and deputy
 * among the members. The core's refusals (a unit already in another cụm or khối that year, a duplicate name) show
 * as its Vietnamese message and keep the dialog open.
 */
export function ClusterFormModal(props: {
  year: number;
  cluster: Cluster | null;
  sameYear: readonly Cluster[];
  onClose: () => void;
}) {
  const { year, cluster, sameYear, onClose } = props;
  const [form] = Form.useForm<ClusterFormValues>();
  const { message } = App.useApp();
  const units = useApiQuery('units:list', { includeRetired: false });
  const save = useApiMutation('clusters:save', { invalidates: ['clusters:list', 'scores:round'] });
  const kind = Form.useWatch('kind', form) ?? cluster?.kind ?? 'cum';
  const memberIds = Form.useWatch('memberIds', form) ?? [];
  const options = memberOptions(units.data ?? [], sameYear, kind, cluster);
  const leaders = leaderOptions(memberIds, options);

  const submit = (values: ClusterFormValues) => {
    save.mutate(buildSaveClusterInput(keepLeadersInMembers(values), year, cluster?.id), {
      onSuccess: (saved) => {
        void message.success(t.saved(saved.name));
        onClose();
      },
    });
  };

  return (
    <Modal
      open
      width={640}
      title={cluster ? t.editTitle(cluster.name) : t.createTitle(year)}
      okText={vi.common.save}
      cancelText={vi.common.cancel}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<ClusterFormValues>
        name="cluster-form"
        form={form}
        layout="vertical"
        initialValues={cluster ? clusterValues(cluster) : emptyClusterValues()}
        onFinish={submit}
        onValuesChange={(changed: Partial<ClusterFormValues>, all) => {
          if ('memberIds' in changed) {
            const kept = keepLeadersInMembers(all);
            form.setFieldsValue({ leaderUnitId: kept.leaderUnitId, deputyUnitId: kept.deputyUnitId });
          }
        }}
      >
        <Form.Item name="name" label={t.name} rules={[requiredText(t.name)]}>
          <Input placeholder={t.namePlaceholder} maxLength={200} autoFocus />
        </Form.Item>
        <Form.Item name="kind" label={t.kind} rules={[requiredChoice(t.kind)]}>
          <Select options={clusterKinds.map((k) => ({ value: k, label: clusterKindLabels[k] }))} />
        </Form.Item>
        <Form.Item name="memberIds" label={t.members} extra={t.membersHint} rules={[requiredChoice(t.members)]}>
          <Select
            mode="multiple"
            loading={units.isLoading}
            options={options}
            optionFilterProp="label"
            placeholder={t.members}
          />
        </Form.Item>
        <Form.Item name="leaderUnitId" label={t.leader}>
          <Select allowClear options={leaders} placeholder={t.leaderPlaceholder} />
        </Form.Item>
        <Form.Item name="deputyUnitId" label={t.deputy}>
          <Select allowClear options={leaders} placeholder={t.leaderPlaceholder} />
        </Form.Item>
        <Form.Item name="note" label={t.note}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
