import { Button, Col, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import type { Movement } from '@shared/domain/plan';
import { DateField } from '@renderer/forms/DateField';
import { requiredChoice, requiredText } from '@renderer/forms/form-rules';
import { vietnameseSelectSearch } from '@renderer/forms/vietnamese-select-search';
import { viPlans } from '@renderer/i18n/vi-plans';

const h = viPlans.header;

/**
 * The plan's header as form items (Số, Ngày ban hành, …, Đợt thi đua, Căn cứ, phong trào); the surrounding
 * `Form<PlanHeaderValues>` owns the values. Used on the review screen and in "Sửa thông tin".
 */
export function PlanHeaderFields({ movements }: { movements: readonly Movement[] }) {
  const movementOptions = movements.map((m) => ({ value: m.id, label: m.name }));
  return (
    <Row gutter={16}>
      <Col xs={24} md={8}>
        <Form.Item name="number" label={h.number}>
          <Input maxLength={60} placeholder={h.numberPlaceholder} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="issuedOn" label={h.issuedOn}>
          <DateField />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="place" label={h.place}>
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      <Col xs={24} md={16}>
        <Form.Item name="issuer" label={h.issuer}>
          <Input maxLength={300} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="year" label={h.year} rules={[requiredChoice(h.year)]}>
          <InputNumber min={1990} max={2200} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="title" label={h.title} rules={[requiredText(h.title)]}>
          <Input maxLength={1000} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="theme" label={h.theme}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <PhasesList />
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="signer" label={h.signer}>
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="movementIds" label={h.movements}>
          <Select
            mode="multiple"
            options={movementOptions}
            placeholder={h.movementsPlaceholder}
            showSearch={vietnameseSelectSearch}
          />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="legalBases" label={h.legalBases} extra={h.legalBasesHint}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
      </Col>
    </Row>
  );
}

/** Đợt thi đua: name with start and end dates, the end not before the start. */
function PhasesList() {
  return (
    <Form.List name="phases">
      {(fields, { add, remove }) => (
        <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
          <legend style={{ fontSize: 14, marginBottom: 8 }}>{h.phases}</legend>
          {fields.length === 0 && (
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
              {h.noPhases}
            </Typography.Paragraph>
          )}
          {fields.map((field, index) => (
            <Row gutter={12} key={field.key} align="bottom">
              <Col xs={24} md={8}>
                <Form.Item
                  name={[field.name, 'name']}
                  label={h.phaseLabel(h.phaseName, index + 1)}
                  rules={[requiredText(h.phaseName)]}
                >
                  <Input maxLength={100} />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item name={[field.name, 'start']} label={h.phaseLabel(h.phaseStart, index + 1)}>
                  <DateField />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item
                  name={[field.name, 'end']}
                  label={h.phaseLabel(h.phaseEnd, index + 1)}
                  dependencies={[['phases', field.name, 'start']]}
                  rules={[
                    ({ getFieldValue }) => ({
                      validator: (_rule, end: Dayjs | null | undefined) => {
                        const start = getFieldValue(['phases', field.name, 'start']) as Dayjs | null | undefined;
                        return start && end && end.isBefore(start, 'day')
                          ? Promise.reject(new Error(h.phaseEndBeforeStart))
                          : Promise.resolve();
                      },
                    }),
                  ]}
                >
                  <DateField />
                </Form.Item>
              </Col>
              <Col xs={24} md={4}>
                <Form.Item>
                  <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)}>
                    {h.removePhase(index + 1)}
                  </Button>
                </Form.Item>
              </Col>
            </Row>
          ))}
          <Form.Item>
            <Button icon={<PlusOutlined />} onClick={() => add({ name: h.newPhaseName(fields.length + 1) })}>
              {h.addPhase}
            </Button>
          </Form.Item>
        </fieldset>
      )}
    </Form.List>
  );
}
