// Checks the GitHub Actions workflows in examples/github-workflow.yml and
// docs/github-actions.md: that they parse as YAML, that the SARIF example uploads the file
// lint writes, and that every natsconf command and option they run exists.

import { readFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, test } from "vitest";
import { parse } from "yaml";

import { runCli } from "../support/cli.js";
import { REPOSITORY_ROOT } from "../support/corpus.js";

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}

interface Workflow {
  on: unknown;
  permissions?: Record<string, string>;
  jobs: Record<string, { "runs-on": string; permissions?: Record<string, string>; steps: Step[] }>;
}

const EXAMPLE_PATH = join(REPOSITORY_ROOT, "examples", "github-workflow.yml");
const DOC_PATH = join(REPOSITORY_ROOT, "docs", "github-actions.md");

function readExample(): string {
  return readFileSync(EXAMPLE_PATH, "utf8");
}

/** Returns the text of every ```yaml block in the document, in order. */
function documentedWorkflows(): string[] {
  const markdown = readFileSync(DOC_PATH, "utf8");
  return [...markdown.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? "");
}

function parseWorkflow(text: string): Workflow {
  return parse(text, { strict: true, uniqueKeys: true }) as Workflow;
}

function allSteps(workflow: Workflow): Step[] {
  return Object.values(workflow.jobs).flatMap((job) => job.steps);
}

/** Returns each natsconf invocation in the run scripts as its argument list. */
function natsconfInvocations(workflow: Workflow): string[][] {
  const invocations: string[][] = [];
  for (const step of allSteps(workflow)) {
    for (const line of (step.run ?? "").split("\n")) {
      const words = line.trim().split(/\s+/);
      if (words[0] === "natsconf") invocations.push(words.slice(1));
    }
  }
  return invocations;
}

/** Returns the commands that `natsconf --help` lists. */
function helpCommands(): string[] {
  const help = runCli(["--help"]);
  expect(help.status).toBe(0);
  return [...help.stdout.matchAll(/^ {2}natsconf (\S+)/gm)].map((match) => match[1] ?? "");
}

const workflows = [
  { name: "examples/github-workflow.yml", text: readExample() },
  ...documentedWorkflows().map((text, index) => ({
    name: `docs/github-actions.md block ${index + 1}`,
    text,
  })),
];

describe("GitHub workflow examples", () => {
  test("docs show the example and a variant", () => {
    const blocks = documentedWorkflows();
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toBe(readExample());
  });

  test.each(workflows)("$name parses as a workflow", ({ text }) => {
    const workflow = parseWorkflow(text);
    expect(workflow.on).toBeDefined();
    const steps = allSteps(workflow);
    expect(steps.map((step) => step.uses)).toContain("actions/checkout@v4");
    const setupNode = steps.find((step) => step.uses === "actions/setup-node@v4");
    expect(setupNode?.with?.["node-version"]).toBe(20);
    expect(steps.some((step) => step.run?.startsWith("npm install --prefix"))).toBe(true);
    expect(natsconfInvocations(workflow).map((args) => args[0])).toContain("lint");
  });

  test("SARIF example uploads the lint report", () => {
    const workflow = parseWorkflow(readExample());
    const job = workflow.jobs["lint"];
    expect(job?.permissions?.["security-events"]).toBe("write");
    const lint = natsconfInvocations(workflow).find((args) => args[0] === "lint") ?? [];
    expect(lint).toContain("--format");
    expect(lint[lint.indexOf("--format") + 1]).toBe("sarif");
    expect(lint).toContain("--output-file");
    const report = lint[lint.indexOf("--output-file") + 1];

    const upload = allSteps(workflow).find((step) =>
      step.uses?.startsWith("github/codeql-action/upload-sarif@"),
    );
    expect(upload?.with?.["sarif_file"]).toBe(report);
    expect(upload?.if).toContain("always()");
  });

  test.each(workflows)("$name runs only existing commands and options", ({ text }) => {
    const commands = helpCommands();
    expect(commands).toContain("lint");
    for (const args of natsconfInvocations(parseWorkflow(text))) {
      const command = args[0] ?? "";
      expect(commands).toContain(command);
      const help = runCli([command, "--help"]);
      expect(help.status).toBe(0);
      for (const option of args.filter((arg) => arg.startsWith("--"))) {
        expect(help.stdout).toContain(`${option} `);
      }
    }
  });
});
