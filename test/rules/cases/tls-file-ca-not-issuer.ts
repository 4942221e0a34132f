import { fileCheckCertificates } from "../../support/certs.js";
import type { RuleCases } from "./types.js";

const certs = await fileCheckCertificates();
const checkFiles = { cwd: certs.directory };

const cluster = (cert: string, ca: string) =>
  `cluster {\n  port: 6222\n  tls {\n    cert_file: "${cert}"\n    key_file: "leaf-key.pem"\n    ca_file: "${ca}"\n  }\n}\n`;

const cases: RuleCases = {
  valid: [
    {
      name: "cluster certificate issued by its CA",
      checkFiles,
      config: cluster("good.pem", "ca.pem"),
    },
    {
      name: "client port certificate from another CA",
      checkFiles,
      config:
        'tls {\n  cert_file: "wrong-ca.pem"\n  key_file: "leaf-key.pem"\n  ca_file: "ca.pem"\n}\n',
    },
  ],
  invalid: [
    {
      name: "cluster certificate from another CA",
      checkFiles,
      config: cluster("wrong-ca.pem", "ca.pem"),
      findings: [{ line: 4, column: 5 }],
    },
    {
      name: "gateway certificate signed by a CA that is not in ca_file",
      checkFiles,
      config:
        'gateway {\n  name: A\n  port: 7222\n  tls {\n    cert_file: "good.pem"\n    key_file: "leaf-key.pem"\n    ca_file: "other-ca.pem"\n  }\n}\n',
      findings: [{ line: 5, column: 5 }],
    },
  ],
};
export default cases;
