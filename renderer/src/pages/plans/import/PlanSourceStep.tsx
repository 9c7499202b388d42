import { useRef, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Input, Typography } from 'antd';
import { FileSearchOutlined, FolderOpenOutlined } from '@ant-design/icons';
import type { PlanImportProposal } from '@shared/contract/plans';
import { ApiError, callApi } from '@renderer/api/call-api';
import { viPlans } from '@renderer/i18n/vi-plans';
import { planCreatePath } from '../plan-routes';
import { maxPlanFileBytes, readFileAsBase64 } from './read-file';

const t = viPlans.import;

type ReadRequest = { kind: 'text'; text: string } | { kind: 'file'; file: File };

async function readPlan(request: ReadRequest): Promise<PlanImportProposal> {
  if (request.kind === 'text') return callApi('plans:parseText', { text: request.text });
  const { file } = request;
  if (file.size > maxPlanFileBytes) throw new ApiError('FILE_INVALID', t.fileTooLarge(file.name));
  let contentBase64: string;
  try {
    contentBase64 = await readFileAsBase64(file);
  } catch {
    throw new ApiError('FILE_INVALID', t.fileUnreadable(file.name));
  }
  return callApi('plans:parseFile', { fileName: file.name, contentBase64 });
}

interface PlanSourceStepProps {
  text: string;
  onTextChange: (text: string) => void;
  onRead: (proposal: PlanImportProposal) => void;
}

/**
 * The plan's text, pasted or from a .txt/.docx file. Reading writes nothing: the core answers with a proposal, or
 * with its one-line reason (empty text, binary file, not a Word file, no targets), shown as it is.
 */
export function PlanSourceStep({ text, onTextChange, onRead }: PlanSourceStepProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  // Called directly rather than through useApiMutation: the failure is shown here, beside the text, not as a toast.
  const read = useMutation<PlanImportProposal, ApiError, ReadRequest>({ mutationFn: readPlan, onSuccess: onRead });

  const openFile = (file: File | undefined) => {
    if (!file) return;
    setFileName(file.name);
    read.mutate({ kind: 'file', file });
  };

  return (
    <Card>
      <Flex vertical gap="middle">
        <Typography.Paragraph style={{ marginBottom: 0 }}>{t.intro}</Typography.Paragraph>
        <label htmlFor="plan-text" style={{ fontWeight: 600 }}>
          {t.textLabel}
        </label>
        <Input.TextArea
          id="plan-text"
          value={text}
          onChange={(event) => onTextChange(event.target.value)}
          placeholder={t.textPlaceholder}
          autoSize={{ minRows: 12, maxRows: 24 }}
          style={{ fontFamily: "'Times New Roman', serif", fontSize: 15 }}
        />
        <Flex gap="middle" wrap align="center">
          <Button
            type="primary"
            icon={<FileSearchOutlined />}
            loading={read.isPending && read.variables?.kind === 'text'}
            disabled={read.isPending}
            onClick={() => read.mutate({ kind: 'text', text })}
          >
            {t.read}
          </Button>
          <Button
            icon={<FolderOpenOutlined />}
            loading={read.isPending && read.variables?.kind === 'file'}
            disabled={read.isPending}
            onClick={() => fileInput.current?.click()}
          >
            {t.openFile}
          </Button>
          <input
            ref={fileInput}
            type="file"
            accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            aria-label={t.fileInputLabel}
            style={{ display: 'none' }}
            onChange={(event) => {
              openFile(event.target.files?.[0]);
              // Choosing the same file again after fixing it must read it again.
              event.target.value = '';
            }}
          />
          {read.isPending && read.variables?.kind === 'file' && fileName && (
            <Typography.Text type="secondary">{t.reading(fileName)}</Typography.Text>
          )}
        </Flex>
        {read.isError && (
          <Alert
            type="error"
            showIcon
            title={t.failedTitle}
            description={read.error.message}
            action={<Button href={`#${planCreatePath}`}>{viPlans.list.createButton}</Button>}
          />
        )}
      </Flex>
    </Card>
  );
}
