import { useState } from 'react';
import { App, Button, Flex, Form, Input, InputNumber, Modal, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import type { AwardTitle } from '@shared/commendation/catalogue';
import type { AwardRule } from '@shared/commendation/rules';
import {
  recipientKindLabels,
  ruleAppliesToLabels,
  ruleSourceLabels,
  titleCategoryLabels,
} from '@shared/i18n/vi-commendation';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { formatIsoDate } from '@renderer/format/dates';
import { DateField, toIsoDate } from '@renderer/forms/DateField';
import { requiredChoice, requiredText } from '@renderer/forms/form-rules';
import { viCommendation } from '@renderer/i18n/vi-commendation-ui';
import { describeRule, formatMoney, formatMultiple, sortRules } from './commendation-format';

const t = viCommendation.registry;
const c = viCommendation.common;

interface VersionValues {
  effectiveFrom: Dayjs;
  authority: string;
  prizeMultiple: number;
  reason?: string;
}

function TitleVersionModal({ title, onClose }: { title: AwardTitle; onClose: () => void }) {
  const [form] = Form.useForm<VersionValues>();
  const { message } = App.useApp();
  const save = useApiMutation('commendation:saveTitleVersion', { invalidates: ['commendation:catalogue'] });
  return (
    <Modal
      open
      title={t.newVersionOf(title.name)}
      okText={c.save}
      cancelText={c.cancel}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<VersionValues>
        form={form}
        name="title-version"
        layout="vertical"
        initialValues={{ authority: title.authority, prizeMultiple: title.prizeMultiple }}
        onFinish={(v) =>
          save.mutate(
            {
              titleId: title.id,
              effectiveFrom: toIsoDate(v.effectiveFrom),
              authority: v.authority,
              prizeMultiple: v.prizeMultiple,
              ...(v.reason ? { reason: v.reason } : {}),
            },
            {
              onSuccess: () => {
                void message.success(t.versionSaved);
                onClose();
              },
            },
          )
        }
      >
        <Form.Item name="effectiveFrom" label={c.effectiveFrom} rules={[requiredChoice(c.effectiveFrom)]}>
          <DateField />
        </Form.Item>
        <Form.Item name="authority" label={t.authority} rules={[requiredText(t.authority)]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="prizeMultiple" label={t.multiple} rules={[requiredChoice(t.multiple)]}>
          <InputNumber min={0} max={100} step={0.1} decimalSeparator="," />
        </Form.Item>
        <Form.Item name="reason" label={c.reason}>
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Titles and forms with the version in force today, every dated version, and a new version from a date. */
export function TitlesRegistry() {
  const catalogue = useApiQuery('commendation:catalogue', {});
  const [editing, setEditing] = useState<AwardTitle | null>(null);
  const versions = catalogue.data?.versions ?? [];
  return (
    <>
      <Table<AwardTitle>
        size="small"
        rowKey="id"
        aria-label={t.titles}
        pagination={false}
        dataSource={catalogue.data?.titles ?? []}
        expandable={{
          expandedRowRender: (title) => (
            <Table
              size="small"
              rowKey="effectiveFrom"
              pagination={false}
              aria-label={`${t.versions} ${title.name}`}
              dataSource={versions.filter((v) => v.titleId === title.id)}
              columns={[
                { title: c.effectiveFrom, render: (_, v) => formatIsoDate(v.effectiveFrom) },
                { title: t.authority, dataIndex: 'authority' },
                { title: t.multiple, render: (_, v) => formatMultiple(v.prizeMultiple) },
              ]}
            />
          ),
        }}
        columns={[
          { title: t.code, dataIndex: 'code', width: 120 },
          { title: c.title, dataIndex: 'name' },
          { title: t.category, width: 180, render: (_, r) => titleCategoryLabels[r.category] },
          { title: t.recipient, width: 90, render: (_, r) => recipientKindLabels[r.recipient] },
          { title: t.authority, dataIndex: 'authority' },
          { title: t.multiple, width: 130, align: 'right', render: (_, r) => formatMultiple(r.prizeMultiple) },
          { title: c.effectiveFrom, width: 130, render: (_, r) => formatIsoDate(r.effectiveFrom) },
          {
            title: '',
            width: 150,
            render: (_, r) => (
              <Button size="small" aria-label={t.newVersionOf(r.name)} onClick={() => setEditing(r)}>
                {t.newVersion}
              </Button>
            ),
          },
        ]}
      />
      {editing && <TitleVersionModal title={editing} onClose={() => setEditing(null)} />}
    </>
  );
}

interface SalaryValues {
  effectiveFrom: Dayjs;
  amount: number;
  reason?: string;
}

function BaseSalaryModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<SalaryValues>();
  const { message } = App.useApp();
  const save = useApiMutation('commendation:saveBaseSalary', { invalidates: ['commendation:catalogue'] });
  return (
    <Modal
      open
      title={t.addBaseSalary}
      okText={c.save}
      cancelText={c.cancel}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<SalaryValues>
        form={form}
        name="base-salary"
        layout="vertical"
        onFinish={(v) =>
          save.mutate(
            { effectiveFrom: toIsoDate(v.effectiveFrom), amount: v.amount, ...(v.reason ? { reason: v.reason } : {}) },
            {
              onSuccess: () => {
                void message.success(t.baseSalarySaved);
                onClose();
              },
            },
          )
        }
      >
        <Form.Item name="effectiveFrom" label={c.effectiveFrom} rules={[requiredChoice(c.effectiveFrom)]}>
          <DateField />
        </Form.Item>
        <Form.Item name="amount" label={t.amount} rules={[requiredChoice(t.amount)]}>
          <InputNumber<number>
            min={1}
            max={1_000_000_000}
            precision={0}
            style={{ width: 220 }}
            formatter={(v) => (v === undefined ? '' : String(v).replace(/\B(?=(\d{3})+(?!\d))/g, '.'))}
            parser={(v) => Number((v ?? '').replace(/\D/g, ''))}
          />
        </Form.Item>
        <Form.Item name="reason" label={c.reason}>
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Lương cơ sở by effective date, and a new dated amount. */
export function BaseSalaryRegistry() {
  const catalogue = useApiQuery('commendation:catalogue', {});
  const [adding, setAdding] = useState(false);
  const rows = [...(catalogue.data?.baseSalaries ?? [])].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  return (
    <Flex vertical gap="small">
      <div>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          {t.addBaseSalary}
        </Button>
      </div>
      <Table
        size="small"
        rowKey="effectiveFrom"
        aria-label={t.baseSalary}
        pagination={false}
        dataSource={rows}
        style={{ maxWidth: 520 }}
        columns={[
          { title: c.effectiveFrom, render: (_, v) => formatIsoDate(v.effectiveFrom) },
          { title: t.baseSalary, align: 'right', render: (_, v) => formatMoney(v.amount) },
        ]}
      />
      {adding && <BaseSalaryModal onClose={() => setAdding(false)} />}
    </Flex>
  );
}

/** Every version of every rule, read-only, with its values in words. */
export function RulesRegistry() {
  const catalogue = useApiQuery('commendation:catalogue', {});
  const inForce = new Set((catalogue.data?.rulesInForce ?? []).map((r) => `${r.key}@${r.effectiveFrom}`));
  return (
    <Flex vertical gap="small">
      <Typography.Text type="secondary">{t.rulesIntro}</Typography.Text>
      <Table<AwardRule>
        size="small"
        rowKey={(r) => `${r.key}@${r.effectiveFrom}`}
        aria-label={t.rules}
        pagination={false}
        dataSource={sortRules(catalogue.data?.rules ?? [])}
        columns={[
          { title: t.ruleKey, dataIndex: 'key', width: 220 },
          { title: t.ruleLabel, dataIndex: 'label' },
          { title: t.ruleValue, render: (_, r) => describeRule(r.definition) },
          { title: t.ruleSource, width: 120, render: (_, r) => ruleSourceLabels[r.source] },
          { title: t.ruleAppliesTo, width: 140, render: (_, r) => ruleAppliesToLabels[r.appliesTo] },
          { title: c.effectiveFrom, width: 120, render: (_, r) => formatIsoDate(r.effectiveFrom) },
          {
            title: t.ruleState,
            width: 130,
            render: (_, r) =>
              inForce.has(`${r.key}@${r.effectiveFrom}`) ? (
                <Tag color="green">{t.ruleActive}</Tag>
              ) : r.active ? null : (
                <Tag>{t.ruleRetired}</Tag>
              ),
          },
        ]}
      />
    </Flex>
  );
}
