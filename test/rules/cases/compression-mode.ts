import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    {
      name: "ascending thresholds",
      config:
        'cluster {\n  compression: { mode: s2_auto, rtt_thresholds: ["10ms", "50ms", "100ms"] }\n}\n',
    },
    {
      name: "zero skips a level, trailing zeros dropped",
      config:
        'leafnodes { compression: { mode: auto, rtts: ["0", "20ms", "0", "50ms", "0", "0"] } }\n',
    },
    {
      name: "other modes ignore thresholds",
      config: 'cluster { compression: { mode: s2_fast, rtt_thresholds: ["50ms", "10ms"] } }\n',
    },
    {
      name: "on means s2_fast for routes",
      config: 'cluster { compression: { mode: on, rtt_thresholds: ["50ms", "10ms"] } }\n',
    },
    {
      name: "compression unknown to 2.9",
      config: 'cluster { compression: { mode: s2_auto, rtt_thresholds: ["50ms", "10ms"] } }\n',
      serverVersion: "2.9",
    },
    {
      name: "empty list means the defaults",
      config: "cluster { compression: { mode: s2_auto, rtt: [] } }\n",
    },
  ],
  invalid: [
    {
      name: "descending thresholds",
      config:
        'cluster {\n  compression: {\n    mode: s2_auto\n    rtt_thresholds: ["50ms", "10ms", "100ms"]\n  }\n}\n',
      findings: [{ line: 4, column: 30 }],
      serverVersion: "2.10.0",
    },
    {
      name: "below an earlier one after a zero, on means auto for leafnodes",
      config:
        'leafnodes { remotes: [ { url: "nats://hub:7422", compression: { MODE: "on", Thresholds: ["10ms", "0", "5ms"] } } ] }\n',
      findings: [{ line: 1, column: 103 }],
    },
    {
      name: "five thresholds",
      config:
        'leafnodes {\n  compression: { mode: s2_auto, rtts: ["1ms", "2ms", "3ms", "4ms", "5ms"] }\n}\n',
      findings: [{ line: 2, column: 33 }],
    },
    {
      name: "only zeros, through a variable",
      config: 'RTTS = ["0s", "0"]\ncluster { compression: { mode: auto, rtt: $RTTS } }\n',
      findings: [{ line: 2, column: 38 }],
    },
  ],
};
export default cases;
