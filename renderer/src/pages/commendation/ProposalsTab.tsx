import { useState } from 'react';
import { keepPreviousData } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Form, Input, InputNumber, Modal, Select, Spin, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Proposal } from '@shared/commendation/registry';
import type { ProposalPeriod } from '@shared/commendation/rules';
import { proposalPeriodLabels } from '@shared/i18n/vi-commendation';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import type { NavigateOptions } from '@renderer/app/use-hash-route';
import { requiredChoice } from '@renderer/forms/form-rules';
import { vietnameseSelectSearch } from '@renderer/forms/vietnamese-select-search';
import { viCommendation } from '@renderer/i18n/vi-commendation-ui';
import { planYears } from '@renderer/pages/plans/list/plan-list';
import { proposalPath } from './commendation-route';
import { ProposalView } from './ProposalView';

const t = viCommendation.proposals;
const c = viCommendation.common;

type Navigate = (path: string, options?: NavigateOptions) => void;

interface CreateValues {
  year: number;
  period: ProposalPeriod;
  titleId: number;
  note?: string;
}

function CreateProposalModal({ onClose, onCreated }: { onClose: () => void; onCreated: (id: number) => void }) {
  const [form] = Form.useForm<CreateValues>();
  const { message } = App.useApp();
  const catalogue = useApiQuery('commendation:catalogue', {});
  // A proposal is for the year being evaluated: the latest plan's, not the calendar's (a 2023 file read in 2026).
  const plans = useApiQuery('plans:list', {});
  const year = planYears(plans.data ?? [])[0] ?? new Date().getFullYear();
  const create = useApiMutation('proposals:create', { invalidates: ['proposals:list'] });
  const save = (values: CreateValues) =>
    create.mutate(
      { year: values.year, period: values.period, titleId: values.titleId, note: values.note ?? '' },
      {
        onSuccess: (detail) => {
          void message.success(t.created(detail.proposal.titleName, detail.proposal.year));
          onCreated(detail.proposal.id);
        },
      },
    );
  return (
    <Modal
      open
      title={t.createTitle}
      okText={t.create}
      cancelText={c.cancel}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {plans.isPending ? (
        <Spin />
      ) : (
        <Form<CreateValues>
          form={form}
          name="create-proposal"
          layout="vertical"
          initialValues={{ year, period: 'Y' }}
          onFinish={save}
        >
          <Form.Item name="year" label={c.year} rules={[requiredChoice(c.year)]}>
            <InputNumber min={1990} max={2200} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="period" label={c.period} rules={[requiredChoice(c.period)]}>
            <Select options={(['Y', 'H1'] as const).map((p) => ({ value: p, label: proposalPeriodLabels[p] }))} />
          </Form.Item>
          <Form.Item name="titleId" label={c.title} rules={[requiredChoice(c.title)]}>
            <Select
              showSearch
              {...vietnameseSelectSearch}
              options={(catalogue.data?.titles ?? []).map((title) => ({ value: title.id, label: title.name }))}
            />
          </Form.Item>
          <Form.Item name="note" label={c.note}>
            <Input.TextArea rows={2} maxLength={500} placeholder={t.noteHint} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}

/** The proposals of a year (or all years), and one proposal when its route is open. */
export function ProposalsTab({ proposalId, navigate }: { proposalId: number | null; navigate: Navigate }) {
  const [year, setYear] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const list = useApiQuery('proposals:list', year === null ? {} : { year }, { placeholderData: keepPreviousData });
  if (proposalId !== null) {
    return <ProposalView id={proposalId} navigate={navigate} />;
  }
  return (
    <Flex vertical gap="middle">
      <Flex gap="middle" align="center" wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t.listTitle}
        </Typography.Title>
        <label style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
          {t.yearFilter}
          <InputNumber
            aria-label={t.yearFilter}
            min={1990}
            max={2200}
            placeholder={c.allYears}
            value={year}
            onChange={(v) => setYear(v)}
            style={{ width: 150 }}
          />
        </label>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          style={{ marginInlineStart: 'auto' }}
          onClick={() => setCreating(true)}
        >
          {t.create}
        </Button>
      </Flex>
      {list.isError && (
        <Alert type="error" showIcon title={viCommendation.loadFailed} description={list.error.message} />
      )}
      <Table<Proposal>
        size="small"
        rowKey="id"
        aria-label={t.listTitle}
        loading={list.isFetching}
        pagination={false}
        dataSource={list.data ?? []}
        locale={{ emptyText: t.empty }}
        columns={[
          { title: c.year, dataIndex: 'year', width: 80 },
          { title: c.period, width: 150, render: (_, p) => proposalPeriodLabels[p.period] },
          {
            title: c.title,
            render: (_, p) => (
              <>
                {p.titleName} {p.demo && <Tag>{c.demo}</Tag>}
              </>
            ),
          },
          { title: t.entryCount, dataIndex: 'entryCount', width: 140, align: 'right' },
          { title: c.note, dataIndex: 'note' },
          {
            title: '',
            width: 90,
            render: (_, p) => (
              <Button
                size="small"
                aria-label={`${c.open} ${p.titleName} ${p.year}`}
                onClick={() => navigate(proposalPath(p.id))}
              >
                {c.open}
              </Button>
            ),
          },
        ]}
      />
      {creating && (
        <CreateProposalModal
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            navigate(proposalPath(id));
          }}
        />
      )}
    </Flex>
  );
}
