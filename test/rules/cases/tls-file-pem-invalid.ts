import { fileCheckCertificates } from "../../support/certs.js";
import type { RuleCases } from "./types.js";

const certs = await fileCheckCertificates();
const checkFiles = { cwd: certs.directory };

const cases: RuleCases = {
  valid: [
    {
      name: "certificate and key",
      checkFiles,
      config: 'tls {\n  cert_file: "good.pem"\n  key_file: "leaf-key.pem"\n}\n',
    },
    {
      name: "a broken ca_file is left to tls-file-ca-no-cert",
      checkFiles,
      config:
        'tls {\n  cert_file: "good.pem"\n  key_file: "leaf-key.pem"\n  ca_file: "garbage.pem"\n}\n',
    },
  ],
  invalid: [
    {
      name: "CERTIFICATE block that is not base64",
      checkFiles,
      config: 'tls {\n  cert_file: "garbage.pem"\n  key_file: "leaf-key.pem"\n}\n',
      findings: [{ line: 2, column: 3 }],
    },
    {
      name: "text without PEM blocks",
      checkFiles,
      config: 'tls {\n  cert_file: "not-pem.txt"\n  key_file: "leaf-key.pem"\n}\n',
      findings: [{ line: 2, column: 3 }],
    },
    {
      name: "certificate and key swapped",
      checkFiles,
      config: 'tls {\n  cert_file: "leaf-key.pem"\n  key_file: "good.pem"\n}\n',
      findings: [
        { line: 2, column: 3 },
        { line: 3, column: 3 },
      ],
    },
  ],
};
export default cases;
