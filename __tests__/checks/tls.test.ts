// The tls check against node:https servers on 127.0.0.1 serving certificates made at test time.
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closedPort, runChecks } from "../support/gate.js";
import { makeCert, type TestCert } from "./support/certs.js";

interface Served {
  readonly url: string;
  readonly port: number;
  readonly cert: TestCert;
}
const servers: Server[] = [];

async function serve(cert: TestCert): Promise<Served> {
  const server = createServer({ key: cert.key, cert: cert.cert }, (_req, res) => res.end("ok"));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `https://127.0.0.1:${port}`, port, cert };
}

function iso(d: Date): string {
  return d.toISOString().replace(".000Z", "Z");
}

let healthy: Served;
let expiring: Served;
let expired: Served;
let future: Served;
let soon: Served;

beforeAll(async () => {
  healthy = await serve(makeCert(-1, 365));
  expiring = await serve(makeCert(-80, 5));
  expired = await serve(makeCert(-90, -3));
  future = await serve(makeCert(2, 90));
  soon = await serve(makeCert(-60, 20));
});
afterAll(async () => {
  for (const s of servers) {
    s.closeAllConnections();
    await new Promise((resolve) => s.close(resolve));
  }
});

describe("tls check", () => {
  it("passes for a certificate with time left, on the base URL's host and port", async () => {
    const { check } = await runChecks("- { name: cert, type: tls, insecure: true }", healthy.url);
    expect(check.outcome, check.detail).toBe("passed");
    expect(check.detail).toBe(
      `certificate of 127.0.0.1:${healthy.port} valid until ${iso(healthy.cert.notAfter)} (364 days left, min-days 14); trust not checked`,
    );
    expect(check.tables?.[0]?.rows[0]?.slice(0, 2)).toEqual(["localhost", "localhost"]);
  });

  it("fails a certificate that expires within min-days, with the expiry date", async () => {
    const { check } = await runChecks("- { name: cert, type: tls, insecure: true }", expiring.url);
    expect(check.outcome).toBe("failed");
    expect(check.detail).toBe(
      `certificate of 127.0.0.1:${expiring.port} expires on ${iso(expiring.cert.notAfter)}, in 4 days: less than min-days 14`,
    );
    expect(check.hint).toBe(`renew it before ${iso(expiring.cert.notAfter).slice(0, 10)}`);
    const relaxed = await runChecks("- { name: cert, type: tls, insecure: true, min-days: 3 }", expiring.url);
    expect(relaxed.check.outcome).toBe("passed");
  });

  it("passes with a warning under warn-days (default 28), saying when it will block", async () => {
    const { check, gate } = await runChecks("- { name: cert, type: tls, insecure: true }", soon.url);
    expect(check.outcome, check.detail).toBe("passed");
    const blocksOn = new Date(soon.cert.notAfter.getTime() - 14 * 86_400_000).toISOString().slice(0, 10);
    expect(check.warning).toBe(
      `certificate of 127.0.0.1:${soon.port} expires on ${iso(soon.cert.notAfter)}, in 19 days: under warn-days 28 (the check blocks from ${blocksOn}, at min-days 14)`,
    );
    expect(check.hint).toBe(`renew it before ${blocksOn}`);
    expect(gate.verdict).toBe("passed");
    expect(gate.counts).toMatchObject({ passed: 1, warnings: 1, failed: 0 });
    // A smaller warn-days: no warning; a healthy certificate: none either.
    const quiet = await runChecks("- { name: cert, type: tls, insecure: true, warn-days: 15 }", soon.url);
    expect(quiet.check.warning).toBeUndefined();
    expect(quiet.gate.counts.warnings).toBe(0);
    expect((await runChecks("- { name: cert, type: tls, insecure: true }", healthy.url)).check.warning).toBe(
      undefined,
    );
    // min-days larger than 28 raises the default warn-days with it: the warning still comes first.
    const strict = await runChecks("- { name: cert, type: tls, insecure: true, min-days: 40 }", healthy.url);
    expect(strict.check.warning).toBeUndefined();
  });

  it("refuses warn-days under min-days when the config loads", async () => {
    await expect(
      runChecks("- { name: cert, type: tls, min-days: 14, warn-days: 7 }", healthy.url),
    ).rejects.toThrow(/warn-days \(7\) must be at least min-days \(14\)/);
  });

  it("fails an expired certificate and one that is not valid yet", async () => {
    const old = await runChecks("- { name: cert, type: tls, insecure: true }", expired.url);
    expect(old.check.outcome).toBe("failed");
    expect(old.check.detail).toBe(
      `certificate of 127.0.0.1:${expired.port} expired on ${iso(expired.cert.notAfter)} (3 days ago)`,
    );
    const early = await runChecks("- { name: cert, type: tls, insecure: true }", future.url);
    expect(early.check.outcome).toBe("failed");
    expect(early.check.detail).toMatch(
      new RegExp(`^certificate of 127\\.0\\.0\\.1:${future.port} is not valid until \\d{4}-\\d\\d-\\d\\dT`),
    );
  });

  it("fails an untrusted chain with the TLS error text unless insecure: true", async () => {
    const { check } = await runChecks("- { name: cert, type: tls }", healthy.url);
    expect(check.outcome).toBe("failed");
    expect(check.detail).toBe(
      `certificate of 127.0.0.1:${healthy.port} is not trusted: self-signed certificate (DEPTH_ZERO_SELF_SIGNED_CERT) (expires ${iso(healthy.cert.notAfter)})`,
    );
    expect(check.hint).toBe(
      "serve the full chain from a CA the runner trusts, or set insecure: true to judge the dates only",
    );
    // An expired certificate is reported as expired first, with the trust problem as a further assertion.
    const old = await runChecks("- { name: cert, type: tls }", expired.url);
    expect(old.check.detail).toMatch(/ expired on /);
    expect(old.check.assertions.filter((a) => !a.passed).map((a) => a.target)).toEqual(["validity", "trust"]);
  });

  it("takes host and port from the config, and reports a closed port as errored", async () => {
    const { check } = await runChecks(
      `- { name: cert, type: tls, host: 127.0.0.1, port: ${expiring.port}, insecure: true, min-days: 1 }`,
      "http://example.invalid",
    );
    expect(check.outcome, check.detail).toBe("passed");
    const port = await closedPort();
    const refused = await runChecks(
      `- { name: cert, type: tls, host: 127.0.0.1, port: ${port} }`,
      healthy.url,
    );
    expect(refused.check.outcome).toBe("errored");
    expect(refused.check.detail).toBe(`TLS to 127.0.0.1:${port}: connect ECONNREFUSED 127.0.0.1:${port}`);
  });
});
