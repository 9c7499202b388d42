import { useState } from 'react';
import { App, Button, Checkbox, Flex, Form, Input, InputNumber, Modal, Table, Tag, Tooltip, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { AwardTitle } from '@shared/commendation/catalogue';
import type { CouncilLevel } from '@shared/domain/council';
import { recipientKindLabels } from '@shared/i18n/vi-commendation';
import { councilLevelLabels } from '@shared/i18n/vi-labels';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { formatIsoDate } from '@renderer/format/dates';
import { DateField, toIsoDate } from '@renderer/forms/DateField';
import { requiredChoice, requiredText } from '@renderer/forms/form-rules';
import { viCommendation } from '@renderer/i18n/vi-commendation-ui';
import { formatMultiple } from './commendation-format';

const t = viCommendation.registry;
const c = viCommendation.common;

interface VersionValues {
  effectiveFrom: Dayjs;
  prizeMultiple: number;
  legalBasis?: string;
  confirmed: boolean;
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
        initialValues={{ prizeMultiple: title.prizeMultiple, legalBasis: '', confirmed: true }}
        onFinish={(v) =>
          save.mutate(
            {
              titleId: title.id,
              effectiveFrom: toIsoDate(v.effectiveFrom),
              prizeMultiple: v.prizeMultiple,
              legalBasis: v.legalBasis ?? '',
              confirmed: v.confirmed,
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
        <Form.Item name="prizeMultiple" label={t.multiple} rules={[requiredChoice(t.multiple)]}>
          <InputNumber min={0} max={100} step={0.1} precision={2} decimalSeparator="," />
        </Form.Item>
        <LegalBasisFields />
        <Form.Item name="reason" label={c.reason}>
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface AuthorityValues {
  effectiveFrom: Dayjs;
  decidedBy: string;
  withinCouncil: boolean;
  legalBasis?: string;
  confirmed: boolean;
  reason?: string;
}

/** Who decides a title at the council's own level from a date: the council, or a higher body it proposes to. */
function AuthorityModal({ title, level, onClose }: { title: AwardTitle; level: CouncilLevel; onClose: () => void }) {
  const [form] = Form.useForm<AuthorityValues>();
  const { message } = App.useApp();
  const save = useApiMutation('commendation:saveAuthority', { invalidates: ['commendation:catalogue'] });
  return (
    <Modal
      open
      title={t.editAuthorityOf(title.name)}
      okText={c.save}
      cancelText={c.cancel}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<AuthorityValues>
        form={form}
        name="title-authority"
        layout="vertical"
        initialValues={{
          decidedBy: title.authority,
          withinCouncil: title.withinCouncil,
          legalBasis: '',
          confirmed: true,
        }}
        onFinish={(v) =>
          save.mutate(
            {
              titleId: title.id,
              councilLevel: level,
              effectiveFrom: toIsoDate(v.effectiveFrom),
              decidedBy: v.decidedBy,
              withinCouncil: v.withinCouncil,
              legalBasis: v.legalBasis ?? '',
              confirmed: v.confirmed,
              ...(v.reason ? { reason: v.reason } : {}),
            },
            {
              onSuccess: () => {
                void message.success(t.authoritySaved);
                onClose();
              },
            },
          )
        }
      >
        <Typography.Paragraph type="secondary">{councilLevelLabels[level]}</Typography.Paragraph>
        <Form.Item name="effectiveFrom" label={c.effectiveFrom} rules={[requiredChoice(c.effectiveFrom)]}>
          <DateField />
        </Form.Item>
        <Form.Item name="decidedBy" label={t.decidedBy} rules={[requiredText(t.decidedBy)]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="withinCouncil" valuePropName="checked">
          <Checkbox>{t.withinCouncilQuestion}</Checkbox>
        </Form.Item>
        <LegalBasisFields />
        <Form.Item name="reason" label={c.reason}>
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** A citation and whether it was checked against the original text. */
export function LegalBasisFields() {
  return (
    <>
      <Form.Item name="legalBasis" label={t.legalBasis}>
        <Input maxLength={300} placeholder="Nghị định 152/2025/NĐ-CP, Điều 50 khoản 1 điểm c" />
      </Form.Item>
      <Form.Item name="confirmed" valuePropName="checked">
        <Checkbox>{t.confirmed}</Checkbox>
      </Form.Item>
    </>
  );
}

/** The citation of a value, with a tag when it was not checked against the original text. */
export function Citation({ legalBasis, confirmed }: { legalBasis: string; confirmed: boolean }) {
  return (
    <>
      {legalBasis}
      {!confirmed && (
        <Tooltip title={t.unconfirmedHint}>
          <Tag color="gold" style={{ marginInlineStart: 6 }}>
            {t.unconfirmed}
          </Tag>
        </Tooltip>
      )}
    </>
  );
}

/**
 * Titles and forms with the multiple in force today and its citation, who decides each at the council's level
 * (those above its authority are proposed upward), every dated version, and new versions from a date.
 */
export function TitlesRegistry() {
  const catalogue = useApiQuery('commendation:catalogue', {});
  const [editing, setEditing] = useState<AwardTitle | null>(null);
  const [authority, setAuthority] = useState<AwardTitle | null>(null);
  const versions = catalogue.data?.versions ?? [];
  const level = catalogue.data?.councilLevel ?? 'xa';
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
                { title: c.effectiveFrom, width: 130, render: (_, v) => formatIsoDate(v.effectiveFrom) },
                { title: t.multiple, width: 130, render: (_, v) => formatMultiple(v.prizeMultiple) },
                { title: t.legalBasis, render: (_, v) => <Citation {...v} /> },
              ]}
            />
          ),
        }}
        columns={[
          { title: c.title, render: (_, r) => <>{r.name}</> },
          { title: t.recipient, width: 80, render: (_, r) => recipientKindLabels[r.recipient] },
          { title: t.multiple, width: 90, align: 'right', render: (_, r) => formatMultiple(r.prizeMultiple) },
          { title: t.legalBasis, render: (_, r) => <Citation {...r} /> },
          {
            title: t.authorityFor(councilLevelLabels[level]),
            width: 260,
            render: (_, r) => (
              <>
                {r.authority}{' '}
                <Tag color={r.withinCouncil ? 'green' : 'purple'}>{r.withinCouncil ? t.withinCouncil : t.upward}</Tag>
              </>
            ),
          },
          {
            title: '',
            width: 170,
            render: (_, r) => (
              <Flex vertical gap={4}>
                <Button size="small" aria-label={t.newVersionOf(r.name)} onClick={() => setEditing(r)}>
                  {t.newVersion}
                </Button>
                <Button size="small" aria-label={t.editAuthorityOf(r.name)} onClick={() => setAuthority(r)}>
                  {t.editAuthority}
                </Button>
              </Flex>
            ),
          },
        ]}
      />
      {editing && <TitleVersionModal title={editing} onClose={() => setEditing(null)} />}
      {authority && <AuthorityModal title={authority} level={level} onClose={() => setAuthority(null)} />}
    </>
  );
}
