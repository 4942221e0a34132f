import { fileCheckCertificates } from "../../support/certs.js";
import type { RuleCases } from "./types.js";

const certs = await fileCheckCertificates();
const checkFiles = { cwd: certs.directory };

const cases: RuleCases = {
  valid: [
    {
      name: "key of the certificate",
      checkFiles,
      config: 'tls {\n  cert_file: "good.pem"\n  key_file: "leaf-key.pem"\n}\n',
    },
    {
      name: "a missing key is left to tls-file-missing",
      checkFiles,
      config: 'tls {\n  cert_file: "good.pem"\n  key_file: "missing.pem"\n}\n',
    },
  ],
  invalid: [
    {
      name: "key of another certificate",
      checkFiles,
      config: 'tls {\n  cert_file: "good.pem"\n  key_file: "other-key.pem"\n}\n',
      findings: [{ line: 3, column: 3 }],
    },
    {
      name: "leafnode remote",
      checkFiles,
      config:
        'leafnodes {\n  remotes: [\n    {\n      url: "tls://127.0.0.1:7422"\n      tls: { cert_file: "client-only.pem", key_file: "other-key.pem" }\n    }\n  ]\n}\n',
      findings: [{ line: 5, column: 44 }],
    },
  ],
};
export default cases;
