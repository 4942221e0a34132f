import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    {
      name: "same name",
      config: "cluster { name: east, port: 6222 }\ngateway { name: east, port: 7222 }\n",
    },
    {
      name: "cluster without a name",
      config: "cluster { port: 6222 }\ngateway { name: east, port: 7222 }\n",
    },
    { name: "no gateway", config: "cluster { name: east, port: 6222 }\n" },
    {
      name: "empty cluster name",
      config: 'cluster { name: "" }\ngateway { name: east, port: 7222 }\n',
    },
  ],
  invalid: [
    {
      name: "different names",
      config:
        "cluster {\n  name: east\n  port: 6222\n}\ngateway {\n  name: west\n  port: 7222\n}\n",
      findings: [{ line: 6, column: 3 }],
    },
    {
      name: "case differs, upper-case keys",
      config: "Cluster { NAME: East }\nGATEWAY { Name: east, port: 7222 }\n",
      findings: [{ line: 2, column: 11 }],
      serverVersion: "2.9.10",
    },
    {
      name: "gateway name through a variable",
      config: "GW = west\ncluster { name: east }\ngateway { name: $GW, port: 7222 }\n",
      findings: [{ line: 3, column: 11 }],
    },
  ],
};
export default cases;
