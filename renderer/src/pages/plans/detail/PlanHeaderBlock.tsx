import { App, Button, Card, Descriptions, Flex, Switch, Tag, Typography, type DescriptionsProps } from 'antd';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import type { Movement, Plan } from '@shared/domain/plan';
import { useApiMutation } from '@renderer/api/hooks';
import { formatIsoDate } from '@renderer/format/dates';
import { viPlans } from '@renderer/i18n/vi-plans';
import { planUpdateInput } from './target-payloads';

const h = viPlans.header;
const none = viPlans.common.none;

function phaseText(phase: Plan['phases'][number]): string {
  const range = [phase.start, phase.end].map((d) => (d ? formatIsoDate(d) : '…')).join(' – ');
  return `${phase.name}: ${range}`;
}

interface PlanHeaderBlockProps {
  plan: Plan;
  movements: readonly Movement[];
  onEdit: () => void;
  onDelete: () => void;
}

/** The plan's header as issued, its status switch (Nháp ↔ Đã ban hành) and the movements it belongs to. */
export function PlanHeaderBlock({ plan, movements, onEdit, onDelete }: PlanHeaderBlockProps) {
  const { message } = App.useApp();
  const update = useApiMutation('plans:update', { invalidates: ['plans:get', 'plans:list'] });
  const issued = plan.status === 'ban_hanh';
  const linked = movements.filter((m) => plan.movementIds.includes(m.id));

  const setIssued = (checked: boolean) => {
    const status = checked ? 'ban_hanh' : 'nhap';
    update.mutate(planUpdateInput(plan, { status }), {
      onSuccess: () => void message.success(viPlans.detail.statusChanged(viPlans.status.values[status])),
    });
  };

  const items: DescriptionsProps['items'] = [
    { key: 'number', label: h.number, children: plan.number ?? none },
    { key: 'issuedOn', label: h.issuedOn, children: plan.issuedOn ? formatIsoDate(plan.issuedOn) : none },
    { key: 'place', label: h.place, children: plan.place ?? none },
    { key: 'issuer', label: h.issuer, children: plan.issuer ?? none },
    { key: 'year', label: h.year, children: plan.year },
    { key: 'signer', label: h.signer, children: plan.signer ?? none },
    { key: 'theme', label: h.theme, span: 'filled', children: plan.theme ?? none },
    {
      key: 'phases',
      label: h.phases,
      span: 'filled',
      children: plan.phases.length === 0 ? h.noPhases : plan.phases.map(phaseText).join('; '),
    },
    {
      key: 'movements',
      label: h.movements,
      span: 'filled',
      children:
        linked.length === 0 ? (
          viPlans.detail.noMovements
        ) : (
          <Flex gap={4} wrap>
            {linked.map((m) => (
              <Tag key={m.id}>{m.name}</Tag>
            ))}
          </Flex>
        ),
    },
    {
      key: 'legalBases',
      label: h.legalBases,
      span: 'filled',
      children:
        plan.legalBases.length === 0 ? (
          none
        ) : (
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {plan.legalBases.map((basis, index) => (
              <li key={index}>{basis}</li>
            ))}
          </ul>
        ),
    },
  ];

  return (
    <Card>
      <Flex vertical gap="middle">
        <Flex align="flex-start" gap="middle" wrap>
          <div style={{ flex: '1 1 400px' }}>
            <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 4 }}>
              {plan.title}
            </Typography.Title>
            <Typography.Text type="secondary">
              {viPlans.detail.subtitle(plan.number, plan.issuedOn ? formatIsoDate(plan.issuedOn) : null, plan.year)}
            </Typography.Text>
          </div>
          <Flex gap="small" align="center" wrap>
            <Typography.Text>{viPlans.status.label}:</Typography.Text>
            <Tag color={issued ? 'green' : 'default'} style={{ fontSize: 14 }}>
              {viPlans.status.values[plan.status]}
            </Tag>
            <label style={{ display: 'inline-flex', alignItems: 'center', gap: 8, cursor: 'pointer' }}>
              <Switch checked={issued} loading={update.isPending} onChange={setIssued} />
              {viPlans.detail.statusSwitch}
            </label>
            <Button icon={<EditOutlined />} onClick={onEdit}>
              {viPlans.detail.editHeader}
            </Button>
            <Button danger icon={<DeleteOutlined />} onClick={onDelete}>
              {viPlans.detail.deletePlan}
            </Button>
          </Flex>
        </Flex>
        <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }} items={items} />
      </Flex>
    </Card>
  );
}
