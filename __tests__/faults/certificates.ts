// Certificates for the TLS rows, made with openssl at test time: a private CA (trusted by the action
// through NODE_EXTRA_CA_CERTS, as a runner with a corporate CA would be), a leaf for 127.0.0.1 whose
// validity window ended a month ago, and a healthy leaf valid for 90 days. `openssl ca` takes explicit
// start and end dates, so the expired certificate is a real one, not a clock trick; so is one that
// expires in 20 days (a warn-days warning).
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface TestPki {
  /** PEM file of the CA, for NODE_EXTRA_CA_CERTS. */
  readonly caFile: string;
  readonly expired: { readonly key: string; readonly cert: string };
  readonly valid: { readonly key: string; readonly cert: string };
  /** Valid, but it expires in 20 days: inside the default warn-days (28), outside min-days (14). */
  readonly soon: { readonly key: string; readonly cert: string; readonly notAfter: Date };
}

const DAY_MS = 86_400_000;

/** `YYYYMMDDHHMMSSZ`, the form `openssl ca -startdate/-enddate` takes. */
function asn1Time(ms: number): string {
  return `${new Date(ms)
    .toISOString()
    .replace(/[-:T]/g, "")
    .replace(/\.\d{3}Z$/, "")}Z`;
}

const CA_CONFIG = `
[ ca ]
default_ca = test_ca
[ test_ca ]
database = db/index.txt
new_certs_dir = db
serial = db/serial
default_md = sha256
policy = any
unique_subject = no
copy_extensions = none
[ any ]
commonName = supplied
[ leaf ]
subjectAltName = IP:127.0.0.1,DNS:localhost
basicConstraints = CA:FALSE
extendedKeyUsage = serverAuth
`;

export function makeTestPki(dir: string): TestPki {
  mkdirSync(path.join(dir, "db"), { recursive: true });
  writeFileSync(path.join(dir, "db/index.txt"), "");
  writeFileSync(path.join(dir, "db/serial"), "1000\n");
  writeFileSync(path.join(dir, "ca.cnf"), CA_CONFIG);
  const openssl = (...args: string[]) => execFileSync("openssl", args, { cwd: dir, stdio: "pipe" });
  const ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes"];
  openssl(
    "req",
    "-x509",
    ...ec,
    "-keyout",
    "ca.key",
    "-out",
    "ca.pem",
    "-days",
    "3650",
    "-subj",
    "/CN=deploy-gate fault CA",
  );
  const leaf = (name: string, fromMs: number, toMs: number) => {
    openssl("req", ...ec, "-keyout", `${name}.key`, "-out", `${name}.csr`, "-subj", "/CN=127.0.0.1");
    openssl(
      "ca",
      "-batch",
      "-config",
      "ca.cnf",
      "-cert",
      "ca.pem",
      "-keyfile",
      "ca.key",
      "-in",
      `${name}.csr`,
      "-out",
      `${name}.pem`,
      "-startdate",
      asn1Time(fromMs),
      "-enddate",
      asn1Time(toMs),
      "-extensions",
      "leaf",
      "-notext",
    );
    return {
      key: readFileSync(path.join(dir, `${name}.key`), "utf8"),
      cert: readFileSync(path.join(dir, `${name}.pem`), "utf8"),
    };
  };
  const now = Date.now();
  return {
    caFile: path.join(dir, "ca.pem"),
    expired: leaf("expired", now - 120 * DAY_MS, now - 30 * DAY_MS),
    valid: leaf("valid", now - DAY_MS, now + 90 * DAY_MS),
    soon: {
      ...leaf("soon", now - 60 * DAY_MS, now + 20 * DAY_MS + 3_600_000),
      notAfter: new Date(Math.floor((now + 20 * DAY_MS + 3_600_000) / 1000) * 1000),
    },
  };
}
