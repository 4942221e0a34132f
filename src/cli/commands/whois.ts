// natsconf whois CERT --config FILE: which user a client certificate logs in
// as on one listener, the identities the server tries to get there, and the
// nearest misses when none matches.

import { readFileSync } from "node:fs";

import { Chalk, type ChalkInstance } from "chalk";

import {
  CertificateError,
  readClientCertificate,
  uriAsGoWrites,
  type ClientCertificate,
} from "../../certs/client-certificate.js";
import { goSanError } from "../../certs/go-san-check.js";
import {
  attributeTypeName,
  formatSubject,
  parseSubjectText,
  SubjectSyntaxError,
} from "../../certs/subject-text.js";
import type { MappingStep } from "../../model/cert-match.js";
import {
  explainCertificate,
  ListenerMissingError,
  type MappedUser,
  type PermissionsView,
  type SubjectRule,
  type WhoisListener,
  type WhoisReport,
} from "../../model/whois.js";
import { findBlocks } from "../../model/walk.js";
import { loadConfig } from "../../resolve/load.js";
import { DEFAULT_TARGET, formatVersion, type ServerVersion } from "../../target/version.js";
import { colorLevel } from "../colors.js";
import { EXIT, type Io } from "../io.js";
import { printReport } from "../report.js";
import { SettingsFinder } from "../settings.js";

export interface WhoisCommandOptions {
  /** A PEM or DER certificate file, `-` for standard input; undefined with --subject. */
  certificate: string | undefined;
  /** --subject: a subject DN to check instead of a certificate. */
  subject: string | undefined;
  /** SANs to check with --subject. */
  emails: string[];
  dnsNames: string[];
  uris: string[];
  config: string;
  listener: WhoisListener;
  /** --server-version; wins over project files. */
  serverVersion: ServerVersion | undefined;
  json: boolean;
  color: boolean | undefined;
}

/** The version of the `--json` output; it changes when a field changes meaning or goes away. */
export const WHOIS_JSON_VERSION = 1;

type Names = ClientCertificate & { source: "file" | "subject"; path: string | null };

export async function whois(options: WhoisCommandOptions, io: Io): Promise<number> {
  const settings = new SettingsFinder(options.serverVersion, process.cwd()).forFile(options.config);
  if (!settings.ok) {
    io.stderr(`natsconf: ${settings.message}\n`);
    return EXIT.failure;
  }
  const target = settings.options.target ?? DEFAULT_TARGET;

  const loaded = loadConfig(options.config, { env: io.env });
  if (!loaded.ok) {
    io.stderr(`natsconf: ${loaded.message}\n`);
    return EXIT.failure;
  }
  const errors = loaded.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) {
    printReport(io, errors, loaded.sources, 1, { color: options.color, stream: "stderr" });
    io.stderr(
      `natsconf: ${options.config} has errors that stop nats-server from reading it; fix them, then run whois again.\n`,
    );
    return EXIT.failure;
  }

  let names: Names;
  try {
    names = await readNames(options, io);
  } catch (error) {
    if (!(error instanceof CertificateError || error instanceof SubjectSyntaxError)) throw error;
    io.stderr(`natsconf: ${error.message}.\n`);
    return EXIT.failure;
  }

  let report: WhoisReport;
  try {
    report = explainCertificate(findBlocks(loaded.root), names, {
      listener: options.listener,
      target,
      goParseError: names.goParseError,
    });
  } catch (error) {
    if (!(error instanceof ListenerMissingError)) throw error;
    io.stderr(`natsconf: ${error.message}.\n`);
    return EXIT.failure;
  }

  if (options.json) io.stdout(`${JSON.stringify(toJson(names, report), null, 2)}\n`);
  else {
    const chalk = new Chalk({ level: colorLevel(options.color, io.env, io.stdoutIsTTY) });
    io.stdout(formatReport(names, report, chalk));
  }
  return report.match === null ? EXIT.problems : EXIT.ok;
}

async function readNames(options: WhoisCommandOptions, io: Io): Promise<Names> {
  if (options.subject !== undefined) {
    const sans = [
      ...options.emails.map((value) => goSanError("email", value)),
      ...options.dnsNames.map((value) => goSanError("dns", value)),
      ...options.uris.map((value) => goSanError("uri", value)),
    ];
    return {
      source: "subject",
      path: null,
      subject: parseSubjectText(options.subject),
      emails: options.emails,
      dnsNames: options.dnsNames,
      uris: options.uris.map(uriAsGoWrites),
      ipAddresses: [],
      goParseError: sans.find((error) => error !== undefined) ?? null,
    };
  }
  const path = options.certificate!;
  const label = path === "-" ? "standard input" : path;
  let bytes: Buffer;
  try {
    bytes = path === "-" ? io.readStdin() : readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const hint =
      code === "ENOENT" && path.includes("=")
        ? `; to check a subject string, pass it with --subject "${path}"`
        : "";
    throw new CertificateError(`cannot read ${label}: ${describeReadError(error)}${hint}`);
  }
  const certificate = await readClientCertificate(bytes, label);
  return { ...certificate, source: "file", path: label };
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "it is a directory, not a certificate file";
  return code ?? (error instanceof Error ? error.message : String(error));
}

function toJson(names: Names, report: WhoisReport): unknown {
  return {
    version: WHOIS_JSON_VERSION,
    serverVersion: formatVersion(report.target),
    listener: report.listener,
    tlsBlock: report.tlsBlock,
    certificate: {
      source: names.source,
      path: names.path,
      subject: formatSubject(names.subject),
      subjectRdns: names.subject.map((rdn) =>
        rdn.map((a) => ({ type: attributeTypeName(a.oid), oid: a.oid, value: a.value })),
      ),
      emails: names.emails,
      dnsNames: names.dnsNames,
      uris: names.uris,
      ipAddresses: names.ipAddresses,
    },
    mapping: { active: report.mappingActive, reason: report.inactiveReason },
    candidates: report.candidates.map((candidate) => ({
      step: candidate.step,
      value: candidate.value,
      status: candidate.status,
      reason: candidate.reason ?? null,
    })),
    match: report.match,
    nearestMisses: report.nearestMisses,
    notes: report.notes,
  };
}

const STEP_LABELS: Readonly<Record<MappingStep, string>> = {
  email: "email SAN",
  dns: "DNS SAN",
  uri: "URI SAN",
  dn: "subject DN",
  "subject-with-dc": "Go form + DCs",
  subject: "Go form",
};

function formatReport(names: Names, report: WhoisReport, chalk: ChalkInstance): string {
  const lines: string[] = [];
  const field = (label: string, value: string) => `${label.padEnd(12)} ${value}`;
  lines.push(field("Certificate", names.path ?? "(from --subject)"));
  lines.push(field("  subject", formatSubject(names.subject) || "(empty)"));
  for (const email of names.emails) lines.push(field("  email SAN", email));
  for (const dns of names.dnsNames) lines.push(field("  DNS SAN", dns));
  for (const uri of names.uris) lines.push(field("  URI SAN", uri));
  for (const ip of names.ipAddresses)
    lines.push(field("  IP SAN", `${ip} ${chalk.dim("(never used for mapping)")}`));
  lines.push(field("Listener", `${report.listener}, nats-server ${formatVersion(report.target)}`));
  if (report.tlsBlock !== null) lines.push(field("  tls block", report.tlsBlock));
  lines.push("");

  if (report.candidates.length > 0) {
    lines.push("Identities, in the order the server tries them:");
    const labelWidth = Math.max(...report.candidates.map((c) => STEP_LABELS[c.step].length));
    const valueWidth = Math.min(60, Math.max(...report.candidates.map((c) => c.value.length)));
    report.candidates.forEach((candidate, index) => {
      const status = {
        matched: chalk.green.bold("matched"),
        "no-user": chalk.red("no user"),
        "not-tried": chalk.dim("not tried"),
        skipped: chalk.yellow("skipped"),
      }[candidate.status];
      const reason = candidate.reason === undefined ? "" : chalk.dim(` (${candidate.reason})`);
      lines.push(
        `  ${String(index + 1).padStart(2)}  ${STEP_LABELS[candidate.step].padEnd(labelWidth)}  ${candidate.value.padEnd(valueWidth)}  ${status}${reason}`,
      );
    });
    lines.push("");
  }

  if (!report.mappingActive) {
    lines.push(`${chalk.red.bold("No mapping:")} ${report.inactiveReason}.`);
  } else if (report.match === null) {
    lines.push(
      `${chalk.red.bold("No user:")} no identity of this certificate names a user on the ${report.listener} listener, so the server rejects the client.`,
    );
    if (report.nearestMisses.length > 0) {
      lines.push("", "Nearest misses:");
      for (const miss of report.nearestMisses) {
        lines.push(`  user ${chalk.bold(JSON.stringify(miss.user))}`);
        for (const reason of miss.reasons) lines.push(`    - ${reason}`);
        if (miss.write !== null)
          lines.push(`    ${chalk.green("write:")} user: ${JSON.stringify(miss.write)}`);
      }
    }
  } else {
    const step = STEP_LABELS[report.match.step];
    const head = report.match.ambiguous
      ? "Maps to one of these users, picked at random for each connection,"
      : "Maps to this user";
    lines.push(`${chalk.green.bold(head)} at the ${step} step:`);
    for (const user of report.match.users) lines.push(...formatUser(user, chalk));
  }

  if (report.notes.length > 0) {
    lines.push("");
    for (const note of report.notes) lines.push(`${chalk.yellow("note:")} ${note}`);
  }
  return `${lines.join("\n")}\n`;
}

function formatUser(user: MappedUser, chalk: ChalkInstance): string[] {
  const field = (label: string, value: string) => `    ${label.padEnd(12)} ${value}`;
  const lines = [`  ${chalk.bold(JSON.stringify(user.name))} ${chalk.dim(user.location)}`];
  lines.push(field("account", user.account));
  if (user.permissions === null) {
    lines.push(field("permissions", "none set, so everything is allowed"));
  } else {
    lines.push(field("permissions", chalk.dim(`(from ${user.permissionsFrom})`)));
    for (const line of formatPermissions(user.permissions)) lines.push(field("", line));
  }
  lines.push(field("password", user.hasPassword ? "yes, the client must send it" : "none"));
  return lines;
}

function formatPermissions(permissions: PermissionsView): string[] {
  const lines: string[] = [];
  const rule = (name: string, value: SubjectRule | undefined) => {
    if (value === undefined) return;
    if (value.allow !== undefined)
      lines.push(`${name} allow: ${value.allow.join(", ") || "(nothing)"}`);
    if (value.deny !== undefined)
      lines.push(`${name} deny: ${value.deny.join(", ") || "(nothing)"}`);
  };
  rule("publish", permissions.publish);
  rule("subscribe", permissions.subscribe);
  if (permissions.allowResponses !== undefined)
    lines.push(`allow_responses: ${JSON.stringify(permissions.allowResponses)}`);
  if (lines.length === 0) lines.push("an empty permissions map, so everything is allowed");
  return lines;
}
