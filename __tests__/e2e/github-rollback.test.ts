// The rollback hook through the bundled action: a local receiver on 127.0.0.1 checks the
// signature the way docs/github.md tells receivers to, and records the idempotency keys.
import { spawn } from "node:child_process";
import { createHmac, timingSafeEqual } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  type FixtureServer,
  type Handler,
  json,
  type RecordedRequest,
  startFixtureServer,
} from "../support/fixture-server.js";
import { type ActionRun, runAction } from "../support/run-action.js";

const SECRET = "whsec-rollback-e2e-5d1c9b";
const SHA = "0123456789abcdef0123456789abcdef01234567";
const FAILING = "- GET /health\n- GET /broken\n";
const PASSING = "- GET /health\n";

let service: FixtureServer;
let receiver: FixtureServer;

/** What a receiver does: HMAC the raw body with the shared secret, compare in constant time. */
function verified(request: RecordedRequest, secret = SECRET): boolean {
  const header = String(request.headers["x-deploy-gate-signature"] ?? "");
  const expected = `sha256=${createHmac("sha256", secret).update(request.body).digest("hex")}`;
  return header.length === expected.length && timingSafeEqual(Buffer.from(header), Buffer.from(expected));
}

function accept(handler: Handler = json({ ok: true }, { status: 202 })) {
  receiver.route("/hooks/rollback", handler);
}

function hooks(): RecordedRequest[] {
  return receiver.requestsTo("/hooks/rollback");
}

function log(run: ActionRun): string {
  return `${run.stdout}\n${run.stderr}`
    .split("\n")
    .filter((l) => !l.startsWith("::add-mask::"))
    .join("\n");
}

function gate(inputs: Record<string, string>, env: Record<string, string> = {}) {
  return runAction({
    inputs: {
      "base-url": service.url,
      "on-failure-url": `${receiver.url}/hooks/rollback?token=q-secret-in-url`,
      "on-failure-secret": SECRET,
      retries: "0",
      ...inputs,
    },
    env: { GITHUB_JOB: "gate", GITHUB_REF: "refs/heads/main", ...env },
  });
}

beforeAll(async () => {
  service = await startFixtureServer({
    "/health": json({ ok: true }),
    "/broken": json({ error: { code: "DOWN", message: "down" } }, { status: 500 }),
    "/hang": () => new Promise<void>(() => {}),
  });
  receiver = await startFixtureServer();
});

afterAll(async () => {
  await service.close();
  await receiver.close();
});

beforeEach(() => {
  (receiver.requests as RecordedRequest[]).length = 0;
  accept();
});

describe("the rollback hook", () => {
  it("is POSTed once, signed, with a run-stable idempotency key, when an enforced gate fails", async () => {
    const before = Date.now();
    const run = await gate({ checks: FAILING, label: "eu west" });
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe("failed");
    const [hook, ...more] = hooks();
    expect(more).toHaveLength(0);
    expect(hook?.method).toBe("POST");
    expect(hook?.headers["content-type"]).toBe("application/json");
    expect(hook?.headers["x-deploy-gate-event"]).toBe("gate.failed");
    expect(hook?.headers["idempotency-key"]).toBe("deploy-gate-4242-1-gate-eu-west");
    expect(verified(hook!)).toBe(true);
    expect(verified(hook!, "another-secret")).toBe(false);
    const event = JSON.parse(hook!.text);
    expect(event).toMatchObject({
      event: "gate.failed",
      version: 1,
      label: "eu west",
      baseUrl: service.url,
      failedChecks: ["GET /broken"],
      counts: { passed: 1, failed: 1, skipped: 0, warnings: 0 },
      repository: "acme/shop",
      ref: "refs/heads/main",
      sha: SHA,
      runId: "4242",
      runAttempt: "1",
      runUrl: "https://github.com/acme/shop/actions/runs/4242",
      tool: { name: "deploy-gate" },
    });
    expect(Date.parse(event.timestamp)).toBeGreaterThanOrEqual(before - 1000);
    expect(run.stdout).toContain(`rollback hook sent to ${receiver.url}: HTTP 202`);
    // Neither the secret nor the URL's query reaches the log, the summary or the reports.
    for (const text of [log(run), ...Object.values(run.files)]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain("q-secret-in-url");
    }
  });

  it("is retried with the same key and body on a 503, and each attempt verifies", async () => {
    let calls = 0;
    const unavailable = json({}, { status: 503 });
    const ok = json({ ok: true }, { status: 200 });
    accept((req, res, ctx) => (calls++ === 0 ? unavailable : ok)(req, res, ctx));
    const run = await gate({ checks: FAILING, label: "us" });
    expect(run.code).toBe(1);
    const sent = hooks();
    expect(sent).toHaveLength(2);
    expect(new Set(sent.map((r) => r.headers["idempotency-key"]))).toEqual(
      new Set(["deploy-gate-4242-1-gate-us"]),
    );
    expect(sent[0]?.text).toBe(sent[1]?.text);
    expect(sent.every((r) => verified(r))).toBe(true);
    expect(run.stdout).toContain("HTTP 200 after 2 attempts");
  });

  it("gets a new key on a re-run attempt", async () => {
    await gate({ checks: FAILING, label: "us" }, { GITHUB_RUN_ATTEMPT: "2" });
    expect(hooks().map((r) => r.headers["idempotency-key"])).toEqual(["deploy-gate-4242-2-gate-us"]);
  });

  it("is not sent when the gate passes", async () => {
    const run = await gate({ checks: PASSING });
    expect(run.code).toBe(0);
    expect(hooks()).toHaveLength(0);
  });

  it("is not sent in a dry run, which says so", async () => {
    const run = await gate({ checks: FAILING, mode: "dry-run" });
    expect(run.code).toBe(0);
    expect(hooks()).toHaveLength(0);
    expect(run.stdout).toContain("dry run: the rollback hook is not sent");
  });

  it("is not sent for an invalid config: the service was never checked", async () => {
    const run = await gate({ checks: "- request: GET /x\n  expect: { status: abc }\n" });
    expect(run.code).toBe(1);
    expect(hooks()).toHaveLength(0);
  });

  it("is sent, marked interrupted, when the whole-gate deadline passes", async () => {
    const run = await gate({ checks: "- GET /health\n- GET /hang\n", timeout: "1s" });
    expect(run.code).toBe(1);
    const [hook] = hooks();
    expect(JSON.parse(hook!.text)).toMatchObject({ interrupted: "timed-out", failedChecks: ["GET /hang"] });
  });

  it("is not sent when the job is cancelled", async () => {
    const run = await runAction({
      inputs: {
        "base-url": service.url,
        checks: "- GET /health\n- name: hangs\n  request: GET /hang\n  needs: GET /health\n",
        "on-failure-url": `${receiver.url}/hooks/rollback`,
        "on-failure-secret": SECRET,
      },
      onOutput: {
        when: /GET \/health — passed/,
        act: (child) => setTimeout(() => child.kill("SIGTERM"), 200),
      },
    });
    expect(run.code).not.toBe(0);
    expect(hooks()).toHaveLength(0);
    expect(run.stdout).toContain("the gate was cancelled: the rollback hook is not sent");
  });

  it("a failing receiver is a warning; the verdict and exit code stay", async () => {
    accept(json({ error: "boom" }, { status: 500 }));
    const run = await gate({ checks: FAILING });
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe("failed");
    expect(run.stdout).toContain(
      `::warning::deploy-gate's rollback hook was refused by ${receiver.url}: HTTP 500. The gate's verdict is unchanged.`,
    );
    expect(run.stdout).toMatch(
      /::error::deploy-gate blocked the deployment — 1 critical check failed: GET \/broken/,
    );
  });

  it("an unreachable receiver is a warning after its retries", async () => {
    const run = await gate({ checks: FAILING, "on-failure-url": "http://127.0.0.1:9/hooks/rollback" });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::warning::deploy-gate could not send the rollback hook to http:\/\/127\.0\.0\.1:9: connection refused .* \(4 attempts\)/,
    );
  });

  it("without a secret is sent unsigned, with a warning", async () => {
    const run = await gate({ checks: FAILING, "on-failure-secret": "" });
    expect(run.code).toBe(1);
    const [hook] = hooks();
    expect(hook?.headers).not.toHaveProperty("x-deploy-gate-signature");
    expect(run.stdout).toContain("unsigned: set on-failure-secret");
  });
});

describe("the receiver snippet in docs/github.md", () => {
  async function freePort(): Promise<number> {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const { port } = probe.address() as { port: number };
    await new Promise((resolve) => probe.close(resolve));
    return port;
  }

  it("verifies the bundled action's hook, runs the rollback once and refuses a forgery", async () => {
    const docs = readFileSync("docs/github.md", "utf8");
    const snippet = /### Verifying it[\s\S]*?```js\n([\s\S]*?)```/.exec(docs)?.[1];
    expect(snippet).toBeDefined();
    const file = path.join(mkdtempSync(path.join(tmpdir(), "deploy-gate-receiver-")), "receiver.mjs");
    writeFileSync(file, snippet!);
    const port = await freePort();
    const child = spawn(process.execPath, [file], {
      env: { PATH: process.env.PATH ?? "", DEPLOY_GATE_HOOK_SECRET: SECRET, PORT: String(port) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
    });
    try {
      const url = `http://127.0.0.1:${port}/rollback`;
      for (let i = 0; i < 100; i++) {
        if (
          await fetch(url, { method: "POST", body: "{}" }).then(
            () => true,
            () => false,
          )
        )
          break;
        await delay(50);
      }
      const forged = await fetch(url, {
        method: "POST",
        body: JSON.stringify({ event: "gate.failed" }),
        headers: { "x-deploy-gate-signature": `sha256=${"0".repeat(64)}` },
      });
      expect(forged.status).toBe(401);

      const run = await gate({ checks: FAILING, label: "eu", "on-failure-url": url });
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(`rollback hook sent to http://127.0.0.1:${port}: HTTP 202`);
      const again = await gate({ checks: FAILING, label: "eu", "on-failure-url": url });
      expect(again.stdout).toContain("HTTP 202");
      await delay(100);
      // The second run is the same run attempt: the same key, so the rollback ran once.
      expect(out).toBe(`rolling back eu at ${SHA}: GET /broken\n`);
    } finally {
      child.kill();
    }
  });
});
