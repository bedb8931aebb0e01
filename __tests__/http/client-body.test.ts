import { afterEach, describe, expect, it } from "vitest";
import { createHttpClient } from "../../src/http/client.js";
import type { HttpClient } from "../../src/http/types.js";
import {
  chunked,
  compressed,
  compressionBomb,
  type Encoding,
  type FixtureServer,
  malformedJson,
  startFixtureServer,
  streamBytes,
  text,
  withBom,
} from "../support/fixture-server.js";
import { httpRequest } from "../support/http-request.js";

let server: FixtureServer;
let client: HttpClient;

async function setup(routes: Parameters<typeof startFixtureServer>[0], maxBodyBytes?: number): Promise<void> {
  server = await startFixtureServer(routes);
  client = createHttpClient({ maxBodyBytes });
}

afterEach(async () => {
  client.close();
  await server.close();
});

const ENCODINGS: readonly Encoding[] = ["gzip", "deflate", "br"];
const payload = JSON.stringify({ status: "ok", items: Array.from({ length: 200 }, (_, i) => ({ id: i })) });

describe("decoding", () => {
  for (const encoding of ENCODINGS) {
    it(`decodes a ${encoding} body and asks for compression`, async () => {
      await setup({ "/data": compressed(encoding, payload) });
      const response = await client.send(httpRequest(`${server.url}/data`));
      expect(response.headers["content-encoding"]).toBe(encoding);
      expect(response.text).toBe(payload);
      expect(response.truncated).toBe(false);
      expect(server.requests[0]?.headers["accept-encoding"]).toBe("gzip, deflate, br");
    });

    it(`cuts a ${encoding} bomb at the decoded limit`, async () => {
      await setup({ "/bomb": compressionBomb(encoding, 64 * 1024 * 1024) }, 1024 * 1024);
      const response = await client.send(httpRequest(`${server.url}/bomb`));
      expect(response.truncated).toBe(true);
      expect(response.body.length).toBe(1024 * 1024);
      expect(response.body.every((b) => b === 0)).toBe(true);
    });
  }

  it("fails with a protocol error on a corrupt gzip body", async () => {
    await setup({ "/bad": text("definitely not gzip", { headers: { "content-encoding": "gzip" } }) });
    await expect(client.send(httpRequest(`${server.url}/bad`))).rejects.toMatchObject({
      kind: "protocol",
      message: expect.stringMatching(/^could not decode the gzip body: /),
    });
  });

  it("keeps a body with an unknown encoding as sent", async () => {
    await setup({ "/zstd": text("raw bytes", { headers: { "content-encoding": "zstd" } }) });
    expect((await client.send(httpRequest(`${server.url}/zstd`))).text).toBe("raw bytes");
  });

  it("answers a HEAD for a compressed resource", async () => {
    await setup({ "/data": compressed("gzip", payload) });
    const response = await client.send(httpRequest(`${server.url}/data`, { method: "HEAD" }));
    expect(response.status).toBe(200);
    expect(response.body.length).toBe(0);
  });
});

describe("text and shape", () => {
  it("strips a UTF-8 BOM from text but not from the bytes", async () => {
    await setup({ "/bom": withBom('{"ok":true}') });
    const response = await client.send(httpRequest(`${server.url}/bom`));
    expect(response.text).toBe('{"ok":true}');
    expect(JSON.parse(response.text)).toEqual({ ok: true });
    expect(response.body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it("assembles a chunked body", async () => {
    await setup({ "/chunks": chunked(['{"a":', "1,", '"b":2}']) });
    const response = await client.send(httpRequest(`${server.url}/chunks`));
    expect(response.headers["transfer-encoding"]).toBe("chunked");
    expect(JSON.parse(response.text)).toEqual({ a: 1, b: 2 });
  });

  it("returns malformed JSON as text: judging it is the assertions' job", async () => {
    await setup({ "/broken": malformedJson() });
    const response = await client.send(httpRequest(`${server.url}/broken`));
    expect(response.status).toBe(200);
    expect(() => JSON.parse(response.text)).toThrow();
  });

  it("lower-cases header names and keeps each Set-Cookie on its own line", async () => {
    await setup({
      "/cookies": (_req, res) => {
        res.setHeader("X-Request-ID", "r-1");
        res.setHeader("Set-Cookie", ["a=1; Path=/", "b=2; Path=/"]);
        res.end("ok");
      },
    });
    const response = await client.send(httpRequest(`${server.url}/cookies`));
    expect(response.headers["x-request-id"]).toBe("r-1");
    expect(response.headers["set-cookie"]).toBe("a=1; Path=/\nb=2; Path=/");
  });
});

describe("size limit", () => {
  it("cuts a body past maxBodyBytes and marks it truncated", async () => {
    await setup({ "/big": streamBytes(5 * 1024 * 1024) }, 100_000);
    const response = await client.send(httpRequest(`${server.url}/big`));
    expect(response.truncated).toBe(true);
    expect(response.body.length).toBe(100_000);
  });

  it("lets a request set its own limit", async () => {
    await setup({ "/big": streamBytes(1024 * 1024, { chunked: true }) }, 100_000);
    const response = await client.send(httpRequest(`${server.url}/big`, { maxBodyBytes: 2 * 1024 * 1024 }));
    expect(response.truncated).toBe(false);
    expect(response.body.length).toBe(1024 * 1024);
  });

  it("does not mark a body of exactly the limit as truncated", async () => {
    await setup({ "/exact": streamBytes(100_000, { chunkBytes: 7000 }) }, 100_000);
    const response = await client.send(httpRequest(`${server.url}/exact`));
    expect(response.truncated).toBe(false);
    expect(response.body.length).toBe(100_000);
  });

  it("keeps working after cutting a body (the cut connection is not reused)", async () => {
    await setup({ "/big": streamBytes(5 * 1024 * 1024), "/small": text("fine") }, 1000);
    await client.send(httpRequest(`${server.url}/big`));
    expect((await client.send(httpRequest(`${server.url}/small`))).text).toBe("fine");
    expect(server.connections).toBe(2);
  });
});
