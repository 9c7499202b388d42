import { Button, Flex, Input, Popconfirm, Typography } from 'antd';
import { SaveOutlined, UndoOutlined } from '@ant-design/icons';
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
}

/** How many cells wait to be saved, an optional reason for the audit log, "Hủy thay đổi" and "Lưu". */
export function SaveBar({ changed, errors, saving, reason, onReason, onSave, onDiscard }: SaveBarProps) {
  return (
    <Flex gap="small" align="center" wrap>
      <Typography.Text type={changed > 0 ? 'warning' : 'secondary'} data-testid="figures-changed-count">
        {viFigures.page.changedCount(changed)}
      </Typography.Text>
      <Input
        aria-label={t.reason}
        placeholder={t.reason}
        title={t.reasonPlaceholder}
        value={reason}
        maxLength={500}
        onChange={(event) => onReason(event.target.value)}
        style={{ width: 260 }}
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
        <Button icon={<UndoOutlined />} disabled={changed === 0}>
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
