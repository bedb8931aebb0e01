// The rollback event's shape, signature and idempotency key, and sending it to a real local
// receiver: 429 honoured with the same key, refusals and bad URLs as warnings.
import { createHmac } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  type RollbackEvent,
  rollbackEvent,
  rollbackIdempotencyKey,
  sendRollbackHook,
  signRollbackBody,
} from "../../src/github/rollback-hook.js";
import { type FixtureServer, json, startFixtureServer, tooManyRequests } from "../support/fixture-server.js";

const counts = { passed: 1, failed: 1, skipped: 0, warnings: 0 };
const NOW = new Date("2025-03-01T09:30:00.000Z");

describe("rollbackEvent", () => {
  it("carries what a receiver needs to act, and nothing undefined", () => {
    expect(
      rollbackEvent({
        label: "eu",
        baseUrl: "https://deploy:hunter2@eu.example.com/api",
        failedChecks: ["list tasks"],
        counts,
        sha: "abc",
        runId: "42",
        runAttempt: "2",
        runUrl: "https://github.com/acme/shop/actions/runs/42",
        repository: "acme/shop",
        now: NOW,
      }),
    ).toEqual({
      event: "gate.failed",
      version: 1,
      label: "eu",
      baseUrl: "https://eu.example.com/api",
      failedChecks: ["list tasks"],
      counts,
      repository: "acme/shop",
      sha: "abc",
      runId: "42",
      runAttempt: "2",
      runUrl: "https://github.com/acme/shop/actions/runs/42",
      timestamp: "2025-03-01T09:30:00.000Z",
      tool: { name: "deploy-gate", version: expect.any(String) },
    });
  });

  it("marks a timed-out gate but never a cancelled one (no event is sent for those)", () => {
    const base = { label: "", baseUrl: "https://x", failedChecks: [], counts, now: NOW };
    expect(rollbackEvent({ ...base, interrupted: "timed-out" }).interrupted).toBe("timed-out");
    expect(rollbackEvent({ ...base, interrupted: "cancelled" })).not.toHaveProperty("interrupted");
  });

  it("lists the legs of a fan-in instead of a base URL", () => {
    const event = rollbackEvent({
      label: "",
      failedChecks: ["a (us)"],
      legs: [{ label: "us", baseUrl: "https://u:p@us.example.com", verdict: "failed", failedChecks: ["a"] }],
      counts,
      now: NOW,
    });
    expect(event).not.toHaveProperty("baseUrl");
    expect(event.legs).toEqual([
      { label: "us", baseUrl: "https://us.example.com/", verdict: "failed", failedChecks: ["a"] },
    ]);
  });
});

describe("signRollbackBody", () => {
  it("is sha256=<hex HMAC-SHA256 of the raw body>", () => {
    const body = '{"event":"gate.failed","label":"é"}';
    expect(signRollbackBody(body, "s3cret")).toBe(
      `sha256=${createHmac("sha256", "s3cret").update(Buffer.from(body, "utf8")).digest("hex")}`,
    );
    expect(signRollbackBody(body, "s3cret")).toMatch(/^sha256=[0-9a-f]{64}$/);
  });
});

describe("rollbackIdempotencyKey", () => {
  it("is stable for a run attempt, job and label, and differs for each", () => {
    const key = rollbackIdempotencyKey({ runId: "42", runAttempt: "1", job: "gate", label: "EU West" });
    expect(key).toBe("deploy-gate-42-1-gate-eu-west");
    expect(rollbackIdempotencyKey({ runId: "42", runAttempt: "1", job: "gate", label: "EU West" })).toBe(key);
    expect(rollbackIdempotencyKey({ runId: "42", runAttempt: "2", job: "gate", label: "EU West" })).not.toBe(
      key,
    );
    expect(rollbackIdempotencyKey({ runId: "42", job: "fan-in" })).toBe("deploy-gate-42-1-fan-in");
  });

  it("is unique outside a workflow run", () => {
    const a = rollbackIdempotencyKey({ label: "eu" });
    expect(a).toMatch(/^deploy-gate-[0-9a-f-]{36}-eu$/);
    expect(rollbackIdempotencyKey({ label: "eu" })).not.toBe(a);
  });
});

describe("sendRollbackHook", () => {
  let receiver: FixtureServer;
  const warnings: string[] = [];
  const infos: string[] = [];
  const log = { info: (m: string) => infos.push(m), warning: (m: string) => warnings.push(m) };
  const event: RollbackEvent = rollbackEvent({
    label: "eu",
    baseUrl: "https://x",
    failedChecks: ["a"],
    counts,
    now: NOW,
  });
  const send = (path: string, extra: Partial<Parameters<typeof sendRollbackHook>[0]> = {}) =>
    sendRollbackHook({
      url: `${receiver.url}${path}`,
      secret: "k3y",
      event,
      idempotencyKey: "deploy-gate-1-1-eu",
      log,
      redact: (t) => t,
      ...extra,
    });

  beforeAll(async () => {
    receiver = await startFixtureServer({
      "/ok": json({}, { status: 204 }),
      "/limited": tooManyRequests(0, { times: 1, after: json({}, { status: 202 }) }),
      "/gone": json({ error: "no" }, { status: 410 }),
    });
  });
  afterAll(() => receiver.close());
  beforeEach(() => {
    warnings.length = 0;
    infos.length = 0;
  });

  it("sends the exact signed bytes", async () => {
    expect(await send("/ok")).toBe(true);
    const [request] = receiver.requestsTo("/ok");
    expect(request?.text).toBe(JSON.stringify(event));
    expect(request?.headers["x-deploy-gate-signature"]).toBe(signRollbackBody(request!.text, "k3y"));
    expect(request?.headers["idempotency-key"]).toBe("deploy-gate-1-1-eu");
    expect(request?.headers["user-agent"]).toMatch(/^deploy-gate\//);
    expect(infos).toEqual([`rollback hook sent to ${receiver.url}: HTTP 204`]);
  });

  it("waits out a 429 and resends with the same key", async () => {
    expect(await send("/limited")).toBe(true);
    const sent = receiver.requestsTo("/limited");
    expect(sent.map((r) => r.headers["idempotency-key"])).toEqual([
      "deploy-gate-1-1-eu",
      "deploy-gate-1-1-eu",
    ]);
    expect(warnings).toEqual([]);
  });

  it("warns on a refusal without retrying it, naming only the receiver's origin", async () => {
    expect(await send("/gone?token=abc")).toBe(false);
    expect(receiver.requestsTo("/gone")).toHaveLength(1);
    expect(warnings).toEqual([
      `deploy-gate's rollback hook was refused by ${receiver.url}: HTTP 410. The gate's verdict is unchanged.`,
    ]);
  });

  it("warns on a URL that is not http(s), sending nothing", async () => {
    expect(await send("", { url: "ftp://example.com/hook" })).toBe(false);
    expect(warnings[0]).toContain("on-failure-url must be an http(s) URL");
  });
});
