import { useState } from 'react';
import { Alert, Button, Card, Empty, Flex, Input, InputNumber, Select, Table, Typography } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import type { AwardRecord, AwardStatRow, Person } from '@shared/commendation/registry';
import { initiativeScopeLabels, proposalPeriodLabels } from '@shared/i18n/vi-commendation';
import { useApiQuery } from '@renderer/api/hooks';
import { vietnameseSelectSearch } from '@renderer/forms/vietnamese-select-search';
import { viCommendation } from '@renderer/i18n/vi-commendation-ui';
import { AwardImportButton } from './AwardImportDialog';
import { awardsByYear, decisionLabel, formatMoney } from './commendation-format';

const t = viCommendation.lookup;
const c = viCommendation.common;

type Subject = { personId: number; unitId: null } | { personId: null; unitId: number };

/** A person's or a unit's awards by year, with the decision of each, and their initiatives. */
function HistoryCard({ subject }: { subject: Subject }) {
  const history = useApiQuery('awards:history', subject);
  if (history.isError) {
    return <Alert type="error" showIcon title={viCommendation.loadFailed} description={history.error.message} />;
  }
  if (!history.data) return null;
  const { subject: who, awards, initiatives } = history.data;
  const years = awardsByYear(awards);
  return (
    <Card
      size="small"
      title={t.historyOf(who.kind === 'person' ? `${who.name} (${who.unitName})` : who.name)}
      aria-label={t.historyOf(who.name)}
    >
      {years.length === 0 && <Empty description={t.noAwards} />}
      {years.map(({ year, awards: list }) => (
        <div key={year} style={{ marginBottom: 12 }}>
          <Typography.Title level={5} style={{ margin: '4px 0' }}>
            {`${c.year} ${year}`}
          </Typography.Title>
          <Table<AwardRecord>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={list}
            columns={[
              { title: c.title, dataIndex: 'titleName' },
              ...(who.kind === 'unit'
                ? [{ title: c.name, key: 'who', render: (_: unknown, a: AwardRecord) => a.personName ?? a.unitName }]
                : []),
              { title: c.period, width: 150, render: (_, a) => proposalPeriodLabels[a.period] },
              { title: t.decision, render: (_, a) => decisionLabel(a) },
              {
                title: viCommendation.decisions.prize,
                width: 150,
                align: 'right',
                render: (_, a) => formatMoney(a.prizeAmount),
              },
            ]}
          />
        </div>
      ))}
      {initiatives.length > 0 && (
        <>
          <Typography.Title level={5}>{t.initiatives}</Typography.Title>
          <ul>
            {initiatives.map((i) => (
              <li key={i.id}>
                {`${i.title} (${initiativeScopeLabels[i.scope]}, ${i.year}) – ${i.recognitionDecision}`}
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}

function PeopleSearch({ onPick }: { onPick: (person: Person) => void }) {
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const found = useApiQuery('awards:search', { query }, { enabled: query !== '' });
  return (
    <Card size="small" title={t.search}>
      <Flex vertical gap="small">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setQuery(text.trim());
          }}
          style={{ display: 'flex', gap: 8 }}
        >
          <Input
            aria-label={t.search}
            placeholder={t.searchPlaceholder}
            prefix={<SearchOutlined aria-hidden />}
            value={text}
            onChange={(event) => setText(event.target.value)}
            style={{ maxWidth: 420 }}
          />
          <Button type="primary" htmlType="submit" disabled={text.trim() === ''}>
            {t.searchButton}
          </Button>
        </form>
        {found.isError && <Alert type="error" showIcon title={found.error.message} />}
        {found.data && (
          <Table
            size="small"
            rowKey={(row) => row.person.id}
            aria-label={t.found(found.data.length)}
            pagination={false}
            dataSource={found.data}
            locale={{ emptyText: t.notFound }}
            title={() => t.found(found.data.length)}
            columns={[
              { title: viCommendation.registry.fullName, render: (_, row) => row.person.fullName },
              { title: c.position, render: (_, row) => row.person.position ?? '' },
              { title: c.unit, render: (_, row) => row.person.unitName },
              { title: t.awardCount, align: 'right', render: (_, row) => row.awards.length },
              {
                title: '',
                width: 130,
                render: (_, row) => (
                  <Button
                    size="small"
                    aria-label={`${t.history} ${row.person.fullName}`}
                    onClick={() => onPick(row.person)}
                  >
                    {t.history}
                  </Button>
                ),
              },
            ]}
          />
        )}
      </Flex>
    </Card>
  );
}

function StatsCard() {
  const [year, setYear] = useState<number | null>(null);
  const stats = useApiQuery('awards:stats', year === null ? {} : { year });
  return (
    <Card
      size="small"
      title={t.stats}
      extra={
        <label style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
          {t.statsYear}
          <InputNumber
            aria-label={t.statsYear}
            min={1990}
            max={2200}
            placeholder={c.allYears}
            value={year}
            onChange={(v) => setYear(v)}
            style={{ width: 150 }}
          />
        </label>
      }
    >
      <Table<AwardStatRow>
        size="small"
        rowKey={(r) => `${r.year}-${r.titleCode}-${r.unitId}`}
        aria-label={t.stats}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        dataSource={stats.data ?? []}
        locale={{ emptyText: t.noStats }}
        columns={[
          { title: c.year, dataIndex: 'year', width: 80 },
          { title: c.title, dataIndex: 'titleName' },
          { title: c.unit, dataIndex: 'unitName' },
          { title: t.count, dataIndex: 'count', align: 'right', width: 110 },
          { title: t.prizeTotal, align: 'right', width: 170, render: (_, r) => formatMoney(r.prizeTotal) },
        ]}
      />
    </Card>
  );
}

/** Tra cứu: people by name (accents ignored), a person's or a unit's history, statistics. */
export function LookupTab() {
  const [subject, setSubject] = useState<Subject | null>(null);
  const units = useApiQuery('units:list', { includeRetired: true });
  return (
    <Flex vertical gap="middle">
      <Flex justify="end">
        <AwardImportButton />
      </Flex>
      <PeopleSearch onPick={(person) => setSubject({ personId: person.id, unitId: null })} />
      <Flex gap="small" align="center" wrap>
        <Typography.Text strong>{t.unitHistory}</Typography.Text>
        <Select
          aria-label={t.unitHistory}
          placeholder={t.unitPick}
          showSearch
          {...vietnameseSelectSearch}
          style={{ width: 360 }}
          value={subject?.unitId ?? null}
          onChange={(unitId: number) => setSubject({ personId: null, unitId })}
          options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
        />
      </Flex>
      {subject && <HistoryCard key={`${subject.personId}-${subject.unitId}`} subject={subject} />}
      <StatsCard />
    </Flex>
  );
}
