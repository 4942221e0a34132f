import type { RuleCases } from "./types.js";

const OPERATOR = 'operator: "op.jwt"\n';
// Operator JWTs from nats-server's tests: the first has no account server URL.
const JWT_WITHOUT_URL =
  "eyJ0eXAiOiJqd3QiLCJhbGciOiJlZDI1NTE5In0.eyJhdWQiOiJURVNUUyIsImV4cCI6MTg1OTEyMTI3NSwianRpIjoiWE5MWjZYWVBIVE1ESlFSTlFPSFVPSlFHV0NVN01JNVc1SlhDWk5YQllVS0VRVzY3STI1USIsImlhdCI6MTU0Mzc2MTI3NSwiaXNzIjoiT0NBVDMzTVRWVTJWVU9JTUdOR1VOWEo2NkFIMlJMU0RBRjNNVUJDWUFZNVFNSUw2NU5RTTZYUUciLCJuYW1lIjoiU3luYWRpYSBDb21tdW5pY2F0aW9ucyBJbmMuIiwibmJmIjoxNTQzNzYxMjc1LCJzdWIiOiJPQ0FUMzNNVFZVMlZVT0lNR05HVU5YSjY2QUgyUkxTREFGM01VQkNZQVk1UU1JTDY1TlFNNlhRRyIsInR5cGUiOiJvcGVyYXRvciIsIm5hdHMiOnsic2lnbmluZ19rZXlzIjpbIk9EU0tSN01ZRlFaNU1NQUo2RlBNRUVUQ1RFM1JJSE9GTFRZUEpSTUFWVk40T0xWMllZQU1IQ0FDIiwiT0RTS0FDU1JCV1A1MzdEWkRSVko2NTdKT0lHT1BPUTZLRzdUNEhONk9LNEY2SUVDR1hEQUhOUDIiLCJPRFNLSTM2TFpCNDRPWTVJVkNSNlA1MkZaSlpZTVlXWlZXTlVEVExFWjVUSzJQTjNPRU1SVEFCUiJdfX0.hyfz6E39BMUh0GLzovFfk3wT4OfualftjdJ_eYkLfPvu5tZubYQ_Pn9oFYGCV_6yKy3KMGhWGUCyCdHaPhalBw";
const JWT_WITH_URL =
  "eyJ0eXAiOiJqd3QiLCJhbGciOiJlZDI1NTE5In0.eyJqdGkiOiJJVEdJNjNCUUszM1VNN1pBSzZWT1RXNUZEU01ESlNQU1pRQ0RMNUlLUzZQTVhBU0ROQ01RIiwiaWF0IjoxNTg5ODM5MjA1LCJpc3MiOiJPQ1k2REUyRVRTTjNVT0RGVFlFWEJaTFFMSTdYNEdTWFI1NE5aQzRCQkxJNlFDVFpVVDY1T0lWTiIsIm5hbWUiOiJPUCIsInN1YiI6Ik9DWTZERTJFVFNOM1VPREZUWUVYQlpMUUxJN1g0R1NYUjU0TlpDNEJCTEk2UUNUWlVUNjVPSVZOIiwidHlwZSI6Im9wZXJhdG9yIiwibmF0cyI6eyJhY2NvdW50X3NlcnZlcl91cmwiOiJodHRwOi8vbG9jYWxob3N0OjgwMDAvand0L3YxIiwib3BlcmF0b3Jfc2VydmljZV91cmxzIjpbIm5hdHM6Ly9sb2NhbGhvc3Q6NDIyMiJdLCJzeXN0ZW1fYWNjb3VudCI6IkFEWjU0N0IyNFdIUExXT0s3VE1MTkJTQTdGUUZYUjZVTTJOWjRISE5JQjdSREZWWlFGT1o0R1FRIn19.3u710KqMLwgXwsMvhxfEp9xzK84XyAZ-4dd6QY0T6hGj8Bw9mS-HcQ7HbvDDNU01S61tNFfpma_JR6LtB3ixBg";
const TRUSTED = "OCAT33MTVU2VUOIMGNGUNXJ66AH2RLSDAF3MUBCYAY5QMIL65NQM6XQG";

const cases: RuleCases = {
  valid: [
    { name: "operator with a resolver", config: `${OPERATOR}resolver: MEMORY\n` },
    {
      name: "inline JWT with an account server URL",
      config: `operator: ${JWT_WITH_URL}\n`,
    },
    {
      name: "resolver map and system account",
      config: `operators: [ "op.jwt" ]\nsystem_account: AD2VB6C25DQPEUUQ7KJBUFX2J4ZNVBPOHSCBISC7VFZXVWXZA7VASQZG\nresolver { type: full, dir: "jwt" }\n`,
    },
    {
      name: "no operator: accounts and users are fine",
      config: "accounts { A { users: [ { user: a, password: x } ] } }\nno_auth_user: a\n",
    },
    {
      name: "default_sentinel before it existed is option-not-in-version's",
      serverVersion: "2.10.20",
      config: "default_sentinel: abc\n",
    },
  ],
  invalid: [
    {
      name: "no resolver",
      config: OPERATOR,
      findings: [{ line: 1, column: 1 }],
    },
    {
      name: "inline JWT without an account server URL",
      config: `operator: ${JWT_WITHOUT_URL}\n`,
      findings: [{ line: 1, column: 1 }],
    },
    {
      name: "two operators cannot fall back",
      config: `operators: [ ${JWT_WITH_URL}, "op.jwt" ]\n`,
      findings: [{ line: 1, column: 1 }],
    },
    {
      name: "accounts and users",
      config: `${OPERATOR}resolver: MEMORY\naccounts [ A ]\nauthorization {\n  users: [ { user: a, password: x } ]\n}\n`,
      findings: [
        { line: 3, column: 1 },
        { line: 5, column: 3 },
      ],
    },
    {
      name: "trusted, callout and no_auth_user",
      config: `ROOT: "op.jwt"\noperator: $ROOT\nresolver: MEMORY\ntrusted: ${TRUSTED}\nauthorization {\n  auth_callout { issuer: x, auth_users: [ a ] }\n}\nwebsocket { port: 8080, no_tls: true, no_auth_user: a }\n`,
      findings: [
        { line: 4, column: 1 },
        { line: 6, column: 3 },
        { line: 8, column: 39 },
      ],
    },
    {
      name: "default_sentinel without operator",
      config: "default_sentinel: eyJ0eXAiOiJKV1QifQ.e30.sig\n",
      findings: [{ line: 1, column: 1 }],
    },
  ],
};
export default cases;
