import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHttpClient } from "../../src/http/client.js";
import type { HttpClient } from "../../src/http/types.js";
import { echo, type FixtureServer, redirect, startFixtureServer } from "../support/fixture-server.js";
import { httpRequest } from "../support/http-request.js";

let origin: FixtureServer;
let elsewhere: FixtureServer;
let client: HttpClient;

const credentials = {
  Authorization: "Bearer top-secret",
  Cookie: "session=abc",
  "X-Api-Key": "key-123",
  "X-Signature": "sig-456",
  Accept: "application/json",
};

beforeEach(async () => {
  origin = await startFixtureServer({ "/echo": echo() });
  // 127.0.0.2 is another host as far as origins go, yet still this machine's loopback.
  elsewhere = await startFixtureServer({ "/echo": echo() }, { host: "127.0.0.2" });
  client = createHttpClient();
});

afterEach(async () => {
  client.close();
  await Promise.all([origin.close(), elsewhere.close()]);
});

describe("redirects", () => {
  it("keeps credentials on a same-host redirect", async () => {
    origin.route("/old", redirect("/echo"));
    const response = await client.send(httpRequest(`${origin.url}/old`, { headers: credentials }));
    expect(response.status).toBe(200);
    expect(response.url).toBe(`${origin.url}/echo`);
    const received = origin.requestsTo("/echo")[0]!;
    expect(received.headers.authorization).toBe("Bearer top-secret");
    expect(received.headers.cookie).toBe("session=abc");
  });

  it("never carries credentials to another host", async () => {
    origin.route("/away", redirect(`${elsewhere.url}/echo`, 301));
    const response = await client.send(
      httpRequest(`${origin.url}/away`, { headers: credentials, sensitiveHeaders: ["X-Signature"] }),
    );
    expect(response.status).toBe(200);
    expect(response.url).toBe(`${elsewhere.url}/echo`);
    const received = elsewhere.requestsTo("/echo")[0]!;
    expect(received.headers).not.toHaveProperty("authorization");
    expect(received.headers).not.toHaveProperty("cookie");
    expect(received.headers).not.toHaveProperty("x-api-key");
    expect(received.headers).not.toHaveProperty("x-signature");
    expect(received.headers.accept).toBe("application/json");
    // The first hop did carry them.
    expect(origin.requestsTo("/away")[0]?.headers.authorization).toBe("Bearer top-secret");
  });

  it("does not restore credentials when a later redirect comes back to the first host", async () => {
    origin.route("/away", redirect(`${elsewhere.url}/back`));
    elsewhere.route("/back", redirect(`${origin.url}/echo`));
    await client.send(httpRequest(`${origin.url}/away`, { headers: credentials }));
    expect(origin.requestsTo("/echo")[0]?.headers).not.toHaveProperty("authorization");
  });

  it("turns a POST into a GET without body on 303", async () => {
    origin.route("/submit", redirect("/echo", 303));
    await client.send(
      httpRequest(`${origin.url}/submit`, {
        method: "POST",
        body: '{"a":1}',
        headers: { "Content-Type": "application/json" },
      }),
    );
    const received = origin.requestsTo("/echo")[0]!;
    expect(received.method).toBe("GET");
    expect(received.text).toBe("");
    expect(received.headers).not.toHaveProperty("content-type");
  });

  it("keeps method and body on 307 and 308", async () => {
    origin.route("/t307", redirect("/echo", 307));
    origin.route("/t308", redirect("/echo", 308));
    for (const path of ["/t307", "/t308"]) {
      await client.send(httpRequest(`${origin.url}${path}`, { method: "PUT", body: "payload" }));
    }
    expect(origin.requestsTo("/echo").map((r) => `${r.method} ${r.text}`)).toEqual([
      "PUT payload",
      "PUT payload",
    ]);
  });

  it("follows at most 5 redirects", async () => {
    origin.route("/loop", redirect("/loop"));
    await expect(client.send(httpRequest(`${origin.url}/loop`))).rejects.toMatchObject({
      kind: "protocol",
      message: `stopped after 5 redirects; the next one pointed to ${origin.url}/loop`,
    });
    expect(origin.requestsTo("/loop")).toHaveLength(6);
  });

  it("returns a redirect without Location as the answer", async () => {
    origin.route("/nowhere", (_req, res) => {
      res.writeHead(302);
      res.end();
    });
    expect((await client.send(httpRequest(`${origin.url}/nowhere`))).status).toBe(302);
  });
});
