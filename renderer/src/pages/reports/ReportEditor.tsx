import { useEffect } from 'react';
import { App, Button, Card, Flex, Form, Input } from 'antd';
import { ReloadOutlined, SaveOutlined } from '@ant-design/icons';
import type { ReportRecord } from '@shared/report/report-record';
import { useApiMutation } from '@renderer/api/hooks';
import { DateField } from '@renderer/forms/DateField';
import { requiredChoice } from '@renderer/forms/form-rules';
import { viReports } from '@renderer/i18n/vi-reports';
import {
  documentNumberPattern,
  hasUnsavedChanges,
  proseKeys,
  recipientLines,
  toFormValues,
  toSavePayload,
  type ReportFormValues,
} from './report-form';

const t = viReports.editor;

interface ReportEditorProps {
  report: ReportRecord;
  onDirtyChange: (dirty: boolean) => void;
}

/**
 * The draft's number, date, prose sections and recipients. Prose is plain text (blank line = new paragraph, "- " =
 * bullet): the same rule prints it in the HTML, the PDF and the Word file.
 */
export function ReportEditor({ report, onDirtyChange }: ReportEditorProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ReportFormValues>();
  const save = useApiMutation('reports:save', { invalidates: ['reports:list', 'reports:html'] });

  // Another tab or a save brings a newer record: show it, and nothing is unsaved any more.
  useEffect(() => {
    form.setFieldsValue(toFormValues(report));
    onDirtyChange(false);
  }, [form, report, onDirtyChange]);

  // The section drafted again from today's figures replaces the text in the form, unsaved: the secretary reads it,
  // edits it and saves it like any other change.
  const propose = useApiMutation('reports:proposeShortcomings', { invalidates: [] });
  const redraft = () =>
    propose.mutate(
      { id: report.id },
      {
        onSuccess: ({ text }) => {
          form.setFieldValue(['prose', 'shortcomings'], text);
          onDirtyChange(hasUnsavedChanges(report, form.getFieldsValue(true) as ReportFormValues));
        },
      },
    );

  const onFinish = (values: ReportFormValues) =>
    save.mutate(toSavePayload(report.id, values), { onSuccess: () => void message.success(t.saved) });

  return (
    <Card size="small" title={t.title}>
      <Form<ReportFormValues>
        name="report-editor"
        form={form}
        layout="vertical"
        initialValues={toFormValues(report)}
        onValuesChange={() => onDirtyChange(hasUnsavedChanges(report, form.getFieldsValue(true) as ReportFormValues))}
        onFinish={onFinish}
      >
        <Flex gap="middle" wrap>
          <Form.Item
            name="documentNumber"
            label={t.documentNumber}
            extra={t.documentNumberHint}
            rules={[{ pattern: documentNumberPattern, message: t.documentNumberInvalid }]}
            style={{ flex: '1 1 200px' }}
          >
            <Input maxLength={30} />
          </Form.Item>
          <Form.Item
            name="issuedOn"
            label={t.issuedOn}
            rules={[requiredChoice(t.issuedOn)]}
            style={{ flex: '1 1 180px' }}
          >
            <DateField allowClear={false} />
          </Form.Item>
        </Flex>
        {proseKeys.map((key) => (
          <Form.Item
            key={key}
            name={['prose', key]}
            label={t.sections[key]}
            extra={
              key === 'shortcomings' ? (
                <Flex gap="small" align="center" wrap>
                  <span>{t.proseHint}</span>
                  <Button size="small" icon={<ReloadOutlined />} loading={propose.isPending} onClick={redraft}>
                    {t.redraftShortcomings}
                  </Button>
                </Flex>
              ) : (
                t.proseHint
              )
            }
          >
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 14 }} maxLength={50_000} />
          </Form.Item>
        ))}
        <Form.Item name="addressees" label={t.addressees} extra={t.addresseesHint}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} />
        </Form.Item>
        <Form.Item
          name="recipients"
          label={t.recipients}
          extra={t.recipientsHint}
          rules={[
            {
              validator: async (_rule, value: string | undefined) => {
                const lines = recipientLines(value ?? '');
                if (lines.length > 30) throw new Error(t.tooManyRecipients);
                if (lines.some((line) => line.length > 300)) throw new Error(t.recipientTooLong);
              },
            },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={save.isPending}>
          {t.save}
        </Button>
      </Form>
    </Card>
  );
}
