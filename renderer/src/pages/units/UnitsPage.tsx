import { useMemo, useState } from 'react';
import { keepPreviousData } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Input, Switch, Typography } from 'antd';
import { MergeCellsOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import type { Unit } from '@shared/domain/unit';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { vi } from '@renderer/i18n/vi';
import { CreateUnitModal } from './CreateUnitModal';
import { MergeUnitsModal } from './MergeUnitsModal';
import { RenameUnitModal } from './RenameUnitModal';
import { RetireUnitModal } from './RetireUnitModal';
import { filterUnits, openUnits } from './unit-list';
import { UnitsTable, type UnitAction } from './UnitsTable';

/** Which dialog is open; each dialog mounts fresh, so its form never shows the previous unit's values. */
type UnitDialog =
  | { kind: 'create' }
  | { kind: 'rename'; unit: Unit }
  | { kind: 'retire'; unit: Unit }
  | { kind: 'merge'; sourceIds: number[] };

const t = vi.units;

export function UnitsPage() {
  const [includeRetired, setIncludeRetired] = useState(false);
  const [query, setQuery] = useState('');
  const [dialog, setDialog] = useState<UnitDialog | null>(null);
  // Keep the rows on screen while the switch refetches, instead of flashing an empty table.
  const units = useApiQuery('units:list', { includeRetired }, { placeholderData: keepPreviousData });

  const all = useMemo(() => units.data ?? [], [units.data]);
  const shown = useMemo(() => filterUnits(all, query), [all, query]);
  const close = () => setDialog(null);

  const { modal, message } = App.useApp();
  const remove = useApiMutation('units:delete', { invalidates: ['units:list'] });
  // Deleting asks once; a unit something refers to is refused by the core with its reason, shown as an error.
  const confirmDelete = (unit: Unit) =>
    modal.confirm({
      title: t.remove.title(unit.name),
      content: t.remove.content,
      okText: t.remove.ok,
      okButtonProps: { danger: true },
      cancelText: vi.common.cancel,
      onOk: () =>
        remove
          .mutateAsync({ id: unit.id, reason: t.remove.reason })
          .then(() => void message.success(t.remove.done(unit.name)))
          .catch(() => undefined),
    });

  const onAction = (action: UnitAction, unit: Unit) => {
    if (action === 'delete') confirmDelete(unit);
    else setDialog(action === 'merge' ? { kind: 'merge', sourceIds: [unit.id] } : { kind: action, unit });
  };

  return (
    <Flex vertical gap="middle">
      <div>
        <Typography.Title level={2} style={{ marginBottom: 4 }}>
          {t.title}
        </Typography.Title>
        <Typography.Text type="secondary">{t.intro}</Typography.Text>
      </div>

      <Flex gap="middle" align="center" wrap>
        <Input
          aria-label={t.searchLabel}
          placeholder={t.searchPlaceholder}
          prefix={<SearchOutlined aria-hidden />}
          allowClear
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          style={{ width: 340 }}
        />
        <label style={{ display: 'inline-flex', alignItems: 'center', gap: 8, cursor: 'pointer' }}>
          <Switch checked={includeRetired} onChange={setIncludeRetired} />
          {t.showRetired}
        </label>
        <Flex gap="small" style={{ marginInlineStart: 'auto' }}>
          <Button
            icon={<MergeCellsOutlined />}
            disabled={openUnits(all).length < 2}
            onClick={() => setDialog({ kind: 'merge', sourceIds: [] })}
          >
            {t.mergeMany}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
            {t.add}
          </Button>
        </Flex>
      </Flex>

      {units.isError && <Alert type="error" showIcon title={vi.app.loadFailed} description={units.error.message} />}

      {units.isSuccess && <Typography.Text type="secondary">{t.count(shown.length, all.length)}</Typography.Text>}

      <UnitsTable
        units={shown}
        allUnits={all}
        loading={units.isFetching}
        emptyText={query.trim() && all.length > 0 ? t.noMatch : t.empty}
        onAction={onAction}
      />

      {dialog?.kind === 'create' && <CreateUnitModal onClose={close} />}
      {dialog?.kind === 'rename' && <RenameUnitModal unit={dialog.unit} onClose={close} />}
      {dialog?.kind === 'retire' && <RetireUnitModal unit={dialog.unit} onClose={close} />}
      {dialog?.kind === 'merge' && (
        <MergeUnitsModal candidates={openUnits(all)} initialSourceIds={dialog.sourceIds} onClose={close} />
      )}
    </Flex>
  );
}
