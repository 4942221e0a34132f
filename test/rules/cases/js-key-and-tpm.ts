import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    {
      name: "tpm only",
      config: 'jetstream {\n  store_dir: "/data"\n  tpm { keys_file: "/etc/nats/keys.json" }\n}\n',
    },
    {
      name: "key only",
      config: 'JS_KEY = "k-123"\njetstream { store_dir: "/data", key: $JS_KEY }\n',
    },
    {
      name: "JetStream off",
      config: 'jetstream { enabled: false, key: "k-123", tpm { keys_file: "k.json" } }\n',
    },
    {
      name: "tpm unknown before 2.11.0",
      config: 'jetstream { key: "k-123", tpm { keys_file: "k.json" } }\n',
      serverVersion: "2.10.29",
    },
  ],
  invalid: [
    {
      name: "key and tpm",
      config:
        'jetstream {\n  store_dir: "/data"\n  key: "s3cret-key"\n  tpm { keys_file: "/etc/nats/keys.json" }\n}\n',
      findings: [{ line: 3, column: 3 }],
    },
    {
      name: "aliases in upper case",
      config: 'JetStream { Encryption_Key: "k-123", TPM { Keys_File: "k.json" } }\n',
      findings: [{ line: 1, column: 13 }],
      serverVersion: "2.11.0",
    },
  ],
};
export default cases;
