import { useState } from 'react';
import { Button, Flex, Tag, Tooltip } from 'antd';
import { LockOutlined, UnlockOutlined } from '@ant-design/icons';
import type { Quarter } from '@shared/domain/period';
import type { Unit } from '@shared/domain/unit';
import { viFigures } from '@renderer/i18n/vi-figures';
import type { LockState } from './grid-model';
import { LockDialog } from './LockDialog';

const t = viFigures.locks;

interface LockBarProps {
  year: number;
  quarter: Quarter;
  units: readonly Unit[];
  locks: LockState;
  /** Unsaved edits: locking or unlocking now would leave them in limbo. */
  dirty: boolean;
  onClosed: () => void;
}

/** Which units of the quarter are chốt, and the buttons to lock and unlock. */
export function LockBar({ year, quarter, units, locks, dirty, onClosed }: LockBarProps) {
  const [dialog, setDialog] = useState<'lock' | 'unlock' | null>(null);
  const lockedUnits = units.filter((unit) => locks.units.has(unit.id)).length;
  const all = lockedUnits === units.length && locks.area;
  const summary = all
    ? t.lockedAll
    : lockedUnits > 0
      ? t.lockedSome(lockedUnits, units.length)
      : locks.area
        ? t.lockedArea
        : t.noneLocked;
  const anyLocked = lockedUnits > 0 || locks.area;
  const close = () => {
    setDialog(null);
    onClosed();
  };
  const button = (mode: 'lock' | 'unlock') => (
    <Tooltip title={dirty ? t.saveFirst : undefined}>
      <Button
        icon={mode === 'lock' ? <LockOutlined /> : <UnlockOutlined />}
        disabled={dirty || (mode === 'lock' ? all : !anyLocked)}
        onClick={() => setDialog(mode)}
      >
        {mode === 'lock' ? t.lock : t.unlock}
      </Button>
    </Tooltip>
  );
  return (
    <Flex gap="small" align="center" wrap>
      <Tag icon={anyLocked ? <LockOutlined /> : undefined} color={all ? 'default' : anyLocked ? 'gold' : 'green'}>
        {summary}
      </Tag>
      {button('lock')}
      {button('unlock')}
      {dialog && <LockDialog mode={dialog} year={year} quarter={quarter} units={units} locks={locks} onClose={close} />}
    </Flex>
  );
}
