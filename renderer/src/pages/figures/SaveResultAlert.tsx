import { Alert } from 'antd';
import type { FigureSaveResult } from '@shared/contract/figures';
import { viFigures } from '@renderer/i18n/vi-figures';

const t = viFigures.save;

/** "Đã lưu: X mới, Y sửa, Z xóa", with the warnings the core returned (each naming unit, indicator and quarter). */
export function SaveResultAlert({ result, onClose }: { result: FigureSaveResult; onClose: () => void }) {
  const done = t.done(result.inserted, result.updated, result.deleted);
  return (
    <Alert
      type={result.warnings.length > 0 ? 'warning' : 'success'}
      showIcon
      closable={{ onClose }}
      title={done}
      data-testid="figures-save-result"
      description={
        result.warnings.length > 0 ? (
          <>
            {t.warningsTitle(result.warnings.length)}
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {result.warnings.map((warning) => (
                <li key={`${warning.indicatorId}:${warning.unitId}:${warning.message}`}>{warning.message}</li>
              ))}
            </ul>
          </>
        ) : undefined
      }
    />
  );
}
