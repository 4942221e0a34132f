import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    { name: "min_version on the default target", config: 'tls {\n  min_version: "1.3"\n}\n' },
    {
      name: "min_version from 2.11",
      config: 'tls {\n  min_version: "1.3"\n}\n',
      serverVersion: "2.11.0",
    },
    {
      name: "old keys on an old target",
      config: "port: 4222\nmax_payload: 1MB\n",
      serverVersion: "2.9.10",
    },
    {
      name: "a newer key used only as a variable",
      config: "feature_flags: 1\nport: $feature_flags\n",
      serverVersion: "2.9.10",
    },
  ],
  invalid: [
    {
      name: "min_version on 2.9.10",
      config: 'tls {\n  min_version: "1.3"\n}\n',
      serverVersion: "2.9.10",
      findings: [{ line: 2, column: 3 }],
    },
    {
      name: "top-level and nested keys on 2.9 in any case",
      config: "Feature_Flags {}\ncluster {\n  POOL_SIZE: 3\n}\n",
      serverVersion: "2.9",
      findings: [
        { line: 1, column: 1 },
        { line: 3, column: 3 },
      ],
    },
    {
      name: "write_timeout one release before it arrived",
      config: "write_timeout: close\n",
      serverVersion: "2.11.10",
      findings: [{ line: 1, column: 1 }],
    },
  ],
};
export default cases;
