import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    {
      name: "names without spaces",
      config:
        'server_name: "n1"\ncluster { name: "east-1", port: 6222 }\ngateway { name: "east-1", port: 7222 }\n',
    },
    { name: "a tab is no space", config: 'server_name: "a\\tb"\n' },
    { name: "2.10 accepts spaces", config: 'server_name: "my server"\n', serverVersion: "2.10.29" },
    { name: "2.9.10 accepts spaces", config: 'cluster { name: "a b" }\n', serverVersion: "2.9.10" },
  ],
  invalid: [
    {
      name: "server name",
      config: 'server_name: "my server"\n',
      findings: [{ line: 1, column: 1 }],
    },
    {
      name: "first 2.11 release",
      config: 'server_name: "my server"\n',
      serverVersion: "2.11.0",
      findings: [{ line: 1, column: 1 }],
    },
    {
      name: "cluster and gateway, upper-case keys",
      config: 'CLUSTER {\n  Name: "east 1"\n}\nGateway {\n  NAME: "east 1"\n  port: 7222\n}\n',
      findings: [
        { line: 2, column: 3 },
        { line: 5, column: 3 },
      ],
    },
    {
      name: "name through a variable",
      config: 'NAME = "a b"\nserver_name: $NAME\n',
      findings: [{ line: 2, column: 1 }],
    },
  ],
};
export default cases;
