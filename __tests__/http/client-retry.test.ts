import { afterEach, describe, expect, it } from "vitest";
import type { CircuitOptions } from "../../src/http/circuit.js";
import { createHttpClient } from "../../src/http/client.js";
import type { HttpClient } from "../../src/http/types.js";
import {
  type FixtureServer,
  flaky,
  json,
  sequence,
  startFixtureServer,
  tooManyRequests,
} from "../support/fixture-server.js";
import { failureOf, httpRequest } from "../support/http-request.js";

let server: FixtureServer;
let client: HttpClient;

async function setup(
  routes: Parameters<typeof startFixtureServer>[0],
  circuit?: CircuitOptions,
): Promise<void> {
  server = await startFixtureServer(routes);
  client = createHttpClient({ backoff: { baseMs: 10 }, ...(circuit ? { circuit } : {}) });
}

afterEach(async () => {
  client.close();
  await server.close();
});

describe("retries", () => {
  it("retries a GET through two 503s and records every attempt", async () => {
    await setup({ "/flaky": flaky(2) });
    const response = await client.send(httpRequest(`${server.url}/flaky`, { retries: 3 }));
    expect(response.status).toBe(200);
    expect(response.attempts.map((a) => a.status)).toEqual([503, 503, 200]);
    expect(response.attempts[0]?.waitedMs).toBe(0);
    expect(response.durationMs).toBe(response.attempts[2]?.durationMs);
    expect(server.requestsTo("/flaky")).toHaveLength(3);
  });

  it("returns the last 503 once retries are spent", async () => {
    await setup({ "/down": flaky(10) });
    const response = await client.send(httpRequest(`${server.url}/down`, { retries: 2 }));
    expect(response.status).toBe(503);
    expect(response.attempts).toHaveLength(3);
  });

  it("does not retry a 500", async () => {
    await setup({ "/broken": flaky(1, { status: 500 }) });
    const response = await client.send(httpRequest(`${server.url}/broken`, { retries: 3 }));
    expect(response.status).toBe(500);
    expect(server.requestsTo("/broken")).toHaveLength(1);
  });

  it("does not retry a POST without an idempotency key", async () => {
    await setup({ "/orders": flaky(2, { after: json({ id: 1 }, { status: 201 }) }) });
    const response = await client.send(
      httpRequest(`${server.url}/orders`, { method: "POST", body: '{"sku":"a"}', retries: 3 }),
    );
    expect(response.status).toBe(503);
    expect(server.requestsTo("/orders")).toHaveLength(1);
  });

  it("retries a POST with an Idempotency-Key, sending the same key and body each time", async () => {
    await setup({ "/orders": flaky(2, { after: json({ id: 1 }, { status: 201 }) }) });
    const response = await client.send(
      httpRequest(`${server.url}/orders`, {
        method: "POST",
        headers: { "Idempotency-Key": "order-42", "Content-Type": "application/json" },
        body: Buffer.from('{"sku":"a"}'),
        retries: 3,
      }),
    );
    expect(response.status).toBe(201);
    const received = server.requestsTo("/orders");
    expect(received).toHaveLength(3);
    expect(received.map((r) => r.headers["idempotency-key"])).toEqual(["order-42", "order-42", "order-42"]);
    expect(received.map((r) => r.text)).toEqual(['{"sku":"a"}', '{"sku":"a"}', '{"sku":"a"}']);
  });

  it("retries a connection refused for a GET and says what happened", async () => {
    await setup({});
    const port = server.port;
    await server.close();
    server = await startFixtureServer({});
    const failure = await failureOf(client.send(httpRequest(`http://127.0.0.1:${port}/x`, { retries: 2 })));
    expect(failure.kind).toBe("connection");
    expect(failure.message).toBe(`connection refused by 127.0.0.1:${port} (ECONNREFUSED)`);
    expect(failure.attempts).toHaveLength(3);
    expect(failure.attempts[1]?.error).toContain("ECONNREFUSED");
  });

  it("reports each attempt to onAttempt", async () => {
    server = await startFixtureServer({ "/flaky": flaky(1) });
    const seen: string[] = [];
    client = createHttpClient({
      backoff: { baseMs: 10 },
      onAttempt: (e) => seen.push(`${e.number} ${e.method} ${e.record.status}`),
    });
    await client.send(httpRequest(`${server.url}/flaky`, { retries: 1 }));
    expect(seen).toEqual(["1 GET 503", "2 GET 200"]);
  });
});

describe("429 Too Many Requests", () => {
  it("waits Retry-After seconds, then retries", async () => {
    await setup({ "/limited": tooManyRequests(1) });
    const response = await client.send(httpRequest(`${server.url}/limited`, { retries: 1 }));
    expect(response.status).toBe(200);
    expect(response.attempts.map((a) => a.status)).toEqual([429, 200]);
    // One second plus at most one backoff base (10ms) of jitter.
    expect(response.attempts[1]?.waitedMs).toBeGreaterThanOrEqual(1000);
    expect(response.attempts[1]?.waitedMs).toBeLessThan(1010);
  });

  it("waits until a Retry-After HTTP date", async () => {
    // HTTP dates have whole seconds: 1.5s from now is cut to between 0.5s and 1.5s.
    await setup({ "/limited": tooManyRequests(1.5, { asDate: true }) });
    const response = await client.send(httpRequest(`${server.url}/limited`, { retries: 1 }));
    expect(response.attempts.map((a) => a.status)).toEqual([429, 200]);
    expect(response.attempts[1]?.waitedMs).toBeGreaterThan(0);
    expect(response.attempts[1]?.waitedMs).toBeLessThan(1600);
  });

  it("retries a keyed POST with the same key after a 429", async () => {
    await setup({ "/pay": tooManyRequests(0, { times: 2 }) });
    const response = await client.send(
      httpRequest(`${server.url}/pay`, {
        method: "POST",
        headers: { "X-Idempotency-Key": "pay-7" },
        body: "{}",
        retries: 2,
      }),
    );
    expect(response.status).toBe(200);
    expect(server.requestsTo("/pay").map((r) => r.headers["x-idempotency-key"])).toEqual([
      "pay-7",
      "pay-7",
      "pay-7",
    ]);
  });

  it("does not retry an unkeyed POST after a 429", async () => {
    await setup({ "/pay": tooManyRequests(0) });
    const response = await client.send(
      httpRequest(`${server.url}/pay`, { method: "POST", body: "{}", retries: 2 }),
    );
    expect(response.status).toBe(429);
    expect(server.requestsTo("/pay")).toHaveLength(1);
  });

  it("falls back to backoff when Retry-After is absent", async () => {
    await setup({ "/limited": sequence(json({}, { status: 429 }), json({ ok: true })) });
    const response = await client.send(httpRequest(`${server.url}/limited`, { retries: 1 }));
    expect(response.status).toBe(200);
    expect(response.attempts[1]?.waitedMs).toBeLessThan(10);
  });

  it("fails at once when Retry-After would pass the deadline", async () => {
    await setup({ "/limited": tooManyRequests(30) });
    const started = Date.now();
    const failure = await failureOf(
      client.send(httpRequest(`${server.url}/limited`, { retries: 3, deadline: Date.now() + 4000 })),
    );
    expect(Date.now() - started).toBeLessThan(2000);
    expect(failure.kind).toBe("deadline");
    expect(failure.message).toMatch(
      /^429 Too Many Requests: Retry-After asks for 30s but the check's deadline is in [34](\.\d+)?s$/,
    );
    expect(failure.attempts.map((a) => a.status)).toEqual([429]);
  });

  it("fails at once when an HTTP-date Retry-After would pass the deadline", async () => {
    await setup({ "/limited": tooManyRequests(60, { asDate: true }) });
    const started = Date.now();
    const failure = await failureOf(
      client.send(httpRequest(`${server.url}/limited`, { retries: 3, deadline: Date.now() + 3000 })),
    );
    expect(Date.now() - started).toBeLessThan(2000);
    expect(failure.kind).toBe("deadline");
    expect(failure.message).toContain("Retry-After asks for");
  });
});

describe("circuit breaker", () => {
  it("opens after 5 consecutive 5xx, holds requests back without sending, and a probe closes it", async () => {
    await setup({ "/down": flaky(5), "/other": json({ ok: true }) }, { cooldownMs: 300 });
    const first = await client.send(httpRequest(`${server.url}/down`, { retries: 2 }));
    expect(first.attempts).toHaveLength(3);
    // The 5th 5xx opens the circuit: the retry after it is held back until the cool-down ends,
    // and then it is the probe that the healed service answers.
    const second = await client.send(httpRequest(`${server.url}/down`, { retries: 5 }));
    expect(second.status).toBe(200);
    expect(second.attempts.map((a) => a.status ?? a.failure)).toEqual([503, 503, "held-back", 200]);
    expect(server.requestsTo("/down")).toHaveLength(6);
    expect(client.origins()).toEqual([
      expect.objectContaining({
        answered: 6,
        circuit: {
          opened: 1,
          heldBack: 1,
          failedProbes: 0,
          reason: "5 consecutive failures (last: 503 Service Unavailable)",
        },
      }),
    ]);
  });

  it("a held-back request whose deadline comes before the next probe fails at once, naming the circuit", async () => {
    await setup({ "/down": flaky(100), "/orders": json({ id: 1 }) }, { cooldownMs: 60_000 });
    await client.send(httpRequest(`${server.url}/down`, { retries: 4 }));
    const failure = await failureOf(
      client.send(httpRequest(`${server.url}/orders`, { method: "POST", body: "{}", retries: 3 })),
    );
    expect(failure.kind).toBe("held-back");
    expect(failure.message).toBe(
      `held back: the circuit for 127.0.0.1:${server.port} is open after 5 consecutive failures (last: 503 Service Unavailable); the check's deadline comes before the circuit's next probe`,
    );
    expect(failure.attempts).toEqual([expect.objectContaining({ failure: "held-back" })]);
    expect(server.requestsTo("/orders")).toHaveLength(0);
  });

  it("resets on a non-5xx answer", async () => {
    await setup({ "/down": flaky(100), "/ok": json({ ok: true }) });
    for (let i = 0; i < 4; i++) await client.send(httpRequest(`${server.url}/down`));
    await client.send(httpRequest(`${server.url}/ok`));
    for (let i = 0; i < 4; i++) await client.send(httpRequest(`${server.url}/down`));
    expect((await client.send(httpRequest(`${server.url}/ok`))).status).toBe(200);
    expect(client.origins()[0]?.circuit).toBeUndefined();
  });

  it("never counts answers the check expected or polls it is waiting through", async () => {
    await setup({ "/guard": flaky(100), "/ready": flaky(100), "/ok": json({ ok: true }) }, { threshold: 2 });
    for (let i = 0; i < 5; i++) {
      const guard = await client.send(
        httpRequest(`${server.url}/guard`, { retries: 3, expects: (a) => a.status === 503 }),
      );
      expect(guard.attempts).toHaveLength(1);
      await client.send(httpRequest(`${server.url}/ready`, { retries: 3, waiting: true }));
    }
    expect(server.requestsTo("/guard")).toHaveLength(5);
    expect(server.requestsTo("/ready")).toHaveLength(5);
    expect((await client.send(httpRequest(`${server.url}/ok`))).status).toBe(200);
    expect(client.origins()[0]?.circuit).toBeUndefined();
  });

  it("keeps other hosts reachable", async () => {
    await setup({ "/down": flaky(100) }, { threshold: 2, cooldownMs: 60_000 });
    const healthy = await startFixtureServer({ "/ok": json({ ok: true }) }, { host: "127.0.0.2" });
    try {
      await client.send(httpRequest(`${server.url}/down`, { retries: 1 }));
      await expect(client.send(httpRequest(`${server.url}/down`, { retries: 0 }))).rejects.toMatchObject({
        kind: "held-back",
      });
      expect((await client.send(httpRequest(`${healthy.url}/ok`))).status).toBe(200);
    } finally {
      await healthy.close();
    }
  });
});
