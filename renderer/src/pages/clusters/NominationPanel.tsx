import { App, Button, Col, Flex, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import type { RoundView } from '@shared/domain/cluster-round';
import { nominationAwardLabels, tieBreakLabels } from '@shared/i18n/vi-clusters';
import { nominationAwards, tieBreaks } from '@shared/scoring/criteria';
import { useApiMutation } from '@renderer/api/hooks';
import { DateField } from '@renderer/forms/DateField';
import { viClusters } from '@renderer/i18n/vi-clusters-ui';
import { buildNominationInput, nominationValues, type NominationFormValues } from './nomination-form';

const t = viClusters.nominationForm;

/**
 * The round's peer nomination (suy tôn: the unit proposed for the flag, for Bằng khen, and its votes), the tie rule
 * order, and the details of the meeting that the printed minutes (biên bản) carry, saved together.
 */
export function NominationPanel({ round }: { round: RoundView }) {
  const [form] = Form.useForm<NominationFormValues>();
  const { message } = App.useApp();
  const save = useApiMutation('scores:saveNomination', { invalidates: ['scores:round'] });
  const members = round.cluster.members.map((m) => ({ value: m.unitId, label: m.name }));

  return (
    <Form<NominationFormValues>
      name={`nomination-${round.id}`}
      form={form}
      layout="vertical"
      initialValues={nominationValues(round)}
      onFinish={(values) =>
        save.mutate(buildNominationInput(round.id, values), { onSuccess: () => void message.success(t.saved) })
      }
    >
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t.title}
      </Typography.Title>
      <Form.Item name="tieRule" label={t.tieRule} extra={t.tieRuleHint}>
        <Select mode="multiple" options={tieBreaks.map((b) => ({ value: b, label: tieBreakLabels[b] }))} />
      </Form.Item>
      <Typography.Text strong>{t.nominations}</Typography.Text>
      <Form.List name="nominations">
        {(fields, { add, remove }) => (
          <Flex vertical gap="small" style={{ margin: '8px 0 16px' }}>
            {fields.map((field, i) => (
              <Flex key={field.key} gap="small" align="start" wrap>
                <Form.Item name={[field.name, 'award']} noStyle>
                  <Select
                    aria-label={`${t.award} ${i + 1}`}
                    style={{ width: 160 }}
                    options={nominationAwards.map((a) => ({ value: a, label: nominationAwardLabels[a] }))}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'unitId']} noStyle>
                  <Select
                    aria-label={`${t.unit} ${i + 1}`}
                    style={{ width: 300 }}
                    placeholder={t.unit}
                    options={members}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'votes']} noStyle>
                  <InputNumber
                    aria-label={`${t.votes} ${i + 1}`}
                    min={0}
                    max={10_000}
                    precision={0}
                    placeholder={t.votes}
                    style={{ width: 120 }}
                  />
                </Form.Item>
                <Button
                  aria-label={`${t.removeNomination} ${i + 1}`}
                  icon={<DeleteOutlined />}
                  onClick={() => remove(field.name)}
                />
              </Flex>
            ))}
            <div>
              <Button
                icon={<PlusOutlined />}
                onClick={() =>
                  add({
                    award: fields.length === 0 ? 'co_thi_dua' : 'bang_khen',
                    unitId: round.units[fields.length]?.unitId ?? round.units[0]?.unitId,
                    votes: null,
                  })
                }
              >
                {t.addNomination}
              </Button>
            </div>
          </Flex>
        )}
      </Form.List>
      <Row gutter={16}>
        <Col span={6}>
          <Form.Item name="meetingDate" label={t.meetingDate}>
            <DateField aria-label={t.meetingDate} />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item name="meetingPlace" label={t.meetingPlace}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="voters" label={t.voters}>
            <InputNumber min={0} max={10_000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="chair" label={t.chair}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="recorder" label={t.recorder}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="note" label={t.note}>
        <Input.TextArea rows={2} maxLength={5000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={save.isPending}>
        {t.save}
      </Button>
    </Form>
  );
}
