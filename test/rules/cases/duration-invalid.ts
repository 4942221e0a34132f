import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    { name: "Go durations", config: 'ping_interval: "1h30m"\nlame_duck_duration: "2m"\n' },
    { name: "tls timeout as a string", config: 'tls {\n  timeout: "1.5s"\n}\n' },
    { name: "sync always", config: "jetstream {\n  sync: always\n}\n" },
  ],
  invalid: [
    {
      name: "days are not a unit",
      config: 'lame_duck_duration: "1d"\n',
      findings: [{ line: 1, column: 1 }],
    },
    {
      name: "a number without unit, and a word",
      config: 'write_deadline: "30"\nmqtt {\n  ack_wait: abc\n}\n',
      findings: [
        { line: 1, column: 1 },
        { line: 3, column: 3 },
      ],
    },
  ],
};
export default cases;
