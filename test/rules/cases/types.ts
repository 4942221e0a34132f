// The shape of a rule's test cases: configs the rule accepts and configs where
// it reports findings at the given positions.

/** File checks for a case, as lint --check-files runs them. */
export interface CaseFileChecks {
  /** The server's working directory. */
  cwd: string;
  /** 30 when absent. */
  expiryDays?: number;
}

export interface ValidCase {
  name: string;
  config: string;
  /** The server version to lint for; the default target when absent. */
  serverVersion?: string;
  /** Runs the rule with file checks on. */
  checkFiles?: CaseFileChecks;
}

export interface InvalidCase {
  name: string;
  config: string;
  serverVersion?: string;
  checkFiles?: CaseFileChecks;
  /** Where each finding starts (1-based line and column), in report order. */
  findings: { line: number; column: number }[];
}

export interface RuleCases {
  valid: ValidCase[];
  invalid: InvalidCase[];
}
