import { useEffect, useMemo, useState } from 'react';
import { Flex, Spin, Typography } from 'antd';
import { useApiQuery } from '@renderer/api/hooks';
import { useHashRoute } from '@renderer/app/use-hash-route';
import { viFigures } from '@renderer/i18n/vi-figures';
import { defaultPeriod, figuresPath, figuresPeriodPath, periodFromPath } from './figures-route';
import { FiguresWorkspace } from './FiguresWorkspace';
import type { GridPreferences } from './PeriodBar';

const t = viFigures.page;

/**
 * "Nhập số liệu": the quarter comes from the route (`#/nhap-so-lieu/2023-Q3`); without one, the page opens on the
 * quarter being reported (see `defaultPeriod`). View preferences outlive a change of quarter.
 */
export function FiguresPage() {
  const { path, navigate } = useHashRoute();
  const plans = useApiQuery('plans:list', {});
  const years = useMemo(() => [...new Set((plans.data ?? []).map((plan) => plan.year))], [plans.data]);
  const routePeriod = periodFromPath(path);
  const [today] = useState(() => new Date());
  const fallback = plans.isPending ? null : defaultPeriod(years, today);
  const period = routePeriod ?? fallback;
  const [preferences, setPreferences] = useState<GridPreferences>({
    orientation: 'indicators',
    showLastYear: true,
    newStatus: 'uoc',
  });

  // Only the bare route is completed with a quarter: while the shell switches to another section this page may
  // still render once with that section's path, and must not pull the window back.
  const target = path === figuresPath && fallback ? figuresPeriodPath(fallback) : null;
  useEffect(() => {
    if (target) navigate(target, { replace: true });
  }, [target, navigate]);

  return (
    <Flex vertical gap="middle">
      <div>
        <Typography.Title level={2} style={{ marginBottom: 4 }}>
          {t.title}
        </Typography.Title>
        <Typography.Text type="secondary">{t.intro}</Typography.Text>
      </div>
      {period ? (
        <FiguresWorkspace
          key={`${period.year}-${period.quarter}`}
          period={period}
          years={years}
          preferences={preferences}
          onPreferences={setPreferences}
          onPeriod={(next) => navigate(figuresPeriodPath(next))}
        />
      ) : (
        <Spin description={t.loading} />
      )}
    </Flex>
  );
}
