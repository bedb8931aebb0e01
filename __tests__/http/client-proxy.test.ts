// The runner's proxy settings (http_proxy, no_proxy) route a request through @actions/http-client, loaded
// only then; everything else the client does stays the same behind the proxy. Vitest runs each test file
// in a process of its own (pool: forks), so the proxy variables set here reach no other file.
// Names resolve on loopback only (support/loopback-dns.mjs, installed for every test file): `shop.test`
// resolves nowhere, so only the proxy can reach it; `direct.test` resolves to 127.0.0.1, so a request that
// goes direct to it arrives without the proxy.

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createHttpClient } from "../../src/http/client.js";
import type { HttpClient } from "../../src/http/types.js";
import {
  echo,
  type FixtureServer,
  hang,
  json,
  redirect,
  startFixtureServer,
} from "../support/fixture-server.js";
import { type ForwardProxy, startForwardProxy } from "../support/forward-proxy.js";
import { failureOf, httpRequest } from "../support/http-request.js";
import { mapHost } from "../support/loopback-dns.mjs";

mapHost("direct.test", "127.0.0.1");

const PROXY_VARIABLES = ["http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "no_proxy", "NO_PROXY"];

let server: FixtureServer;
let proxy: ForwardProxy;
let client: HttpClient;

beforeEach(async () => {
  // Whatever proxy this machine is behind must not take part.
  for (const name of PROXY_VARIABLES) vi.stubEnv(name, undefined);
  server = await startFixtureServer({
    "/ok": json({ ok: true }),
    "/echo": echo(),
    "/hang": hang(),
    "/login": json({ error: "who are you" }, { status: 401, headers: { "www-authenticate": "Basic" } }),
    "/old": redirect("/ok"),
  });
  proxy = await startForwardProxy();
  client = createHttpClient({ userAgent: "deploy-gate/test" });
});

afterEach(async () => {
  client.close();
  vi.unstubAllEnvs();
  await proxy.close();
  await server.close();
});

const at = (host: string, path: string) => `http://${host}:${server.port}${path}`;

describe("behind the runner's proxy", () => {
  it("sends a request through the proxy named by http_proxy", async () => {
    vi.stubEnv("http_proxy", proxy.url);
    const response = await client.send(httpRequest(at("shop.test", "/ok")));
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toEqual({ ok: true });
    expect(proxy.requests.map((r) => `${r.method} ${r.target}`)).toEqual([
      `CONNECT shop.test:${server.port}`,
    ]);
    expect(server.requestsTo("/ok")[0]?.headers.host).toBe(`shop.test:${server.port}`);
  });

  it("sends the headers and the body as it would directly, and the client's User-Agent", async () => {
    vi.stubEnv("HTTP_PROXY", proxy.url);
    const body = Buffer.from([0x00, 0xff, 0x10, 0x7b]);
    await client.send(
      httpRequest(at("shop.test", "/echo"), { method: "PUT", body, headers: { "X-Request-Id": "r-1" } }),
    );
    await client.send(httpRequest(at("shop.test", "/echo"), { headers: { "User-Agent": "custom/1" } }));
    const [put, get] = server.requestsTo("/echo");
    expect(put?.body).toEqual(body);
    expect(put?.headers["content-length"]).toBe("4");
    expect(put?.headers["x-request-id"]).toBe("r-1");
    expect(put?.headers["user-agent"]).toBe("deploy-gate/test");
    expect(put?.headers).not.toHaveProperty("x-deploy-gate-dispatch");
    expect(get?.headers["user-agent"]).toBe("custom/1");
    expect(proxy.requests).toHaveLength(2);
  });

  it("gives the proxy the credentials in the proxy URL, and never the target", async () => {
    const credentials = new URL(proxy.url);
    credentials.username = "runner";
    credentials.password = "p@ss";
    vi.stubEnv("http_proxy", credentials.href);
    await client.send(httpRequest(at("shop.test", "/echo")));
    const expected = `Basic ${Buffer.from("runner:p@ss").toString("base64")}`;
    expect(proxy.requests[0]?.headers["proxy-authorization"]).toBe(expected);
    expect(server.requestsTo("/echo")[0]?.headers).not.toHaveProperty("proxy-authorization");
  });

  it("leaves 401s and redirects to the gate, which follows the redirect through the proxy", async () => {
    vi.stubEnv("http_proxy", proxy.url);
    const denied = await client.send(httpRequest(at("shop.test", "/login")));
    expect(denied.status).toBe(401);
    const moved = await client.send(httpRequest(at("shop.test", "/old")));
    expect(moved.status).toBe(200);
    expect(moved.url).toBe(at("shop.test", "/ok"));
    expect(proxy.requests).toHaveLength(3);
  });

  it("cuts a proxied attempt with the gate's own timer", async () => {
    vi.stubEnv("http_proxy", proxy.url);
    const failure = await failureOf(client.send(httpRequest(at("shop.test", "/hang"), { timeoutMs: 200 })));
    expect(failure.kind).toBe("timeout");
    expect(failure.message).toBe("timed out: no response within the 200ms request timeout");
  });

  it("goes direct to a host that no_proxy names, and through the proxy to the others", async () => {
    vi.stubEnv("http_proxy", proxy.url);
    vi.stubEnv("no_proxy", "example.com, direct.test");
    expect((await client.send(httpRequest(at("shop.test", "/ok")))).status).toBe(200);
    expect((await client.send(httpRequest(at("direct.test", "/ok")))).status).toBe(200);
    expect(server.requestsTo("/ok").map((r) => r.headers.host)).toEqual([
      `shop.test:${server.port}`,
      `direct.test:${server.port}`,
    ]);
    expect(proxy.requests.map((r) => r.target)).toEqual([`shop.test:${server.port}`]);
  });

  it("never proxies loopback addresses, as the runner's own tools do not", async () => {
    vi.stubEnv("http_proxy", proxy.url);
    expect((await client.send(httpRequest(at("127.0.0.1", "/ok")))).status).toBe(200);
    expect((await client.send(httpRequest(at("localhost", "/ok")))).status).toBe(200);
    expect(proxy.requests).toHaveLength(0);
  });

  it("uses https_proxy for https URLs only", async () => {
    vi.stubEnv("https_proxy", proxy.url);
    expect((await client.send(httpRequest(at("direct.test", "/ok")))).status).toBe(200);
    expect(server.requestsTo("/ok")[0]?.headers.host).toBe(`direct.test:${server.port}`);
    expect(proxy.requests).toHaveLength(0);
  });
});
