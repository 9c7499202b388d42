import { useState } from 'react';
import { App, Button, Flex, Form, Input, InputNumber, Modal, Select, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import type { AwardPrinciple } from '@shared/commendation/principles';
import { prizeRoundings, type AwardRegime, type PrizeRounding } from '@shared/commendation/prize';
import type { AwardRule } from '@shared/commendation/rules';
import { prizeRoundingLabels, ruleAppliesToLabels, ruleSourceLabels } from '@shared/i18n/vi-commendation';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { formatIsoDate } from '@renderer/format/dates';
import { DateField, toIsoDate } from '@renderer/forms/DateField';
import { requiredChoice, requiredText } from '@renderer/forms/form-rules';
import { viCommendation } from '@renderer/i18n/vi-commendation-ui';
import { Citation, LegalBasisFields } from './CatalogueRegistry';
import { describeRule, formatMoney, sortRules } from './commendation-format';

const t = viCommendation.registry;
const c = viCommendation.common;

interface SalaryValues {
  effectiveFrom: Dayjs;
  amount: number;
  legalBasis?: string;
  confirmed: boolean;
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
        initialValues={{ confirmed: true }}
        onFinish={(v) =>
          save.mutate(
            {
              effectiveFrom: toIsoDate(v.effectiveFrom),
              amount: v.amount,
              legalBasis: v.legalBasis ?? '',
              confirmed: v.confirmed,
              ...(v.reason ? { reason: v.reason } : {}),
            },
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
        <LegalBasisFields />
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
        style={{ maxWidth: 900 }}
        columns={[
          { title: c.effectiveFrom, width: 130, render: (_, v) => formatIsoDate(v.effectiveFrom) },
          { title: t.baseSalary, width: 150, align: 'right', render: (_, v) => formatMoney(v.amount) },
          { title: t.legalBasis, render: (_, v) => <Citation {...v} /> },
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

interface RegimeValues {
  effectiveFrom: Dayjs;
  name: string;
  rounding: PrizeRounding;
  legalBasis?: string;
  confirmed: boolean;
  reason?: string;
}

function RegimeModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<RegimeValues>();
  const { message } = App.useApp();
  const save = useApiMutation('commendation:saveRegime', { invalidates: ['commendation:catalogue'] });
  return (
    <Modal
      open
      title={t.addRegime}
      okText={c.save}
      cancelText={c.cancel}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<RegimeValues>
        form={form}
        name="award-regime"
        layout="vertical"
        initialValues={{ rounding: 'ceil10000', confirmed: true }}
        onFinish={(v) =>
          save.mutate(
            {
              effectiveFrom: toIsoDate(v.effectiveFrom),
              name: v.name,
              rounding: v.rounding,
              legalBasis: v.legalBasis ?? '',
              confirmed: v.confirmed,
              ...(v.reason ? { reason: v.reason } : {}),
            },
            {
              onSuccess: () => {
                void message.success(t.regimeSaved);
                onClose();
              },
            },
          )
        }
      >
        <Form.Item name="effectiveFrom" label={c.effectiveFrom} rules={[requiredChoice(c.effectiveFrom)]}>
          <DateField />
        </Form.Item>
        <Form.Item name="name" label={t.regimeName} rules={[requiredText(t.regimeName)]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="rounding" label={t.rounding}>
          <Select options={prizeRoundings.map((r) => ({ value: r, label: prizeRoundingLabels[r] }))} />
        </Form.Item>
        <LegalBasisFields />
        <Form.Item name="reason" label={c.reason}>
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The decrees by date (NĐ 91/2017, NĐ 98/2023, NĐ 152/2025…) and how each rounds prize money. */
export function RegimesRegistry() {
  const catalogue = useApiQuery('commendation:catalogue', {});
  const [adding, setAdding] = useState(false);
  const rows = [...(catalogue.data?.regimes ?? [])].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  return (
    <Flex vertical gap="small">
      <Typography.Text type="secondary">{t.regimesIntro}</Typography.Text>
      <div>
        <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          {t.addRegime}
        </Button>
      </div>
      <Table<AwardRegime>
        size="small"
        rowKey="effectiveFrom"
        aria-label={t.regimes}
        pagination={false}
        dataSource={rows}
        columns={[
          { title: c.effectiveFrom, width: 130, render: (_, r) => formatIsoDate(r.effectiveFrom) },
          { title: t.regimeName, dataIndex: 'name' },
          { title: t.rounding, width: 230, render: (_, r) => prizeRoundingLabels[r.rounding] },
          { title: t.legalBasis, render: (_, r) => <Citation {...r} /> },
        ]}
      />
      {adding && <RegimeModal onClose={() => setAdding(false)} />}
    </Flex>
  );
}

function RetirePrincipleModal({ principle, onClose }: { principle: AwardPrinciple; onClose: () => void }) {
  const [form] = Form.useForm<{ effectiveFrom: Dayjs; reason?: string }>();
  const { message } = App.useApp();
  const save = useApiMutation('commendation:savePrinciple', { invalidates: ['commendation:catalogue'] });
  return (
    <Modal
      open
      title={t.retireOf(principle.label)}
      okText={c.save}
      cancelText={c.cancel}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        name="retire-principle"
        layout="vertical"
        onFinish={(v) =>
          save.mutate(
            {
              key: principle.key,
              effectiveFrom: toIsoDate(v.effectiveFrom),
              kind: principle.kind,
              label: principle.label,
              legalBasis: principle.legalBasis,
              params: principle.params,
              confirmed: principle.confirmed,
              active: false,
              ...(v.reason ? { reason: v.reason } : {}),
            },
            {
              onSuccess: () => {
                void message.success(t.principleSaved);
                onClose();
              },
            },
          )
        }
      >
        <Form.Item name="effectiveFrom" label={c.effectiveFrom} rules={[requiredChoice(c.effectiveFrom)]}>
          <DateField />
        </Form.Item>
        <Form.Item name="reason" label={c.reason}>
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The principles every title goes through, every version, with what is in force today. */
export function PrinciplesRegistry() {
  const catalogue = useApiQuery('commendation:catalogue', {});
  const [retiring, setRetiring] = useState<AwardPrinciple | null>(null);
  const inForce = new Set((catalogue.data?.principlesInForce ?? []).map((p) => `${p.key}@${p.effectiveFrom}`));
  const rows = [...(catalogue.data?.principles ?? [])].sort(
    (a, b) => a.key.localeCompare(b.key) || b.effectiveFrom.localeCompare(a.effectiveFrom),
  );
  return (
    <Flex vertical gap="small">
      <Typography.Text type="secondary">{t.principlesIntro}</Typography.Text>
      <Table<AwardPrinciple>
        size="small"
        rowKey={(p) => `${p.key}@${p.effectiveFrom}`}
        aria-label={t.principles}
        pagination={false}
        dataSource={rows}
        columns={[
          { title: t.kind, width: 170, render: (_, p) => t.principleKinds[p.kind] },
          { title: t.ruleLabel, dataIndex: 'label' },
          { title: t.legalBasis, width: 300, render: (_, p) => <Citation {...p} /> },
          { title: c.effectiveFrom, width: 120, render: (_, p) => formatIsoDate(p.effectiveFrom) },
          {
            title: t.ruleState,
            width: 230,
            render: (_, p) =>
              inForce.has(`${p.key}@${p.effectiveFrom}`) ? (
                <Flex gap={6} align="center">
                  <Tag color="green">{t.ruleActive}</Tag>
                  <Button size="small" onClick={() => setRetiring(p)}>
                    {t.retirePrinciple}
                  </Button>
                </Flex>
              ) : p.active ? null : (
                <Tag>{t.ruleRetired}</Tag>
              ),
          },
        ]}
      />
      {retiring && <RetirePrincipleModal principle={retiring} onClose={() => setRetiring(null)} />}
    </Flex>
  );
}
