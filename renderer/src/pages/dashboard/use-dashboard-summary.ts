import { useEffect, useState } from 'react';
import { keepPreviousData } from '@tanstack/react-query';
import { useApiQuery } from '@renderer/api/hooks';
import { latestReportedQuarter, requestedFilters, settleFilters, type DashboardFilters } from './filters';
import { useDashboardFilters } from './use-dashboard-filters';

/**
 * The summary of the chosen year and period, shared by every page of the section. On first opening (nothing
 * chosen yet) the choice settles from the data: the latest plan year, on the quarter of its latest figures.
 */
export function useDashboardSummary() {
  const { stored, update } = useDashboardFilters();
  const [today] = useState(() => new Date());
  const filters: DashboardFilters = requestedFilters(stored, today);
  // Keep the page on screen while another period loads, instead of flashing a spinner.
  const summary = useApiQuery(
    'dashboard:summary',
    { year: filters.year, period: filters.period },
    { placeholderData: keepPreviousData },
  );
  const answer = summary.isSuccess && !summary.isPlaceholderData ? summary.data : null;
  const settled =
    answer === null
      ? null
      : settleFilters(stored, filters, answer.years, latestReportedQuarter(answer.evaluation.targets));
  const settledKey = settled === null ? null : JSON.stringify(settled);

  useEffect(() => {
    if (settledKey !== null) update(JSON.parse(settledKey));
  }, [settledKey, update]);

  return {
    filters,
    update,
    summary,
    /** The choice is still settling from the data: what is on screen is not the period that will be shown. */
    settling: settled !== null || (stored.period === null && (summary.data?.years.length ?? 0) > 0),
  };
}
