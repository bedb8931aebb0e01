// The bundled action behind the runner's proxy: http_proxy routes its requests through the proxy (with
// @actions/http-client, loaded from its own chunk only then) and no_proxy sends them direct. The action
// runs with the tests' loopback-only resolver (support/loopback-dns.mjs): the service is named
// `shop.test`, which resolves nowhere unless a test maps it to 127.0.0.1, so only the proxy can reach it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FixtureServer, json, startFixtureServer } from "../support/fixture-server.js";
import { type ForwardProxy, startForwardProxy } from "../support/forward-proxy.js";
import { loopbackResolverEnv } from "../support/loopback-dns.mjs";
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
      env: { ...loopbackResolverEnv(), http_proxy: proxy.url },
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
    const before = server.requests.length;
    const run = await runAction({
      node,
      inputs: { "base-url": `http://shop.test:${server.port}`, checks: CHECKS, retries: "0" },
      env: {
        ...loopbackResolverEnv({ "shop.test": "127.0.0.1" }),
        http_proxy: proxy.url,
        no_proxy: "localhost,.test",
      },
    });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ result: "passed", passed: "2", failed: "0" });
    const direct = server.requests.slice(before).map((r) => `${r.path} ${r.headers.host}`);
    expect(direct.sort()).toEqual([`/health shop.test:${server.port}`, `/v1/tasks shop.test:${server.port}`]);
    expect(proxy.requests).toEqual([]);
  });
});
