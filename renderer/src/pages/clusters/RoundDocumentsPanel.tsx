import dayjs from 'dayjs';
import { App, Button, Col, Form, Input, Row, Typography } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import type { RoundView } from '@shared/domain/cluster-round';
import { useApiMutation } from '@renderer/api/hooks';
import { DateField } from '@renderer/forms/DateField';
import { viClusters } from '@renderer/i18n/vi-clusters-ui';
import { buildRoundDocumentsInput, roundDocumentsValues, type RoundDocumentsFormValues } from './round-documents-form';

const t = viClusters.documentsForm;
const clock = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * What the round's printed documents carry besides the scores (Nghị định 30): the number and date of the summary
 * and of the scoring sheets, who signs for the leading unit (a person and their post), and the biên bản's number,
 * times, attendance and Nơi nhận (Mẫu 1.9).
 */
export function RoundDocumentsPanel({ round }: { round: RoundView }) {
  const [form] = Form.useForm<RoundDocumentsFormValues>();
  const { message } = App.useApp();
  const save = useApiMutation('scores:saveDocuments', { invalidates: ['scores:round'] });
  const timeRule = { pattern: clock, message: t.timeInvalid };
  const numberRule = { pattern: /^\d*$/, message: t.numberInvalid };
  return (
    <Form<RoundDocumentsFormValues>
      name={`round-documents-${round.id}`}
      form={form}
      layout="vertical"
      initialValues={roundDocumentsValues(round, dayjs())}
      onFinish={(values) =>
        save.mutate(buildRoundDocumentsInput(round.id, values), { onSuccess: () => void message.success(t.saved) })
      }
    >
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t.title}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t.intro}</Typography.Paragraph>
      <Row gutter={16}>
        <Col span={6}>
          <Form.Item name="summaryNumber" label={t.summaryNumber} rules={[numberRule]}>
            <Input maxLength={20} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="summaryDate" label={t.summaryDate}>
            <DateField aria-label={t.summaryDate} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="sheetDate" label={t.sheetDate}>
            <DateField aria-label={t.sheetDate} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="minutesNumber" label={t.minutesNumber} rules={[numberRule]}>
            <Input maxLength={20} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="leaderSigner" label={t.leaderSigner} extra={t.leaderSignerHint}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="leaderPost" label={t.leaderPost} extra={t.leaderPostHint}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="startTime" label={t.startTime} rules={[timeRule]}>
            <Input placeholder="08:00" maxLength={5} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="endTime" label={t.endTime} rules={[timeRule]}>
            <Input placeholder="10:30" maxLength={5} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="attendees" label={t.attendees} extra={t.attendeesHint}>
            <Input maxLength={2000} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="minutesRecipients" label={t.minutesRecipients} extra={t.minutesRecipientsHint}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={save.isPending}>
        {t.save}
      </Button>
    </Form>
  );
}
