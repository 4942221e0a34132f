// The emitter: normalised JSON that nats-server's parser reads back with the same
// values, and errors for values JSON cannot carry.

import { describe, expect, test } from "vitest";

import { compileConfig } from "../../src/emit/compile.js";
import { formatFloat } from "../../src/emit/float.js";
import { loadConfigText } from "../../src/resolve/load.js";
import { writeTypedJson } from "../../src/resolve/typed-json.js";

function compile(text: string, env: Record<string, string> = {}) {
  const loaded = loadConfigText("/virtual/test.conf", text, { env });
  expect(loaded.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return compileConfig(loaded, { indent: 2 });
}

function compiledJson(text: string, env: Record<string, string> = {}): Record<string, unknown> {
  const result = compile(text, env);
  expect(result.diagnostics).toEqual([]);
  return JSON.parse(result.json!) as Record<string, unknown>;
}

/** Parses compiled JSON with natsconf's own config parser, as nats-server would read it. */
function readBack(json: string): unknown {
  const loaded = loadConfigText("/virtual/out.json", json, { env: {} });
  expect(loaded.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return JSON.parse(writeTypedJson(loaded.root, 0));
}

describe("normalisation", () => {
  test("option keys lower case", () => {
    expect(compiledJson("PORT: 4222\nTLS { VERIFY: true }\n")).toEqual({
      port: 4222,
      tls: { verify: true },
    });
  });

  test("account names keep case", () => {
    const json = compiledJson(
      "accounts {\n  Orders: { Users = [ { User: a, Password: b } ] }\n}\n",
    );
    expect(json).toEqual({ accounts: { Orders: { users: [{ user: "a", password: "b" }] } } });
  });

  test("sizes become bytes", () => {
    expect(compiledJson("max_payload: 1MB\nmax_pending: 64m\n")).toEqual({
      max_payload: 1048576,
      max_pending: 64000000,
    });
  });

  test("booleans become true and false", () => {
    expect(compiledJson("debug: yes\ntrace: Off\n")).toEqual({ debug: true, trace: false });
  });

  test("verify dropped next to verify_and_map", () => {
    expect(compiledJson("tls { verify: true, verify_and_map: true }\n")).toEqual({
      tls: { verify_and_map: true },
    });
  });

  test("verify kept without verify_and_map", () => {
    expect(compiledJson("tls { verify: true, verify_and_map: false }\n")).toEqual({
      tls: { verify: true, verify_and_map: false },
    });
  });

  test("variables resolved and helper keys dropped", () => {
    const json = compiledJson(
      'PASS: "$2a$11$abcdefghijklmnopqrstuv"\nauthorization {\n  users = [ { user: alice, password: $PASS } ]\n}\nserver_name: $NAME\n',
      { NAME: "edge-1" },
    );
    expect(json).toEqual({
      authorization: { users: [{ user: "alice", password: "$2a$11$abcdefghijklmnopqrstuv" }] },
      server_name: "edge-1",
    });
  });

  test("option used as a variable is kept", () => {
    expect(compiledJson("port: 4222\nhttp_port: $port\n")).toEqual({ port: 4222, http_port: 4222 });
  });

  test("unused variable at top level is kept", () => {
    const result = compile("HELPER: 1\nport: 4222\n");
    expect(JSON.parse(result.json!)).toEqual({ HELPER: 1, port: 4222 });
  });
});

describe("one form per value", () => {
  test("aliases become canonical names", () => {
    const json = compiledJson(
      "net: 127.0.0.1\nmax_conn: 10\nauthorization {\n  users = [ { username: a, pass: b, permissions: { pub: x, sub: y } } ]\n}\n",
    );
    expect(json).toEqual({
      host: "127.0.0.1",
      max_connections: 10,
      authorization: {
        users: [
          {
            user: "a",
            password: "b",
            permissions: { publish: { allow: ["x"] }, subscribe: { allow: ["y"] } },
          },
        ],
      },
    });
  });

  test("listen port becomes host:port", () => {
    expect(compiledJson("listen: 4222\nhttp: 8222\ncluster { listen: 6222 }\n")).toEqual({
      listen: ":4222",
      http: ":8222",
      cluster: { listen: ":6222" },
    });
  });

  test("jetstream switch becomes a map", () => {
    expect(compiledJson("jetstream: true\n")).toEqual({ jetstream: { enable: true } });
    expect(compiledJson("jetstream: Enabled\n")).toEqual({ jetstream: { enable: true } });
    expect(compiledJson("jetstream: disabled\n")).toEqual({ jetstream: { enable: false } });
    expect(compiledJson("jetstream { store: /data }\n")).toEqual({
      jetstream: { store_dir: "/data" },
    });
  });

  test("jetstream size strings become bytes", () => {
    expect(
      compiledJson('jetstream { max_mem: "1G", max_file: "2T", max_outstanding_catchup: 64M }\n'),
    ).toEqual({
      jetstream: {
        max_memory_store: 1073741824,
        max_file_store: 2199023255552,
        max_outstanding_catchup: 64000000,
      },
    });
  });

  test("compression forms become a mode", () => {
    expect(compiledJson("cluster { compression: true }\n")).toEqual({
      cluster: { compression: "s2_fast" },
    });
    expect(compiledJson("leafnodes { compression: true }\n")).toEqual({
      leafnodes: { compression: "s2_auto" },
    });
    expect(compiledJson("cluster { compression: false }\n")).toEqual({
      cluster: { compression: "off" },
    });
    expect(compiledJson("cluster { compression: { mode: s2_better } }\n")).toEqual({
      cluster: { compression: "s2_better" },
    });
    expect(
      compiledJson('cluster { compression: { mode: s2_auto, rtt_thresholds: ["10ms"] } }\n'),
    ).toEqual({ cluster: { compression: { mode: "s2_auto", rtt_thresholds: ["10ms"] } } });
  });

  test("mapping weights become integers", () => {
    const json = compiledJson(
      'mappings { "a.>": [ { dest: "b.>", weight: "40%" }, { dest: "c.>", weight: "60" } ] }\n',
    );
    expect(json).toEqual({
      mappings: {
        "a.>": [
          { dest: "b.>", weight: 40 },
          { dest: "c.>", weight: 60 },
        ],
      },
    });
  });

  test("account list becomes a map", () => {
    expect(compiledJson("accounts: [ B, A ]\n")).toEqual({ accounts: { A: {}, B: {} } });
  });

  test("seconds strings become numbers", () => {
    expect(
      compiledJson(
        'tls { timeout: "2s" }\nwebsocket { port: 8080, no_tls: true, handshake_timeout: "1m" }\n',
      ),
    ).toEqual({
      tls: { timeout: 2 },
      websocket: { handshake_timeout: 60, no_tls: true, port: 8080 },
    });
    expect(compiledJson('tls { timeout: "1.5s" }\n')).toEqual({ tls: { timeout: "1.5s" } });
    // The websocket and MQTT auth timeouts ignore strings, so "5s" must stay ignored.
    expect(
      compiledJson('websocket { port: 8080, no_tls: true, authorization { timeout: "5s" } }\n'),
    ).toEqual({ websocket: { authorization: { timeout: "5s" }, no_tls: true, port: 8080 } });
  });

  test("permission forms become allow lists", () => {
    const json = compiledJson(
      'authorization {\n  default_permissions { publish: "a", subscribe: ["b", "c"] }\n}\n',
    );
    expect(json).toEqual({
      authorization: {
        default_permissions: { publish: { allow: ["a"] }, subscribe: { allow: ["b", "c"] } },
      },
    });
  });

  test("allow and deny strings become lists", () => {
    const json = compiledJson(
      'authorization {\n  default_permissions { publish { allow: "a", deny: ["b"] } }\n}\n',
    );
    expect(json).toEqual({
      authorization: { default_permissions: { publish: { allow: ["a"], deny: ["b"] } } },
    });
  });

  test("empty permission list stays", () => {
    const json = compiledJson("authorization {\n  default_permissions { publish: [] }\n}\n");
    expect(json).toEqual({ authorization: { default_permissions: { publish: [] } } });
  });

  test("one-item strings become lists", () => {
    const json = compiledJson(
      'server_tags: "az:1"\nleafnodes {\n  remotes = [ { url: "nats://127.0.0.1:7422", deny_import: "x" } ]\n}\n',
    );
    expect(json).toEqual({
      server_tags: ["az:1"],
      leafnodes: { remotes: [{ urls: ["nats://127.0.0.1:7422"], deny_imports: ["x"] }] },
    });
  });

  test("keys sorted at every level", () => {
    const compiled = compile("port: 4222\ncluster { port: 6222, name: c }\ndebug: true\n");
    expect(compiled.json).toBe(
      '{\n  "cluster": {\n    "name": "c",\n    "port": 6222\n  },\n  "debug": true,\n  "port": 4222\n}\n',
    );
  });

  test("key and alias both set is an error", () => {
    const loaded = loadConfigText("/virtual/t.conf", "max_conn: 1\nmax_connections: 2\n", {
      env: {},
    });
    const compiled = compileConfig(loaded, { indent: 2 });
    expect(compiled.json).toBeNull();
    expect(compiled.diagnostics.map((d) => d.code)).toEqual(["compile/conflicting-keys"]);
  });
});

describe("redaction", () => {
  test("secrets replaced", () => {
    const text =
      'authorization { users = [ { user: a, password: "hunter2" }, { nkey: UDXU4RCSJNZOIQHZNWXHXORDPRTGNJAHAHFRGZNEEJCPQTT2M7NLCNF4 } ] }\n' +
      "authorization2 = 1\njetstream { key: topsecret }\n" +
      'leafnodes { remotes = [ { url: "nats://127.0.0.1:7422", nkey: SUACSSL3UAHUDXKFSNVUZRF5UHPMWZ6BFDTJ7M6USDXIEDNPPQYYYCU3VY } ] }\n';
    const loaded = loadConfigText("/virtual/t.conf", text, { env: {} });
    const compiled = compileConfig(loaded, { indent: 0, redact: true });
    expect(compiled.json).not.toContain("hunter2");
    expect(compiled.json).not.toContain("topsecret");
    expect(compiled.json).not.toContain("SUACSSL3");
    expect(compiled.json).toContain("UDXU4RCSJNZOIQHZNWXHXORDPRTGNJAHAHFRGZNEEJCPQTT2M7NLCNF4");
    expect(compiled.json).toContain('"password": "[REDACTED]"');
    expect(compiled.json).toContain('"urls": ["nats://127.0.0.1:7422" ]');
  });

  test.each([
    ["nats-leaf://lu:p@ss@127.0.0.1:7422", "nats-leaf://lu:[REDACTED]@127.0.0.1:7422"],
    ["nats-leaf://lu:pa'ss@127.0.0.1:7422", "nats-leaf://lu:[REDACTED]@127.0.0.1:7422"],
    ["nats://token-only@127.0.0.1:4222", "nats://[REDACTED]@127.0.0.1:4222"],
    ["nats://127.0.0.1:4222", "nats://127.0.0.1:4222"],
  ])("URL %s redacted as %s", (url, redacted) => {
    const text = `leafnodes { remotes = [ { url: ${JSON.stringify(url)} } ] }\n`;
    const loaded = loadConfigText("/virtual/t.conf", text, { env: {} });
    const compiled = compileConfig(loaded, { indent: 0, redact: true });
    expect(JSON.parse(compiled.json!)).toEqual({ leafnodes: { remotes: [{ urls: [redacted] }] } });
  });

  test("URL passwords replaced", () => {
    const text = 'cluster { routes = [ "nats://route:s3cret@127.0.0.1:6222" ] }\n';
    const loaded = loadConfigText("/virtual/t.conf", text, { env: {} });
    const compiled = compileConfig(loaded, { indent: 0, redact: true });
    expect(compiled.json).toBe(
      '{"cluster": {"routes": ["nats://route:[REDACTED]@127.0.0.1:6222" ]}}\n',
    );
  });
});

describe("sources", () => {
  test("each key recorded in output order", () => {
    const loaded = loadConfigText(
      "/virtual/t.conf",
      "DIR = /d\nport: 1\njetstream { store_dir: $DIR }\n",
      {
        env: {},
      },
    );
    const compiled = compileConfig(loaded, { indent: 0, recordSources: true });
    const rows = compiled.sources.map((source) => {
      const key = source.key.source.positionAt(source.key.start);
      const value = source.value?.source.positionAt(source.value.start);
      return [source.path, key.line, value?.line];
    });
    expect(rows).toEqual([
      ["jetstream", 3, undefined],
      ["jetstream.store_dir", 3, 1],
      ["port", 2, undefined],
    ]);
  });
});

describe("values read back unchanged", () => {
  test.each([
    ["integers beyond 2^53", "max_payload: 8EB\nsize: 9007199254740993\n"],
    ["negative integers in arrays", "a = [ -1, 2, 3 ]\n"],
    ["integer arrays end with a space", "a = [ 1, 2 ]\nb = [ [ 1 ], [ 2 ] ]\n"],
    [
      "floats keep their point",
      "a = 2.0\nb = 0.5\nc = 123456789012345678901234.5\nd = 0.000000001\n",
    ],
    [
      "strings that look like other types",
      'a = "true"\nb = \'1k\'\nc = "$HOME"\nd = "2016-05-04T18:53:41Z"\ne = "null"\n',
    ],
    [
      "escapes and unicode",
      'a = "tab\\there \\"q\\" back\\\\slash\\nline"\nb = "é€😀"\nc = "a/b"\n',
    ],
    ["include merged", "server_name = srv\nm { x = 1 }\n"],
  ])("%s", (_name, text) => {
    const compiled = compile(text);
    expect(compiled.diagnostics).toEqual([]);
    const original = JSON.parse(
      writeTypedJson(loadConfigText("/virtual/in.conf", text, { env: {} }).root, 0),
    );
    expect(readBack(compiled.json!)).toEqual(original);
  });

  test("compact output reads back too", () => {
    const loaded = loadConfigText("/virtual/in.conf", "a = [ 1, 2 ]\nm { b = 1 }\n", { env: {} });
    const compiled = compileConfig(loaded, { indent: 0 });
    expect(compiled.json).toBe('{"a": [1, 2 ], "m": {"b": 1}}\n');
    expect(readBack(compiled.json!)).toEqual(JSON.parse(writeTypedJson(loaded.root, 0)));
  });
});

describe("values JSON cannot carry", () => {
  test.each([
    ["datetime", "a = 2016-05-04T18:53:41Z\n"],
    ["control character", 'a = "bell\\x07"\n'],
    ["bytes that are not UTF-8", 'a = "\\xe9"\n'],
    ["key with a quote", "'a\"b' = 1\n"],
  ])("%s is an error", (_name, text) => {
    const result = compile(text);
    expect(result.json).toBeNull();
    expect(result.diagnostics.map((d) => d.code)).toEqual(["compile/unrepresentable"]);
  });
});

describe("formatFloat", () => {
  test.each([
    [2, "2.0"],
    [0.5, "0.5"],
    [-1.25, "-1.25"],
    [1e21, "1000000000000000000000.0"],
    [1.5e-7, "0.00000015"],
    [-2.5e22, "-25000000000000000000000.0"],
  ])("%d", (value, expected) => {
    expect(formatFloat(value)).toBe(expected);
    expect(Number(expected)).toBe(value);
  });
});
