// Every URL below was checked as a cluster route with `nats-server -t` 2.9.10
// (built with Go 1.19): the accepted ones pass, the rejected ones fail with
// "error parsing route url".

import { describe, expect, test } from "vitest";

import { maskUrlUserinfo, trimGoSpace, urlProblem } from "../../src/model/urls.js";

describe("urlProblem", () => {
  test.each([
    "nats://127.0.0.1:6222",
    "nats-route://user:pass@host.example.com:6222",
    "tls://[::1]:7422",
    "ws://host",
    "localhost",
    // A letter, letters and a colon make a scheme; the rest is opaque data.
    "localhost:6222",
    "nats:opaque stuff",
    "nats://",
    "//h:1",
    " nats://h:1 ",
    // User information: escapes, sub-delimiters, and @ or : in the password.
    "nats://u:p%41@h:1",
    "nats://u:p@w@h:1",
    "nats://u:p:w@h:1",
    "nats://u:p'!$&()*+,;=@h:1",
    // A / ends the authority, so the rest is a path.
    "nats://u:1234/x@h:1",
    // Hosts: Go 1.19 checks characters and escapes, not the shape of the name.
    "nats://a:b:1",
    "nats://a[b]:1",
    "nats://[a]b]:1",
    "nats://[::1]:",
    "nats://h%C3%A9:1",
    "nats://hé:1",
    "nats://h<x>:1",
    "nats://h!$&'()*+,;=:1",
    // IPv6 zones follow %25; a zone may escape a space and ASCII host characters.
    "nats://[fe80::1%25en0]:1",
    "nats://[fe80::1%25%41]:1",
    "nats://[fe80::1%25%20]:1",
    // The % is followed by two hex digits of a byte above 0x7f, which a host may escape.
    "nats://[fe80::1%a0]:1",
    // Paths, queries and fragments: only percent escapes are checked, and not in the query.
    "nats://h:1/a b",
    "nats://h:1?%zz",
    "nats://h:1#a b",
  ])("accepts %j", (url) => {
    expect(urlProblem(url)).toBeUndefined();
  });

  test.each([
    ["127.0.0.1:6222", /no scheme/],
    ["a_b:1", /no scheme/],
    [":6222", /missing a scheme/],
    ["nats://h:62x", /port "62x" is not a number/],
    ["nats://h:-1", /port "-1" is not a number/],
    ["nats://h:1 /x", /port "1 " is not a number/],
    ["nats://bad host:7422", /host name contains " "/],
    ["nats:// h:1", /host name contains " "/],
    ["nats://h{x}:1", /host name contains "\{"/],
    ["nats://h|x:1", /host name contains "\|"/],
    ["nats://h^x:1", /host name contains "\^"/],
    ["nats://h`x:1", /host name contains "`"/],
    ["nats://h%41:1", /host percent-encodes "%41"/],
    ["nats://[::1:7422", /lacks the closing/],
    ["nats://[::1]x", /text follows the IPv6 address/],
    ["nats://[fe80::1%en0]:1", /invalid percent escape "%en".*%25/],
    ["nats://[fe80::1%eth0]:1", /invalid percent escape "%et".*%25/],
    ["nats://[fe80::1%12]:1", /percent-encodes "%12".*%25/],
    ["nats://[fe80::1%25%C3%A9]:1", /zone percent-encodes "%C3"/],
    ["nats://[fe80::1%25e n]:1", /host name contains " "/],
    ["nats://u:p w@h:1", /password contains a character/],
    ["nats://u:p^w@h:1", /password contains a character/],
    ["nats://u:pé@h:1", /password contains a character/],
    ["nats://u:p%zz@h:1", /password has an invalid percent escape/],
    ["nats://u:p%2@h:1", /password has an invalid percent escape/],
    ["nats://u:%@h:1", /password has an invalid percent escape/],
    ["nats://u p:x@h:1", /user name contains " "/],
    ["nats://ué:p@h:1", /user name contains "é"/],
    ["nats://u%zz:p@h:1", /user name has an invalid percent escape "%zz"/],
    ["nats://tok en@h:1", /user name or token contains a character/],
    ["nats://%zz@h:1", /user name or token has an invalid percent escape/],
    ["nats://u:p/w@h:1", /an @ follows the first \/, \? or #/],
    ["nats://u:p?w@h:1", /an @ follows the first \/, \? or #/],
    ["nats://u:p#w@h:1", /an @ follows the first \/, \? or #/],
    ["nats://h:1/%zz", /path has an invalid percent escape "%zz"/],
    ["nats://[::1]:1/%", /path has an invalid percent escape "%"/],
    ["nats://h:1#%zz", /fragment has an invalid percent escape "%zz"/],
    ["nats://h\u0001:1", /control character/],
  ])("rejects %j", (url, reason) => {
    expect(urlProblem(url)).toMatch(reason);
  });

  test.each([
    ["nats://u:s3cret word@h:1", "s3cret word"],
    ["nats://u:s3cret^x@h:1", "s3cret^x"],
    ["nats://u:s3cret%zz@h:1", "s3cret"],
    ["nats://u:s3cret/x@h:1", "s3cret"],
    ["nats://u:s3cret?x@h:1", "s3cret"],
    ["nats://u:pw#s3cret%zz@h:1", "s3cret"],
    ["nats://u:1/s3cret%zz@h:1", "s3cret"],
    ["nats://s3cret token@h:1", "s3cret"],
  ])("does not quote the password of %j", (url, password) => {
    const problem = urlProblem(url);
    expect(problem).toBeDefined();
    expect(problem).not.toContain(password);
    expect(problem).not.toContain("%zz");
  });
});

describe("trimGoSpace", () => {
  test("removes the white space Go trims", () => {
    expect(trimGoSpace("\t\u0085 nats://h:1\u00a0\u3000\n")).toBe("nats://h:1");
  });

  test("keeps a byte order mark, which Go does not trim", () => {
    expect(trimGoSpace("\ufeffnats://h:1")).toBe("\ufeffnats://h:1");
  });
});

describe("maskUrlUserinfo", () => {
  test.each([
    ["nats://u:p w@h:1", "nats://u:***@h:1"],
    ["nats://u:p@w@h:1", "nats://u:***@h:1"],
    ["nats://u:p/w@h:1", "nats://u:***@h:1"],
    ["nats://u:p#w@h:1", "nats://u:***@h:1"],
    ["nats://token@h:1", "nats://***@h:1"],
    ["1u:p@h", "1u:***@h"],
    ["nats://h:1", "nats://h:1"],
    // Masking reaches the last @ even past a /, which may over-mask a path.
    ["nats://h:1/path@x", "nats://h:***@x"],
  ])("masks %j", (url, masked) => {
    expect(maskUrlUserinfo(url)).toBe(masked);
  });
});
