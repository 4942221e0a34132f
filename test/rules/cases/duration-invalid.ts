import type { RuleCases } from "./types.js";

/** A remote whose migration delay is no duration. */
const MIGRATE_DELAY = `leafnodes {
  remotes: [
    {
      url: "nats-leaf://127.0.0.1:7422"
      js_cluster_migrate: { leader_migrate_delay: "abc" }
    }
  ]
}
`;

const cases: RuleCases = {
  valid: [
    { name: "Go durations", config: 'ping_interval: "1h30m"\nlame_duck_duration: "2m"\n' },
    { name: "tls timeout as a string", config: 'tls {\n  timeout: "1.5s"\n}\n' },
    { name: "sync always", config: "jetstream {\n  sync: always\n}\n" },
    {
      name: "websocket and mqtt timeouts, which the server ignores",
      config:
        'websocket {\n  authorization {\n    timeout: "1e3"\n  }\n}\nmqtt {\n  authorization {\n    timeout: "2"\n  }\n}\n',
    },
    {
      name: "leader_migrate_delay before 2.11.0",
      config: MIGRATE_DELAY,
      serverVersion: "2.10.29",
    },
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
    {
      name: "leader_migrate_delay from 2.11.0",
      config: MIGRATE_DELAY,
      serverVersion: "2.11.0",
      findings: [{ line: 5, column: 29 }],
    },
  ],
};
export default cases;
