// Certificates with chosen validity windows, made by the machine's openssl at test time.
// `openssl ca -selfsign` takes explicit start and end dates (OpenSSL 3.0's `req -x509` only
// takes `-days`), so expired and not-yet-valid certificates need no fake clock.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const CONFIG = `
[ ca ]
default_ca = test_ca
[ test_ca ]
database = ./index.txt
new_certs_dir = .
serial = ./serial
default_md = sha256
policy = any
unique_subject = no
[ any ]
commonName = supplied
[ req ]
distinguished_name = dn
prompt = no
[ dn ]
CN = localhost
[ leaf ]
subjectAltName = IP:127.0.0.1,DNS:localhost
basicConstraints = CA:FALSE
`;

const DAY_MS = 86_400_000;

function opensslDate(ms: number): string {
  return `${new Date(ms).toISOString().replace(/[-:T]/g, "").slice(0, 14)}Z`;
}

export interface TestCert {
  readonly key: string;
  readonly cert: string;
  readonly notAfter: Date;
}

/** A self-signed certificate for 127.0.0.1/localhost, valid from `fromDays` to `toDays` relative to now. */
export function makeCert(fromDays: number, toDays: number): TestCert {
  const dir = mkdtempSync(join(tmpdir(), "deploy-gate-cert-"));
  try {
    writeFileSync(join(dir, "openssl.cnf"), CONFIG);
    writeFileSync(join(dir, "index.txt"), "");
    writeFileSync(join(dir, "serial"), "01\n");
    const run = (args: string[]) =>
      execFileSync("openssl", args, { cwd: dir, stdio: ["ignore", "ignore", "pipe"] });
    run([
      "req",
      "-new",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:P-256",
      "-nodes",
      "-keyout",
      "key.pem",
      "-out",
      "req.csr",
      "-config",
      "openssl.cnf",
    ]);
    // Whole seconds: the certificate cannot say more, and the tests compare dates.
    const now = Math.floor(Date.now() / 1000) * 1000;
    const notAfter = now + toDays * DAY_MS;
    run([
      "ca",
      "-batch",
      "-selfsign",
      "-config",
      "openssl.cnf",
      "-keyfile",
      "key.pem",
      "-in",
      "req.csr",
      "-out",
      "cert.pem",
      "-startdate",
      opensslDate(now + fromDays * DAY_MS),
      "-enddate",
      opensslDate(notAfter),
      "-extensions",
      "leaf",
      "-notext",
    ]);
    return {
      key: readFileSync(join(dir, "key.pem"), "utf8"),
      cert: readFileSync(join(dir, "cert.pem"), "utf8"),
      notAfter: new Date(notAfter),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
