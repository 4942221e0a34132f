import { fileCheckCertificates } from "../../support/certs.js";
import type { RuleCases } from "./types.js";

const certs = await fileCheckCertificates();
const checkFiles = { cwd: certs.directory };

const remote = (cert: string) =>
  `leafnodes {\n  remotes: [\n    {\n      url: "tls://127.0.0.1:7422"\n      tls: {\n        cert_file: "${cert}"\n        key_file: "leaf-key.pem"\n      }\n    }\n  ]\n}\n`;
const cluster = (cert: string) =>
  `cluster {\n  port: 6222\n  tls {\n    cert_file: "${cert}"\n    key_file: "leaf-key.pem"\n  }\n}\n`;

const cases: RuleCases = {
  valid: [
    { name: "cluster certificate for both usages", checkFiles, config: cluster("good.pem") },
    {
      name: "serverAuth only on the client port",
      checkFiles,
      config: 'tls {\n  cert_file: "server-only.pem"\n  key_file: "leaf-key.pem"\n}\n',
    },
    { name: "clientAuth only on a leafnode remote", checkFiles, config: remote("client-only.pem") },
  ],
  invalid: [
    {
      name: "clientAuth only on the client port",
      checkFiles,
      config: 'tls {\n  cert_file: "client-only.pem"\n  key_file: "leaf-key.pem"\n}\n',
      findings: [{ line: 2, column: 3 }],
    },
    {
      name: "serverAuth only on a leafnode remote",
      checkFiles,
      config: remote("server-only.pem"),
      findings: [{ line: 6, column: 9 }],
    },
    {
      name: "serverAuth only in cluster, which also dials",
      checkFiles,
      config: cluster("server-only.pem"),
      findings: [{ line: 4, column: 5 }],
    },
    {
      name: "clientAuth only in cluster, which also accepts",
      checkFiles,
      config: cluster("client-only.pem"),
      findings: [{ line: 4, column: 5 }],
    },
  ],
};
export default cases;
