import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    { name: "defaults", config: "port: 4222\n" },
    {
      name: "grace below duration",
      config: 'lame_duck_duration: "30s"\nlame_duck_grace_period: "29s"\n',
    },
    { name: "zero grace", config: 'lame_duck_grace_period: "0s"\n' },
    { name: "unreadable duration left to other rules", config: 'lame_duck_duration: "10d"\n' },
    { name: "integer left to other rules", config: "lame_duck_duration: 10\n" },
  ],
  invalid: [
    {
      name: "below 30 seconds",
      config: 'lame_duck_duration: "10s"\n',
      findings: [{ line: 1, column: 1 }],
      serverVersion: "2.9.10",
    },
    {
      name: "negative grace, upper case",
      config: 'LAME_DUCK_GRACE_PERIOD: "-1s"\n',
      findings: [{ line: 1, column: 1 }],
      serverVersion: "2.9.10",
    },
    {
      name: "grace equal to duration",
      config: 'lame_duck_duration: "30s"\nlame_duck_grace_period: "30s"\n',
      findings: [{ line: 2, column: 1 }],
    },
    {
      name: "grace above the default duration, through a variable",
      config: 'GRACE = "3m"\nlame_duck_grace_period: $GRACE\n',
      findings: [{ line: 2, column: 1 }],
    },
    {
      name: "grace above an explicit duration",
      config: 'lame_duck_duration: "30s"\nlame_duck_grace_period: "1m"\n',
      findings: [{ line: 2, column: 1 }],
    },
  ],
};
export default cases;
