import type { ReactNode } from 'react';
import { Alert, Button } from 'antd';
import type { BackupHealth } from '@shared/contract/backups';
import { useApiQuery } from '@renderer/api/hooks';
import { routePaths } from '@renderer/app/routes';
import { viBackupsUi } from '@renderer/i18n/vi-backups-ui';

const t = viBackupsUi;

interface NoticeProps {
  health: BackupHealth;
  action?: ReactNode;
  /** Cài đặt lists every recorded problem; Tổng quan only the newest, in the detail. */
  history?: boolean;
}

/** The health of automatic copies as the core judged it; nothing while all is well. */
export function BackupHealthNotice({ health, action, history = false }: NoticeProps) {
  if (health.level === 'ok' || health.title === null) return null;
  const earlier = history ? health.problems : [];
  return (
    <Alert
      type={health.level}
      showIcon
      role="alert"
      data-testid="backup-health"
      title={health.title}
      description={
        <>
          <div>{health.detail}</div>
          {earlier.length > 1 && (
            <ul aria-label={t.problemsLabel} data-testid="backup-problems">
              {earlier.map((p) => (
                <li key={p.at + p.message}>{`${p.atText}: ${p.message}`}</li>
              ))}
            </ul>
          )}
        </>
      }
      action={action}
    />
  );
}

/**
 * Tổng quan: a failing backup folder or a data file missing recent changes is said where the secretary looks every
 * day, not only in Cài đặt. A failure to load the overview shows nothing here (Cài đặt says it).
 */
export function BackupHealthBanner() {
  const overview = useApiQuery('backups:list', {});
  if (!overview.isSuccess) return null;
  return (
    <BackupHealthNotice
      health={overview.data.health}
      action={<Button href={`#${routePaths.settings}`}>{t.openBackupSettings}</Button>}
    />
  );
}
