import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, test } from "vitest";

import {
  countRdnOrders,
  dnEqual,
  dnOverlap,
  escapeGoValue,
  goSubjectString,
  literalFormOf,
  OIDS,
  rdnsMatch,
  repeatedRdns,
  selectMappedUser,
  subjectDomainComponents,
  subjectToDn,
  type CertificateNames,
  type MappedType,
  type Subject,
} from "../../src/model/cert-match.js";
import { parseDnUserName } from "../../src/model/identity.js";
import { parseServerVersion, type ServerVersion } from "../../src/target/version.js";
import { login } from "../support/nats-client.js";
import { startServer, type RunningServer } from "../support/nats-server.js";

const V2_9 = parseServerVersion("2.9.10")!;
const V2_12 = parseServerVersion("2.12.14")!;
const V2_14 = parseServerVersion("2.14.0")!;
const UID = "0.9.2342.19200300.100.1.1";

/** Builds a subject in certificate order from `TYPE=value` pairs, one RDN each. */
function subject(...pairs: string[]): Subject {
  return pairs.map((pair) => {
    const [type, value] = pair.split("=") as [string, string];
    const oid = type === "UID" ? UID : OIDS[type as MappedType];
    return [{ oid, value }];
  });
}

function dn(name: string) {
  const rdns = parseDnUserName(name);
  if (rdns === null) throw new Error(`invalid DN in a test: ${name}`);
  return rdns;
}

function cert(names: Partial<CertificateNames>): CertificateNames {
  return { emails: [], dnsNames: [], uris: [], subject: [], ...names };
}

// The certificate of the server's own tests: C=US, ST=CA, L=Los Angeles,
// O=NATS, OU=NATS, CN=localhost, DC=foo1, DC=foo2 in certificate order.
const DC_SUBJECT = subject(
  "C=US",
  "ST=CA",
  "L=Los Angeles",
  "O=NATS",
  "OU=NATS",
  "CN=localhost",
  "DC=foo1",
  "DC=foo2",
);

describe("goSubjectString", () => {
  test("writes the fixed type order in reverse and drops DCs", () => {
    expect(goSubjectString(DC_SUBJECT)).toBe(
      "CN=localhost,OU=NATS,O=NATS,L=Los Angeles,ST=CA,C=US",
    );
  });

  test("joins repeated types into one RDN in certificate order", () => {
    expect(goSubjectString(subject("OU=a", "CN=x", "OU=b"))).toBe("CN=x,OU=a+OU=b");
  });

  test("keeps only the last CN", () => {
    expect(goSubjectString(subject("CN=first", "O=o", "CN=last"))).toBe("CN=last,O=o");
  });

  test("drops UID", () => {
    expect(goSubjectString(subject("UID=u", "CN=x"))).toBe("CN=x");
  });

  test("drops an empty CN but keeps an empty O", () => {
    expect(goSubjectString(subject("O=", "CN="))).toBe("O=");
  });

  test("lists DCs in certificate order, unescaped", () => {
    expect(subjectDomainComponents(subject("DC=org", "DC=a,b", "CN=x"))).toBe("DC=org,DC=a,b");
  });
});

describe("escapeGoValue", () => {
  test.each([
    ["Doe, John", "Doe\\, John"],
    [" padded ", "\\ padded\\ "],
    ["#1 a#b", "\\#1 a#b"],
    ['a+b"c\\d<e>f;g=h', 'a\\+b\\"c\\\\d\\<e\\>f\\;g=h'],
    ["é ", "é\\ "],
  ])("escapes %j", (value, escaped) => {
    expect(escapeGoValue(value)).toBe(escaped);
  });
});

describe("subjectToDn", () => {
  test("reverses the RDNs", () => {
    expect(subjectToDn(subject("O=NATS", "CN=x"))).toEqual(dn("CN=x,O=NATS"));
  });

  test("rejects a subject with a type it does not understand", () => {
    expect(subjectToDn(subject("UID=u", "CN=x"))).toBeNull();
  });
});

describe("dnEqual and rdnsMatch", () => {
  test("types compare without case, values with case", () => {
    expect(dnEqual(dn("cn=a, o=B"), dn("CN=a,O=B"))).toBe(true);
    expect(dnEqual(dn("CN=a,O=b"), dn("CN=a,O=B"))).toBe(false);
  });

  test("multi-valued RDNs compare in any attribute order", () => {
    expect(dnEqual(dn("CN=a+O=b"), dn("O=b+CN=a"))).toBe(true);
  });

  test("a reordering matches but is not equal", () => {
    expect(dnEqual(dn("O=b,CN=a"), dn("CN=a,O=b"))).toBe(false);
    expect(rdnsMatch(dn("O=b,CN=a"), dn("CN=a,O=b"), V2_14)).toBe(true);
  });

  test("a repeated RDN matches another RDN before 2.14.0 only", () => {
    const user = dn("CN=x,OU=a,OU=a");
    const certDn = dn("CN=x,OU=a,O=b");
    expect(rdnsMatch(user, certDn, V2_12)).toBe(true);
    expect(rdnsMatch(user, certDn, V2_14)).toBe(false);
  });

  test("the RDN count must agree", () => {
    expect(rdnsMatch(dn("CN=a"), dn("CN=a,O=b"), V2_9)).toBe(false);
  });
});

describe("selectMappedUser", () => {
  const options = (target: ServerVersion = V2_14) => ({ dnComparison: true, target });

  test("tries every email SAN before DNS and URI SANs", () => {
    const names = cert({
      emails: ["a@example.com", "b@example.com"],
      dnsNames: ["host.example.com"],
      uris: ["spiffe://example.org/a"],
    });
    expect(selectMappedUser(names, ["host.example.com", "b@example.com"], options())).toEqual({
      step: "email",
      users: ["b@example.com"],
    });
    expect(
      selectMappedUser(names, ["spiffe://example.org/a", "host.example.com"], options()),
    ).toEqual({ step: "dns", users: ["host.example.com"] });
  });

  test("matches the documented DC forms", () => {
    const names = cert({ subject: DC_SUBJECT });
    const rfc = "DC=foo2,DC=foo1,CN=localhost,OU=NATS,O=NATS,L=Los Angeles,ST=CA,C=US";
    const goWithDc = "CN=localhost,OU=NATS,O=NATS,L=Los Angeles,ST=CA,C=US,DC=foo1,DC=foo2";
    expect(selectMappedUser(names, [rfc], options())?.step).toBe("dn");
    expect(selectMappedUser(names, [goWithDc], options())?.step).toBe("dn");
    expect(selectMappedUser(names, [goWithDc], { ...options(), dnComparison: false })?.step).toBe(
      "subject-with-dc",
    );
  });

  test("a user without DCs partially matches through Go's form", () => {
    const other = subject("C=US", "ST=CA", "L=Los Angeles", "O=NATS", "OU=NATS", "CN=localhost");
    other.push([{ oid: OIDS.DC, value: "foo3" }]);
    const user = "CN=localhost,OU=NATS,O=NATS,L=Los Angeles,ST=CA,C=US";
    expect(selectMappedUser(cert({ subject: other }), [user], options())).toEqual({
      step: "subject",
      users: [user],
    });
  });

  test("a spaced DN matches by the parsed DN only", () => {
    const user = "CN=localhost, OU=NATS, O=NATS, L=Los Angeles, ST=CA, C=US";
    const exact = subject("C=US", "ST=CA", "L=Los Angeles", "O=NATS", "OU=NATS", "CN=localhost");
    expect(selectMappedUser(cert({ subject: exact }), [user], options())?.step).toBe("dn");
    expect(selectMappedUser(cert({ subject: DC_SUBJECT }), [user], options())).toBeNull();
  });

  test("an exact order beats a reordering", () => {
    const names = cert({ subject: subject("OU=CNCF", "CN=example.com") });
    expect(
      selectMappedUser(names, ["OU=CNCF,CN=example.com", "CN=example.com,OU=CNCF"], options()),
    ).toEqual({ step: "dn", users: ["CN=example.com,OU=CNCF"] });
  });

  test("equal DNs leave the choice to chance", () => {
    const names = cert({ subject: subject("OU=CNCF", "CN=example.com") });
    expect(
      selectMappedUser(names, ["CN=example.com,OU=CNCF", "cn=example.com, ou=CNCF"], options())
        ?.users,
    ).toHaveLength(2);
  });

  test("a subject with UID skips the parsed DN", () => {
    const names = cert({ subject: subject("O=NATS", "UID=u", "CN=x") });
    expect(selectMappedUser(names, ["CN=x, O=NATS"], options())).toBeNull();
    expect(selectMappedUser(names, ["CN=x,O=NATS"], options())?.step).toBe("subject");
  });

  test("an empty subject with only DNS SANs maps to nobody", () => {
    const names = cert({ dnsNames: ["host.example.com"] });
    expect(selectMappedUser(names, ["host.example.com"], options())).toBeNull();
    const withEmail = cert({ dnsNames: ["host.example.com"], emails: ["a@example.com"] });
    expect(selectMappedUser(withEmail, ["host.example.com"], options())?.step).toBe("dns");
  });

  test("the CN alone never matches a host name user", () => {
    const names = cert({ subject: subject("CN=example.com") });
    expect(selectMappedUser(names, ["example.com"], options())).toBeNull();
  });
});

describe("literalFormOf", () => {
  test("accepts Go's form", () => {
    expect(literalFormOf("CN=example.com,OU=CNCF")).toMatchObject({ reachable: true });
  });

  test("accepts Go's form with DCs in either order", () => {
    expect(literalFormOf("CN=x,O=y,DC=foo1,DC=foo2")).toMatchObject({
      reachable: true,
      hasDomainComponents: true,
    });
    expect(literalFormOf("CN=x,O=y,DC=foo2,DC=foo1")).toMatchObject({ reachable: true });
  });

  test.each([
    ["CN=a, O=b", "CN=a,O=b"],
    ["cn=a,o=b", "CN=a,O=b"],
    ["C=US,O=b,CN=a", "CN=a,O=b,C=US"],
    ["CN=x,OU=b,OU=a", "CN=x,OU=a+OU=b"],
    ["CN=x,DC=example,O=y", "CN=x,O=y,DC=example"],
    ["CN=a,CN=b", "CN=a"],
    ["CN=Doe\\2C John", "CN=Doe\\, John"],
  ])("rejects %j and suggests %j", (name, suggestion) => {
    expect(literalFormOf(name)).toEqual(expect.objectContaining({ reachable: false, suggestion }));
  });

  test("suggests DCs in reverse of RFC order", () => {
    expect(literalFormOf("CN=x,DC=example,DC=org,O=y")?.suggestion).toBe(
      "CN=x,O=y,DC=org,DC=example",
    );
  });

  test("returns null for types the server does not map", () => {
    expect(literalFormOf("CN=x,UID=u")).toBeNull();
  });
});

describe("dnOverlap", () => {
  test("finds equal and reordered DNs", () => {
    expect(dnOverlap(dn("CN=a,O=b"), dn("cn=a, o=b"), V2_14)).toBe("equal");
    expect(dnOverlap(dn("CN=a,O=b"), dn("O=b,CN=a"), V2_14)).toBe("reordered");
    expect(dnOverlap(dn("CN=a,O=b"), dn("CN=a,O=c"), V2_14)).toBeNull();
  });

  test("finds overlaps through repeated RDNs before 2.14.0 only", () => {
    const a = dn("CN=x,OU=a,OU=a");
    const b = dn("CN=x,OU=a,O=b");
    expect(dnOverlap(a, b, V2_12)).toBe("overlapping");
    expect(dnOverlap(a, b, V2_14)).toBeNull();
  });
});

test("countRdnOrders divides out repeats", () => {
  expect(countRdnOrders(dn("CN=a,O=b"))).toBe(2n);
  expect(countRdnOrders(dn("CN=a,OU=x,OU=x"))).toBe(3n);
  expect(countRdnOrders(dn("CN=a,O=b,OU=c,L=d"))).toBe(24n);
});

test("repeatedRdns lists each repeat once", () => {
  expect(repeatedRdns(dn("OU=a,CN=x,OU=a,OU=a"))).toEqual(dn("OU=a"));
  expect(repeatedRdns(dn("OU=a,OU=b"))).toEqual([]);
});

// The model against the real nats-server (Debian's 2.9.10 in CI): each case starts a server
// with some users, logs in with certificates made by openssl, and compares the user that
// /connz reports with the one selectMappedUser picks.

interface CertificateSpec {
  /** The subject in `openssl -subj` form, in certificate order. */
  subject: string;
  /** A subjectAltName extension value, such as "email:a@example.com". */
  altNames?: string;
}

const OPENSSL_TYPES: Record<string, string> = { ...OIDS, UID };

/** Reads an `openssl -subj` string into a subject, `+` joining attributes of one RDN. */
function subjectOf(spec: CertificateSpec): Subject {
  return spec.subject
    .split("/")
    .filter((part) => part !== "")
    .map((rdn) =>
      rdn.split("+").map((pair) => {
        const [type, value] = pair.split("=") as [string, string];
        return { oid: OPENSSL_TYPES[type]!, value };
      }),
    );
}

function namesOf(spec: CertificateSpec): CertificateNames {
  const sans = (spec.altNames ?? "").split(",").filter((san) => san !== "");
  const of = (kind: string) =>
    sans.filter((san) => san.startsWith(`${kind}:`)).map((san) => san.slice(kind.length + 1));
  return { emails: of("email"), dnsNames: of("DNS"), uris: of("URI"), subject: subjectOf(spec) };
}

const CERTIFICATES = {
  alice: { subject: "/OU=Eng/CN=alice" },
  aliceUid: { subject: "/OU=Eng/CN=alice/UID=u1" },
  aliceDc: { subject: "/DC=org/DC=example/OU=Eng/CN=alice" },
  aliceEmail: { subject: "/OU=Eng/CN=alice", altNames: "email:alice@example.com" },
  hostSan: { subject: "/CN=whatever", altNames: "DNS:host.example.com" },
  hostCn: { subject: "/CN=host.example.com" },
  spiffe: { subject: "/CN=workload", altNames: "URI:spiffe://example.org/a" },
  twoCn: { subject: "/O=x/CN=a/CN=b" },
  twoCnUid: { subject: "/O=x/CN=a/CN=b/UID=u" },
  repeat: { subject: "/CN=x/OU=a/O=b" },
  multiValued: { subject: "/O=x/OU=a+OU=b/CN=m" },
} satisfies Record<string, CertificateSpec>;

type CertificateName = keyof typeof CERTIFICATES;

const SERVER_CASES: { name: string; users: string[]; certificates: CertificateName[] }[] = [
  {
    name: "SANs first, then Go's form",
    users: ["CN=alice,OU=Eng", "alice@example.com", "host.example.com", "spiffe://example.org/a"],
    certificates: ["alice", "aliceUid", "aliceDc", "aliceEmail", "hostSan", "hostCn", "spiffe"],
  },
  {
    name: "parsed DN only",
    users: ["CN=alice, OU=Eng", "cn=x,ou=a,ou=a", "CN=b, CN=a, O=x"],
    certificates: ["alice", "aliceUid", "aliceDc", "repeat", "twoCn", "twoCnUid"],
  },
  {
    name: "Go's form keeps the last CN and joins OUs",
    users: ["CN=b,O=x", "CN=m,OU=a+OU=b,O=x"],
    certificates: ["twoCn", "twoCnUid", "multiValued"],
  },
  {
    name: "equal DNs",
    users: ["CN=alice, OU=Eng", "cn=alice,ou=Eng"],
    certificates: ["alice"],
  },
];

let certificateDirectory: string;

function openssl(args: string[]): void {
  execFileSync("openssl", args, { cwd: certificateDirectory, stdio: "pipe" });
}

/** Makes a CA, a server certificate for localhost and one client certificate per spec. */
function makeCertificates(): void {
  certificateDirectory = mkdtempSync(join(tmpdir(), "natsconf-cert-match-"));
  openssl(
    ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2"].concat([
      "-keyout",
      "ca-key.pem",
      "-out",
      "ca.pem",
      "-subj",
      "/CN=cert-match test CA",
    ]),
  );
  const specs: [string, CertificateSpec][] = [
    ["server", { subject: "/CN=localhost", altNames: "DNS:localhost,IP:127.0.0.1" }],
    ...Object.entries(CERTIFICATES),
  ];
  for (const [name, spec] of specs) {
    const extensions = [`extendedKeyUsage=${name === "server" ? "serverAuth" : "clientAuth"}`];
    if (spec.altNames !== undefined) extensions.push(`subjectAltName=${spec.altNames}`);
    writeFileSync(join(certificateDirectory, `${name}.ext`), `${extensions.join("\n")}\n`);
    openssl(
      ["req", "-newkey", "rsa:2048", "-nodes", "-multivalue-rdn"].concat([
        "-keyout",
        `${name}-key.pem`,
        "-out",
        `${name}.csr`,
        "-subj",
        spec.subject,
      ]),
    );
    openssl(
      ["x509", "-req", "-in", `${name}.csr`, "-CA", "ca.pem", "-CAkey", "ca-key.pem"]
        .concat(["-CAcreateserial", "-days", "2", "-out", `${name}.pem`])
        .concat(["-extfile", `${name}.ext`]),
    );
  }
}

function serverConfig(users: readonly string[]): string {
  const file = (name: string) => JSON.stringify(join(certificateDirectory, name));
  const entries = users.map((user) => `    { user: ${JSON.stringify(user)} }`).join("\n");
  return [
    "tls {",
    `  cert_file: ${file("server.pem")}`,
    `  key_file: ${file("server-key.pem")}`,
    `  ca_file: ${file("ca.pem")}`,
    "  verify_and_map: true",
    "}",
    `authorization {\n  users = [\n${entries}\n  ]\n}`,
    "",
  ].join("\n");
}

/** Returns the user that /connz reports for the only client connection. */
async function connectedUser(server: RunningServer): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${server.httpPort}/connz?auth=true`);
  const connz = (await response.json()) as { connections: { authorized_user?: string }[] };
  expect(connz.connections).toHaveLength(1);
  return connz.connections[0]!.authorized_user ?? "";
}

describe("selectMappedUser against nats-server 2.9.10", () => {
  beforeAll(makeCertificates);
  afterAll(() => rmSync(certificateDirectory, { recursive: true, force: true }));

  test.each(SERVER_CASES)("$name", async ({ users, certificates }) => {
    const config = join(certificateDirectory, "server.conf");
    writeFileSync(config, serverConfig(users));
    const server = await startServer(config, certificateDirectory);
    try {
      for (const certificate of certificates) {
        const expected = selectMappedUser(namesOf(CERTIFICATES[certificate]), users, {
          dnComparison: true,
          target: V2_9,
        });
        const result = await login({
          port: server.port,
          caFile: join(certificateDirectory, "ca.pem"),
          certFile: join(certificateDirectory, `${certificate}.pem`),
          keyFile: join(certificateDirectory, `${certificate}-key.pem`),
        });
        try {
          expect(result.ok, `${certificate}: ${result.reply}`).toBe(expected !== null);
          if (expected !== null) expect(expected.users).toContain(await connectedUser(server));
        } finally {
          result.close();
        }
      }
    } finally {
      await server.stop();
    }
  });
});
