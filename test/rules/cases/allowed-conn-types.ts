import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    {
      name: "known types in any case",
      config:
        "authorization { users: [ { user: a, password: x, allowed_connection_types: [ standard, Websocket, MQTT_WS ] } ] }\n",
    },
    {
      name: "IN_PROCESS on 2.11",
      serverVersion: "2.11.0",
      config: 'authorization { users: [ { user: a, password: x, clients: "in_process" } ] }\n',
    },
    {
      name: "single unknown string is value-not-allowed's",
      config: "authorization { users: [ { user: a, password: x, connection_types: foo } ] }\n",
    },
  ],
  invalid: [
    {
      name: "unknown type in an array",
      config:
        "authorization {\n  users: [\n    { user: a, password: x, allowed_connection_types: [ STANDARD, WEBSOCKETS ] }\n  ]\n}\n",
      findings: [{ line: 3, column: 67 }],
    },
    {
      name: "IN_PROCESS before 2.11",
      serverVersion: "2.10.20",
      config: "accounts { A { users: [ { user: a, password: x, CLIENTS: [ IN_PROCESS ] } ] } }\n",
      findings: [{ line: 1, column: 60 }],
    },
    {
      name: "IN_PROCESS as a single string before 2.11",
      serverVersion: "2.9.10",
      config:
        "TYPE: in_process\naccounts { A { users: [ { user: a, password: x, clients: $TYPE } ] } }\n",
      findings: [{ line: 2, column: 58 }],
    },
    {
      name: "a number in the array",
      config:
        "authorization { users: [ { user: a, password: x, allowed_connection_types: [ STANDARD, 5 ] } ] }\n",
      findings: [{ line: 1, column: 88 }],
    },
  ],
};
export default cases;
