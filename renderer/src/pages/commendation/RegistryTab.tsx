import { useState } from 'react';
import { App, Button, Flex, Form, Input, InputNumber, Modal, Select, Table, Tabs } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { exemplarKinds, type Exemplar, type Initiative } from '@shared/commendation/registry';
import { initiativeScopes, type InitiativeScope } from '@shared/commendation/rules';
import type { ExemplarKind } from '@shared/commendation/registry';
import { initiativeScopeLabels } from '@shared/i18n/vi-commendation';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { formatIsoDate } from '@renderer/format/dates';
import { DateField, toIsoDate } from '@renderer/forms/DateField';
import { requiredChoice, requiredText } from '@renderer/forms/form-rules';
import { vietnameseSelectSearch } from '@renderer/forms/vietnamese-select-search';
import { viCommendation } from '@renderer/i18n/vi-commendation-ui';
import { TitlesRegistry } from './CatalogueRegistry';
import { BaseSalaryRegistry, PrinciplesRegistry, RegimesRegistry, RulesRegistry } from './LawRegistry';
import { PeopleRegistry } from './PeopleRegistry';
import { SanctionsRegistry } from './SanctionsRegistry';
import { useUnitOptions } from './use-unit-options';

const t = viCommendation.registry;
const c = viCommendation.common;

interface InitiativeValues {
  title: string;
  authorIds?: number[];
  authorsText?: string;
  unitId?: number | null;
  year: number;
  recognitionDecision?: string;
  scope: InitiativeScope;
}

function InitiativeModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<InitiativeValues>();
  const { message } = App.useApp();
  const units = useUnitOptions();
  const people = useApiQuery('people:list', {});
  const save = useApiMutation('initiatives:save', {
    invalidates: ['initiatives:list', 'awards:history', 'proposals:get', 'awards:eligibility'],
  });
  return (
    <Modal
      open
      title={t.addInitiative}
      okText={c.save}
      cancelText={c.cancel}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<InitiativeValues>
        form={form}
        name="initiative"
        layout="vertical"
        initialValues={{ year: new Date().getFullYear(), scope: 'co_so' }}
        onFinish={(v) =>
          save.mutate(
            {
              title: v.title,
              authorIds: v.authorIds ?? [],
              authorsText: v.authorsText ?? '',
              unitId: v.unitId ?? null,
              year: v.year,
              recognitionDecision: v.recognitionDecision ?? '',
              scope: v.scope,
            },
            {
              onSuccess: () => {
                void message.success(t.initiativeSaved);
                onClose();
              },
            },
          )
        }
      >
        <Form.Item name="title" label={t.initiativeTitle} rules={[requiredText(t.initiativeTitle)]}>
          <Input.TextArea rows={2} maxLength={500} autoFocus />
        </Form.Item>
        <Form.Item name="authorIds" label={t.authors}>
          <Select
            mode="multiple"
            showSearch
            {...vietnameseSelectSearch}
            options={(people.data ?? []).map((p) => ({ value: p.id, label: `${p.fullName} (${p.unitName})` }))}
          />
        </Form.Item>
        <Form.Item name="authorsText" label={t.authorsText}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="unitId" label={c.unit}>
          <Select allowClear showSearch {...vietnameseSelectSearch} options={units} />
        </Form.Item>
        <Flex gap="middle">
          <Form.Item name="year" label={c.year} rules={[requiredChoice(c.year)]}>
            <InputNumber min={1990} max={2200} />
          </Form.Item>
          <Form.Item name="scope" label={t.scope} rules={[requiredChoice(t.scope)]} style={{ flex: 1 }}>
            <Select options={initiativeScopes.map((s) => ({ value: s, label: initiativeScopeLabels[s] }))} />
          </Form.Item>
        </Flex>
        <Form.Item name="recognitionDecision" label={t.recognition}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function InitiativesRegistry() {
  const initiatives = useApiQuery('initiatives:list', {});
  const people = useApiQuery('people:list', {});
  const [adding, setAdding] = useState(false);
  const names = new Map((people.data ?? []).map((p) => [p.id, p.fullName]));
  return (
    <Flex vertical gap="small">
      <div>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          {t.addInitiative}
        </Button>
      </div>
      <Table<Initiative>
        size="small"
        rowKey="id"
        aria-label={t.initiatives}
        pagination={false}
        dataSource={initiatives.data ?? []}
        columns={[
          { title: c.year, dataIndex: 'year', width: 70 },
          { title: t.initiativeTitle, dataIndex: 'title' },
          {
            title: t.authors,
            render: (_, i) =>
              [...i.authorIds.map((id) => names.get(id) ?? ''), i.authorsText].filter(Boolean).join(', '),
          },
          { title: t.scope, width: 110, render: (_, i) => initiativeScopeLabels[i.scope] },
          { title: t.recognition, dataIndex: 'recognitionDecision' },
        ]}
      />
      {adding && <InitiativeModal onClose={() => setAdding(false)} />}
    </Flex>
  );
}

interface ExemplarValues {
  kind: ExemplarKind;
  who: string;
  unitId?: number | null;
  deed: string;
  occurredOn: Dayjs;
}

function ExemplarModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<ExemplarValues>();
  const { message } = App.useApp();
  const units = useUnitOptions();
  const save = useApiMutation('exemplars:save', { invalidates: ['exemplars:list'] });
  return (
    <Modal
      open
      title={t.addExemplar}
      okText={c.save}
      cancelText={c.cancel}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<ExemplarValues>
        form={form}
        name="exemplar"
        layout="vertical"
        initialValues={{ kind: 'nguoi_tot_viec_tot' }}
        onFinish={(v) =>
          save.mutate(
            {
              kind: v.kind,
              who: v.who,
              personId: null,
              unitId: v.unitId ?? null,
              deed: v.deed,
              occurredOn: toIsoDate(v.occurredOn),
              movementId: null,
            },
            {
              onSuccess: () => {
                void message.success(t.exemplarSaved);
                onClose();
              },
            },
          )
        }
      >
        <Form.Item name="kind" label={t.kind} rules={[requiredChoice(t.kind)]}>
          <Select options={exemplarKinds.map((k) => ({ value: k, label: viCommendation.exemplarKinds[k] }))} />
        </Form.Item>
        <Form.Item name="who" label={t.who} rules={[requiredText(t.who)]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="unitId" label={c.unit}>
          <Select allowClear showSearch {...vietnameseSelectSearch} options={units} />
        </Form.Item>
        <Form.Item name="deed" label={t.deed} rules={[requiredText(t.deed)]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="occurredOn" label={t.occurredOn} rules={[requiredChoice(t.occurredOn)]}>
          <DateField />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ExemplarsRegistry() {
  const exemplars = useApiQuery('exemplars:list', {});
  const units = useApiQuery('units:list', { includeRetired: true });
  const [adding, setAdding] = useState(false);
  const unitNames = new Map((units.data ?? []).map((u) => [u.id, u.name]));
  return (
    <Flex vertical gap="small">
      <div>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          {t.addExemplar}
        </Button>
      </div>
      <Table<Exemplar>
        size="small"
        rowKey="id"
        aria-label={t.exemplars}
        pagination={false}
        dataSource={exemplars.data ?? []}
        columns={[
          { title: t.occurredOn, width: 110, render: (_, e) => formatIsoDate(e.occurredOn) },
          { title: t.kind, width: 170, render: (_, e) => viCommendation.exemplarKinds[e.kind] },
          { title: t.who, dataIndex: 'who' },
          { title: c.unit, render: (_, e) => (e.unitId === null ? '' : (unitNames.get(e.unitId) ?? '')) },
          { title: t.deed, dataIndex: 'deed' },
        ]}
      />
      {adding && <ExemplarModal onClose={() => setAdding(false)} />}
    </Flex>
  );
}

/** Danh mục: people, initiatives, exemplars, the catalogue with its dated versions, the base salary, the rules. */
export function RegistryTab() {
  return (
    <Tabs
      type="card"
      items={[
        { key: 'people', label: t.people, children: <PeopleRegistry /> },
        { key: 'sanctions', label: t.sanctions, children: <SanctionsRegistry /> },
        { key: 'initiatives', label: t.initiatives, children: <InitiativesRegistry /> },
        { key: 'exemplars', label: t.exemplars, children: <ExemplarsRegistry /> },
        { key: 'titles', label: t.titles, children: <TitlesRegistry /> },
        { key: 'salary', label: t.baseSalary, children: <BaseSalaryRegistry /> },
        { key: 'regimes', label: t.regimes, children: <RegimesRegistry /> },
        { key: 'rules', label: t.rules, children: <RulesRegistry /> },
        { key: 'principles', label: t.principles, children: <PrinciplesRegistry /> },
      ]}
    />
  );
}
