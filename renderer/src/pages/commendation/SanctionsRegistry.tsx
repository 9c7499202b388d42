import { useState } from 'react';
import { App, Button, Flex, Form, Input, Modal, Popconfirm, Radio, Select, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { sanctionKinds, type Sanction, type SanctionKind } from '@shared/commendation/registry';
import { sanctionKindLabels } from '@shared/i18n/vi-commendation';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { formatIsoDate } from '@renderer/format/dates';
import { DateField, toIsoDate } from '@renderer/forms/DateField';
import { requiredChoice } from '@renderer/forms/form-rules';
import { vietnameseSelectSearch } from '@renderer/forms/vietnamese-select-search';
import { viCommendation } from '@renderer/i18n/vi-commendation-ui';

const t = viCommendation.registry;
const c = viCommendation.common;

const invalidates = ['people:sanctions', 'awards:eligibility', 'proposals:get'] as const;

interface SanctionValues {
  subject: 'person' | 'unit';
  personId?: number;
  unitId?: number;
  kind: SanctionKind;
  fromDate: Dayjs;
  toDate?: Dayjs | null;
  document?: string;
  note?: string;
  reason?: string;
}

function SanctionModal({ sanction, onClose }: { sanction: Sanction | null; onClose: () => void }) {
  const [form] = Form.useForm<SanctionValues>();
  const { message } = App.useApp();
  const people = useApiQuery('people:list', {});
  const units = useApiQuery('units:list', { includeRetired: false });
  const save = useApiMutation('people:saveSanction', { invalidates });
  const subject = Form.useWatch('subject', form) ?? (sanction?.unitId ? 'unit' : 'person');
  return (
    <Modal
      open
      title={sanction ? t.editSanction : t.addSanction}
      okText={c.save}
      cancelText={c.cancel}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<SanctionValues>
        form={form}
        name="sanction"
        layout="vertical"
        initialValues={
          sanction
            ? {
                subject: sanction.personId !== null ? 'person' : 'unit',
                ...(sanction.personId !== null ? { personId: sanction.personId } : {}),
                ...(sanction.unitId !== null ? { unitId: sanction.unitId } : {}),
                kind: sanction.kind,
                fromDate: dayjs(sanction.fromDate),
                toDate: sanction.toDate ? dayjs(sanction.toDate) : null,
                document: sanction.document,
                note: sanction.note,
              }
            : { subject: 'person', kind: 'xem_xet_ky_luat' }
        }
        onFinish={(v) =>
          save.mutate(
            {
              ...(sanction ? { id: sanction.id } : {}),
              personId: v.subject === 'person' ? (v.personId ?? null) : null,
              unitId: v.subject === 'unit' ? (v.unitId ?? null) : null,
              kind: v.kind,
              fromDate: toIsoDate(v.fromDate),
              toDate: v.toDate ? toIsoDate(v.toDate) : null,
              document: v.document ?? '',
              note: v.note ?? '',
              ...(v.reason ? { reason: v.reason } : {}),
            },
            {
              onSuccess: () => {
                void message.success(t.sanctionSaved);
                onClose();
              },
            },
          )
        }
      >
        <Form.Item name="subject" label={t.subjectKind}>
          <Radio.Group
            disabled={sanction !== null}
            options={[
              { value: 'person', label: t.subjectPerson },
              { value: 'unit', label: t.subjectUnit },
            ]}
          />
        </Form.Item>
        {subject === 'person' ? (
          <Form.Item name="personId" label={t.subjectPerson} rules={[requiredChoice(t.subjectPerson)]}>
            <Select
              showSearch
              disabled={sanction !== null}
              {...vietnameseSelectSearch}
              options={(people.data ?? []).map((p) => ({ value: p.id, label: `${p.fullName} – ${p.unitName}` }))}
            />
          </Form.Item>
        ) : (
          <Form.Item name="unitId" label={t.subjectUnit} rules={[requiredChoice(t.subjectUnit)]}>
            <Select
              showSearch
              disabled={sanction !== null}
              {...vietnameseSelectSearch}
              options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
            />
          </Form.Item>
        )}
        <Form.Item name="kind" label={t.sanctionKind} rules={[requiredChoice(t.sanctionKind)]}>
          <Select options={sanctionKinds.map((k) => ({ value: k, label: sanctionKindLabels[k] }))} />
        </Form.Item>
        <Flex gap="middle" wrap>
          <Form.Item name="fromDate" label={t.fromDate} rules={[requiredChoice(t.fromDate)]}>
            <DateField />
          </Form.Item>
          <Form.Item name="toDate" label={t.toDate}>
            <DateField />
          </Form.Item>
        </Flex>
        <Form.Item name="document" label={t.document}>
          <Input maxLength={300} placeholder="Quyết định số …/QĐ-UBND ngày …" />
        </Form.Item>
        <Form.Item name="note" label={t.note}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item name="reason" label={c.reason}>
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Discipline, investigations, inspections and complaints, with their dates: while one lasts, no award. */
export function SanctionsRegistry() {
  const { message } = App.useApp();
  const sanctions = useApiQuery('people:sanctions', {});
  const people = useApiQuery('people:list', {});
  const units = useApiQuery('units:list', { includeRetired: true });
  const remove = useApiMutation('people:deleteSanction', { invalidates });
  const [dialog, setDialog] = useState<{ sanction: Sanction | null } | null>(null);
  const personNames = new Map((people.data ?? []).map((p) => [p.id, `${p.fullName} (${p.unitName})`]));
  const unitNames = new Map((units.data ?? []).map((u) => [u.id, u.name]));
  return (
    <Flex vertical gap="small">
      <Typography.Text type="secondary">{t.sanctionsIntro}</Typography.Text>
      <div>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ sanction: null })}>
          {t.addSanction}
        </Button>
      </div>
      <Table<Sanction>
        size="small"
        rowKey="id"
        aria-label={t.sanctions}
        pagination={false}
        dataSource={sanctions.data ?? []}
        columns={[
          {
            title: t.subjectKind,
            render: (_, s) => (
              <>
                {s.personId !== null ? personNames.get(s.personId) : unitNames.get(s.unitId!)}{' '}
                {s.demo && <Tag>{c.demo}</Tag>}
              </>
            ),
          },
          { title: t.sanctionKind, width: 200, render: (_, s) => sanctionKindLabels[s.kind] },
          { title: t.fromDate, width: 110, render: (_, s) => formatIsoDate(s.fromDate) },
          {
            title: t.toDateShort,
            width: 130,
            render: (_, s) => (s.toDate ? formatIsoDate(s.toDate) : <Tag color="red">{t.open}</Tag>),
          },
          { title: t.document, dataIndex: 'document' },
          {
            title: '',
            width: 110,
            render: (_, s) => (
              <Flex gap={4}>
                <Button
                  size="small"
                  icon={<EditOutlined />}
                  aria-label={t.editSanction}
                  onClick={() => setDialog({ sanction: s })}
                />
                <Popconfirm
                  title={t.deleteSanctionConfirm}
                  okText={t.deleteSanction}
                  cancelText={c.cancel}
                  onConfirm={() =>
                    remove.mutate({ id: s.id }, { onSuccess: () => void message.success(t.sanctionDeleted) })
                  }
                >
                  <Button size="small" danger icon={<DeleteOutlined />} aria-label={t.deleteSanction} />
                </Popconfirm>
              </Flex>
            ),
          },
        ]}
      />
      {dialog && <SanctionModal sanction={dialog.sanction} onClose={() => setDialog(null)} />}
    </Flex>
  );
}
