// The engine against a real service on 127.0.0.1: DAG, if, severity, only, concurrency,
// fail-fast, bake, flows with captures and polling, and the release guard contract.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { checkTypes } from "../../src/checks/registry.js";
import type { CheckType } from "../../src/checks/types.js";
import type { GateOptions } from "../../src/engine/gate.js";
import type { CheckResult, GateResult } from "../../src/engine/results.js";
import { createRedactor, type Redactor } from "../../src/secrets/redact.js";
import { runChecks } from "../support/gate.js";

let server: Server;
let baseUrl: string;
const hits = new Map<string, number>();
let inFlight = 0;
let maxInFlight = 0;
const tasks = new Map<string, { polls: number; target: string }>();
let guard: { status: number; body: unknown } = { status: 200, body: { pass: true, violations: [] } };

function send(res: ServerResponse, status: number, body: unknown, delayMs = 0) {
  inFlight++;
  maxInFlight = Math.max(maxInFlight, inFlight);
  setTimeout(() => {
    inFlight--;
    res.writeHead(status, { "content-type": "application/json" });
    res.end(typeof body === "string" ? body : JSON.stringify(body));
  }, delayMs);
}

function handle(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? "/", "http://x");
  hits.set(url.pathname, (hits.get(url.pathname) ?? 0) + 1);
  const n = hits.get(url.pathname) ?? 0;
  if (url.pathname === "/ok") return send(res, 200, { ok: true });
  if (url.pathname === "/slow") return send(res, 200, { ok: true }, 60);
  if (url.pathname === "/stall") return send(res, 200, { ok: true }, 3000);
  if (url.pathname === "/down") return send(res, 500, { message: "boom" });
  if (url.pathname === "/notfound") return send(res, 404, { message: "nope" });
  if (url.pathname === "/alternate") return send(res, n % 2 === 0 ? 500 : 200, {});
  if (url.pathname === "/ready") return send(res, n >= 3 ? 200 : 503, { ready: n >= 3 });
  if (url.pathname === "/ops/release-guard") return send(res, guard.status, guard.body);
  if (url.pathname === "/tasks" && req.method === "POST") {
    let body = "";
    req.on("data", (d) => {
      body += d;
    });
    req.on("end", () => {
      const { target } = JSON.parse(body) as { target: string };
      const id = `task-${tasks.size + 1}`;
      tasks.set(id, { polls: 0, target });
      send(res, 201, { id, status: "queued", key: req.headers["idempotency-key"] });
    });
    return;
  }
  const task = /^\/tasks\/(.+)$/.exec(url.pathname);
  if (task) {
    const t = tasks.get(task[1] ?? "");
    if (!t) return send(res, 404, { error: { code: "NOT_FOUND", message: "no such task" } });
    t.polls++;
    const status = t.polls >= 3 ? t.target : "queued";
    return send(res, 200, {
      id: task[1],
      status,
      evidence: status === "completed" ? { photos: [{ url: "p.jpg" }] } : null,
    });
  }
  send(res, 404, { message: "no route" });
}

beforeAll(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  hits.clear();
  tasks.clear();
  maxInFlight = 0;
  guard = { status: 200, body: { pass: true, violations: [] } };
});

async function gate(
  yaml: string,
  options: Partial<GateOptions> = {},
  vars: Record<string, string> = {},
): Promise<GateResult> {
  return (await runChecks(yaml, baseUrl, { vars, gate: { concurrency: 8, ...options } })).gate;
}

const byName = (r: GateResult) =>
  Object.fromEntries(r.checks.map((c) => [c.name, c])) as Record<string, CheckResult>;

describe("scheduling", () => {
  it("runs needs first and skips dependants of a failure with the reason", async () => {
    const r = await gate(`
- { name: a, request: GET /down }
- { name: b, request: GET /ok, needs: a }
- { name: c, request: GET /ok, needs: [b] }
- { name: d, request: GET /ok }
`);
    const c = byName(r);
    expect(c.a?.outcome).toBe("failed");
    expect(c.b?.outcome).toBe("skipped");
    expect(c.b?.detail).toBe('needs "a", which failed');
    expect(c.c?.detail).toBe('needs "b", which was skipped');
    expect(c.d?.outcome).toBe("passed");
    expect(r.verdict).toBe("failed");
    expect(r.failedChecks).toEqual(["a"]);
    expect(r.counts).toEqual({ passed: 1, failed: 1, skipped: 2, warnings: 0, inconclusive: 0 });
  });

  it("if: a falsy or unset var skips the check; a warning failure does not fail the gate", async () => {
    const r = await gate(
      `
- { name: billing, request: GET /ok, if: "{{ vars.ENABLE_BILLING }}" }
- { name: search, request: GET /ok, if: "{{ vars.ENABLE_SEARCH }}" }
- { name: optional, request: GET /down, severity: warning }
`,
      {},
      { ENABLE_SEARCH: "true" },
    );
    const c = byName(r);
    expect(c.billing?.outcome).toBe("skipped");
    expect(c.billing?.detail).toContain("{{ vars.ENABLE_BILLING }}");
    expect(c.search?.outcome).toBe("passed");
    expect(c.optional?.outcome).toBe("failed");
    expect(r.verdict).toBe("passed");
    expect(r.counts).toEqual({ passed: 1, failed: 0, skipped: 1, warnings: 1, inconclusive: 0 });
    expect(r.failedChecks).toEqual([]);
  });

  it("only: selects by name or tag and brings what they need", async () => {
    const r = await gate(
      `
- { name: base, request: GET /ok }
- { name: api, request: GET /ok, needs: base, tags: [smoke] }
- { name: other, request: GET /down }
`,
      { only: ["smoke"] },
    );
    expect(r.checks.map((c) => c.name)).toEqual(["base", "api"]);
    expect(r.verdict).toBe("passed");
    // An `only` entry that names nothing is a config error found before the engine runs
    // (src/engine/prepare.ts, __tests__/config/errors.test.ts, __tests__/e2e/config-errors.test.ts).
  });

  it("runs independent checks concurrently, at most `concurrency` at once", async () => {
    const list = Array.from({ length: 12 }, (_, i) => `- { name: s${i}, request: GET /slow }`).join("\n");
    await gate(list, { concurrency: 3 });
    expect(maxInFlight).toBe(3);
    await gate(list, { concurrency: 12 });
    expect(maxInFlight).toBeGreaterThan(3);
  });

  it("fail-fast stops starting new checks after the first critical failure", async () => {
    const r = await gate(
      `
- { name: first, request: GET /down }
- { name: second, request: GET /ok, needs: first }
- { name: third, request: GET /ok, needs: first }
`,
      { failFast: true, concurrency: 1 },
    );
    expect(byName(r).first?.outcome).toBe("failed");
    expect(hits.get("/ok")).toBeUndefined();
    const r2 = await gate("- { name: x, request: GET /down }\n- { name: y, request: GET /ok }\n", {
      failFast: true,
      concurrency: 1,
    });
    expect(byName(r2).y?.outcome).toBe("skipped");
    expect(byName(r2).y?.detail).toBe('not started: fail-fast after "x" failed');
  });

  it("bake runs the check repeatedly and fails past the failure limit", async () => {
    const r = await gate(`
- { name: steady, request: GET /ok, bake: { for: 300ms, every: 50ms } }
- { name: wobbly, request: GET /alternate, bake: { for: 300ms, every: 50ms, failure-limit: 0 } }
- { name: tolerant, request: GET /notfound, bake: { for: 200ms, every: 50ms, failure-limit: 100 } }
`);
    const c = byName(r);
    expect(c.steady?.outcome).toBe("passed");
    expect(c.steady?.bake?.runs).toBeGreaterThanOrEqual(3);
    expect(c.steady?.bake?.failures).toBe(0);
    expect(c.wobbly?.outcome).toBe("failed");
    expect(c.wobbly?.detail).toMatch(/^bake: 1 of 2 runs failed \(limit 0\)/);
    expect(c.tolerant?.outcome).toBe("passed");
    expect(c.tolerant?.flaky).toBe(true);
  });

  it("a cancelled job cuts a bake: the bake is inconclusive with its runs, the gate failed (cancelled)", async () => {
    const cancel = new AbortController();
    setTimeout(() => cancel.abort(), 300);
    const r = await gate(
      `
- { name: soak, request: GET /ok, bake: { for: 10s, every: 100ms } }
- { name: waits, request: GET /ok, needs: soak }
`,
      { signal: cancel.signal },
    );
    const c = byName(r);
    expect(c.soak?.outcome).toBe("inconclusive");
    expect(c.soak?.bake?.cut).toBe("cancelled");
    expect(c.soak?.detail).toMatch(
      /^bake cut by the job's cancellation after \d+ of 100 runs, 0 failed \(limit 0\): not enough to judge$/,
    );
    expect(c.waits?.detail).toBe('needs "soak", which was inconclusive');
    expect(r.interrupted).toBe("cancelled");
    expect(r.verdict).toBe("failed");
  });

  it("a deadline that cuts only a bake leaves the gate inconclusive, not interrupted", async () => {
    const r = await gate("- { name: soak, request: GET /ok, bake: { for: 10s, every: 100ms } }", {
      timeoutMs: 500,
    });
    expect(r.checks[0]?.outcome).toBe("inconclusive");
    expect(r.checks[0]?.bake?.cut).toBe("deadline");
    expect(r.interrupted).toBeUndefined();
    expect(r.verdict).toBe("inconclusive");
    // What needed the bake is skipped, as it would be after any inconclusive need.
    const chained = await gate(
      `
- { name: soak, request: GET /ok, bake: { for: 10s, every: 100ms } }
- { name: after, request: GET /ok, needs: soak }
`,
      { timeoutMs: 500 },
    );
    expect(byName(chained).after?.detail).toBe('needs "soak", which was inconclusive');
    expect(chained.verdict).toBe("inconclusive");
    // A check the deadline cut besides the bake is a timeout, and that fails the gate.
    const both = await gate(
      `
- { name: soak, request: GET /ok, bake: { for: 10s, every: 100ms } }
- { name: stuck, request: GET /stall }
`,
      { timeoutMs: 500 },
    );
    expect(byName(both).soak?.outcome).toBe("inconclusive");
    expect(byName(both).stuck?.outcome).toBe("timed-out");
    expect(both.interrupted).toBe("timed-out");
    expect(both.verdict).toBe("failed");
  });
});

describe("http checks with polling", () => {
  it("until + poll waits for readiness", async () => {
    const r = await gate(
      "- { name: ready, request: GET /ready, until: { status: 200 }, poll: { interval: 20ms, timeout: 5s } }",
    );
    expect(byName(r).ready?.outcome).toBe("passed");
    expect(hits.get("/ready")).toBe(3);
  });

  it("polls once more just before the timeout when the next regular poll would miss it", async () => {
    hits.set("/ready", 1); // the next answer is the service's second: still 503; the third is 200
    const r = await gate(
      "- { name: ready, request: GET /ready, until: { status: 200 }, poll: { interval: 5s, timeout: 600ms } }",
    );
    expect(byName(r).ready?.outcome).toBe("passed");
    expect(hits.get("/ready")).toBe(3);
  });

  it("until that never holds fails at the poll timeout with the last reason", async () => {
    const r = await gate(
      "- { name: never, request: GET /ok, until: { json: { $.ok: false } }, poll: { interval: 20ms, timeout: 200ms } }",
    );
    const c = byName(r).never!;
    expect(c.outcome).toBe("failed");
    expect(c.detail).toMatch(/not ready after .* polls\): \$\.ok: expected false, got true/);
  });
});

describe("flows", () => {
  const flow = (target: string) => `
- type: flow
  name: create task
  steps:
    - name: create
      request:
        method: POST
        path: /tasks
        headers: { Idempotency-Key: "smoke-{{ run.id }}" }
        json: { target: ${target} }
      expect: { status: 201 }
      capture: { taskId: $.id, key: $.key }
    - name: poll
      request: "GET /tasks/{{ taskId }}"
      until: { json: { $.status: completed } }
      fail-when: { json: { $.status: failed } }
      poll: { interval: 20ms, timeout: 10s }
    - name: evidence
      request: "GET /tasks/{{ taskId }}"
      expect:
        json:
          $.evidence.photos: { type: array, length: { gte: 1 } }
          $.id: "{{ taskId }}"
`;

  it("create → poll until completed → verify evidence, captures flowing between steps", async () => {
    const r = await gate(flow("completed"));
    const c = byName(r)["create task"]!;
    expect(c.outcome).toBe("passed");
    expect(c.steps?.map((s) => [s.name, s.outcome])).toEqual([
      ["create", "passed"],
      ["poll", "passed"],
      ["evidence", "passed"],
    ]);
    expect(c.steps?.[1]?.exchange?.url).toMatch(/\/tasks\/task-1$/);
  });

  it("fail-when ends the wait at once when the task fails", async () => {
    const r = await gate(flow("failed"));
    const c = byName(r)["create task"]!;
    expect(c.outcome).toBe("failed");
    expect(c.detail).toMatch(/^step 2\/3 \(poll\): GET \/tasks\/task-1: fail-when held after 3 polls/);
    expect(hits.get("/tasks/task-1")).toBe(3);
  });

  it("a missing capture fails the step clearly", async () => {
    const r = await gate(`
- type: flow
  name: f
  steps:
    - { request: GET /ok, capture: { id: $.id } }
    - { request: "GET /tasks/{{ id }}" }
`);
    expect(byName(r).f?.detail).toBe("step 1/2 (GET /ok): capture id: $.id matched nothing");
  });
});

describe("release guard", () => {
  const violations = [
    { reason: "schema-drift", route: "POST /v1/tasks", evidence: "column dropped" },
    { reason: "error-budget", route: "GET /v1/tasks", evidence: { ratio: 0.042 } },
  ];

  it("passes on 2xx with pass: true", async () => {
    const r = await gate("- release-guard");
    expect(r.checks[0]?.outcome).toBe("passed");
  });

  it("blocks on pass: false with the violations as a table", async () => {
    guard = { status: 409, body: { pass: false, violations } };
    const c = (await gate("- release-guard")).checks[0]!;
    expect(c.outcome).toBe("failed");
    expect(c.detail).toBe("2 blocking violations: schema-drift on POST /v1/tasks");
    expect(c.tables?.[0]?.columns).toEqual(["reason", "route", "evidence", "state"]);
    expect(c.tables?.[0]?.rows).toEqual([
      ["schema-drift", "POST /v1/tasks", "column dropped", "blocking"],
      ["error-budget", "GET /v1/tasks", "ratio: 0.042", "blocking"],
    ]);
  });

  it("passes when every violation is acknowledged, whatever the status", async () => {
    guard = { status: 409, body: { pass: false, violations } };
    const c = (
      await gate(`
- type: release-guard
  ignore:
    - { reason: schema-drift, route: "POST /v1/*" }
    - { reason: "error-*" }
`)
    ).checks[0]!;
    expect(c.outcome).toBe("passed");
    expect(c.detail).toBe("every violation is acknowledged (2 ignored)");
    expect(c.tables?.[0]?.rows.map((row) => row[3])).toEqual(["ignored", "ignored"]);
  });

  it("an ignore rule must match every field it gives", async () => {
    guard = { status: 409, body: { pass: false, violations } };
    const c = (await gate("- { type: release-guard, ignore: [{ reason: schema-drift, route: 'GET *' }] }"))
      .checks[0]!;
    expect(c.outcome).toBe("failed");
    expect(c.detail).toBe("2 blocking violations: schema-drift on POST /v1/tasks");
  });

  it("fails on 503 and on any other shape, clearly", async () => {
    guard = { status: 503, body: "Service Unavailable" };
    const unavailable = (await gate("- release-guard")).checks[0]!;
    expect(unavailable.outcome).toBe("failed");
    expect(unavailable.detail).toMatch(/^guard answered 503 with an unexpected shape: body is not JSON/);
    guard = { status: 200, body: { ok: true } };
    const shape = (await gate("- release-guard")).checks[0]!;
    expect(shape.outcome).toBe("failed");
    expect(shape.detail).toBe(
      "guard answered 200 with an unexpected shape: expected { pass: boolean, violations: [...] }",
    );
    guard = { status: 200, body: { pass: "yes" } };
    expect((await gate("- release-guard")).checks[0]?.outcome).toBe("failed");
    guard = { status: 200, body: { pass: false, violations: [] } };
    expect((await gate("- release-guard")).checks[0]?.detail).toBe("pass: false with no violations listed");
  });
});

describe("start order", () => {
  it("starts checks that wait (flows, polling) before quick ones, keeping results in config order", async () => {
    const quick = Array.from({ length: 6 }, (_, i) => `- { name: q${i}, request: GET /slow }`).join("\n");
    const started: string[] = [];
    const r = await gate(
      `${quick}
- { name: waiter, request: GET /ready, until: { status: 200 }, poll: { interval: 20ms, timeout: 5s } }
- type: flow
  name: flowing
  steps: [{ request: GET /ok }]
`,
      { concurrency: 2, onCheckStart: (c) => started.push(c.name) },
    );
    expect(started.slice(0, 2)).toEqual(["waiter", "flowing"]);
    expect(r.checks.map((c) => c.name)).toEqual(["q0", "q1", "q2", "q3", "q4", "q5", "waiter", "flowing"]);
  });
});

describe("a check whose own code throws", () => {
  it("ends that check errored, naming it, and the gate goes on to a verdict", async () => {
    // Stand in for a bug in one check type: its run throws instead of returning a result.
    const types = checkTypes as Map<string, CheckType>;
    const jwks = types.get("jwks")!;
    types.set("jwks", {
      ...jwks,
      run: () => {
        throw new TypeError("Cannot read properties of undefined (reading 'kty')\n    at bug (jwks.ts:1:1)");
      },
    });
    try {
      const r = byName(
        await gate(
          "- GET /ok\n- { name: keys, type: jwks }\n- { name: after, request: GET /ok, needs: [keys] }\n",
        ),
      );
      expect(r.keys).toMatchObject({
        outcome: "errored",
        detail: `internal error in check "keys": Cannot read properties of undefined (reading 'kty')`,
      });
      expect(r["GET /ok"]?.outcome).toBe("passed");
      expect(r.after?.outcome).toBe("skipped");
    } finally {
      types.set("jwks", jwks);
    }
  });
});

describe("an error outside every check's own run", () => {
  it("ends the gate at once with that error, never waiting for the deadline", async () => {
    const base = createRedactor();
    let finished = 0;
    // A redaction that fails once the first check's result is being recorded: the engine's own
    // step, outside any check's try, where a bug would otherwise leave the gate waiting forever.
    const redactor: Redactor = {
      ...base,
      deep: (value) => {
        if (++finished > 1) throw new RangeError("Regular expression too large");
        return base.deep(value);
      },
    };
    const started = Date.now();
    await expect(
      gate("- GET /ok\n- name: slow\n  request: GET /slow\n- GET /notfound\n", {
        concurrency: 1,
        timeoutMs: 30_000,
        redactor,
      }),
    ).rejects.toThrow("Regular expression too large");
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
