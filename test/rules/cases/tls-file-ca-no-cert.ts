import { fileCheckCertificates } from "../../support/certs.js";
import type { RuleCases } from "./types.js";

const certs = await fileCheckCertificates();
const checkFiles = { cwd: certs.directory };

const cases: RuleCases = {
  valid: [
    {
      name: "CA certificate",
      checkFiles,
      config:
        'tls {\n  cert_file: "good.pem"\n  key_file: "leaf-key.pem"\n  ca_file: "ca.pem"\n}\n',
    },
    {
      name: "leaf certificate as the CA file",
      checkFiles,
      config:
        'leafnodes {\n  remotes: [ { url: "tls://127.0.0.1:7422", tls: { ca_file: "good.pem" } } ]\n}\n',
    },
  ],
  invalid: [
    {
      name: "CA file with only a private key",
      checkFiles,
      config:
        'tls {\n  cert_file: "good.pem"\n  key_file: "leaf-key.pem"\n  ca_file: "key-only-ca.pem"\n}\n',
      findings: [{ line: 4, column: 3 }],
    },
    {
      name: "CA file that is not PEM",
      checkFiles,
      config: 'resolver_tls {\n  ca_file: "not-pem.txt"\n}\n',
      findings: [{ line: 2, column: 3 }],
    },
    {
      name: "CA file whose certificate is not base64",
      checkFiles,
      config: 'gateway {\n  name: A\n  port: 7222\n  tls {\n    ca_file: "garbage.pem"\n  }\n}\n',
      findings: [{ line: 5, column: 5 }],
    },
  ],
};
export default cases;
