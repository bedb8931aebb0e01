// The bundled action behind the runner's proxy: http_proxy routes its requests through the proxy (with
// @actions/http-client, loaded from its own chunk only then) and no_proxy sends them direct. The service
// is named `shop.test`, which resolves nowhere (RFC 6761): only the proxy can reach it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FixtureServer, json, startFixtureServer } from "../support/fixture-server.js";
import { type ForwardProxy, startForwardProxy } from "../support/forward-proxy.js";
import { NODE20, NODE24, runAction } from "../support/run-action.js";

const CHECKS = `
checks:
  - GET /health
  - name: list tasks
    request: GET /v1/tasks
    expect: { status: 200, json: { "$.data[0].id": "t1" } }
`;

let server: FixtureServer;
let proxy: ForwardProxy;

beforeAll(async () => {
  server = await startFixtureServer({
    "/health": json({ status: "ok" }),
    "/v1/tasks": json({ data: [{ id: "t1" }] }),
  });
});

afterAll(async () => {
  await server.close();
});

beforeEach(async () => {
  await proxy?.close();
  proxy = await startForwardProxy();
});

describe.each([
  ["node 20", NODE20],
  ["node 24", NODE24],
])("the bundled action behind a proxy on %s", (_name, node) => {
  it("sends every request through the proxy that http_proxy names", async () => {
    const run = await runAction({
      node,
      inputs: { "base-url": `http://shop.test:${server.port}`, checks: CHECKS, retries: "0" },
      env: { http_proxy: proxy.url },
    });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ result: "passed", passed: "2", failed: "0" });
    expect(proxy.requests.map((r) => `${r.method} ${r.target}`)).toEqual([
      `CONNECT shop.test:${server.port}`,
      `CONNECT shop.test:${server.port}`,
    ]);
  });

  it("goes direct to a host in no_proxy, so the proxy never hears of it", async () => {
    const run = await runAction({
      node,
      inputs: {
        "base-url": `http://shop.test:${server.port}`,
        checks: CHECKS,
        retries: "0",
        "request-timeout": "3s",
      },
      env: { http_proxy: proxy.url, no_proxy: "localhost,.test" },
    });
    // Direct, shop.test cannot be reached: the gate blocks instead of passing.
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe("failed");
    expect(proxy.requests).toEqual([]);
  });
});
