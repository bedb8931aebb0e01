// TLS warn-days through the bundled action: a certificate made by openssl that expires in 20 days,
// served by a real node:https server on 127.0.0.1 and trusted through a private CA, passes with a
// warning: counted in `warnings`, annotated, ⚠️ in the summary with what to do before it blocks.
import { mkdtempSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTestPki, type TestPki } from "../faults/certificates.js";
import { readJunit, readReport } from "../support/reports.js";
import { runAction } from "../support/run-action.js";

let pki: TestPki;
let server: Server;
let url: string;

beforeAll(async () => {
  pki = makeTestPki(path.join(mkdtempSync(path.join(tmpdir(), "deploy-gate-warn-days-")), "pki"));
  server = createServer(pki.soon, (_req, res) => res.end("ok"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("tls warn-days through dist", () => {
  it("passes a certificate 20 days from expiry with a warning that is counted, annotated and shown", async () => {
    const run = await runAction({
      inputs: { "base-url": url, checks: "- name: certificate\n  type: tls\n- GET /health\n" },
      env: { NODE_EXTRA_CA_CERTS: pki.caFile },
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ result: "passed", passed: "2", failed: "0", warnings: "1" });
    const blocksOn = new Date(pki.soon.notAfter.getTime() - 14 * 86_400_000).toISOString().slice(0, 10);
    // One warning annotation, with what to do and by when.
    const annotations = run.stdout.split("\n").filter((l) => l.startsWith("::warning"));
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toContain("certificate");
    expect(annotations[0]).toContain("under warn-days 28");
    expect(annotations[0]).toContain(`renew it before ${blocksOn}`);
    expect(run.stdout).not.toMatch(/^::error/m);
    // The summary: passed, the warning on the first screen, ⚠️ in the table.
    const head = run.summary.split("### Checks")[0] ?? "";
    expect(head).toMatch(/^## ✅ deploy-gate: passed — 2 checks, 1 warning/);
    expect(head).toContain("**Warnings (not blocking):**");
    expect(head).toMatch(
      new RegExp(
        `- \\*\\*certificate\\*\\* — certificate of 127\\.0\\.0\\.1:\\d+ · expires on \\S+, in 20 days: under warn-days 28 \\(the check blocks from ${blocksOn}, at min-days 14\\) → renew it before ${blocksOn}`,
      ),
    );
    expect(run.summary).toMatch(/\| ⚠️ passed, with a warning \| certificate \| tls \|/);
    // The reports carry it; JUnit reads it as a pass.
    const report = readReport(run.outputs.report!);
    const cert = report.checks.find((c) => c.name === "certificate")!;
    expect(cert.outcome).toBe("passed");
    expect(cert.warning).toContain("under warn-days 28");
    expect(report.counts).toMatchObject({ passed: 2, warnings: 1 });
    const junit = await readJunit(run.outputs.junit!);
    expect(junit).not.toMatch(/<failure|<error/);
    expect(junit).toContain("[[PROPERTY|warning=true]]");
  });

  it("blocks nothing and warns of nothing with warn-days under the days left", async () => {
    const run = await runAction({
      inputs: { "base-url": url, checks: "- { name: certificate, type: tls, warn-days: 15 }\n" },
      env: { NODE_EXTRA_CA_CERTS: pki.caFile },
    });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ result: "passed", warnings: "0" });
    expect(run.stdout).not.toMatch(/^::warning/m);
  });

  it("refuses warn-days under min-days before any handshake", async () => {
    const run = await runAction({
      inputs: {
        "base-url": url,
        checks: "- { name: certificate, type: tls, min-days: 30, warn-days: 20 }\n",
      },
      env: { NODE_EXTRA_CA_CERTS: pki.caFile },
    });
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe("failed");
    expect(run.summary).toContain("warn-days (20) must be at least min-days (30)");
  });
});
