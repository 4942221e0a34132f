// The shape of a rule's test cases: configs the rule accepts and configs where
// it reports findings at the given positions.

export interface ValidCase {
  name: string;
  config: string;
  /** The server version to lint for; the default target when absent. */
  serverVersion?: string;
}

export interface InvalidCase {
  name: string;
  config: string;
  serverVersion?: string;
  /** Where each finding starts (1-based line and column), in report order. */
  findings: { line: number; column: number }[];
}

export interface RuleCases {
  valid: ValidCase[];
  invalid: InvalidCase[];
}
