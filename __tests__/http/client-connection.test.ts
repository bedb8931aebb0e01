import { afterEach, describe, expect, it, vi } from "vitest";
import { createHttpClient } from "../../src/http/client.js";
import type { HttpClient } from "../../src/http/types.js";
import {
  closeReusedConnection,
  destroyMidBody,
  echo,
  type FixtureServer,
  hang,
  json,
  slow,
  startFixtureServer,
} from "../support/fixture-server.js";
import { failureOf, httpRequest } from "../support/http-request.js";

let server: FixtureServer;
let client: HttpClient;

async function setup(routes: Parameters<typeof startFixtureServer>[0]): Promise<void> {
  server = await startFixtureServer(routes);
  client = createHttpClient({ backoff: { baseMs: 10 } });
}

afterEach(async () => {
  vi.restoreAllMocks();
  client.close();
  await server.close();
});

describe("timeouts and the deadline", () => {
  it("times out an attempt on a hanging endpoint", async () => {
    await setup({ "/hang": hang() });
    const failure = await failureOf(client.send(httpRequest(`${server.url}/hang`, { timeoutMs: 200 })));
    expect(failure.kind).toBe("timeout");
    expect(failure.message).toBe("timed out: no response within the 200ms request timeout");
    expect(failure.attempts).toHaveLength(1);
    expect(failure.attempts[0]?.error).toBe("timed out: no response within the 200ms request timeout");
  });

  it("retries a timed-out GET", async () => {
    await setup({ "/hang": hang() });
    const failure = await failureOf(
      client.send(httpRequest(`${server.url}/hang`, { timeoutMs: 100, retries: 2 })),
    );
    expect(failure.kind).toBe("timeout");
    expect(failure.message).toBe("timed out: no response within the 100ms request timeout");
    expect(server.requestsTo("/hang")).toHaveLength(3);
  });

  it("times out a body that stops arriving", async () => {
    await setup({
      "/stall": (_req, res) => {
        res.writeHead(200, { "content-length": 100 });
        res.write("partial");
      },
    });
    const failure = await failureOf(client.send(httpRequest(`${server.url}/stall`, { timeoutMs: 200 })));
    expect(failure.kind).toBe("timeout");
    expect(failure.message).toBe("timed out: the body did not arrive within the 200ms request timeout");
  });

  it("cuts an attempt at the deadline when that comes before the timeout", async () => {
    await setup({ "/hang": hang() });
    const started = Date.now();
    const failure = await failureOf(
      client.send(
        httpRequest(`${server.url}/hang`, { timeoutMs: 10_000, retries: 3, deadline: Date.now() + 300 }),
      ),
    );
    expect(Date.now() - started).toBeLessThan(2000);
    expect(failure.kind).toBe("deadline");
    expect(failure.message).toBe("the check's deadline passed while waiting for a response");
    expect(failure.attempts).toHaveLength(1);
  });

  it("does not start when the deadline has passed", async () => {
    await setup({ "/ok": json({ ok: true }) });
    const failure = await failureOf(
      client.send(httpRequest(`${server.url}/ok`, { deadline: Date.now() - 1 })),
    );
    expect(failure.kind).toBe("deadline");
    expect(server.requests).toHaveLength(0);
  });

  it("does not begin a backoff that would end after the deadline", async () => {
    await setup({ "/down": json({}, { status: 503 }) });
    client = createHttpClient({ backoff: { baseMs: 10_000 } });
    vi.spyOn(Math, "random").mockReturnValue(0.5);
    const started = Date.now();
    const failure = await failureOf(
      client.send(httpRequest(`${server.url}/down`, { retries: 3, deadline: Date.now() + 1000 })),
    );
    expect(Date.now() - started).toBeLessThan(1000);
    expect(failure.kind).toBe("deadline");
    expect(failure.message).toMatch(
      /^503 Service Unavailable: retry 1 is due in 2.5s but the check's deadline is in \d+ms$/,
    );
  });
});

describe("abort signal", () => {
  it("aborts an attempt in flight", async () => {
    await setup({ "/hang": hang() });
    const controller = new AbortController();
    setTimeout(() => controller.abort("SIGTERM"), 100);
    const failure = await failureOf(
      client.send(httpRequest(`${server.url}/hang`, { signal: controller.signal })),
    );
    expect(failure.kind).toBe("aborted");
    expect(failure.message).toBe("request aborted: SIGTERM");
  });

  it("aborts a wait between retries", async () => {
    await setup({ "/down": json({}, { status: 503, headers: { "retry-after": "20" } }) });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    const failure = await failureOf(
      client.send(httpRequest(`${server.url}/down`, { retries: 2, signal: controller.signal })),
    );
    expect(Date.now() - started).toBeLessThan(2000);
    expect(failure.kind).toBe("aborted");
    expect(failure.attempts.map((a) => a.status)).toEqual([503]);
  });

  it("does not send when already aborted", async () => {
    await setup({ "/ok": json({ ok: true }) });
    const failure = await failureOf(
      client.send(httpRequest(`${server.url}/ok`, { signal: AbortSignal.abort() })),
    );
    expect(failure.kind).toBe("aborted");
    expect(server.requests).toHaveLength(0);
  });
});

describe("connections", () => {
  it("fails when the socket is destroyed mid-body", async () => {
    await setup({ "/reset": destroyMidBody(1024) });
    const failure = await failureOf(client.send(httpRequest(`${server.url}/reset`)));
    expect(failure.kind).toBe("connection");
    expect(failure.message).toMatch(/^the connection broke after 1024 bytes of the body/);
  });

  it("reuses one keep-alive connection for sequential GETs", async () => {
    await setup({ "/ok": json({ ok: true }) });
    for (let i = 0; i < 20; i++) {
      expect((await client.send(httpRequest(`${server.url}/ok`))).status).toBe(200);
    }
    expect(server.requestsTo("/ok")).toHaveLength(20);
    expect(server.connections).toBeLessThanOrEqual(2);
  });

  it("retries a GET once on a fresh connection when the server closed the reused one", async () => {
    await setup({ "/warm": json({ ok: true }), "/stale": closeReusedConnection() });
    await client.send(httpRequest(`${server.url}/warm`));
    const response = await client.send(httpRequest(`${server.url}/stale`, { retries: 0 }));
    expect(response.status).toBe(200);
    expect(response.attempts).toHaveLength(2);
    expect(response.attempts[0]?.error).toMatch(/closed the connection before answering .*reused keep-alive/);
    expect(response.attempts[0]?.staleConnection).toBe(true);
    expect(response.attempts[1]).toMatchObject({ status: 200, waitedMs: 0 });
    const [first, second] = server.requestsTo("/stale");
    expect(second!.connection).not.toBe(first!.connection);
  });

  it("sends an unkeyed POST on a fresh connection, so a stale socket cannot fail it", async () => {
    await setup({ "/warm": json({ ok: true }), "/orders": closeReusedConnection(echo()) });
    await client.send(httpRequest(`${server.url}/warm`));
    const response = await client.send(httpRequest(`${server.url}/orders`, { method: "POST", body: "{}" }));
    expect(response.status).toBe(200);
    expect(response.attempts).toHaveLength(1);
    expect(server.requestsTo("/orders")[0]!.connection).not.toBe(server.requestsTo("/warm")[0]!.connection);
  });

  it("reports a refused connection without retrying when retries is 0", async () => {
    await setup({});
    const { port } = server;
    await server.close();
    server = await startFixtureServer({});
    const failure = await failureOf(client.send(httpRequest(`http://127.0.0.1:${port}/`)));
    expect(failure.kind).toBe("connection");
    expect(failure.attempts).toHaveLength(1);
  });

  it("answers many concurrent GETs over a bounded number of connections", async () => {
    await setup({ "/slow": slow(20) });
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => client.send(httpRequest(`${server.url}/slow`))),
    );
    expect(responses.every((r) => r.status === 200)).toBe(true);
    const again = await Promise.all(
      Array.from({ length: 50 }, () => client.send(httpRequest(`${server.url}/slow`))),
    );
    expect(again.every((r) => r.status === 200)).toBe(true);
    // The second wave reuses the first wave's connections.
    expect(server.connections).toBeLessThanOrEqual(50);
  });

  it("rejects a URL that is not http(s)", async () => {
    await setup({});
    const failure = await failureOf(client.send(httpRequest("ftp://127.0.0.1/file")));
    expect(failure.kind).toBe("protocol");
  });

  it("sends the client's User-Agent unless the request sets one", async () => {
    await setup({ "/echo": echo() });
    client = createHttpClient({ userAgent: "deploy-gate/test" });
    await client.send(httpRequest(`${server.url}/echo`));
    await client.send(httpRequest(`${server.url}/echo`, { headers: { "User-Agent": "custom/1" } }));
    expect(server.requests.map((r) => r.headers["user-agent"])).toEqual(["deploy-gate/test", "custom/1"]);
    expect(server.requests[0]?.headers).not.toHaveProperty("x-deploy-gate-dispatch");
  });
});
