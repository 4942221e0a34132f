import { fileCheckCertificates } from "../../support/certs.js";
import type { RuleCases } from "./types.js";

const certs = await fileCheckCertificates();
const checkFiles = { cwd: certs.directory };

const cases: RuleCases = {
  valid: [
    {
      name: "valid certificate and CA",
      checkFiles,
      config:
        'tls {\n  cert_file: "good.pem"\n  key_file: "leaf-key.pem"\n  ca_file: "ca.pem"\n}\n',
    },
    {
      name: "expiring soon is left to tls-file-cert-expiring",
      checkFiles,
      config: 'tls {\n  cert_file: "expires-soon.pem"\n  key_file: "leaf-key.pem"\n}\n',
    },
  ],
  invalid: [
    {
      name: "expired certificate",
      checkFiles,
      config: 'tls {\n  cert_file: "expired.pem"\n  key_file: "leaf-key.pem"\n}\n',
      findings: [{ line: 2, column: 3 }],
    },
    {
      name: "certificate not valid yet",
      checkFiles,
      config: 'tls {\n  cert_file: "not-yet-valid.pem"\n  key_file: "leaf-key.pem"\n}\n',
      findings: [{ line: 2, column: 3 }],
    },
    {
      name: "expired certificate in the CA file",
      checkFiles,
      config: 'resolver_tls {\n  ca_file: "expired.pem"\n}\n',
      findings: [{ line: 2, column: 3 }],
    },
  ],
};
export default cases;
