import { useId, useState } from 'react';
import { Button, Flex, Input, Typography } from 'antd';
import { FolderOpenOutlined } from '@ant-design/icons';
import type { ChosenPath, PathPurpose } from '@shared/contract/paths';
import { useApiMutation, useApiQuery } from '../api/hooks';

export interface PathChooserProps {
  purpose: PathPurpose;
  /** What the button says ("Đổi thư mục sao lưu…"); in the browser it confirms the typed path. */
  buttonText: string;
  /** The label of the path field in the browser, where there is no native dialog. */
  typedLabel: string;
  typedPlaceholder?: string;
  icon?: React.ReactNode;
  disabled?: boolean;
  loading?: boolean;
  /** The secretary picked a path: its token is what the next channel takes. */
  onChosen: (chosen: ChosenPath) => void;
}

/**
 * Asks for a folder or a file through `paths:choose`. In the desktop app a button opens the native dialog; in the
 * browser (`npm run web`) a field takes a typed full path, which the core checks the same way. Either way the page
 * receives a token and the path to show, never sends a path of its own.
 */
export function PathChooser(props: PathChooserProps) {
  const { purpose, buttonText, typedLabel, typedPlaceholder, icon, disabled, loading, onChosen } = props;
  const picker = useApiQuery('paths:picker', {}, { staleTime: Infinity });
  const choose = useApiMutation('paths:choose', { invalidates: [] });
  const [typed, setTyped] = useState('');
  const fieldId = useId();
  const busy = choose.isPending || loading === true;

  const pick = (typedPath?: string) =>
    choose.mutate(typedPath === undefined ? { purpose } : { purpose, typedPath }, {
      onSuccess: (chosen) => {
        if (chosen === null) return;
        setTyped('');
        onChosen(chosen);
      },
    });

  if (picker.data?.mode === 'typed') {
    const path = typed.trim();
    return (
      <Flex vertical gap={4}>
        <label htmlFor={fieldId}>{typedLabel}</label>
        <Flex gap="small" wrap align="center">
          <Input
            id={fieldId}
            placeholder={typedPlaceholder}
            prefix={<FolderOpenOutlined aria-hidden />}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            onPressEnter={() => path && !disabled && pick(path)}
            style={{ width: 360 }}
          />
          <Button icon={icon} onClick={() => pick(path)} disabled={!path || disabled} loading={busy}>
            {buttonText}
          </Button>
        </Flex>
      </Flex>
    );
  }
  if (picker.data?.mode === 'dialog') {
    return (
      <Flex>
        <Button
          icon={icon ?? <FolderOpenOutlined aria-hidden />}
          onClick={() => pick()}
          disabled={disabled}
          loading={busy}
        >
          {buttonText}
        </Button>
      </Flex>
    );
  }
  return picker.isError ? <Typography.Text type="danger">{picker.error.message}</Typography.Text> : null;
}
