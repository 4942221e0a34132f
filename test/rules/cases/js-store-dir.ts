import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    { name: "inside jetstream", config: 'jetstream { store_dir: "/var/lib/nats" }\n' },
    { name: "top level", config: 'store_dir: "/var/lib/nats"\njetstream: enabled\n' },
  ],
  invalid: [
    {
      name: "both",
      config: 'store_dir: "/data/a"\njetstream {\n  store_dir: "/data/b"\n}\n',
      findings: [{ line: 3, column: 3 }],
      serverVersion: "2.9.10",
    },
    {
      name: "aliases in upper case, JetStream disabled",
      config: 'StoreDir: "/data"\nJetStream { enabled: false, STORE: "/data" }\n',
      findings: [{ line: 2, column: 29 }],
    },
    {
      name: "directory through a variable",
      config: 'DIR = "/data"\nstore_dir: $DIR\njetstream { store_dir: $DIR }\n',
      findings: [{ line: 3, column: 13 }],
    },
  ],
};
export default cases;
