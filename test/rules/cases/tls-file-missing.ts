import { dirname } from "node:path";

import { fileCheckCertificates } from "../../support/certs.js";
import type { RuleCases } from "./types.js";

const certs = await fileCheckCertificates();
const checkFiles = { cwd: certs.directory };

const cases: RuleCases = {
  valid: [
    {
      name: "files in the server's working directory",
      checkFiles,
      config:
        'tls {\n  cert_file: "good.pem"\n  key_file: "leaf-key.pem"\n  ca_file: "ca.pem"\n}\n',
    },
    {
      name: "absolute paths",
      checkFiles: { cwd: "/" },
      config: `tls {\n  cert_file: "${certs.good}"\n  key_file: "${certs.leafKey}"\n}\n`,
    },
    {
      name: "a half pair is left to tls-cert-key-pair",
      checkFiles,
      config: 'tls {\n  cert_file: "missing.pem"\n}\n',
    },
    {
      name: "file checks off",
      config: 'tls {\n  cert_file: "missing.pem"\n  key_file: "missing-key.pem"\n}\n',
    },
  ],
  invalid: [
    {
      name: "missing certificate",
      checkFiles,
      config: 'tls {\n  cert_file: "missing.pem"\n  key_file: "leaf-key.pem"\n}\n',
      findings: [{ line: 2, column: 3 }],
    },
    {
      name: "missing key and CA in cluster",
      checkFiles,
      config:
        'cluster {\n  port: 6222\n  tls {\n    cert_file: "good.pem"\n    key_file: "gone-key.pem"\n    ca_file: "gone-ca.pem"\n  }\n}\n',
      findings: [
        { line: 5, column: 5 },
        { line: 6, column: 5 },
      ],
    },
    {
      name: "relative paths resolve against the working directory, not the config",
      checkFiles: { cwd: dirname(certs.directory) },
      config: 'tls {\n  cert_file: "good.pem"\n  key_file: "leaf-key.pem"\n}\n',
      findings: [
        { line: 2, column: 3 },
        { line: 3, column: 3 },
      ],
    },
    {
      name: "a directory as the certificate",
      checkFiles,
      config: 'tls {\n  cert_file: "issued"\n  key_file: "leaf-key.pem"\n}\n',
      findings: [{ line: 2, column: 3 }],
    },
    {
      name: "certs entry",
      checkFiles,
      config: 'tls {\n  certs: [ { cert_file: "nope.pem", key_file: "leaf-key.pem" } ]\n}\n',
      findings: [{ line: 2, column: 14 }],
    },
  ],
};
export default cases;
