import { useCallback, useMemo, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Form, Spin, Switch, Typography } from 'antd';
import { ArrowLeftOutlined, DeleteOutlined, PlusOutlined, SaveOutlined, SnippetsOutlined } from '@ant-design/icons';
import type { ChannelInput } from '@shared/contract';
import type { PlanImportProposal } from '@shared/contract/plans';
import type { Plan } from '@shared/domain/plan';
import { defaultImportHeader } from '@shared/domain/plan-import-rows';
import { ApiError, callApi } from '@renderer/api/call-api';
import { useApiQuery } from '@renderer/api/hooks';
import { navigateTo } from '@renderer/app/use-hash-route';
import { formatIsoDate } from '@renderer/format/dates';
import { viPlans } from '@renderer/i18n/vi-plans';
import { PlanHeaderFields } from '../components/PlanHeaderFields';
import { headerFromValues, headerValuesFrom, type PlanHeaderValues } from '../plan-header-values';
import { planDetailPath } from '../plan-routes';
import { sameMovementName } from './movement-names';
import { PlanFindings } from './PlanFindings';
import { PasteTargetsModal } from './PasteTargetsModal';
import {
  buildImportInput,
  needsChecking,
  reviewRowProblems,
  reviewRowsFrom,
  withReadRows,
  withTypedRow,
  type ReviewRow,
} from './review-rows';
import { ReviewTargetsTable } from './ReviewTargetsTable';

const t = viPlans.review;
type ImportInput = ChannelInput<'plans:import'>;

/** "21/KH-UBND ngày 20/01/2022" for the replace question. */
function planLabel(input: ImportInput): string {
  const { number, issuedOn } = input.header;
  return t.planLabel(number ?? null, issuedOn ? formatIsoDate(issuedOn) : null);
}

/**
 * The secretary checks what was read before anything is written: the header, each target beside its phrase and how
 * it was read (the unsure rows first, with a filter to see only them), the movements and commendation conditions the
 * plan names. Saving is one `plans:import` (one transaction in the core), with no targets at all if the plan sets
 * none; a plan with the same number and date is replaced only after the secretary says so.
 */
interface PlanReviewStepProps {
  proposal: PlanImportProposal;
  /**
   * 'import': checking what was read from a plan's text, with "Đọc văn bản khác" (`onBack`); 'create': a plan typed
   * by hand ("Tạo kế hoạch"), which starts from a blank proposal. Both add targets by hand or from a pasted table.
   */
  mode: 'import' | 'create';
  onBack?: () => void;
}

export function PlanReviewStep({ proposal, mode, onBack }: PlanReviewStepProps) {
  const catalogue = useApiQuery('indicators:list', {});
  const movements = useApiQuery('movements:list', {});
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<PlanHeaderValues>();
  const [rows, setRows] = useState<ReviewRow[]>(() => reviewRowsFrom(proposal));
  const [expanded, setExpanded] = useState<number[]>([]);
  const [selected, setSelected] = useState<number[]>([]);
  const [onlyUnsure, setOnlyUnsure] = useState(false);
  const [headerInvalid, setHeaderInvalid] = useState(false);
  const [pasting, setPasting] = useState(false);
  const defaultHeader = useMemo(() => {
    const header = defaultImportHeader(proposal, new Date().getFullYear());
    // A plan typed by hand gets the title the secretary types, not the reader's fallback.
    return mode === 'create' ? { ...header, title: '' } : header;
  }, [proposal, mode]);
  // The movements the plan names that are already in the list are linked from the start.
  const initialHeader = useMemo(() => {
    const named = (movements.data ?? []).filter((known) =>
      proposal.parsed.movements.some((movement) => sameMovementName(known.name, movement.name)),
    );
    return headerValuesFrom(
      defaultHeader,
      named.map((movement) => movement.id),
    );
  }, [defaultHeader, movements.data, proposal]);

  const indicators = useMemo(() => catalogue.data ?? [], [catalogue.data]);
  const problems = useMemo(() => reviewRowProblems(rows, indicators), [rows, indicators]);
  const numbers = useMemo(() => new Map(rows.map((row, index) => [row.key, index + 1])), [rows]);
  const invalidNumbers = rows.flatMap((row, index) => (problems.has(row.key) ? [index + 1] : []));
  const ambiguousCount = rows.filter(needsChecking).length;
  const shownRows = useMemo(
    () => (onlyUnsure ? rows.filter((row) => needsChecking(row) || problems.has(row.key)) : rows),
    [onlyUnsure, rows, problems],
  );
  const blocked = invalidNumbers.length > 0;

  const save = useMutation<Plan, ApiError, ImportInput>({
    mutationFn: (input) => callApi('plans:import', input),
    onSuccess: async (plan) => {
      await Promise.all(
        (['plans:list', 'plans:get', 'indicators:list'] as const).map((name) =>
          queryClient.invalidateQueries({ queryKey: [name] }),
        ),
      );
      void message.success(t.saved(plan.title));
      navigateTo(planDetailPath(plan.id));
    },
  });

  const attempt = (input: ImportInput) => {
    save.mutate(input, {
      onError: (error) => {
        if (error.code !== 'PLAN_EXISTS') return;
        modal.confirm({
          title: t.replaceTitle(planLabel(input)),
          content: error.message,
          okText: t.replaceOk,
          cancelText: t.replaceCancel,
          okButtonProps: { danger: true },
          onOk: () => attempt({ ...input, replaceExisting: true }),
        });
      },
    });
  };

  const submit = async () => {
    let values: PlanHeaderValues;
    try {
      values = await form.validateFields();
      setHeaderInvalid(false);
    } catch {
      setHeaderInvalid(true);
      return;
    }
    if (blocked) return;
    attempt(
      buildImportInput({
        header: headerFromValues(values),
        rows,
        sourceText: proposal.sourceText,
        movementIds: values.movementIds ?? [],
        replaceExisting: false,
      }),
    );
  };

  // Stable callbacks, so the memoised cells of the rows that did not change are not rendered again.
  const updateRow = useCallback(
    (key: number, next: ReviewRow) => setRows((current) => current.map((row) => (row.key === key ? next : row))),
    [],
  );
  const removeRow = useCallback(
    (removed: ReviewRow) => {
      setRows((current) => current.filter((row) => row.key !== removed.key));
      setSelected((current) => current.filter((key) => key !== removed.key));
      void message.info(t.removed(removed.sourceText));
    },
    [message],
  );
  const removeSelected = () => {
    const dropped = new Set(selected);
    setRows((current) => current.filter((row) => !dropped.has(row.key)));
    setSelected([]);
    void message.info(t.removedMany(dropped.size));
  };
  const addTyped = () => setRows((current) => withTypedRow(current));
  const addPasted = (read: PlanImportProposal) => {
    setRows((current) => withReadRows(current, read));
    setPasting(false);
    void message.success(viPlans.paste.added(read.targets.length));
  };
  const linkMovement = (id: number) => {
    const current = form.getFieldValue('movementIds') as number[] | undefined;
    form.setFieldValue('movementIds', [...new Set([...(current ?? []), id])]);
  };
  const toggle = useCallback(
    (key: number) =>
      setExpanded((current) => (current.includes(key) ? current.filter((k) => k !== key) : [...current, key])),
    [],
  );

  const blockReason =
    invalidNumbers.length > 0 ? t.invalidSummary(invalidNumbers.map(viPlans.common.row).join(', ')) : null;
  const saveError = save.isError && save.error.code !== 'PLAN_EXISTS' ? save.error.message : null;

  return (
    <Flex vertical gap="middle">
      {mode === 'import' ? (
        <>
          <Flex align="center" gap="middle" wrap>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t.title}
            </Typography.Title>
            <Button icon={<ArrowLeftOutlined />} onClick={onBack} style={{ marginInlineStart: 'auto' }}>
              {t.readAgain}
            </Button>
          </Flex>
          <Typography.Text type="secondary">{t.intro}</Typography.Text>
        </>
      ) : (
        <Typography.Text type="secondary">{viPlans.create.intro}</Typography.Text>
      )}
      {proposal.existingPlanId !== null && <Alert type="info" showIcon title={t.existingWarning} />}

      {proposal.parsed.notice && <Alert type="info" showIcon title={proposal.parsed.notice} />}

      <Card title={viPlans.header.cardTitle}>
        {movements.isPending ? (
          <Spin />
        ) : (
          <Form<PlanHeaderValues> form={form} name="plan-header" layout="vertical" initialValues={initialHeader}>
            <PlanHeaderFields movements={movements.data ?? []} />
          </Form>
        )}
      </Card>

      <PlanFindings
        movements={proposal.parsed.movements}
        known={movements.data ?? []}
        criteria={proposal.parsed.criteria}
        year={defaultHeader.year}
        onMovementAdded={(movement) => linkMovement(movement.id)}
      />

      <Card title={t.targetsTitle(rows.length)}>
        <Flex vertical gap="middle">
          {ambiguousCount > 0 && <Alert type="warning" showIcon title={t.ambiguousSummary(ambiguousCount)} />}
          {rows.length === 0 && (
            <Alert type="info" showIcon title={mode === 'create' ? viPlans.create.noTargets : t.noTargetsToSave} />
          )}
          <Flex gap="middle" align="center" wrap>
            <Button icon={<PlusOutlined />} onClick={addTyped}>
              {t.addTarget}
            </Button>
            <Button icon={<SnippetsOutlined />} onClick={() => setPasting(true)}>
              {t.pasteTable}
            </Button>
            {rows.length > 0 && (
              <>
                <label style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
                  <Switch checked={onlyUnsure} onChange={setOnlyUnsure} />
                  {t.onlyUnsure(ambiguousCount)}
                </label>
                <Button
                  danger
                  icon={<DeleteOutlined />}
                  disabled={selected.length === 0}
                  onClick={removeSelected}
                  style={{ marginInlineStart: 'auto' }}
                >
                  {t.removeSelected(selected.length)}
                </Button>
              </>
            )}
          </Flex>
          <PasteTargetsModal open={pasting} onClose={() => setPasting(false)} onRead={addPasted} />
          {onlyUnsure && shownRows.length === 0 && <Typography.Text type="secondary">{t.noneUnsure}</Typography.Text>}
          {catalogue.isError && (
            <Alert type="error" showIcon title={viPlans.common.loadFailed} description={catalogue.error.message} />
          )}
          {catalogue.isPending ? (
            <Spin />
          ) : (
            rows.length > 0 && (
              <ReviewTargetsTable
                rows={shownRows}
                numbers={numbers}
                problems={problems}
                catalogue={indicators}
                expandedKeys={expanded}
                onToggleExpanded={toggle}
                selectedKeys={selected}
                onSelect={setSelected}
                onChange={updateRow}
                onRemove={removeRow}
              />
            )
          )}
        </Flex>
      </Card>

      <Card>
        <Flex vertical gap="small">
          {headerInvalid && <Alert type="error" showIcon title={t.headerInvalid} />}
          {blockReason && <Alert type="error" showIcon title={blockReason} />}
          {saveError && <Alert type="error" showIcon title={saveError} />}
          <Flex gap="middle">
            <Button
              type="primary"
              size="large"
              icon={<SaveOutlined />}
              disabled={blocked || catalogue.isPending || movements.isPending}
              loading={save.isPending}
              onClick={() => void submit()}
            >
              {t.save}
            </Button>
          </Flex>
        </Flex>
      </Card>
    </Flex>
  );
}
