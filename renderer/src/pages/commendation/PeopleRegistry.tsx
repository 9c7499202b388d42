import { useMemo, useState } from 'react';
import { App, Button, Flex, Form, Input, Modal, Radio, Select, Table, Tag } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import {
  genders,
  personStatGroups,
  type Gender,
  type Person,
  type PersonStatGroup,
} from '@shared/commendation/registry';
import { foldVietnamese } from '@shared/domain/vietnamese-text';
import { genderLabels, personStatGroupLabels } from '@shared/i18n/vi-commendation';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { formatIsoDate } from '@renderer/format/dates';
import { DateField, toIsoDate } from '@renderer/forms/DateField';
import { requiredChoice, requiredText } from '@renderer/forms/form-rules';
import { vietnameseSelectSearch } from '@renderer/forms/vietnamese-select-search';
import { viCommendation } from '@renderer/i18n/vi-commendation-ui';
import { useUnitOptions } from './use-unit-options';

const t = viCommendation.registry;
const c = viCommendation.common;

interface PersonValues {
  fullName: string;
  position?: string;
  unitId: number;
  birthDate?: Dayjs | null;
  gender?: Gender | null;
  statGroup: PersonStatGroup;
}

function PersonModal({ person, onClose }: { person: Person | null; onClose: () => void }) {
  const [form] = Form.useForm<PersonValues>();
  const { message } = App.useApp();
  const units = useUnitOptions();
  const save = useApiMutation('people:save', { invalidates: ['people:list', 'awards:search', 'awards:history'] });
  return (
    <Modal
      open
      title={person ? t.editPerson(person.fullName) : t.addPerson}
      okText={c.save}
      cancelText={c.cancel}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<PersonValues>
        form={form}
        name="person"
        layout="vertical"
        initialValues={
          person
            ? {
                fullName: person.fullName,
                position: person.position ?? '',
                unitId: person.unitId,
                birthDate: person.birthDate ? dayjs(person.birthDate) : null,
                gender: person.gender,
                statGroup: person.statGroup,
              }
            : { statGroup: 'truc_tiep' }
        }
        onFinish={(v) =>
          save.mutate(
            {
              ...(person ? { id: person.id } : {}),
              fullName: v.fullName,
              position: v.position ?? null,
              unitId: v.unitId,
              birthDate: v.birthDate ? toIsoDate(v.birthDate) : null,
              gender: v.gender ?? null,
              statGroup: v.statGroup,
            },
            {
              onSuccess: (saved) => {
                void message.success(t.personSaved(saved.fullName));
                onClose();
              },
            },
          )
        }
      >
        <Form.Item name="fullName" label={t.fullName} rules={[requiredText(t.fullName)]}>
          <Input maxLength={200} autoFocus />
        </Form.Item>
        <Form.Item name="position" label={c.position}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="unitId" label={c.unit} rules={[requiredChoice(c.unit)]}>
          <Select showSearch {...vietnameseSelectSearch} options={units} />
        </Form.Item>
        <Form.Item name="birthDate" label={t.birthDate}>
          <DateField />
        </Form.Item>
        <Form.Item name="gender" label={t.gender} extra={t.genderHint}>
          <Radio.Group options={genders.map((g) => ({ value: g, label: genderLabels[g] }))} />
        </Form.Item>
        <Form.Item name="statGroup" label={t.statGroup}>
          <Select options={personStatGroups.map((g) => ({ value: g, label: personStatGroupLabels[g] }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function PeopleRegistry() {
  const people = useApiQuery('people:list', {});
  const [filter, setFilter] = useState('');
  const [dialog, setDialog] = useState<{ person: Person | null } | null>(null);
  const shown = useMemo(
    () => (people.data ?? []).filter((p) => foldVietnamese(p.fullName).includes(foldVietnamese(filter.trim()))),
    [people.data, filter],
  );
  return (
    <Flex vertical gap="small">
      <Flex gap="small" wrap>
        <Input
          aria-label={t.peopleSearch}
          placeholder={t.peopleSearch}
          allowClear
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          style={{ width: 320 }}
        />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ person: null })}>
          {t.addPerson}
        </Button>
      </Flex>
      <Table<Person>
        size="small"
        rowKey="id"
        aria-label={t.people}
        loading={people.isFetching}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        dataSource={shown}
        columns={[
          {
            title: t.fullName,
            render: (_, p) => (
              <>
                {p.fullName} {p.demo && <Tag>{c.demo}</Tag>}
              </>
            ),
          },
          { title: c.position, render: (_, p) => p.position ?? '' },
          { title: c.unit, dataIndex: 'unitName' },
          { title: t.birthDate, render: (_, p) => (p.birthDate ? formatIsoDate(p.birthDate) : '') },
          { title: t.gender, width: 90, render: (_, p) => (p.gender ? genderLabels[p.gender] : '') },
          {
            title: '',
            width: 90,
            render: (_, p) => (
              <Button
                size="small"
                icon={<EditOutlined />}
                aria-label={t.editPerson(p.fullName)}
                onClick={() => setDialog({ person: p })}
              >
                {c.edit}
              </Button>
            ),
          },
        ]}
      />
      {dialog && <PersonModal person={dialog.person} onClose={() => setDialog(null)} />}
    </Flex>
  );
}
