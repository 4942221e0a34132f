import { describe, expect, test } from "vitest";

import {
  attributeTypeName,
  escapeDnValue,
  formatSubject,
  parseSubjectText,
  SubjectSyntaxError,
} from "../../src/certs/subject-text.js";
import { OIDS } from "../../src/model/cert-match.js";
import { parseDnUserName } from "../../src/model/identity.js";

describe("escapeDnValue", () => {
  test.each(["Doe, John", " padded ", "#1 a#b", 'a+b"c\\d<e>f;g=h', "plain", "é "])(
    "round-trips %j through the server's DN parser",
    (value) => {
      expect(parseDnUserName(`CN=${escapeDnValue(value)}`)).toEqual([[{ type: "CN", value }]]);
    },
  );
});

describe("parseSubjectText", () => {
  test("reads RFC 4514 order", () => {
    expect(parseSubjectText("CN=alice, OU=Eng, O=Example")).toEqual([
      [{ oid: OIDS.O, value: "Example" }],
      [{ oid: OIDS.OU, value: "Eng" }],
      [{ oid: OIDS.CN, value: "alice" }],
    ]);
  });

  test("reads the OpenSSL slash form in certificate order", () => {
    expect(parseSubjectText("/O=Example/OU=Eng+OU=Ops/CN=a\\/b")).toEqual([
      [{ oid: OIDS.O, value: "Example" }],
      [
        { oid: OIDS.OU, value: "Eng" },
        { oid: OIDS.OU, value: "Ops" },
      ],
      [{ oid: OIDS.CN, value: "a/b" }],
    ]);
  });

  test("accepts long names and dotted OIDs", () => {
    expect(parseSubjectText("commonName=a,1.2.3.4=x")).toEqual([
      [{ oid: "1.2.3.4", value: "x" }],
      [{ oid: OIDS.CN, value: "a" }],
    ]);
  });

  test("reads / as the empty subject", () => {
    expect(parseSubjectText("/")).toEqual([]);
  });

  test.each(["", "alice", "CN=a,bogusType=x", "/CN"])("rejects %j", (text) => {
    expect(() => parseSubjectText(text)).toThrow(SubjectSyntaxError);
  });
});

describe("formatSubject", () => {
  test("writes RFC 4514 order and names unmapped types", () => {
    const subject = parseSubjectText("/DC=org/O=Example/CN=a, b/UID=u1");
    expect(formatSubject(subject)).toBe("UID=u1,CN=a\\, b,O=Example,DC=org");
  });

  test("falls back to the OID for unknown types", () => {
    expect(attributeTypeName("1.2.3.4")).toBe("1.2.3.4");
  });
});
