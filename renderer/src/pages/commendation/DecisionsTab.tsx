import { useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Flex, Form, Input, Select, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import type { Decision } from '@shared/commendation/registry';
import { proposalPeriodLabels, proposalStatusLabels } from '@shared/i18n/vi-commendation';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import type { NavigateOptions } from '@renderer/app/use-hash-route';
import { formatIsoDate } from '@renderer/format/dates';
import { DateField, toIsoDate } from '@renderer/forms/DateField';
import { requiredChoice, requiredText } from '@renderer/forms/form-rules';
import { viCommendation } from '@renderer/i18n/vi-commendation-ui';
import { decisionPath, newDecisionPath, tabPath } from './commendation-route';
import { defaultDecisionEntryIds, undecidedEntries } from './commendation-format';
import { DecisionView } from './DecisionView';
import { decisionIssuers, type DecisionIssuer } from '@shared/commendation/registry';
import { signingModes, type SigningMode } from '@shared/document/document-frame';

const t = viCommendation.decisions;
const c = viCommendation.common;

type Navigate = (path: string, options?: NavigateOptions) => void;

interface DecisionValues {
  number: string;
  signedOn: Dayjs;
  signer: string;
  authority: string;
  subject: string;
  issuer: DecisionIssuer;
  signingMode: SigningMode;
  signerTitle: string;
  entryIds: number[];
}

/** The form of a new decision from the lines of one proposal. */
function NewDecision({ proposalId, navigate }: { proposalId: number; navigate: Navigate }) {
  const [form] = Form.useForm<DecisionValues>();
  const { message } = App.useApp();
  const proposals = useApiQuery('proposals:list', {});
  const detail = useApiQuery('proposals:get', { id: proposalId });
  const create = useApiMutation('decisions:create', {
    invalidates: [
      'decisions:list',
      'proposals:get',
      'proposals:list',
      'awards:search',
      'awards:history',
      'awards:stats',
    ],
  });
  if (detail.isError) {
    return <Alert type="error" showIcon title={viCommendation.loadFailed} description={detail.error.message} />;
  }
  if (!detail.data) return null;
  const { proposal, entries } = detail.data;
  const open = undecidedEntries(entries);
  const catalogue = detail.data.eligibility.title;
  const save = (values: DecisionValues) =>
    create.mutate(
      {
        number: values.number,
        signedOn: toIsoDate(values.signedOn),
        signer: values.signer,
        authority: values.authority,
        subject: values.subject,
        issuer: values.issuer,
        signingMode: values.signingMode,
        signerTitle: values.signerTitle.trim(),
        entryIds: values.entryIds,
        recipients: [],
      },
      {
        onSuccess: (created) => {
          void message.success(t.created(created.decision.number));
          navigate(decisionPath(created.decision.id));
        },
      },
    );
  return (
    <Card
      size="small"
      title={t.createTitle}
      extra={<Button onClick={() => navigate(tabPath('decisions'))}>{c.cancel}</Button>}
    >
      <Form<DecisionValues>
        key={proposalId}
        form={form}
        name="create-decision"
        layout="vertical"
        style={{ maxWidth: 760 }}
        initialValues={{
          authority: catalogue.authority,
          issuer: 'chu_tich',
          signingMode: '',
          signerTitle: '',
          subject: t.subjectDefault(proposal.titleName, proposal.year),
          entryIds: defaultDecisionEntryIds(entries),
        }}
        onFinish={save}
      >
        <Form.Item label={t.proposal}>
          <Select
            aria-label={t.proposal}
            value={proposalId}
            onChange={(id: number) => navigate(newDecisionPath(id), { replace: true })}
            options={(proposals.data ?? []).map((p) => ({
              value: p.id,
              label: viCommendation.proposals.heading(p.titleName, proposalPeriodLabels[p.period], p.year),
            }))}
          />
        </Form.Item>
        {open.length === 0 ? (
          <Form.Item label={t.entries}>
            <Typography.Text type="secondary">{t.noEntries}</Typography.Text>
          </Form.Item>
        ) : (
          <Form.Item
            name="entryIds"
            label={t.entries}
            rules={[{ type: 'array', min: 1, required: true, message: t.pickEntries }]}
          >
            <Checkbox.Group
              style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
              options={open.map((e) => ({
                value: e.id,
                label: `${e.name} (${e.unitName}) – ${proposalStatusLabels[e.status]}`,
              }))}
            />
          </Form.Item>
        )}
        <Flex gap="middle" wrap>
          <Form.Item
            name="number"
            label={t.number}
            extra={t.numberHint}
            rules={[requiredText(t.number)]}
            style={{ flex: 1 }}
          >
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="signedOn" label={t.signedOn} rules={[requiredChoice(t.signedOn)]} style={{ flex: 1 }}>
            <DateField aria-label={t.signedOn} />
          </Form.Item>
        </Flex>
        <Flex gap="middle" wrap>
          <Form.Item name="signer" label={t.signer} rules={[requiredText(t.signer)]} style={{ flex: 1 }}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="authority" label={t.authority} rules={[requiredText(t.authority)]} style={{ flex: 1 }}>
            <Input maxLength={200} />
          </Form.Item>
        </Flex>
        {/* Whose decision it is decides its printed list: our letterhead and signature, or a list received. */}
        <Flex gap="middle" wrap>
          <Form.Item name="issuer" label={t.issuer} extra={t.issuerHint} style={{ flex: 2 }}>
            <Select aria-label={t.issuer} options={decisionIssuers.map((i) => ({ value: i, label: t.issuers[i] }))} />
          </Form.Item>
          <Form.Item name="signingMode" label={t.signingMode} style={{ flex: 1 }}>
            <Select aria-label={t.signingMode} options={signingModes.map((m) => ({ value: m, label: t.modes[m] }))} />
          </Form.Item>
          <Form.Item name="signerTitle" label={t.signerTitle} extra={t.signerTitleHint} style={{ flex: 1 }}>
            <Input maxLength={100} />
          </Form.Item>
        </Flex>
        <Form.Item name="subject" label={t.subject} rules={[requiredText(t.subject)]}>
          <Input maxLength={500} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending} disabled={open.length === 0}>
          {t.create}
        </Button>
      </Form>
    </Card>
  );
}

/** A proposal to start a decision from, when the tab is opened without one. */
function StartDecision({ navigate }: { navigate: Navigate }) {
  const proposals = useApiQuery('proposals:list', {});
  const [chosen, setChosen] = useState<number | null>(null);
  const withLines = (proposals.data ?? []).filter((p) => p.entryCount > 0);
  if (withLines.length === 0) return null;
  return (
    <Flex gap="small" align="center" wrap>
      <Select
        aria-label={t.proposal}
        placeholder={t.proposal}
        style={{ width: 420 }}
        value={chosen}
        onChange={setChosen}
        options={withLines.map((p) => ({
          value: p.id,
          label: viCommendation.proposals.heading(p.titleName, proposalPeriodLabels[p.period], p.year),
        }))}
      />
      <Button
        type="primary"
        icon={<PlusOutlined />}
        disabled={chosen === null}
        onClick={() => chosen !== null && navigate(newDecisionPath(chosen))}
      >
        {t.create}
      </Button>
    </Flex>
  );
}

/** Decisions: the list, the form of a new one, or one decision with its recipients and annex. */
export function DecisionsTab(props: { decisionId: number | null; newFromProposal: number | null; navigate: Navigate }) {
  const { decisionId, newFromProposal, navigate } = props;
  const list = useApiQuery('decisions:list', {});
  if (decisionId !== null) return <DecisionView id={decisionId} navigate={navigate} />;
  if (newFromProposal !== null) return <NewDecision proposalId={newFromProposal} navigate={navigate} />;
  return (
    <Flex vertical gap="middle">
      <StartDecision navigate={navigate} />
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t.listTitle}
      </Typography.Title>
      {list.isError && (
        <Alert type="error" showIcon title={viCommendation.loadFailed} description={list.error.message} />
      )}
      <Table<Decision>
        size="small"
        rowKey="id"
        aria-label={t.listTitle}
        pagination={false}
        loading={list.isFetching}
        dataSource={list.data ?? []}
        locale={{ emptyText: t.empty }}
        columns={[
          { title: t.number, dataIndex: 'number', width: 170 },
          { title: t.signedOn, width: 120, render: (_, d) => formatIsoDate(d.signedOn) },
          {
            title: t.subject,
            render: (_, d) => (
              <>
                {d.subject} {d.demo && <Tag>{c.demo}</Tag>}
              </>
            ),
          },
          { title: t.signer, dataIndex: 'signer', width: 180 },
          {
            title: '',
            width: 90,
            render: (_, d) => (
              <Button size="small" aria-label={`${c.open} ${d.number}`} onClick={() => navigate(decisionPath(d.id))}>
                {c.open}
              </Button>
            ),
          },
        ]}
      />
    </Flex>
  );
}
