// The engine resolves each check's request timeout and retries once, for every check type: the
// check's own `timeout` / `retries`, else the inputs, else the config's `defaults`, else the
// built-ins (10s, 2 retries). Observed on the requests the checks actually send to a real server.
import { createServer, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GateOptions } from "../../src/engine/gate.js";
import { createHttpClient } from "../../src/http/client.js";
import type { HttpClient, HttpRequest } from "../../src/http/types.js";
import { runChecks, startServer, type TestServer } from "../support/gate.js";

/** The real client, recording what each request was sent with. */
function recordingClient(): {
  http: HttpClient;
  sent: Map<string, Pick<HttpRequest, "timeoutMs" | "retries">>;
} {
  const real = createHttpClient();
  const sent = new Map<string, Pick<HttpRequest, "timeoutMs" | "retries">>();
  const http: HttpClient = {
    send(request) {
      sent.set(new URL(request.url).pathname, { timeoutMs: request.timeoutMs, retries: request.retries });
      return real.send(request);
    },
    origins: () => real.origins(),
    close: () => real.close(),
  };
  return { http, sent };
}

const CHECKS = `
  - { name: own, request: GET /own, timeout: 7s, retries: 4 }
  - { name: inherits, request: GET /inherits }
  - { name: flow, type: flow, timeout: 5s, retries: 3, steps: [{ request: GET /step-1 }, { request: GET /step-2 }] }
  - { name: metrics, type: metrics, path: /metrics, retries: 1 }
`;

describe("each check's request timeout and retries", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer((req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      res.end(req.url === "/metrics" ? "up 1\n" : "ok");
    });
  });
  afterAll(() => server.close());

  async function sentWith(yaml: string, inputs: Partial<GateOptions>) {
    const { http, sent } = recordingClient();
    const { gate } = await runChecks(yaml, server.url, { gate: { http, ...inputs } });
    http.close();
    expect(gate.checks.map((c) => `${c.name}: ${c.outcome}`)).toEqual(
      gate.checks.map((c) => `${c.name}: passed`),
    );
    return Object.fromEntries(sent);
  }

  it("a check's own timeout and retries win over the inputs and the config's defaults", async () => {
    const yaml = `defaults: { timeout: 3s, retries: 1 }\nchecks:${CHECKS}`;
    const sent = await sentWith(yaml, { requestTimeoutMs: 2000, retries: 0 });
    expect(sent).toEqual({
      "/own": { timeoutMs: 7000, retries: 4 },
      "/step-1": { timeoutMs: 5000, retries: 3 },
      "/step-2": { timeoutMs: 5000, retries: 3 },
      "/metrics": { timeoutMs: 2000, retries: 1 },
      // The inputs win over the config's defaults.
      "/inherits": { timeoutMs: 2000, retries: 0 },
    });
  });

  it("without inputs the config's defaults apply, and without those the built-ins", async () => {
    const withDefaults = await sentWith(`defaults: { timeout: 3s, retries: 1 }\nchecks:${CHECKS}`, {
      requestTimeoutMs: undefined,
      retries: undefined,
    });
    expect(withDefaults["/inherits"]).toEqual({ timeoutMs: 3000, retries: 1 });
    expect(withDefaults["/own"]).toEqual({ timeoutMs: 7000, retries: 4 });
    const bare = await sentWith(`checks:${CHECKS}`, { requestTimeoutMs: undefined, retries: undefined });
    expect(bare["/inherits"]).toEqual({ timeoutMs: 10_000, retries: 2 });
    expect(bare["/metrics"]).toEqual({ timeoutMs: 10_000, retries: 1 });
  });

  describe("a check that is not HTTP (tls) uses the same resolved timeout", () => {
    let silent: Server;
    let port: number;
    beforeAll(async () => {
      // Accepts the connection and never answers the TLS handshake.
      silent = createServer(() => undefined);
      await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
      port = (silent.address() as { port: number }).port;
    });
    afterAll(() => {
      silent.close();
    });

    it("its own timeout wins over the input's", async () => {
      const yaml = `- { type: tls, host: 127.0.0.1, port: ${port}, timeout: 300ms }`;
      const started = Date.now();
      const { check } = await runChecks(yaml, server.url, { gate: { requestTimeoutMs: 20_000 } });
      expect(check.outcome).toBe("errored");
      expect(check.detail).toBe(`TLS to 127.0.0.1:${port}: no TLS handshake within 300ms`);
      expect(Date.now() - started).toBeLessThan(5000);
    });

    it("the input's wins over the config's defaults", async () => {
      const yaml = `defaults: { timeout: 20s }\nchecks:\n  - { type: tls, host: 127.0.0.1, port: ${port} }`;
      const { check } = await runChecks(yaml, server.url, { gate: { requestTimeoutMs: 250 } });
      expect(check.detail).toBe(`TLS to 127.0.0.1:${port}: no TLS handshake within 250ms`);
    });
  });
});
