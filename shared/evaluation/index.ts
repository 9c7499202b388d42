/** The one evaluation of targets against figures, shared by the dashboards, the printed report and the CLI. */
export * from './aggregate-time';
export * from './aggregate-units';
export * from './evaluate-plan';
export * from './evaluate-target';
export * from './expected-progress';
export * from './figure-index';
export * from './percent-of-plan';
export * from './status';
export * from './target-goal';
export * from './units-achieved';
