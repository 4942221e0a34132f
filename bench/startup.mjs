#!/usr/bin/env node
// Times the start-up of natsconf commands on a small config against `node -e 0` (the
// floor for any Node.js program) and `nats-server -t`. Prints a Markdown table for
// bench/README.md.
//
// Usage: node bench/startup.mjs [--runs N] [--warmup N]
// Needs a built dist/ (npm run build). nats-server is timed when it is on PATH.

import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "bin", "natsconf");

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "20" },
    warmup: { type: "string", default: "3" },
  },
});
const runs = Number(values.runs);
const warmup = Number(values.warmup);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a positive integer`);
if (!Number.isInteger(warmup) || warmup < 0) throw new Error(`--warmup takes a whole number`);

/** A small config that lints clean and is already formatted. */
const SMALL_CONFIG = [
  "server_name: edge-1",
  "listen: 127.0.0.1:4222",
  "http: 127.0.0.1:8222",
  "",
  "jetstream {",
  '  store_dir: "/var/lib/nats"',
  "  max_mem: 1GB",
  "}",
  "",
].join("\n");

function percentile(sorted, fraction) {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))];
}

/** Runs a command once and returns its wall time in ms; a failing command aborts the benchmark. */
function timeOnce({ command, args, okStatus }, cwd) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd, stdio: ["ignore", "ignore", "pipe"] });
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.error !== undefined) throw result.error;
  if (!okStatus.includes(result.status)) {
    throw new Error(
      `${command} ${args.join(" ")} exited ${result.status}: ${result.stderr.toString().slice(0, 500)}`,
    );
  }
  return elapsed;
}

/**
 * Times every case `runs` times after `warmup` untimed rounds. The cases take turns, one run
 * each per round, so that load from other processes falls on all of them alike. Returns the
 * median, the 10th and 90th percentiles and the minimum wall time of each case in ms.
 */
function measureAll(cases, cwd) {
  const times = cases.map(() => []);
  for (let round = 0; round < warmup + runs; round++) {
    cases.forEach((benchCase, index) => {
      const elapsed = timeOnce(benchCase, cwd);
      if (round >= warmup) times[index].push(elapsed);
    });
  }
  return times.map((caseTimes) => {
    caseTimes.sort((a, b) => a - b);
    return {
      median: percentile(caseTimes, 0.5),
      p10: percentile(caseTimes, 0.1),
      p90: percentile(caseTimes, 0.9),
      min: caseTimes[0],
    };
  });
}

function hasCommand(name) {
  return spawnSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" }).status === 0;
}

/**
 * Copies bin/ and the bundle into `directory` without a usable code cache, so that V8
 * compiles from source on every run, as on the first run after a Node.js upgrade.
 * Returns the copy's bin/natsconf.
 */
function uncachedCopy(directory) {
  cpSync(join(root, "bin"), join(directory, "bin"), { recursive: true });
  // A file where the cache folder belongs, so no cache can be read or written.
  mkdirSync(join(directory, "dist"), { recursive: true });
  writeFileSync(join(directory, "dist", "code-cache"), "");
  copyFileSync(join(root, "dist", "natsconf.js"), join(directory, "dist", "natsconf.js"));
  copyFileSync(join(root, "package.json"), join(directory, "package.json"));
  return join(directory, "bin", "natsconf");
}

const directory = mkdtempSync(join(tmpdir(), "natsconf-startup-"));
try {
  const config = join(directory, "small.conf");
  writeFileSync(config, SMALL_CONFIG);
  const help = execFileSync(process.execPath, [bin, "--help"]).toString();
  const node = process.execPath;

  const cases = [
    { name: "node -e 0", command: node, args: ["-e", "0"], okStatus: [0] },
    { name: "natsconf --help", command: node, args: [bin, "--help"], okStatus: [0] },
    { name: "natsconf lint small.conf", command: node, args: [bin, "lint", config], okStatus: [0] },
    {
      name: "natsconf lint small.conf, no code cache",
      command: node,
      args: [uncachedCopy(join(directory, "uncached")), "lint", config],
      okStatus: [0],
    },
  ];
  if (/natsconf fmt\b/.test(help)) {
    // Exit code 1 only means the file is not in fmt's layout; the work is the same.
    cases.push({
      name: "natsconf fmt --check small.conf",
      command: node,
      args: [bin, "fmt", "--check", config],
      okStatus: [0, 1],
    });
  }
  let server = "nats-server: not on PATH";
  if (hasCommand("nats-server")) {
    server = execFileSync("nats-server", ["--version"]).toString().trim();
    cases.push({
      name: "nats-server -t -c small.conf",
      command: "nats-server",
      args: ["-t", "-c", config],
      okStatus: [0],
    });
  }
  const results = measureAll(cases, directory);
  const rows = cases.map((benchCase, index) => [benchCase.name, results[index]]);
  const floor = rows[0][1].median;

  console.log(
    `${server}, Node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? "unknown CPU"}.`,
  );
  console.log(`${runs} timed rounds after ${warmup} untimed ones; the commands take turns.\n`);
  console.log("| command | median | p10 to p90 | min | median vs node -e 0 |");
  console.log("| --- | ---: | ---: | ---: | ---: |");
  for (const [name, result] of rows) {
    console.log(
      `| ${name} | ${result.median.toFixed(0)} ms | ${result.p10.toFixed(0)} to ${result.p90.toFixed(0)} ms | ${result.min.toFixed(0)} ms | ${(result.median / floor).toFixed(2)}x |`,
    );
  }
} finally {
  rmSync(directory, { recursive: true, force: true });
}
