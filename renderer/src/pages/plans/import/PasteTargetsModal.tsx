import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Alert, Flex, Input, Modal, Typography } from 'antd';
import type { PlanImportProposal } from '@shared/contract/plans';
import { withTargetTableHeader } from '@shared/plan-text/pasted-table';
import { ApiError, callApi } from '@renderer/api/call-api';
import { viPlans } from '@renderer/i18n/vi-plans';

const t = viPlans.paste;

interface PasteTargetsModalProps {
  open: boolean;
  onClose: () => void;
  /** The targets read from the pasted rows (at least one), to add to the plan being written. */
  onRead: (proposal: PlanImportProposal) => void;
}

/**
 * "Dán bảng chỉ tiêu": rows copied from Excel or a Word table are read by the same plan reader as an imported plan
 * (`plans:parseText`), with the usual header put above rows copied without one. Nothing is written; the rows join the
 * plan on screen, to be checked like any imported target.
 */
export function PasteTargetsModal({ open, onClose, onRead }: PasteTargetsModalProps) {
  const [text, setText] = useState('');
  const [none, setNone] = useState(false);
  const read = useMutation<PlanImportProposal, ApiError, string>({
    mutationFn: (pasted) => callApi('plans:parseText', { text: withTargetTableHeader(pasted) }),
    onSuccess: (proposal) => {
      if (proposal.targets.length === 0) {
        setNone(true);
        return;
      }
      setText('');
      setNone(false);
      onRead(proposal);
    },
  });

  return (
    <Modal
      open={open}
      title={t.title}
      okText={t.read}
      cancelText={t.cancel}
      okButtonProps={{ disabled: text.trim() === '', loading: read.isPending }}
      onOk={() => read.mutate(text)}
      onCancel={onClose}
      width={760}
      destroyOnHidden
    >
      <Flex vertical gap="small">
        <Typography.Text type="secondary">{t.intro}</Typography.Text>
        <label htmlFor="pasted-targets" style={{ fontWeight: 600 }}>
          {t.label}
        </label>
        <Input.TextArea
          id="pasted-targets"
          value={text}
          autoSize={{ minRows: 8, maxRows: 16 }}
          onChange={(event) => {
            setText(event.target.value);
            setNone(false);
          }}
        />
        {none && <Alert type="warning" showIcon title={t.none} />}
        {read.isError && <Alert type="error" showIcon title={read.error.message} />}
      </Flex>
    </Modal>
  );
}
