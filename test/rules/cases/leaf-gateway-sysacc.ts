import type { RuleCases } from "./types.js";

const GATEWAY = "gateway { name: east, port: 7222 }\n";

const cases: RuleCases = {
  valid: [
    {
      name: "system account set",
      config: `leafnodes { port: 7422 }\n${GATEWAY}accounts { SYS {} }\nsystem_account: SYS\n`,
    },
    {
      name: "system alias",
      config: `leafnodes { port: 7422 }\n${GATEWAY}accounts { SYS {} }\nsystem: SYS\n`,
    },
    {
      name: "leafnode remotes only",
      config: `leafnodes { remotes: [ { url: "nats://hub:7422" } ] }\n${GATEWAY}`,
    },
    { name: "no gateway", config: "leafnodes { port: 7422 }\n" },
    {
      name: "operator mode",
      config: `operator: "op.jwt"\nresolver: MEMORY\nleafnodes { port: 7422 }\n${GATEWAY}`,
    },
  ],
  invalid: [
    {
      name: "leafnodes and gateway",
      config: `leafnodes {\n  port: 7422\n}\n${GATEWAY}`,
      findings: [{ line: 1, column: 1 }],
      serverVersion: "2.9.10",
    },
    {
      name: "leaf alias and listen, gateway without a name",
      config: 'LEAF { listen: "0.0.0.0:7422" }\ngateway { port: 7222 }\n',
      findings: [{ line: 1, column: 1 }],
    },
    {
      name: "system account written in another case",
      config: `leafnodes { port: 7422 }\n${GATEWAY}accounts { SYS {} }\nSystem_Account: SYS\n`,
      findings: [{ line: 1, column: 1 }],
    },
    {
      name: "port in the second leafnodes spelling",
      config:
        'leafnodes {\n  no_advertise: true\n}\nleaf {\n  listen: "127.0.0.1:-1"\n}\ngateway {\n  name: X\n  listen: "127.0.0.1:-1"\n}\n',
      findings: [{ line: 4, column: 1 }],
    },
  ],
};
export default cases;
