// Alone in its file so that nothing else in this worker moves the resident set size while it is measured.
import { afterAll, beforeAll, expect, it } from "vitest";
import { createHttpClient } from "../../src/http/client.js";
import { type FixtureServer, startFixtureServer, streamBytes } from "../support/fixture-server.js";
import { httpRequest } from "../support/http-request.js";

const MiB = 1024 * 1024;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer({ "/huge": streamBytes(200 * MiB) });
});

afterAll(async () => {
  await server.close();
});

it("reads a 200 MB body within a bounded amount of memory", async () => {
  const client = createHttpClient();
  try {
    const before = process.memoryUsage().rss;
    const response = await client.send(httpRequest(`${server.url}/huge`, { timeoutMs: 20_000 }));
    const grownMiB = (process.memoryUsage().rss - before) / MiB;
    expect(response.truncated).toBe(true);
    expect(response.body.length).toBe(10 * MiB);
    expect(grownMiB).toBeLessThan(100);
  } finally {
    client.close();
  }
});
