import { describe, expect, test } from "vitest";

import {
  checkPermissionSubject,
  isSubsetMatch,
  isValidPublishSubject,
  isValidSubject,
  wildcardsOf,
} from "../../src/model/subjects.js";

describe("isValidSubject", () => {
  test.each([
    "foo",
    "foo.bar",
    "foo.*",
    "foo.>",
    ">",
    "*",
    "foo*.bar",
    "foo.>x",
    "$SYS.>",
    "a-b_c",
  ])("accepts %s", (subject) => {
    expect(isValidSubject(subject)).toBe(true);
  });

  test.each(["", ".", "foo.", ".foo", "foo..bar", "foo.>.bar", "> .x", "foo bar", "foo\tbar", " "])(
    "rejects %j",
    (subject) => {
      expect(isValidSubject(subject)).toBe(false);
    },
  );
});

describe("isValidPublishSubject", () => {
  test("accepts literal subjects", () => {
    expect(isValidPublishSubject("lat.x")).toBe(true);
    expect(isValidPublishSubject("foo*")).toBe(true);
  });

  test("rejects wildcards", () => {
    expect(isValidPublishSubject("lat.*")).toBe(false);
    expect(isValidPublishSubject("lat.>")).toBe(false);
  });
});

describe("wildcardsOf", () => {
  test("counts partial wildcards and a trailing >", () => {
    expect(wildcardsOf("a.*.b.*.>")).toEqual({ partial: 2, full: true });
    expect(wildcardsOf("a.b")).toEqual({ partial: 0, full: false });
  });
});

describe("checkPermissionSubject", () => {
  test("accepts a subject", () => {
    expect(checkPermissionSubject("foo.>", false, true)).toBeUndefined();
  });

  test("accepts a queue where queues are allowed", () => {
    expect(checkPermissionSubject("foo.* workers", true, true)).toBeUndefined();
  });

  test("reports a queue where none is allowed", () => {
    expect(checkPermissionSubject("foo workers", false, false)).toEqual({
      kind: "queue-not-allowed",
      subject: "foo",
      queue: "workers",
    });
  });

  test("reports an invalid queue name only when asked", () => {
    expect(checkPermissionSubject("foo q..x", true, true)).toEqual({
      kind: "queue",
      queue: "q..x",
    });
    expect(checkPermissionSubject("foo q..x", true, false)).toBeUndefined();
  });

  test("reports the subject part of a queue entry", () => {
    expect(checkPermissionSubject("bad. x", true, true)).toEqual({
      kind: "subject",
      subject: "bad.",
    });
  });

  test("reports three words as one invalid subject", () => {
    expect(checkPermissionSubject("a b c", true, true)).toEqual({
      kind: "subject",
      subject: "a b c",
    });
  });

  test("reports an empty subject", () => {
    expect(checkPermissionSubject("", true, true)).toEqual({ kind: "subject", subject: "" });
  });
});

describe("isSubsetMatch", () => {
  test.each([
    ["foo.bar", "foo.bar"],
    ["foo.bar", "foo.*"],
    ["foo.bar.baz", "foo.>"],
    ["foo.*", "foo.*"],
    ["foo.*", ">"],
    ["foo.>", "foo.>"],
  ])("%s is covered by %s", (subject, cover) => {
    expect(isSubsetMatch(subject, cover)).toBe(true);
  });

  test.each([
    ["foo.*", "foo.bar"],
    ["foo.>", "foo.*"],
    ["foo", "foo.bar"],
    ["foo.bar", "foo"],
    ["foo.*", "*.bar"],
    ["foo.baz", "foo.bar"],
  ])("%s is not covered by %s", (subject, cover) => {
    expect(isSubsetMatch(subject, cover)).toBe(false);
  });
});
