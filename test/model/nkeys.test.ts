import { describe, expect, test } from "vitest";

import {
  crc16Xmodem,
  describeNkeyShape,
  isValidPublicNkey,
  nkeyShape,
} from "../../src/model/nkeys.js";

// Public keys and seeds from nats-server's own tests and configs.
const USER = "UDXU4RCSJNZOIQHZNWXHXORDPRTGNJAHAHFRGZNEEJCPQTT2M7NLCNF4";
const ACCOUNT = "ABJHLOVMPA4CI6R5KLNGOB4GSLNIY7IOUPAJC4YFNDLQVIOBYQGUWVLA";
const OPERATOR = "OCAT33MTVU2VUOIMGNGUNXJ66AH2RLSDAF3MUBCYAY5QMIL65NQM6XQG";
const SERVER = "NCBT6MBA7Q7ZF4R4WVXTSZTCZDPPXX2ALLN3XM75VCBCNMPIKQFPFLKV";
const CURVE = "XAB3NANV3M6N7AHSQP2U5FRWKKUT7EG2ZXXABV4XVXYQRJGM4S2CZGHT";
const USER_SEED = "SUACJN3OSKWWPQXME4JUNFJ3PARXPO657GGNWNU7PK7G3AUQQYHLW26XH4";

describe("crc16Xmodem", () => {
  test("matches the standard check value", () => {
    expect(crc16Xmodem(new TextEncoder().encode("123456789"))).toBe(0x31c3);
  });

  test("is zero for no data", () => {
    expect(crc16Xmodem(new Uint8Array())).toBe(0);
  });
});

describe("isValidPublicNkey", () => {
  test.each([
    [USER, "user"],
    [ACCOUNT, "account"],
    [OPERATOR, "operator"],
    [SERVER, "server"],
    [CURVE, "curve"],
  ] as const)("accepts %s as %s", (key, kind) => {
    expect(isValidPublicNkey(key, kind)).toBe(true);
  });

  test("rejects a key of another kind", () => {
    expect(isValidPublicNkey(ACCOUNT, "user")).toBe(false);
    expect(isValidPublicNkey(USER, "account")).toBe(false);
  });

  test("rejects a changed character", () => {
    expect(isValidPublicNkey(USER.slice(0, -1) + "5", "user")).toBe(false);
  });

  test("rejects lower case", () => {
    expect(isValidPublicNkey(USER.toLowerCase(), "user")).toBe(false);
  });

  test("rejects text that is not base32", () => {
    expect(isValidPublicNkey("U1234", "user")).toBe(false);
    expect(isValidPublicNkey("", "user")).toBe(false);
  });

  test("rejects a seed", () => {
    expect(isValidPublicNkey(USER_SEED, "user")).toBe(false);
  });
});

describe("nkeyShape", () => {
  test.each([
    [USER, "user"],
    [ACCOUNT, "account"],
    [CURVE, "curve"],
    [USER_SEED, "seed"],
    ["alice", "invalid"],
    [USER.slice(0, -1) + "5", "invalid"],
  ])("names %s", (key, shape) => {
    expect(nkeyShape(key)).toBe(shape);
  });

  test("descriptions never repeat the key", () => {
    expect(describeNkeyShape(nkeyShape(USER_SEED))).not.toContain(USER_SEED);
  });
});
