// The idempotency-key contract against real services that keep it and services that break it
// in each of the ways a real one does.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { json, runChecks, startServer, type TestServer } from "../support/gate.js";

type Behaviour =
  | "correct"
  | "ignores-key"
  | "accepts-conflict"
  | "replays-conflict"
  | "no-id"
  | "rejects-replay"
  | "unprocessable";

let server: TestServer;
let behaviour: Behaviour = "correct";
let created = 0;
const byKey = new Map<string, { body: string; id: string }>();
const received: { key: string | undefined; body: string }[] = [];

beforeAll(async () => {
  server = await startServer((req, res, body) => {
    const key = req.headers["idempotency-key"] as string | undefined;
    received.push({ key, body });
    if (req.method !== "POST" || req.url !== "/orders") return json(res, 404, { message: "no route" });
    const create = () => {
      created++;
      return `o-${created}`;
    };
    if (behaviour === "no-id") return json(res, 201, { status: "created" });
    if (behaviour === "ignores-key" || !key) return json(res, 201, { id: create() });
    const prior = byKey.get(key);
    if (!prior) {
      const id = create();
      byKey.set(key, { body, id });
      return json(res, 201, { id });
    }
    if (behaviour === "rejects-replay")
      return json(res, 409, { error: { code: "DUPLICATE", message: "key already used" } });
    if (prior.body === body) return json(res, 201, { id: prior.id });
    if (behaviour === "accepts-conflict") return json(res, 201, { id: create() });
    if (behaviour === "replays-conflict") return json(res, 201, { id: prior.id });
    if (behaviour === "unprocessable")
      return json(res, 422, { error: { code: "KEY_REUSED", message: "payload differs" } });
    return json(res, 409, {
      error: { code: "IDEMPOTENCY_CONFLICT", message: "key was used with another payload" },
    });
  });
});
afterAll(() => server.close());
beforeEach(() => {
  behaviour = "correct";
  byKey.clear();
  received.length = 0;
});

const CHECK = `
- name: orders
  type: idempotency
  request:
    method: POST
    path: /orders
    json: { sku: A-1, qty: 1 }
`;

describe("idempotency check", () => {
  it("passes when a replay returns the same resource and a changed body gets 409", async () => {
    const { check } = await runChecks(CHECK, server.url);
    expect(check.outcome).toBe("passed");
    expect(check.detail).toMatch(
      /^replay returned the same resource o-\d+; a changed body under the same key got 409$/,
    );
    expect(received).toHaveLength(3);
    const keys = new Set(received.map((r) => r.key));
    expect(keys.size).toBe(1);
    expect([...keys][0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(received[2]?.body ?? "{}")).toMatchObject({
      sku: "A-1",
      qty: 1,
      "deploy-gate-conflict": expect.any(String),
    });
    const table = check.tables?.[0];
    expect(table?.title).toMatch(/^Idempotency contract \(Idempotency-Key: [0-9a-f-]{36}\)$/);
    expect(table?.rows.map((r) => r.at(-1))).toEqual(["ok", "ok", "ok"]);
  });

  it("fails when the service ignores the key: the replay creates a new resource", async () => {
    behaviour = "ignores-key";
    const { check } = await runChecks(CHECK, server.url);
    expect(check.outcome).toBe("failed");
    expect(check.detail).toMatch(
      /^replay with the same Idempotency-Key created a new resource \(o-(\d+) ≠ o-\d+\): the service ignores the key$/,
    );
    expect(check.tables?.[0]?.rows.map((r) => r.at(-1))).toEqual(["ok", "BROKE: new resource", "not sent"]);
    expect(received).toHaveLength(2);
  });

  it("fails when a changed body under the same key creates another resource", async () => {
    behaviour = "accepts-conflict";
    const { check } = await runChecks(CHECK, server.url);
    expect(check.outcome).toBe("failed");
    expect(check.detail).toMatch(
      /^the same Idempotency-Key with a changed body created another resource \(o-\d+, 201\), expected 409: the service does not bind the key to its first request$/,
    );
    expect(check.tables?.[0]?.rows.map((r) => r.at(-1))).toEqual(["ok", "ok", "BROKE: accepted"]);
  });

  it("fails when a changed body is silently answered with the original resource", async () => {
    behaviour = "replays-conflict";
    const { check } = await runChecks(CHECK, server.url);
    expect(check.outcome).toBe("failed");
    expect(check.detail).toMatch(
      /^the same Idempotency-Key with a changed body was answered 201 with the original o-\d+, expected 409: the service silently ignores the changed body$/,
    );
  });

  it("reports the service's own words when the conflict status differs, and accepts a configured one", async () => {
    behaviour = "unprocessable";
    const { check } = await runChecks(CHECK, server.url);
    expect(check.outcome).toBe("failed");
    expect(check.detail).toBe(
      "the same Idempotency-Key with a changed body answered 422, expected 409 — KEY_REUSED: payload differs",
    );
    const { check: ok } = await runChecks(`${CHECK}  conflict-status: [409, 422]\n`, server.url);
    expect(ok.outcome).toBe("passed");
  });

  it("fails when an exact replay is refused instead of answered with the original result", async () => {
    behaviour = "rejects-replay";
    const { check } = await runChecks(CHECK, server.url);
    expect(check.outcome).toBe("failed");
    expect(check.detail).toBe(
      "replay with the same Idempotency-Key answered 409, expected 2xx — DUPLICATE: key already used",
    );
    expect(check.hint).toBe("an idempotency conflict: reuse the original request shape");
    expect(check.tables?.[0]?.rows.map((r) => r.at(-1))).toEqual(["ok", "BROKE: not 2xx", "not sent"]);
  });

  it("fails closed when the answer carries no resource id", async () => {
    behaviour = "no-id";
    const { check } = await runChecks(CHECK, server.url);
    expect(check.outcome).toBe("failed");
    expect(check.detail).toBe(
      "first send answered 201 without a resource id: $.id matched nothing (set id to the JSONPath of the created resource's id)",
    );
  });

  it("uses the configured key, header, id path and conflict body; conflict: false stops after the replay", async () => {
    const custom = `
- name: orders
  type: idempotency
  key: smoke-{{ run.id }}
  key-header: Idempotency-Key
  id: $["id"]
  conflict-json: { sku: B-2, qty: 9 }
  request: { method: POST, path: /orders, json: { sku: A-1, qty: 1 } }
`;
    const { check } = await runChecks(custom, server.url);
    expect(check.outcome).toBe("passed");
    const keys = received.map((r) => r.key);
    expect(keys[0]).toMatch(/^smoke-local/);
    expect(keys).toEqual([keys[0], keys[0], keys[0]]);
    expect(JSON.parse(received[2]?.body ?? "")).toEqual({ sku: "B-2", qty: 9 });

    byKey.clear();
    received.length = 0;
    const { check: two } = await runChecks(`${CHECK}  conflict: false\n`, server.url);
    expect(two.outcome).toBe("passed");
    expect(two.detail).toMatch(/^replay with the same Idempotency-Key returned the same resource o-\d+$/);
    expect(received).toHaveLength(2);
  });

  it("takes the key from the request's own header when no key is given", async () => {
    const yaml = `
- name: orders
  type: idempotency
  request: { method: POST, path: /orders, headers: { idempotency-key: "fixed-key-1" }, json: { sku: A-1 } }
`;
    const { check } = await runChecks(yaml, server.url);
    expect(check.outcome, check.detail).toBe("passed");
    expect(received.map((r) => r.key)).toEqual(["fixed-key-1", "fixed-key-1", "fixed-key-1"]);
  });

  it("refuses to guess a changed body for a request without one, before sending anything", async () => {
    const { check } = await runChecks(
      "- { name: capture, type: idempotency, request: POST /orders }",
      server.url,
    );
    expect(check.outcome).toBe("errored");
    expect(check.detail).toMatch(
      /no JSON object or form body to change .* conflict-json or conflict-body, or set conflict: false/,
    );
    expect(received).toHaveLength(0);
  });

  it("rejects an invalid id JSONPath as a config error", async () => {
    await expect(runChecks(`${CHECK}  id: $[\n`, server.url)).rejects.toThrow(
      'checks[0] ("orders", line 8).id: invalid JSONPath "$[": it ends too early (at character 3)',
    );
  });
});
