import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    {
      name: "every curve of 2.14",
      config:
        "tls {\n  curve_preferences: [ X25519MLKEM768, X25519, CurveP256, CurveP384, CurveP521 ]\n}\n",
    },
    {
      name: "curves of 2.9.10",
      serverVersion: "2.9.10",
      config: "tls {\n  curve_preferences: [ X25519, CurveP256, CurveP384, CurveP521 ]\n}\n",
    },
  ],
  invalid: [
    {
      name: "names from other tools and a number",
      config: "tls {\n  curve_preferences: [ P-256, secp384r1, x25519, 7 ]\n}\n",
      findings: [
        { line: 2, column: 24 },
        { line: 2, column: 31 },
        { line: 2, column: 42 },
        { line: 2, column: 50 },
      ],
    },
    {
      name: "post-quantum curve before 2.12",
      serverVersion: "2.11.0",
      config: "tls {\n  curve_preferences: [ X25519MLKEM768 ]\n}\n",
      findings: [{ line: 2, column: 24 }],
    },
    {
      name: "Go 1.26 curves",
      config:
        "cluster {\n  tls { CURVE_PREFERENCES: [ SecP256r1MLKEM768, SecP384r1MLKEM1024 ] }\n}\n",
      findings: [
        { line: 2, column: 30 },
        { line: 2, column: 49 },
      ],
    },
    {
      name: "curve from a variable",
      config: "CURVE = Curve25519\ntls {\n  curve_preferences: [ $CURVE ]\n}\n",
      findings: [{ line: 3, column: 24 }],
    },
  ],
};
export default cases;
