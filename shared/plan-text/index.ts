export { parsePlanText } from './parse-plan';
export type {
  ParsedCriterion,
  ParsedMovement,
  ParsedPlan,
  ParsedTarget,
  PlanHeader,
  PlanPhase,
  ReferenceKind,
  TargetReference,
} from './types';
