export { parsePlanText } from './parse-plan';
export type { ParsedCriterion, ParsedPlan, ParsedTarget, PlanHeader, PlanPhase } from './types';
