import { useState } from 'react';
import { Alert, App, Card, Col, Flex, Row, Spin, Typography } from 'antd';
import type { CouncilProfile } from '@shared/domain/council';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { localIsoDate } from '@renderer/format/dates';
import { vi } from '@renderer/i18n/vi';
import { BackupSection } from './BackupSection';
import { CouncilProfileForm } from './CouncilProfileForm';
import { DocumentPreview } from './DocumentPreview';
import { StartRealCard } from './StartRealCard';

const t = vi.settings;

export function SettingsPage() {
  const council = useApiQuery('settings:council', {});

  return (
    <Flex vertical gap="middle">
      <Typography.Title level={2} style={{ marginBottom: 0 }}>
        {t.title}
      </Typography.Title>
      <StartRealCard />
      {council.isPending && <Spin />}
      {council.isError && <Alert type="error" showIcon title={vi.app.loadFailed} description={council.error.message} />}
      {/* Mounted once the saved profile is here, so the form starts from it rather than from blanks. */}
      {/* Backups: keyed by the saved profile, so a restore that changes it remounts the form from the restored data
          instead of leaving the old values typed in, ready to be saved over it. */}
      {council.isSuccess && <CouncilSettings key={JSON.stringify(council.data)} saved={council.data} />}
      {/* Backups: "Sao lưu và khôi phục". */}
      <BackupSection />
    </Flex>
  );
}

function CouncilSettings({ saved }: { saved: CouncilProfile }) {
  const { message } = App.useApp();
  const [draft, setDraft] = useState(saved);
  const save = useApiMutation('settings:saveCouncil', { invalidates: ['settings:council'] });
  const today = localIsoDate(new Date());

  const onSave = (profile: CouncilProfile) => save.mutate(profile, { onSuccess: () => void message.success(t.saved) });

  return (
    <Row gutter={[24, 24]}>
      <Col xs={24} xl={11}>
        <Card title={t.councilTitle}>
          <Typography.Paragraph type="secondary">{t.councilIntro}</Typography.Paragraph>
          <CouncilProfileForm initial={saved} saving={save.isPending} onChange={setDraft} onSave={onSave} />
        </Card>
      </Col>
      <Col xs={24} xl={13}>
        <Card title={t.previewTitle}>
          <DocumentPreview profile={draft} isoDate={today} />
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t.previewNote}
          </Typography.Paragraph>
        </Card>
      </Col>
    </Row>
  );
}
