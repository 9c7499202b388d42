import { useEffect, useEffectEvent, useMemo, useState } from 'react';
import { Alert, App, Empty, Flex, Spin, Tooltip, Typography } from 'antd';
import { QuestionCircleOutlined } from '@ant-design/icons';
import type { FigureGrid, FigureSaveResult } from '@shared/contract/figures';
import { quarterLabel } from '@shared/domain/figure';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { vi } from '@renderer/i18n/vi';
import { viFigures } from '@renderer/i18n/vi-figures';
import { ActiveCellBar } from './ActiveCellBar';
import { accessAt, activeRef } from './entry-state';
import { EntryGrid } from './EntryGrid';
import { ExcelBar } from './ExcelBar';
import { figuresPath, type GridPeriod } from './figures-route';
import { checkEdits, hasErrors, saveEntries } from './grid-model';
import { IssuesPanel, issueLines } from './IssuesPanel';
import { LockBar } from './LockBar';
import { PeriodBar, type GridPreferences } from './PeriodBar';
import { planByIndicator } from './plan-figure';
import { SaveBar } from './SaveBar';
import { SaveResultAlert } from './SaveResultAlert';
import { useEntry } from './use-entry';
import { useLeaveGuard } from './use-leave-guard';

interface FiguresWorkspaceProps {
  period: GridPeriod;
  years: readonly number[];
  preferences: GridPreferences;
  onPreferences: (preferences: GridPreferences) => void;
  onPeriod: (period: GridPeriod) => void;
}

function emptyGrid({ year, quarter }: GridPeriod): FigureGrid {
  return {
    year,
    quarter,
    indicators: [],
    targets: [],
    units: [],
    figures: [],
    earlierQuarters: [],
    lastYear: [],
    locks: [],
  };
}

const t = viFigures;

/** One quarter on screen: its grid, its edits, saving, locks and Excel. Mounted afresh for each quarter. */
export function FiguresWorkspace({ period, years, preferences, onPreferences, onPeriod }: FiguresWorkspaceProps) {
  const { message } = App.useApp();
  const gridQuery = useApiQuery('figures:grid', { year: period.year, quarter: period.quarter });
  const placeholder = useMemo(() => emptyGrid(period), [period]);
  const grid = gridQuery.data ?? placeholder;
  const entry = useEntry(grid, preferences.orientation, preferences.newStatus);
  const { env, state, derived } = entry;
  const dirty = state.edits.size > 0;
  const { confirmThen } = useLeaveGuard(dirty, figuresPath);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const [reason, setReason] = useState('');
  const [saveResult, setSaveResult] = useState<FigureSaveResult | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const save = useApiMutation('figures:save', {
    invalidates: ['figures:grid', 'figures:history', 'figures:list', 'audit:search'],
  });
  const plans = useMemo(() => planByIndicator(grid.targets), [grid.targets]);
  const lines = useMemo(
    () => issueLines(derived.issues, env.context.indicators, derived.names),
    [derived.issues, derived.names, env.context.indicators],
  );
  const errorCount = lines.filter((line) => line.severity === 'error').length;
  const label = quarterLabel(period.year, period.quarter);
  const refocus = () => setFocusRequest((n) => n + 1);

  const saveNow = () => {
    // A blur just committed the editor; read the state as of that event, not as of the last render.
    const snapshot = entry.snapshot();
    if (snapshot.edits.size === 0) {
      void message.info(t.save.nothing);
      return;
    }
    const entries = saveEntries(snapshot.edits, env.context.saved);
    const issues = checkEdits(snapshot.edits, env.context.indicators, env.context.saved, derived.checkSources);
    if (entries === null || hasErrors(issues)) {
      const firstError = issueLines(issues, env.context.indicators, derived.names).find((l) => l.severity === 'error');
      void message.error(
        t.save.blocked([...issues.values()].filter((l) => l.some((i) => i.severity === 'error')).length),
      );
      if (firstError) {
        entry.goTo(firstError.ref);
        refocus();
      }
      return;
    }
    setSaveError(null);
    const sent = snapshot.edits;
    save.mutate(
      { year: period.year, quarter: period.quarter, entries, ...(reason.trim() ? { reason: reason.trim() } : {}) },
      {
        onSuccess: (result) => {
          entry.dropSaved(sent);
          setSaveResult(result);
          setReason('');
          void message.success(t.save.done(result.inserted, result.updated, result.deleted));
        },
        onError: (error) => setSaveError(error.message),
      },
    );
  };

  const onShortcut = useEffectEvent((event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 's') return;
    event.preventDefault();
    // Leaving the editor commits it (synchronously, through its blur handler) before the save reads the edits.
    if (entry.snapshot().editing && document.activeElement instanceof HTMLElement) document.activeElement.blur();
    if (!save.isPending) saveNow();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onShortcut(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  const notifyReadOnly = () => {
    const access = accessAt(env, activeRef(entry.snapshot(), env.layout));
    const text =
      access === 'locked'
        ? t.grid.lockedCell
        : access === 'computed'
          ? t.grid.computed
          : access === 'not_applicable'
            ? t.grid.notApplicable
            : t.paste.readOnly;
    void message.warning({ content: text, key: 'fg-read-only' });
  };

  const body = () => {
    if (gridQuery.isPending) return <Spin description={t.page.loading} />;
    if (gridQuery.isError) {
      return <Alert type="error" showIcon title={vi.app.loadFailed} description={gridQuery.error.message} />;
    }
    if (grid.indicators.length === 0) return <Empty description={t.page.noPlan(period.year)} />;
    return (
      <>
        <IssuesPanel
          lines={lines}
          onGoTo={(ref) => {
            entry.goTo(ref);
            refocus();
          }}
        />
        <section className="fg-inspector" aria-label={t.inspector.title}>
          <ActiveCellBar
            grid={grid}
            env={env}
            state={state}
            derived={derived}
            plans={plans}
            onStatus={(status) => {
              const ref = activeRef(entry.snapshot(), env.layout);
              if (ref) entry.cellStatus(ref, status);
            }}
            onHistory={() => setHistoryOpen(true)}
          />
        </section>
        {grid.units.length === 0 && <Alert type="info" showIcon title={t.page.noUnits} />}
        <EntryGrid
          year={period.year}
          quarter={period.quarter}
          periodLabel={label}
          env={env}
          state={state}
          derived={derived}
          plans={plans}
          showLastYear={preferences.showLastYear}
          focusRequest={focusRequest}
          historyOpen={historyOpen}
          onHistoryOpenChange={(open) => {
            setHistoryOpen(open);
            if (!open) refocus();
          }}
          onCommand={(command) => {
            const effect = entry.command(command);
            if (effect === 'readOnly') notifyReadOnly();
            if (effect === 'history') setHistoryOpen(true);
            else if (command.type === 'move' || command.type === 'jump') setHistoryOpen(false);
            return effect;
          }}
          onActivate={(position, edit) => {
            setHistoryOpen(false);
            entry.activate(position);
            if (edit && entry.command({ type: 'edit', text: null }) === 'readOnly') notifyReadOnly();
          }}
          onCommit={(text, step) => {
            if (entry.commit(text, step) === 'readOnly') notifyReadOnly();
          }}
          onCancel={entry.cancel}
          onPaste={(text) => {
            const outcome = entry.paste(text);
            const notes = [t.paste.done(outcome.written)];
            if (outcome.skipped > 0) notes.push(t.paste.skipped(outcome.skipped));
            if (outcome.clippedRows > 0 || outcome.clippedCols > 0) notes.push(t.paste.clipped);
            void message.info({ content: notes.join(' '), key: 'fg-paste' });
          }}
          onColumnStatus={entry.columnStatus}
        />
      </>
    );
  };

  return (
    <Flex vertical gap="middle">
      <PeriodBar
        period={period}
        years={years}
        preferences={preferences}
        onPeriod={(next) => confirmThen(() => onPeriod(next))}
        onPreferences={(next) => {
          if (next.orientation !== preferences.orientation) entry.reorient(next.orientation);
          onPreferences(next);
        }}
      />
      {gridQuery.isSuccess && grid.indicators.length > 0 && (
        <Flex gap="middle" align="center" justify="space-between" wrap>
          <LockBar
            year={period.year}
            quarter={period.quarter}
            units={grid.units}
            locks={env.context.locks}
            dirty={dirty}
            onClosed={refocus}
          />
          <ExcelBar year={period.year} quarter={period.quarter} dirty={dirty} />
          {/* The keys in a tooltip rather than a line under the grid: at 1366×768 every line is a row of figures. */}
          <Tooltip title={t.page.shortcuts}>
            <Typography.Text type="secondary" tabIndex={0} className="fg-shortcuts">
              <QuestionCircleOutlined /> {t.page.shortcutsLabel}
            </Typography.Text>
          </Tooltip>
          <SaveBar
            changed={state.edits.size}
            errors={errorCount}
            saving={save.isPending}
            reason={reason}
            onReason={setReason}
            onSave={saveNow}
            onDiscard={() => {
              entry.discard();
              refocus();
            }}
            canUndo={entry.canUndo}
            canRedo={entry.canRedo}
            onUndo={() => {
              entry.command({ type: 'undo' });
              refocus();
            }}
            onRedo={() => {
              entry.command({ type: 'redo' });
              refocus();
            }}
          />
        </Flex>
      )}
      {saveError && (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setSaveError(null) }}
          title={saveError}
          style={{ whiteSpace: 'pre-line' }}
        />
      )}
      {saveResult && <SaveResultAlert result={saveResult} onClose={() => setSaveResult(null)} />}
      {body()}
    </Flex>
  );
}
