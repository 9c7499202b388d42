import { Alert, Flex, Typography } from 'antd';
import { CloseCircleFilled, WarningFilled } from '@ant-design/icons';
import type { FigureIssue } from '@shared/domain/figure-checks';
import type { Indicator } from '@shared/domain/indicator';
import { viFigures } from '@renderer/i18n/vi-figures';
import { refOfKey, type CellRef } from './grid-model';

const t = viFigures.issues;

export interface IssueLine {
  key: string;
  ref: CellRef;
  severity: FigureIssue['severity'];
  text: string;
}

/** Errors first, then warnings, each naming its cell as "<unit> – <indicator>: problem". */
export function issueLines(
  issues: ReadonlyMap<string, readonly FigureIssue[]>,
  indicators: ReadonlyMap<number, Indicator>,
  names: ReadonlyMap<number | null, string>,
): IssueLine[] {
  const lines: IssueLine[] = [];
  for (const [key, list] of issues) {
    const ref = refOfKey(key);
    const cell = viFigures.grid.cellLabel(names.get(ref.unitId) ?? '', indicators.get(ref.indicatorId)?.name ?? '');
    list.forEach((issue, index) =>
      lines.push({ key: `${key}#${index}`, ref, severity: issue.severity, text: `${cell}: ${issue.message}` }),
    );
  }
  return lines.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

/** The list of problems in the changed cells; a click goes to the cell. */
export function IssuesPanel({ lines, onGoTo }: { lines: readonly IssueLine[]; onGoTo: (ref: CellRef) => void }) {
  if (lines.length === 0) return null;
  const errors = lines.filter((line) => line.severity === 'error').length;
  const warnings = lines.length - errors;
  return (
    <Alert
      type={errors > 0 ? 'error' : 'warning'}
      showIcon
      title={`${t.title}: ${t.summary(errors, warnings)}`}
      description={
        <Flex vertical gap={2}>
          {errors > 0 && <Typography.Text>{t.errorsBlock}</Typography.Text>}
          <div className="fg-issues" role="list" aria-label={t.title}>
            {lines.map((line) => (
              <button
                key={line.key}
                type="button"
                role="listitem"
                className="fg-issues__item"
                title={t.goTo}
                onClick={() => onGoTo(line.ref)}
              >
                {line.severity === 'error' ? (
                  <CloseCircleFilled style={{ color: '#ff4d4f' }} aria-label={t.error} />
                ) : (
                  <WarningFilled style={{ color: '#faad14' }} aria-label={t.warning} />
                )}{' '}
                {line.text}
              </button>
            ))}
          </div>
        </Flex>
      }
    />
  );
}
