// Runs the real nats-server for tests: `nats-server -t` config checks, and servers on free
// loopback ports.

import { type ChildProcess, execFile, spawn, spawnSync } from "node:child_process";
import { accessSync, constants, statSync, writeFileSync } from "node:fs";
import { createConnection, createServer, type AddressInfo, type Server } from "node:net";
import { delimiter, join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

const HOST = "127.0.0.1";
const INSTALL_HINT =
  "Install it with `apt-get install -y nats-server` (Debian and Ubuntu), " +
  "or put a nats-server binary on PATH.";

let natsServerPath: string | undefined;

/** Returns the path of the nats-server executable on PATH, or throws with install instructions. */
export function findNatsServer(): string {
  if (natsServerPath !== undefined) return natsServerPath;
  const searchPath = process.env["PATH"] ?? "";
  for (const directory of searchPath.split(delimiter)) {
    if (directory === "") continue;
    const candidate = join(directory, "nats-server");
    try {
      accessSync(candidate, constants.X_OK);
      if (!statSync(candidate).isFile()) continue;
    } catch {
      continue;
    }
    natsServerPath = candidate;
    return candidate;
  }
  throw new Error(`nats-server was not found on PATH (${searchPath}). ${INSTALL_HINT}`);
}

export interface ConfigCheck {
  /** True when nats-server exited with status 0. */
  ok: boolean;
  /** stdout followed by stderr. nats-server 2.9.10 prints its verdict and errors to stderr. */
  output: string;
}

/**
 * Runs `nats-server -t -c file` in `cwd` and returns its verdict.
 *
 * `-t` parses the file and processes the options, which loads the TLS certificate, key and CA
 * files (relative paths resolve against `cwd`). It does not run the checks that nats-server
 * makes only when it starts, so a file that passes can still fail in `startServer`.
 */
export function checkConfig(file: string, cwd: string): ConfigCheck {
  const result = spawnSync(findNatsServer(), ["-t", "-c", file], {
    cwd,
    encoding: "utf8",
    timeout: 30_000,
  });
  if (result.error !== undefined) {
    throw new Error(`Failed to run nats-server -t -c ${file} in ${cwd}: ${result.error.message}`);
  }
  return { ok: result.status === 0, output: result.stdout + result.stderr };
}

/**
 * Runs `nats-server -t -c file` in `cwd` without blocking, like `checkConfig`, so that several
 * checks can run at once. `env` is the server's whole environment, empty by default as when
 * the corpus verdicts were recorded, and it decides how `$NAME` references resolve.
 */
export function checkConfigAsync(
  file: string,
  cwd: string,
  env: NodeJS.ProcessEnv = {},
): Promise<ConfigCheck> {
  return new Promise((resolve, reject) => {
    execFile(
      findNatsServer(),
      ["-t", "-c", file],
      { cwd, env, encoding: "utf8", timeout: 30_000 },
      (error, stdout, stderr) => {
        // A non-zero exit status is a verdict, but a spawn failure or a timeout is not.
        if (error !== null && (typeof error.code !== "number" || error.killed)) {
          reject(new Error(`Failed to run nats-server -t -c ${file} in ${cwd}: ${error.message}`));
          return;
        }
        resolve({ ok: error === null, output: stdout + stderr });
      },
    );
  });
}

/** How many of a number of `nats-server -t` runs accepted and rejected a config. */
export interface Verdicts {
  accepted: number;
  rejected: number;
}

/**
 * Writes `text` to a file in `directory` and runs `nats-server -t` on it `runs` times.
 * Some of the server's checks depend on Go's random map order, and Go reads two keys of
 * a small map in the other order on one start in eight. So 80 runs miss such an outcome
 * with a probability of (7/8)^80, about 2 in 100,000.
 */
export async function countVerdicts(text: string, directory: string, runs = 80): Promise<Verdicts> {
  const file = join(directory, "verdicts.conf");
  writeFileSync(file, text);
  let accepted = 0;
  for (let run = 0; run < runs; run++) {
    if ((await checkConfigAsync(file, directory)).ok) accepted++;
  }
  return { accepted, rejected: runs - accepted };
}

export interface RunningServer {
  /** Client port, on 127.0.0.1. */
  port: number;
  /** HTTP monitoring port. */
  httpPort: number;
  pid: number;
  /** Returns everything the server has written to stdout and stderr so far. */
  output(): string;
  /** Sends SIGTERM to the server's PID and waits for it to exit, then SIGKILL after 10 s. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Maximum time to wait for the server to accept connections. Default 15 s. */
  timeoutMs?: number;
  /** Extra command line arguments, for example ["-DV"] for debug and trace logs. */
  args?: string[];
}

const running = new Map<number, ChildProcess>();

// Servers that a failing test never stopped would otherwise outlive the test worker.
process.once("exit", () => {
  for (const pid of running.keys()) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // Already exited.
    }
  }
});

/**
 * Starts `nats-server -c configFile` in `cwd` on a free client port and a free monitoring port,
 * and waits until both accept TCP connections. A TLS client port logs each of these bare
 * connections as a "TLS handshake error".
 *
 * The command line overrides the config's client host (`-a 127.0.0.1`), client port (`-p`) and
 * monitoring port (`-m`). The monitoring host stays the one set by the config's `http` key, and
 * is 127.0.0.1 when the config sets none. Other listeners (cluster, leafnodes, websocket, ...)
 * keep the ports in the config. A config with `https` or `https_port` fails to start, because
 * nats-server rejects HTTP and HTTPS monitoring together.
 */
export async function startServer(
  configFile: string,
  cwd: string,
  options: StartOptions = {},
): Promise<RunningServer> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  // Another process can take a free port between the probe and nats-server's bind, so a start
  // that fails with "address already in use" is retried on new ports.
  const maxAttempts = 3;
  for (let attempt = 1; ; attempt++) {
    const [port, httpPort] = await findFreePorts(2);
    const args = ["-c", configFile, "-a", HOST, "-p", String(port), "-m", String(httpPort)];
    const { server, child } = launch(args.concat(options.args ?? []), cwd, port, httpPort);
    try {
      await waitUntilReady(server, child, timeoutMs);
      return server;
    } catch (error) {
      await server.stop();
      const portTaken = server.output().includes("address already in use");
      if (!portTaken || attempt === maxAttempts) throw error;
    }
  }
}

function launch(
  args: string[],
  cwd: string,
  port: number,
  httpPort: number,
): { server: RunningServer; child: ChildProcess } {
  const child = spawn(findNatsServer(), args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
  if (child.pid === undefined) {
    throw new Error(`Failed to start nats-server ${args.join(" ")} in ${cwd}`);
  }
  const pid = child.pid;
  running.set(pid, child);

  let output = "";
  const append = (chunk: Buffer): void => {
    output += chunk.toString("utf8");
  };
  child.stdout?.on("data", append);
  child.stderr?.on("data", append);
  const exited = new Promise<void>((resolve) => {
    child.once("exit", () => {
      running.delete(pid);
      resolve();
    });
  });

  const hasExited = (): boolean => child.exitCode !== null || child.signalCode !== null;
  const stop = async (): Promise<void> => {
    if (hasExited()) return;
    try {
      process.kill(pid, "SIGTERM");
    } catch {
      // Exited since the check above.
    }
    const timer = setTimeout(() => {
      if (!hasExited()) process.kill(pid, "SIGKILL");
    }, 10_000);
    await exited;
    clearTimeout(timer);
  };

  const server = { port, httpPort, pid, output: () => output, stop };
  return { server, child };
}

async function waitUntilReady(
  server: RunningServer,
  child: ChildProcess,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `nats-server exited before accepting connections ` +
          `(exit status ${child.exitCode}, signal ${child.signalCode}). ` +
          `Output:\n${server.output()}`,
      );
    }
    if ((await canConnect(server.port)) && (await canConnect(server.httpPort))) return;
    if (Date.now() > deadline) {
      throw new Error(
        `Timed out after ${timeoutMs} ms waiting for nats-server to accept connections on ` +
          `${HOST}:${server.port} and monitoring port ${server.httpPort}. Output:\n${server.output()}`,
      );
    }
    await sleep(25);
  }
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: HOST, port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/**
 * Returns `count` distinct TCP ports that were free on 127.0.0.1, found by binding port 0.
 * All probes stay open until every port is chosen, so the ports differ.
 */
export async function findFreePorts(count: number): Promise<number[]> {
  const probes: Server[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const probe = createServer();
      probes.push(probe);
      await new Promise<void>((resolve, reject) => {
        probe.once("error", reject);
        probe.listen(0, HOST, resolve);
      });
    }
    return probes.map((probe) => (probe.address() as AddressInfo).port);
  } finally {
    await Promise.all(
      probes.map((probe) => new Promise<void>((resolve) => probe.close(() => resolve()))),
    );
  }
}
