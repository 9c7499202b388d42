import { useMemo, useState } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import { Alert, App, Button, Card, Flex, Form, Input, Modal, Select, Table, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, FilePdfOutlined, PlusOutlined, TrophyOutlined } from '@ant-design/icons';
import type { ProposalEntry } from '@shared/commendation/registry';
import type { ProposalDetail } from '@shared/contract/proposals';
import {
  proposalPeriodLabels,
  proposalStatusLabels,
  ruleSourceLabels,
  type ProposalStatus,
} from '@shared/i18n/vi-commendation';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { DateField, toIsoDate } from '@renderer/forms/DateField';
import type { NavigateOptions } from '@renderer/app/use-hash-route';
import { viCommendation } from '@renderer/i18n/vi-commendation-ui';
import { downloadReportFile } from '../reports/report-files';
import { newDecisionPath, tabPath } from './commendation-route';
import { EligibilityTable } from './EligibilityTable';
import { eligibilityRows, type EligibilityRow } from './commendation-format';

const t = viCommendation.proposals;
const c = viCommendation.common;

/** The statuses a secretary sets by hand; "Quyết định" comes with the decision. */
const settableStatuses: readonly Exclude<ProposalStatus, 'quyet_dinh'>[] = [
  'de_xuat',
  'da_xet',
  'de_nghi_cap_tren',
  'khong_dat',
];

const statusColors: Record<ProposalStatus, string> = {
  de_xuat: 'default',
  da_xet: 'blue',
  de_nghi_cap_tren: 'purple',
  quyet_dinh: 'green',
  khong_dat: 'red',
};

const invalidates = ['proposals:get', 'proposals:list'] as const;

/** Achievements of a new line (adding a candidate) or of an existing one (editing). */
function AchievementsModal(props: {
  title: string;
  initial: string;
  warning: string | null;
  pending: boolean;
  onSave: (text: string) => void;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ achievements: string }>();
  return (
    <Modal
      open
      title={props.title}
      okText={c.save}
      cancelText={c.cancel}
      confirmLoading={props.pending}
      onOk={() => form.submit()}
      onCancel={props.onClose}
    >
      {props.warning && <Alert type="warning" showIcon title={props.warning} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        name="proposal-achievements"
        layout="vertical"
        initialValues={{ achievements: props.initial }}
        onFinish={(v) => props.onSave(v.achievements ?? '')}
      >
        <Form.Item name="achievements" label={t.achievements} extra={t.achievementsHint}>
          <Input.TextArea rows={4} maxLength={5000} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function EntriesTable({ detail }: { detail: ProposalDetail }) {
  const { message } = App.useApp();
  const update = useApiMutation('proposals:updateEntry', { invalidates });
  const [editing, setEditing] = useState<ProposalEntry | null>(null);
  const setStatus = (entry: ProposalEntry, status: Exclude<ProposalStatus, 'quyet_dinh'>) =>
    update.mutate(
      { entryId: entry.id, achievements: entry.achievements, status },
      { onSuccess: () => void message.success(t.statusSaved(entry.name, proposalStatusLabels[status])) },
    );
  return (
    <>
      <Table<ProposalEntry>
        size="small"
        rowKey="id"
        aria-label={t.entries}
        pagination={false}
        dataSource={detail.entries}
        locale={{ emptyText: t.noEntries }}
        columns={[
          { title: 'STT', dataIndex: 'position', width: 56, align: 'center' },
          { title: c.name, dataIndex: 'name' },
          {
            title: viCommendation.common.unit,
            render: (_, e) => [e.jobPosition, e.unitName].filter(Boolean).join(', '),
          },
          { title: t.achievements, dataIndex: 'achievements' },
          {
            title: t.status,
            width: 210,
            render: (_, e) =>
              e.status === 'quyet_dinh' ? (
                <Tag color={statusColors.quyet_dinh}>{proposalStatusLabels.quyet_dinh}</Tag>
              ) : (
                <Select<Exclude<ProposalStatus, 'quyet_dinh'>>
                  aria-label={t.statusOf(e.name)}
                  size="small"
                  style={{ width: 190 }}
                  value={e.status}
                  disabled={update.isPending}
                  onChange={(status) => setStatus(e, status)}
                  options={settableStatuses.map((s) => ({ value: s, label: proposalStatusLabels[s] }))}
                />
              ),
          },
          {
            title: '',
            width: 130,
            render: (_, e) =>
              e.status === 'quyet_dinh' ? null : (
                <Button size="small" aria-label={`${t.editAchievements} ${e.name}`} onClick={() => setEditing(e)}>
                  {t.editAchievements}
                </Button>
              ),
          },
        ]}
      />
      {editing && (
        <AchievementsModal
          title={t.achievementsOf(editing.name)}
          initial={editing.achievements}
          warning={null}
          pending={update.isPending}
          onClose={() => setEditing(null)}
          onSave={(achievements) =>
            update.mutate(
              {
                entryId: editing.id,
                achievements,
                status: editing.status === 'quyet_dinh' ? 'de_xuat' : editing.status,
              },
              { onSuccess: () => setEditing(null) },
            )
          }
        />
      )}
    </>
  );
}

/** The Tờ trình the printed list is attached to: its number and date (today until set, then kept). */
function SubmissionFields({ id, submission }: { id: number; submission: { number: string; issuedOn: string | null } }) {
  const { message } = App.useApp();
  const save = useApiMutation('proposals:saveSubmission', { invalidates });
  const [form] = Form.useForm<{ number: string; issuedOn: Dayjs | null }>();
  return (
    <Form
      form={form}
      name={`submission-${id}`}
      layout="inline"
      initialValues={{ number: submission.number, issuedOn: dayjs(submission.issuedOn ?? undefined) }}
      onFinish={(values) =>
        save.mutate(
          { id, number: values.number.trim(), issuedOn: values.issuedOn ? toIsoDate(values.issuedOn) : null },
          { onSuccess: () => void message.success(t.submissionSaved) },
        )
      }
    >
      <Form.Item name="number" label={t.submissionNumber} rules={[{ pattern: /^\d*$/, message: t.numberInvalid }]}>
        <Input maxLength={20} style={{ width: 100 }} />
      </Form.Item>
      <Form.Item name="issuedOn" label={t.submissionDate} tooltip={t.submissionHint}>
        <DateField aria-label={t.submissionDate} style={{ width: 150 }} />
      </Form.Item>
      <Button htmlType="submit" loading={save.isPending}>
        {t.saveSubmission}
      </Button>
    </Form>
  );
}

/** One proposal: its lines with their statuses, the print, and the eligibility list to add candidates from. */
export function ProposalView(props: { id: number; navigate: (path: string, options?: NavigateOptions) => void }) {
  const { id, navigate } = props;
  const { message } = App.useApp();
  const detail = useApiQuery('proposals:get', { id });
  const add = useApiMutation('proposals:addEntry', { invalidates });
  const print = useApiMutation('proposals:submissionPdf', { invalidates: [] });
  const [adding, setAdding] = useState<EligibilityRow | null>(null);
  const rows = useMemo(
    () => (detail.data ? eligibilityRows(detail.data.eligibility, detail.data.entries) : []),
    [detail.data],
  );

  if (detail.isError) {
    return <Alert type="error" showIcon title={viCommendation.loadFailed} description={detail.error.message} />;
  }
  if (!detail.data) return null;
  const { proposal, entries, eligibility } = detail.data;
  const printable = entries.some((e) => e.status === 'da_xet' || e.status === 'de_nghi_cap_tren');
  const decidable = entries.some((e) => e.status !== 'quyet_dinh');

  return (
    <Flex vertical gap="middle">
      <Flex gap="small" align="center" wrap>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(tabPath('proposals'))}>
          {c.back}
        </Button>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t.heading(proposal.titleName, proposalPeriodLabels[proposal.period], proposal.year)}
        </Typography.Title>
      </Flex>
      {proposal.note && <Typography.Text type="secondary">{proposal.note}</Typography.Text>}
      <Card
        size="small"
        title={t.entries}
        extra={
          <Flex gap="small" wrap>
            <Button
              icon={<FilePdfOutlined />}
              title={t.printHint}
              disabled={!printable}
              loading={print.isPending}
              onClick={() =>
                print.mutate(
                  { id },
                  { onSuccess: (file) => (downloadReportFile(file), void message.success(file.fileName)) },
                )
              }
            >
              {t.printSubmission}
            </Button>
            <Button
              type="primary"
              icon={<TrophyOutlined />}
              disabled={!decidable}
              onClick={() => navigate(newDecisionPath(id))}
            >
              {t.issueDecision}
            </Button>
          </Flex>
        }
      >
        <Flex vertical gap="small">
          <SubmissionFields id={id} submission={proposal.submission} />
          <EntriesTable detail={detail.data} />
        </Flex>
      </Card>
      <Card size="small" title={`${t.eligibility}: ${t.summary(rows.filter((r) => r.eligible).length, rows.length)}`}>
        <Flex vertical gap="small">
          <Typography.Text type="secondary">{t.eligibilityIntro}</Typography.Text>
          {eligibility.note && <Alert type="info" showIcon title={eligibility.note} />}
          {eligibility.rules.length > 0 && (
            <div>
              <Typography.Text strong>{t.rules}: </Typography.Text>
              {eligibility.rules.map((r) => `${r.label} (${ruleSourceLabels[r.source]})`).join('; ')}
            </div>
          )}
          <EligibilityTable
            rows={rows}
            actionLabel={t.addCandidate}
            onAdd={(row) => setAdding(row)}
            addIcon={<PlusOutlined />}
          />
        </Flex>
      </Card>
      {adding && (
        <AchievementsModal
          title={t.addCandidateOf(adding.name)}
          initial=""
          warning={adding.eligible ? null : t.ineligibleWarning}
          pending={add.isPending}
          onClose={() => setAdding(null)}
          onSave={(achievements) =>
            add.mutate(
              {
                proposalId: id,
                personId: adding.kind === 'person' ? adding.id : null,
                unitId: adding.kind === 'unit' ? adding.id : null,
                achievements,
              },
              {
                onSuccess: () => {
                  void message.success(t.added(adding.name));
                  setAdding(null);
                },
              },
            )
          }
        />
      )}
    </Flex>
  );
}
