import { describe, expect, test } from "vitest";

import { checkMappingDestination, mappingDialect } from "../../src/model/subjects-mapping.js";
import { parseServerVersion, type ServerVersion } from "../../src/target/version.js";

function version(text: string): ServerVersion {
  const parsed = parseServerVersion(text);
  if (parsed === undefined) throw new Error(text);
  return parsed;
}

const OLD = mappingDialect(version("2.9.10"));
const V210 = mappingDialect(version("2.10.0"));
const NEW = mappingDialect(version("2.14"));

describe("checkMappingDestination", () => {
  test.each([
    ["foo", "bar"],
    ["foo.*", "bar.$1"],
    ["foo.*", "bar.{{wildcard(1)}}"],
    ["foo.*", "bar.{{ Wildcard(1) }}"],
    ["foo.*.*", "bar.$2.$1"],
    ["foo.>", "bar.>"],
    ["foo.*", "bar.{{partition(3,1)}}"],
    ["foo.*", "bar.{{splitFromLeft(1,2)}}"],
    ["foo.*", "bar.{{split(1,-)}}"],
    ["foo", "bar.$foo"],
  ])("accepts %s -> %s on every version", (source, destination) => {
    for (const dialect of [OLD, V210, NEW]) {
      expect(checkMappingDestination(source, destination, dialect)).toBeUndefined();
    }
  });

  test.each([
    ["foo", "bar..x"],
    ["foo", "bar.>.x"],
    ["foo.*", "bar.*"],
    ["foo.>", "bar"],
    ["foo", "bar.>"],
    ["foo.*", "bar.$2"],
    ["foo.*", "bar.{{wildcard(2)}}"],
    ["foo.*", "bar.{{wildcardx(1)}}"],
    ["foo.*", "bar.{{left(1,2)}}"],
    ["foo.*", "bar.{{WILDCARD(1)}}"],
    ["foo.*", "bar.{{split(1,a b)}}"],
    ["foo.*", "bar baz.$1"],
  ])("rejects %s -> %s on every version", (source, destination) => {
    for (const dialect of [OLD, V210, NEW]) {
      expect(checkMappingDestination(source, destination, dialect)).toBeDefined();
    }
  });

  test("requires every wildcard before 2.10", () => {
    expect(checkMappingDestination("foo.*", "bar", OLD)).toBeDefined();
    expect(checkMappingDestination("foo.*.*", "bar.$2", OLD)).toBeDefined();
    expect(checkMappingDestination("foo.*", "bar", V210)).toBeUndefined();
    expect(checkMappingDestination("foo.*", "bar", NEW)).toBeUndefined();
  });

  test("functions on a literal source depend on the version", () => {
    expect(checkMappingDestination("foo", "bar.{{wildcard(1)}}", OLD)).toBeUndefined();
    expect(checkMappingDestination("foo", "bar.{{wildcard(1)}}", V210)).toBeDefined();
    expect(checkMappingDestination("foo", "bar.$1", NEW)).toBeDefined();
    expect(checkMappingDestination("foo", "bar.{{partition(3)}}", NEW)).toBeUndefined();
    expect(checkMappingDestination("foo", "bar.{{partition(3)}}", V210)).toBeDefined();
  });

  test("random() exists from 2.12", () => {
    expect(checkMappingDestination("foo", "bar.{{random(5)}}", NEW)).toBeUndefined();
    expect(checkMappingDestination("foo", "bar.{{random(5)}}", V210)).toBeDefined();
  });

  test("reports bad function arguments", () => {
    expect(checkMappingDestination("foo.*", "bar.{{wildcard()}}", NEW)).toBeDefined();
    expect(checkMappingDestination("foo.*", "bar.{{wildcard(a)}}", NEW)).toBeDefined();
    expect(checkMappingDestination("foo.*", "bar.{{splitFromLeft(1)}}", NEW)).toBeDefined();
  });
});
