import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    { name: "jetstream store_dir", config: 'jetstream { store_dir: "/var/lib/nats" }\n' },
    { name: "top-level store_dir", config: 'store_dir: "/var/lib/nats"\njetstream: true\n' },
    { name: "JetStream off", config: "jetstream: disabled\n" },
    { name: "map that turns it off", config: "jetstream { enable: false }\n" },
    { name: "no jetstream", config: "port: 4222\n" },
  ],
  invalid: [
    {
      name: "enabled as a word",
      config: "jetstream: enabled\n",
      findings: [{ line: 1, column: 1 }],
      serverVersion: "2.9.10",
    },
    {
      name: "map without directory, upper-case key",
      config: 'JETSTREAM {\n  max_memory_store: 1GB\n  store_dir: ""\n}\n',
      findings: [{ line: 1, column: 1 }],
    },
    {
      name: "enabled through a variable",
      config: "JS = true\njetstream: $JS\n",
      findings: [{ line: 2, column: 1 }],
      serverVersion: "2.11.0",
    },
  ],
};
export default cases;
