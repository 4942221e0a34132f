import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { describe, expect, test } from "vitest";

import { checkLoaded } from "../../src/check.js";
import { loadConfig, loadConfigText } from "../../src/resolve/load.js";

function lint(text: string, severities?: Map<string, "off" | "error">) {
  const loaded = loadConfigText("test.conf", text, { env: {} });
  return checkLoaded(loaded, severities === undefined ? {} : { severities }).diagnostics.map(
    (d) => `${d.range.start.line}:${d.code}`,
  );
}

describe("suppression comments", () => {
  test("next-line form suppresses the finding", () => {
    expect(
      lint("port: 1\n# natsconf-disable-next-line duplicate-key -- override\nport: 2\n"),
    ).toEqual([]);
  });

  test("line form suppresses the finding", () => {
    expect(lint('port: "1" # natsconf-disable-line value-type\n')).toEqual([]);
  });

  test("file form suppresses every finding of the rule", () => {
    expect(
      lint("// natsconf-disable-file unknown-key -- generated\na: 1\nb: 2\nport: x\n"),
    ).toEqual(["4:value-type"]);
  });

  test("several rules in one comment", () => {
    expect(lint("# natsconf-disable-next-line value-type, unknown-key\nport: x\n")).toEqual([
      "1:suppression/unused",
    ]);
  });

  test("the reason is not read as rule ids", () => {
    expect(
      lint("# natsconf-disable-next-line value-type -- unknown-key is fine\nport: x\n"),
    ).toEqual([]);
  });

  test("unused suppression is reported", () => {
    expect(lint("# natsconf-disable-next-line value-type\nport: 1\n")).toEqual([
      "1:suppression/unused",
    ]);
  });

  test("unused suppression of a disabled rule is not reported", () => {
    expect(
      lint("# natsconf-disable-next-line value-type\nport: 1\n", new Map([["value-type", "off"]])),
    ).toEqual([]);
  });

  test("unknown rule id gets a suggestion", () => {
    const loaded = loadConfigText(
      "test.conf",
      "# natsconf-disable-next-line value-typ\nport: 1\n",
      {
        env: {},
      },
    );
    const [diagnostic] = checkLoaded(loaded).diagnostics;
    expect(diagnostic?.code).toBe("suppression/unknown-rule");
    expect(diagnostic?.help).toBe('Did you mean "value-type"?');
  });

  test("directive without rule ids is reported", () => {
    expect(lint("# natsconf-disable-next-line\nport: x\n")).toEqual([
      "1:suppression/missing-rule",
      "2:value-type",
    ]);
  });

  test("syntax errors cannot be suppressed", () => {
    const codes = lint('# natsconf-disable-next-line syntax/unterminated\nport: "x\n');
    expect(codes).toContain("2:syntax/unterminated");
  });

  test("directives in an included file cover its findings", () => {
    const folder = mkdtempSync(join(tmpdir(), "natsconf-suppress-"));
    writeFileSync(join(folder, "main.conf"), "include extra.conf\n");
    writeFileSync(
      join(folder, "extra.conf"),
      "# natsconf-disable-next-line unknown-key\nextra: 1\n",
    );
    const loaded = loadConfig(join(folder, "main.conf"), { env: {} });
    if (!loaded.ok) throw new Error(loaded.message);
    expect(checkLoaded(loaded).diagnostics).toEqual([]);
  });
});
