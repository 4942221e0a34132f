import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { createNkey, signJwt } from "../../support/jwt.js";
import type { RuleCases } from "./types.js";

const operator = createNkey("operator");
const account = createNkey("account");
const OPERATOR_JWT = signJwt(operator, operator.publicKey, "operator");

// The server's working directory, with the files that the cases name.
const directory = mkdtempSync(join(tmpdir(), "natsconf-operator-files-"));
writeFileSync(
  join(directory, "operator.jwt"),
  `-----BEGIN NATS OPERATOR JWT-----\n${OPERATOR_JWT}\n------END NATS OPERATOR JWT------\n`,
);
writeFileSync(join(directory, "plain.jwt"), `${OPERATOR_JWT}\n`);
writeFileSync(join(directory, "notajwt.jwt"), "not a JWT\n");
writeFileSync(join(directory, "account.jwt"), signJwt(operator, account.publicKey, "account"));
mkdirSync(join(directory, "jwt-dir"));
const checkFiles = { cwd: directory };

const cases: RuleCases = {
  valid: [
    {
      name: "decorated and plain JWT files",
      checkFiles,
      config: `operator: "operator.jwt"\nroot: "${join(directory, "plain.jwt")}"\n`,
    },
    {
      name: "inline JWTs are not files",
      checkFiles,
      config: `operator: "${OPERATOR_JWT}"\n`,
    },
    {
      name: "file checks off",
      config: 'operator: "missing.jwt"\n',
    },
  ],
  invalid: [
    {
      name: "missing file and a directory",
      checkFiles,
      config: 'operator: "missing.jwt"\noperators: "jwt-dir"\n',
      findings: [
        { line: 1, column: 11 },
        { line: 2, column: 12 },
      ],
    },
    {
      name: "files without an operator JWT",
      checkFiles,
      config: 'operator: "notajwt.jwt"\nroots: "account.jwt"\n',
      findings: [
        { line: 1, column: 11 },
        { line: 2, column: 8 },
      ],
    },
    {
      name: "array items from 2.10.21",
      checkFiles,
      serverVersion: "2.10.21",
      config: 'operator: [ "operator.jwt", "missing.jwt" ]\n',
      findings: [{ line: 1, column: 29 }],
    },
  ],
};
export default cases;
