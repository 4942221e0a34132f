// A minimal NATS client for login checks: it reads INFO, upgrades to TLS, sends CONNECT and
// PING, and reports whether the server replied PONG.

import { readFileSync } from "node:fs";
import { createConnection, type Socket } from "node:net";
import { connect as connectTls, type TLSSocket } from "node:tls";

export interface LoginOptions {
  port: number;
  /** CA certificate that signed the server's certificate (PEM file). */
  caFile: string;
  /** Client certificate and key (PEM files), for servers that verify or map certificates. */
  certFile?: string;
  keyFile?: string;
  user?: string;
  password?: string;
  /** Host name checked against the server certificate. Default "localhost". */
  serverName?: string;
  timeoutMs?: number;
}

export interface LoginResult {
  /** True when the server replied to the PING with PONG. */
  ok: boolean;
  /** The server's reply ("PONG", or an -ERR line) or the connection error. */
  reply: string;
  /** Closes the connection. While it is open the client is listed by the monitoring /connz. */
  close(): void;
}

/**
 * Connects to a TLS-enabled nats-server on 127.0.0.1 and tries to log in.
 *
 * Handles only servers that send INFO before the TLS handshake, which nats-server does unless
 * its tls block sets `handshake_first`. Never throws for a rejected login. A TLS handshake
 * failure, a closed connection or a timeout gives `ok: false` with the reason in `reply`.
 */
export function login(options: LoginOptions): Promise<LoginResult> {
  const timeoutMs = options.timeoutMs ?? 5_000;
  return new Promise((resolve) => {
    // Read the PEM files first, so that a missing file rejects the promise.
    const tlsFiles: PemFiles = {
      ca: readFileSync(options.caFile),
      ...(options.certFile !== undefined ? { cert: readFileSync(options.certFile) } : {}),
      ...(options.keyFile !== undefined ? { key: readFileSync(options.keyFile) } : {}),
    };
    const plain = createConnection({ host: "127.0.0.1", port: options.port });
    let secure: TLSSocket | undefined;
    let settled = false;
    const close = (): void => {
      secure?.destroy();
      plain.destroy();
    };
    const finish = (ok: boolean, reply: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (!ok) close();
      resolve({ ok, reply, close });
    };
    const timer = setTimeout(() => finish(false, `timed out after ${timeoutMs} ms`), timeoutMs);

    plain.once("error", (error) => finish(false, error.message));
    readLines(plain, (line, stopReading) => {
      if (!line.startsWith("INFO ")) {
        finish(false, `expected INFO from the server, got: ${line}`);
        return;
      }
      stopReading();
      secure = upgrade(plain, tlsFiles, options, finish);
    });
  });
}

interface PemFiles {
  ca: Buffer;
  cert?: Buffer;
  key?: Buffer;
}

function upgrade(
  plain: Socket,
  tlsFiles: PemFiles,
  options: LoginOptions,
  finish: (ok: boolean, reply: string) => void,
): TLSSocket {
  const secure = connectTls({
    socket: plain,
    servername: options.serverName ?? "localhost",
    ...tlsFiles,
  });
  secure.once("error", (error) => finish(false, error.message));
  secure.once("close", () => finish(false, "connection closed by the server"));
  secure.once("secureConnect", () => {
    const connect = {
      verbose: false,
      pedantic: false,
      tls_required: true,
      name: "natsconf-test",
      lang: "node",
      version: "0.0.0",
      protocol: 1,
      ...(options.user !== undefined ? { user: options.user } : {}),
      ...(options.password !== undefined ? { pass: options.password } : {}),
    };
    secure.write(`CONNECT ${JSON.stringify(connect)}\r\nPING\r\n`);
  });
  readLines(secure, (line) => {
    if (line === "PONG") finish(true, line);
    else if (line.startsWith("-ERR")) finish(false, line);
    // INFO updates and PINGs from the server may come before the PONG.
  });
  return secure;
}

/** Calls `onLine` for each CRLF-terminated line received on `socket`, without the CRLF. */
function readLines(socket: Socket, onLine: (line: string, stopReading: () => void) => void): void {
  let buffered = "";
  let reading = true;
  const stopReading = (): void => {
    reading = false;
    socket.off("data", onData);
  };
  const onData = (chunk: Buffer): void => {
    buffered += chunk.toString("utf8");
    for (let end = buffered.indexOf("\r\n"); reading && end >= 0; end = buffered.indexOf("\r\n")) {
      const line = buffered.slice(0, end);
      buffered = buffered.slice(end + 2);
      onLine(line, stopReading);
    }
  };
  socket.on("data", onData);
}
