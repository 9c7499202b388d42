import { Button, Flex, Input, Popconfirm, Tooltip, Typography } from 'antd';
import { CloseCircleOutlined, RedoOutlined, SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { viFigures } from '@renderer/i18n/vi-figures';

const t = viFigures.save;

interface SaveBarProps {
  changed: number;
  errors: number;
  saving: boolean;
  reason: string;
  onReason: (reason: string) => void;
  onSave: () => void;
  onDiscard: () => void;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
}

/**
 * How many cells wait to be saved, undo and redo of the last changes (Ctrl+Z, Ctrl+Y), an optional reason for the
 * audit log, "Hủy thay đổi" (every change, after asking) and "Lưu".
 */
export function SaveBar(props: SaveBarProps) {
  const { changed, errors, saving, reason, onReason, onSave, onDiscard } = props;
  return (
    <Flex gap="small" align="center" wrap>
      <Typography.Text type={changed > 0 ? 'warning' : 'secondary'} data-testid="figures-changed-count">
        {viFigures.page.changedCount(changed)}
      </Typography.Text>
      <Tooltip title={t.undoHint}>
        <Button icon={<UndoOutlined />} aria-label={t.undo} disabled={!props.canUndo} onClick={props.onUndo} />
      </Tooltip>
      <Tooltip title={t.redoHint}>
        <Button icon={<RedoOutlined />} aria-label={t.redo} disabled={!props.canRedo} onClick={props.onRedo} />
      </Tooltip>
      <Input
        aria-label={t.reason}
        placeholder={t.reason}
        title={t.reasonPlaceholder}
        value={reason}
        maxLength={500}
        onChange={(event) => onReason(event.target.value)}
        style={{ width: 220 }}
        disabled={changed === 0}
      />
      <Popconfirm
        title={t.discardConfirm}
        okText={t.discardOk}
        okButtonProps={{ danger: true }}
        cancelText={viFigures.leave.stay}
        onConfirm={onDiscard}
        disabled={changed === 0}
      >
        <Button icon={<CloseCircleOutlined />} disabled={changed === 0}>
          {t.discard}
        </Button>
      </Popconfirm>
      <Button
        type="primary"
        icon={<SaveOutlined />}
        loading={saving}
        disabled={changed === 0}
        onClick={onSave}
        title={errors > 0 ? t.blocked(errors) : undefined}
      >
        {t.button}
      </Button>
    </Flex>
  );
}
