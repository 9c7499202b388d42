import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Collapse, Flex, List, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Movement } from '@shared/domain/plan';
import type { ParsedCriterion, ParsedMovement } from '@shared/plan-text/types';
import { ApiError, callApi } from '@renderer/api/call-api';
import { viPlans } from '@renderer/i18n/vi-plans';
import { sameMovementName } from './movement-names';

const t = viPlans.review;

interface PlanFindingsProps {
  movements: readonly ParsedMovement[];
  known: readonly Movement[];
  criteria: readonly ParsedCriterion[];
  year: number;
  /** A movement was added to the list: link it to the plan being reviewed. */
  onMovementAdded: (movement: Movement) => void;
}

/**
 * What the plan says besides its targets: the movements it names (added to the movement list with one click and
 * linked to the plan) and its commendation conditions, shown for reference.
 */
export function PlanFindings({ movements, known, criteria, year, onMovementAdded }: PlanFindingsProps) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const add = useMutation<Movement, ApiError, ParsedMovement>({
    mutationFn: (movement) =>
      callApi('movements:save', { name: movement.name, kind: 'thuong_xuyen', startYear: year, endYear: null }),
    onSuccess: async (movement) => {
      await queryClient.invalidateQueries({ queryKey: ['movements:list'] });
      onMovementAdded(movement);
      void message.success(t.movementAdded(movement.name));
    },
    onError: (error) => void message.error(error.message),
  });

  if (movements.length === 0 && criteria.length === 0) return null;
  return (
    <Card>
      <Flex vertical gap="middle">
        {movements.length > 0 && (
          <Flex vertical gap={4}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t.movementsTitle}
            </Typography.Title>
            <Typography.Text type="secondary">{t.movementsHint}</Typography.Text>
            <List
              size="small"
              dataSource={[...movements]}
              renderItem={(movement) => {
                const exists = known.some((item) => sameMovementName(item.name, movement.name));
                return (
                  <List.Item
                    actions={[
                      exists ? (
                        <Tag key="exists">{t.movementExists}</Tag>
                      ) : (
                        <Button
                          key="add"
                          size="small"
                          icon={<PlusOutlined />}
                          loading={add.isPending && add.variables?.name === movement.name}
                          aria-label={`${t.addMovement}: ${movement.name}`}
                          onClick={() => add.mutate(movement)}
                        >
                          {t.addMovement}
                        </Button>
                      ),
                    ]}
                  >
                    {movement.name}
                  </List.Item>
                );
              }}
            />
          </Flex>
        )}
        {criteria.length > 0 && (
          <Collapse
            size="small"
            items={[
              {
                key: 'criteria',
                label: t.criteriaTitle(criteria.length),
                children: (
                  <Flex vertical gap={6}>
                    <Typography.Text type="secondary">{t.criteriaHint}</Typography.Text>
                    {criteria.map((criterion) => (
                      <Typography.Paragraph key={`${criterion.line}:${criterion.text}`} style={{ margin: 0 }}>
                        <Typography.Text type="secondary">{t.line(criterion.line)}: </Typography.Text>
                        {criterion.text}
                      </Typography.Paragraph>
                    ))}
                  </Flex>
                ),
              },
            ]}
          />
        )}
      </Flex>
    </Card>
  );
}
