import type { ReactNode } from 'react';
import { Flex, Segmented, Select, Switch, Tooltip } from 'antd';
import type { FigureStatus } from '@shared/domain/figure';
import type { Quarter } from '@shared/domain/period';
import { viFigures } from '@renderer/i18n/vi-figures';
import type { GridPeriod } from './figures-route';
import type { Orientation } from './grid-layout';

const t = viFigures.page;

export interface GridPreferences {
  orientation: Orientation;
  showLastYear: boolean;
  /** Ước or chính thức for figures typed into empty cells. */
  newStatus: FigureStatus;
}

interface PeriodBarProps {
  period: GridPeriod;
  years: readonly number[];
  preferences: GridPreferences;
  onPeriod: (period: GridPeriod) => void;
  onPreferences: (preferences: GridPreferences) => void;
}

const quarters: Quarter[] = [1, 2, 3, 4];

/** Year and quarter, which way the grid is turned, whether last year shows, and the status of new figures. */
export function PeriodBar({ period, years, preferences, onPeriod, onPreferences }: PeriodBarProps) {
  const yearOptions = [...new Set([...years, period.year])].sort((a, b) => b - a);
  const label = (text: string, control: ReactNode) => (
    <label style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
      {text}
      {control}
    </label>
  );
  return (
    <Flex gap="middle" align="center" wrap>
      <Select<number>
        aria-label={t.year}
        value={period.year}
        style={{ width: 110 }}
        options={yearOptions.map((year) => ({ value: year, label: `${t.year} ${year}` }))}
        onChange={(year) => onPeriod({ ...period, year })}
      />
      <Segmented<Quarter>
        aria-label={t.quarter}
        value={period.quarter}
        options={quarters.map((quarter) => ({ value: quarter, label: t.quarterNames[quarter - 1] }))}
        onChange={(quarter) => onPeriod({ ...period, quarter })}
      />
      <Tooltip title={t.transposeHint}>
        {label(
          t.transpose,
          <Switch
            size="small"
            checked={preferences.orientation === 'units'}
            onChange={(on) => onPreferences({ ...preferences, orientation: on ? 'units' : 'indicators' })}
          />,
        )}
      </Tooltip>
      {label(
        t.showLastYear,
        <Switch
          size="small"
          checked={preferences.showLastYear}
          onChange={(showLastYear) => onPreferences({ ...preferences, showLastYear })}
        />,
      )}
      <Flex gap={8} align="center">
        <span aria-hidden>{t.newStatus}</span>
        <Segmented<FigureStatus>
          size="small"
          aria-label={t.newStatus}
          value={preferences.newStatus}
          onChange={(newStatus) => onPreferences({ ...preferences, newStatus })}
          options={[
            { value: 'uoc', label: viFigures.status.uoc },
            { value: 'chinh_thuc', label: viFigures.status.chinh_thuc },
          ]}
        />
      </Flex>
    </Flex>
  );
}
