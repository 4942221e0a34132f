import { fileCheckCertificates } from "../../support/certs.js";
import type { RuleCases } from "./types.js";

const certs = await fileCheckCertificates();
const checkFiles = { cwd: certs.directory };

const cases: RuleCases = {
  valid: [
    {
      name: "ten years left",
      checkFiles,
      config:
        'tls {\n  cert_file: "good.pem"\n  key_file: "leaf-key.pem"\n  ca_file: "ca.pem"\n}\n',
    },
    {
      name: "five days left with expiryDays 3",
      checkFiles: { cwd: certs.directory, expiryDays: 3 },
      config: 'tls {\n  cert_file: "expires-soon.pem"\n  key_file: "leaf-key.pem"\n}\n',
    },
    {
      name: "expired is left to tls-file-cert-expired",
      checkFiles,
      config: 'tls {\n  cert_file: "expired.pem"\n  key_file: "leaf-key.pem"\n}\n',
    },
  ],
  invalid: [
    {
      name: "five days left",
      checkFiles,
      config: 'tls {\n  cert_file: "expires-soon.pem"\n  key_file: "leaf-key.pem"\n}\n',
      findings: [{ line: 2, column: 3 }],
    },
    {
      name: "five days left with expiryDays 6",
      checkFiles: { cwd: certs.directory, expiryDays: 6 },
      config:
        'websocket {\n  port: 8443\n  tls {\n    cert_file: "expires-soon.pem"\n    key_file: "leaf-key.pem"\n  }\n}\n',
      findings: [{ line: 4, column: 5 }],
    },
  ],
};
export default cases;
