import type { RuleCases } from "./types.js";

const SECURE = "tls { cert_file: c.pem, key_file: k.pem, ca_file: ca.pem }";

const cases: RuleCases = {
  valid: [
    {
      name: "client port with tls",
      config: `tls { cert_file: c.pem, key_file: k.pem }\ncluster {\n  port: 6222\n  ${SECURE}\n}\n`,
    },
    {
      name: "client port on loopback",
      config: `host: 127.0.0.1\ncluster {\n  port: 6222\n  ${SECURE}\n}\n`,
    },
    {
      name: "listen on localhost",
      config: `listen: "localhost:4222"\ngateway {\n  name: A\n  port: 7222\n  ${SECURE}\n}\n`,
    },
    { name: "no TLS anywhere", config: "cluster {\n  port: 6222\n}\n" },
    {
      name: "leafnode remotes only",
      config: 'leafnodes {\n  remotes: [ { url: "tls://hub:7422", tls { ca_file: ca.pem } } ]\n}\n',
    },
    { name: "cluster tls without a port", config: `cluster {\n  ${SECURE}\n}\n` },
    {
      name: "TLS listener on loopback",
      config: `leafnodes {\n  listen: "127.0.0.1:7422"\n  ${SECURE}\n}\n`,
    },
  ],
  invalid: [
    {
      name: "cluster tls",
      config: `cluster {\n  port: 6222\n  ${SECURE}\n}\n`,
      findings: [{ line: 3, column: 3 }],
    },
    {
      name: "gateway and leafnodes, client on every interface",
      config: `host: 0.0.0.0\ngateway {\n  name: A\n  listen: "0.0.0.0:7222"\n  ${SECURE}\n}\nleaf {\n  port: 7422\n  TLS { cert_file: c.pem, key_file: k.pem }\n}\n`,
      findings: [{ line: 5, column: 3 }],
    },
  ],
};
export default cases;
