import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import AjvDraft04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import type * as Sarif from "sarif";
import { describe, expect, test } from "vitest";

import { escapeData, escapeProperty } from "../../src/cli/format/github.js";
import type { JsonReport } from "../../src/cli/format/json.js";
import { ANSI, runCli, temporaryFiles, type CliResult } from "../support/cli.js";
import { REPOSITORY_ROOT } from "../support/corpus.js";

/** An error with help, and a warning with a related location. */
const PROBLEMS =
  "port: 4222\nport: 4333\ntls {\n  cert_fil: a.pem\n  cert_file: a.pem\n  key_file: b.pem\n}\n";
const WARNING_ONLY = "port: 4222\nport: 4333\n";
const SECRET = "Pr1vateValue77";
const WITH_SECRET = `authorization {\n  user: bob\n  password: "${SECRET}" junk\n  bogus: 1\n}\n`;

const SARIF_SCHEMA = join(
  REPOSITORY_ROOT,
  "node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json",
);

/** Runs natsconf outside GitHub Actions and without colour settings, unless `env` sets them. */
function lint(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; input?: string } = {},
): CliResult {
  return runCli(["lint", ...args], {
    ...options,
    env: { GITHUB_ACTIONS: undefined, GITHUB_STEP_SUMMARY: undefined, ...options.env },
  });
}

function problemsFile(): { directory: string; file: string } {
  const directory = temporaryFiles({ "server.conf": PROBLEMS });
  return { directory, file: join(directory, "server.conf") };
}

describe("--format compact", () => {
  test("one line per problem", () => {
    const { file } = problemsFile();
    const result = lint(["--format", "compact", file]);
    expect(result.status).toBe(1);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    for (const line of lines)
      expect(line).toMatch(/^\S+:\d+:\d+: (error|warning|info) \[[a-z/-]+\] \S/);
    expect(lines).toContain(
      `${file}:4:3: error [unknown-key] Unknown key "cert_fil" in tls; nats-server rejects the config.`,
    );
  });

  test("clean file prints nothing", () => {
    const directory = temporaryFiles({ "clean.conf": "listen: 127.0.0.1:4222\n" });
    const result = lint(["-f", "compact", join(directory, "clean.conf")]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe("");
  });
});

describe("--format json", () => {
  test("document has version, diagnostics and summary", () => {
    const { file } = problemsFile();
    const result = lint(["--format", "json", file]);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.version).toBe(1);
    expect(report.tool.name).toBe("natsconf");
    expect(report.files).toEqual([file]);
    expect(report.summary).toEqual({ files: 1, errors: 1, warnings: 1, infos: 0 });
    expect(report.diagnostics).toHaveLength(2);
  });

  test("diagnostic carries range, help, related and docs", () => {
    const { file } = problemsFile();
    const report = JSON.parse(lint(["-f", "json", file]).stdout) as JsonReport;
    const unknown = report.diagnostics.find((d) => d.rule === "unknown-key");
    expect(unknown).toMatchObject({
      file,
      severity: "error",
      range: {
        start: { line: 4, column: 3, offset: 30 },
        end: { line: 4, column: 11, offset: 38 },
      },
      help: 'Did you mean "cert_file"?',
      docs: "docs/rules/unknown-key.md",
      related: [],
    });
    const duplicate = report.diagnostics.find((d) => d.rule === "duplicate-key");
    expect(duplicate?.related).toEqual([
      {
        file,
        range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 5, offset: 4 } },
        message: "first set here",
      },
    ]);
  });

  test("docs paths exist in the package", () => {
    const directory = temporaryFiles({ "mixed.conf": `${PROBLEMS}a = "x\\q"\n` });
    const report = JSON.parse(
      lint(["-f", "json", join(directory, "mixed.conf")]).stdout,
    ) as JsonReport;
    expect(report.diagnostics.map((d) => d.docs)).toContain("docs/diagnostics.md");
    for (const diagnostic of report.diagnostics)
      expect(existsSync(join(REPOSITORY_ROOT, diagnostic.docs))).toBe(true);
  });

  test("standard input takes --stdin-filename", () => {
    const result = lint(["-f", "json", "-", "--stdin-filename", "configs/server.conf"], {
      input: PROBLEMS,
    });
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.files).toEqual(["configs/server.conf"]);
    expect(new Set(report.diagnostics.map((d) => d.file))).toEqual(
      new Set(["configs/server.conf"]),
    );
  });
});

describe("--format sarif", () => {
  const { directory, file } = problemsFile();
  const result = lint(["--format", "sarif", file], { cwd: directory });
  const log = JSON.parse(result.stdout) as Sarif.Log;
  const run = log.runs[0]!;

  test("valid against the SARIF 2.1.0 schema", () => {
    // The schema's pattern for `language` has a stray `]`, which is valid only
    // without the u flag that ajv adds by default.
    const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA, "utf8")));
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(result.status).toBe(1);
    const broken = structuredClone(log);
    broken.runs[0]!.results![0]!.level = "fatal" as Sarif.Result.level;
    expect(validate(broken)).toBe(false);
  });

  test("driver describes each reported rule", () => {
    const driver = run.tool.driver;
    expect(driver.name).toBe("natsconf");
    expect(driver.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(driver.informationUri).toMatch(/^file:\/\/.*README\.md$/);
    const ids = driver.rules?.map((rule) => rule.id);
    expect(ids).toEqual(
      ["duplicate-key", "unknown-key", "tls-server-no-cert"].filter((id) => ids?.includes(id)),
    );
    for (const rule of driver.rules ?? []) {
      expect(rule.shortDescription?.text).toMatch(/^[A-Z]/);
      expect(rule.fullDescription?.text).toContain("nats-server");
      expect(rule.helpUri).toMatch(new RegExp(`docs/rules/${rule.id}\\.md$`));
      expect(["error", "warning", "note"]).toContain(rule.defaultConfiguration?.level);
    }
  });

  test("results point at rules and regions", () => {
    expect(run.results).toHaveLength(2);
    for (const result of run.results ?? []) {
      expect(run.tool.driver.rules?.[result.ruleIndex!]?.id).toBe(result.ruleId);
      const location = result.locations?.[0]?.physicalLocation;
      expect(location?.artifactLocation).toEqual({ uri: "server.conf", uriBaseId: "%SRCROOT%" });
      expect(location?.region?.startLine).toBeGreaterThan(0);
      expect(location?.region?.endColumn).toBeGreaterThan(0);
    }
    const unknown = run.results?.find((r) => r.ruleId === "unknown-key");
    expect(unknown?.level).toBe("error");
    expect(unknown?.locations?.[0]?.physicalLocation?.region).toEqual({
      startLine: 4,
      startColumn: 3,
      endLine: 4,
      endColumn: 11,
    });
    const duplicate = run.results?.find((r) => r.ruleId === "duplicate-key");
    expect(duplicate?.level).toBe("warning");
    expect(duplicate?.relatedLocations?.[0]?.message?.text).toBe("first set here");
    expect(run.originalUriBaseIds?.["%SRCROOT%"]?.uri).toMatch(/^file:\/\/.*\/$/);
  });

  test("file outside the working directory gets an absolute URI", () => {
    const other = lint(["-f", "sarif", file], { cwd: REPOSITORY_ROOT });
    const uri = (JSON.parse(other.stdout) as Sarif.Log).runs[0]!.results![0]!.locations![0]!
      .physicalLocation!.artifactLocation;
    expect(uri).toEqual({ uri: `file://${file}` });
  });
});

describe("--format github", () => {
  test("annotations with escaped properties", () => {
    const { directory } = problemsFile();
    const result = lint(["-f", "github", "server.conf"], { cwd: directory });
    expect(result.status).toBe(1);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines).toContain(
      '::error file=server.conf,line=4,col=3,endLine=4,endColumn=11,title=[unknown-key]::Unknown key "cert_fil" in tls; nats-server rejects the config.%0Ahelp: Did you mean "cert_file"?%0Adocs: docs/rules/unknown-key.md',
    );
    expect(lines.filter((line) => line.startsWith("::warning "))).toHaveLength(1);
    expect(lines.at(-1)).toBe("natsconf: 2 problems (1 error, 1 warning) in 1 file.");
  });

  test("escapes follow GitHub's rules", () => {
    expect(escapeData("50% a\r\nb")).toBe("50%25 a%0D%0Ab");
    expect(escapeProperty("a,b:c%\n")).toBe("a%2Cb%3Ac%25%0A");
  });

  test("chosen inside GitHub Actions", () => {
    const { file } = problemsFile();
    const result = lint([file], { env: { GITHUB_ACTIONS: "true" } });
    expect(result.stdout).toMatch(/^::warning file=/);
    expect(result.stdout).not.toContain("^^^");
  });

  test("--format wins inside GitHub Actions", () => {
    const { file } = problemsFile();
    const result = lint(["-f", "stylish", file], { env: { GITHUB_ACTIONS: "true" } });
    expect(result.stdout).not.toContain("::error");
    expect(result.stdout).toContain("^^^");
  });

  test("step summary appended", () => {
    const { directory, file } = problemsFile();
    const summary = join(directory, "summary.md");
    writeFileSync(summary, "Earlier step output\n");
    const result = lint([file], { env: { GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: summary } });
    expect(result.status).toBe(1);
    const text = readFileSync(summary, "utf8");
    expect(text.startsWith("Earlier step output\n")).toBe(true);
    expect(text).toContain("### natsconf lint");
    expect(text).toContain("| Severity | Location | Rule | Message |");
    expect(text).toMatch(
      /\| error \| \S+server\.conf:4:3 \| unknown-key \| Unknown key "cert\\_fil" in tls/,
    );
    expect(text.match(/^\| (error|warning) \|/gm)).toHaveLength(2);
  });

  test("no step summary outside the github format", () => {
    const { directory, file } = problemsFile();
    const summary = join(directory, "summary.md");
    lint(["-f", "json", file], { env: { GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: summary } });
    expect(existsSync(summary)).toBe(false);
  });
});

describe("colour in formats", () => {
  const { file } = problemsFile();

  test.each(["compact", "json", "sarif", "github"])("%s never coloured", (format) => {
    const result = lint(["-f", format, "--color", file], { env: { FORCE_COLOR: "3" } });
    expect(result.stdout).not.toMatch(ANSI);
    expect(result.stdout.length).toBeGreaterThan(0);
  });

  test("stylish follows FORCE_COLOR and NO_COLOR", () => {
    expect(lint(["-f", "stylish", file], { env: { FORCE_COLOR: "1" } }).stdout).toMatch(ANSI);
    expect(lint(["-f", "stylish", file], { env: { NO_COLOR: "1" } }).stdout).not.toMatch(ANSI);
    expect(lint(["-f", "stylish", file]).stdout).not.toMatch(ANSI);
  });

  test("output file ignores FORCE_COLOR but not --color", () => {
    const { directory } = problemsFile();
    const plain = join(directory, "plain.txt");
    const coloured = join(directory, "coloured.txt");
    lint([file, "--output-file", plain], { env: { FORCE_COLOR: "1" } });
    lint([file, "--color", "--output-file", coloured]);
    expect(readFileSync(plain, "utf8")).not.toMatch(ANSI);
    expect(readFileSync(coloured, "utf8")).toMatch(ANSI);
  });
});

describe("secrets in formats", () => {
  test.each(["stylish", "compact", "json", "sarif", "github"])("%s masks them", (format) => {
    const directory = temporaryFiles({ "secret.conf": WITH_SECRET });
    const summary = join(directory, "summary.md");
    const result = lint(["-f", format, join(directory, "secret.conf")], {
      env: { GITHUB_STEP_SUMMARY: summary },
    });
    expect(result.status).toBe(1);
    expect(result.stdout.length).toBeGreaterThan(0);
    expect(result.stdout + result.stderr).not.toContain(SECRET);
    if (format === "github") expect(readFileSync(summary, "utf8")).not.toContain(SECRET);
  });
});

describe("--quiet", () => {
  test("hides warnings and passes with only warnings", () => {
    const directory = temporaryFiles({ "warn.conf": WARNING_ONLY });
    const result = lint(["--quiet", join(directory, "warn.conf")]);
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain("duplicate-key");
    expect(result.stdout).toContain("1 warning not shown (--quiet).");
  });

  test("warnings still count for --max-warnings", () => {
    const directory = temporaryFiles({ "warn.conf": WARNING_ONLY });
    const result = lint(["--quiet", "--max-warnings", "0", join(directory, "warn.conf")]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("1 warning exceeds --max-warnings 0");
  });

  test("json keeps errors and counts everything", () => {
    const { file } = problemsFile();
    const report = JSON.parse(lint(["--quiet", "-f", "json", file]).stdout) as JsonReport;
    expect(report.diagnostics.map((d) => d.severity)).toEqual(["error"]);
    expect(report.summary.warnings).toBe(1);
  });
});

describe("--output-file", () => {
  test("writes the report, not stdout", () => {
    const { directory, file } = problemsFile();
    const output = join(directory, "report.sarif");
    const result = lint(["-f", "sarif", file, "--output-file", output]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect((JSON.parse(readFileSync(output, "utf8")) as Sarif.Log).version).toBe("2.1.0");
  });

  test("missing directory exits 2 and writes nothing", () => {
    const { directory, file } = problemsFile();
    const result = lint([
      "-f",
      "json",
      file,
      "--output-file",
      join(directory, "no", "report.json"),
    ]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("does not exist");
    expect(readdirSync(directory)).toEqual(["server.conf"]);
  });

  test("directory as target exits 2 without temporary files", () => {
    const { directory, file } = problemsFile();
    const result = lint(["-f", "json", file, "--output-file", directory]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("is a directory");
    expect(readdirSync(directory)).toEqual(["server.conf"]);
  });

  test("unreadable input keeps the old report", () => {
    const { directory, file } = problemsFile();
    const output = join(directory, "report.json");
    writeFileSync(output, "old report\n");
    const result = lint([
      "-f",
      "json",
      file,
      join(directory, "missing.conf"),
      "--output-file",
      output,
    ]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("not written");
    expect(readFileSync(output, "utf8")).toBe("old report\n");
  });

  test("input file as target is refused", () => {
    const { file } = problemsFile();
    const result = lint([file, "--output-file", file]);
    expect(result.status).toBe(2);
    expect(readFileSync(file, "utf8")).toBe(PROBLEMS);
  });
});

describe("--help", () => {
  test("epilog lists exit codes", () => {
    const result = runCli(["--help"]);
    expect(result.stdout).toContain("Exit codes: 0");
    expect(result.stdout).toContain("an output file that cannot be written");
  });

  test("lint lists the formats", () => {
    const result = runCli(["lint", "--help"]);
    for (const format of ["stylish", "compact", "json", "sarif", "github"])
      expect(result.stdout).toContain(`"${format}"`);
  });
});
