import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Input, Select, Table, Typography } from 'antd';
import type { LinkProposal, LinkRow, PackageSettings } from '@shared/contract/packages';
import type { Quarter } from '@shared/domain/period';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { viPackages } from '@renderer/i18n/vi-packages-ui';
import { downloadReportFile } from '../reports/report-files';

const t = viPackages.send;

/**
 * The commune's side: who it is in the upper council's list, which upper plan it reports on and which of its own
 * indicators answers each upper target (proposed by name, confirmed once), then "Gửi báo cáo lên cấp trên" builds
 * the quarter's package and saves it.
 */
export function SendPanel({ year, quarter }: { year: number; quarter: Quarter }) {
  const { message } = App.useApp();
  const settings = useApiQuery('packages:settings', {});
  const [planId, setPlanId] = useState<number | undefined>(undefined);
  const links = useApiQuery('packages:links', planId === undefined ? {} : { upperPlanId: planId });
  const exportPackage = useApiMutation('packages:export', { invalidates: [] });
  const [missing, setMissing] = useState<string[]>([]);

  return (
    <Flex vertical gap="middle">
      {settings.data && <IdentityForm settings={settings.data} />}
      {links.data && (
        <LinksForm key={links.data.upperPlanId ?? 0} proposal={links.data} onPlan={(id) => setPlanId(id)} />
      )}
      <Flex gap="small" align="center">
        <Button
          type="primary"
          loading={exportPackage.isPending}
          onClick={() =>
            exportPackage.mutate(
              { year, quarter },
              {
                onSuccess: (result) => {
                  downloadReportFile(result.file);
                  setMissing(result.missing);
                  void message.success(t.built(result.figures));
                },
              },
            )
          }
        >
          {t.build}
        </Button>
      </Flex>
      {missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t.missing}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {missing.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          }
        />
      )}
    </Flex>
  );
}

/** Who the commune is in the upper council's list, and to whom it sends. */
function IdentityForm({ settings }: { settings: PackageSettings }) {
  const { message } = App.useApp();
  const saveSettings = useApiMutation('packages:saveSettings', { invalidates: ['packages:settings'] });
  const [code, setCode] = useState(settings.senderCode);
  const [upperName, setUpperName] = useState(settings.upperCouncilName);
  return (
    <Card size="small" title={t.identity}>
      <Flex gap="small" wrap align="center">
        <Input
          aria-label={t.senderCode}
          placeholder={t.senderCode}
          style={{ width: 320 }}
          value={code}
          onChange={(e) => setCode(e.target.value)}
        />
        <Input
          aria-label={t.upperName}
          placeholder={t.upperName}
          style={{ width: 420 }}
          value={upperName}
          onChange={(e) => setUpperName(e.target.value)}
        />
        <Button
          onClick={() =>
            saveSettings.mutate(
              { senderCode: code, upperCouncilName: upperName, calendar: settings.calendar },
              { onSuccess: () => void message.success(t.saved) },
            )
          }
        >
          {t.saveIdentity}
        </Button>
      </Flex>
    </Card>
  );
}

/** The upper plan's targets, each with the commune's own indicator: the confirmed one, else the app's proposal. */
function LinksForm({ proposal, onPlan }: { proposal: LinkProposal; onPlan: (id: number) => void }) {
  const { message } = App.useApp();
  const saveLinks = useApiMutation('packages:saveLinks', { invalidates: ['packages:settings', 'packages:links'] });
  const [chosen, setChosen] = useState<Record<number, number | null>>(() =>
    Object.fromEntries(proposal.rows.map((r) => [r.upperIndicatorId, r.linkedIndicatorId ?? r.proposedIndicatorId])),
  );
  const { upperPlanId } = proposal;
  const confirmed = Object.entries(chosen).flatMap(([upper, own]) =>
    own === null || own === undefined ? [] : [{ upperIndicatorId: Number(upper), ownIndicatorId: own }],
  );
  return (
    <Card size="small" title={t.links}>
      <Flex vertical gap="small">
        <Select
          aria-label={t.upperPlan}
          placeholder={t.choosePlan}
          style={{ maxWidth: 640 }}
          value={upperPlanId ?? undefined}
          options={proposal.plans.map((p) => ({ value: p.id, label: p.label }))}
          onChange={(value: number) => onPlan(value)}
        />
        <Typography.Text type="secondary">{t.linksHint}</Typography.Text>
        {upperPlanId !== null && (
          <Table<LinkRow>
            size="small"
            rowKey="upperIndicatorId"
            dataSource={proposal.rows}
            pagination={false}
            columns={[
              { key: 'upper', title: t.upperTarget, dataIndex: 'upperName' },
              { key: 'target', title: t.target, dataIndex: 'targetText', width: 140 },
              {
                key: 'own',
                title: t.own,
                width: 380,
                render: (_v, row) => (
                  <Select<number>
                    aria-label={`${t.own}: ${row.upperName}`}
                    allowClear
                    style={{ width: '100%' }}
                    value={chosen[row.upperIndicatorId] ?? undefined}
                    options={row.candidates.map((c) => ({
                      value: c.id,
                      label:
                        c.id === row.proposedIndicatorId && row.linkedIndicatorId === null
                          ? `${c.name} (${t.proposed})`
                          : c.name,
                    }))}
                    onChange={(value) => setChosen({ ...chosen, [row.upperIndicatorId]: value ?? null })}
                  />
                ),
              },
            ]}
          />
        )}
        <Button
          disabled={upperPlanId === null}
          loading={saveLinks.isPending}
          onClick={() =>
            upperPlanId !== null &&
            saveLinks.mutate(
              { upperPlanId, links: confirmed },
              { onSuccess: () => void message.success(t.linksSaved(confirmed.length)) },
            )
          }
        >
          {t.confirmLinks}
        </Button>
      </Flex>
    </Card>
  );
}
