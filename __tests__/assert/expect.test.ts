import { describe, expect, it } from "vitest";
import { allPassed, evaluateExpect } from "../../src/assert/expect.js";
import type { Expect } from "../../src/assert/expect-schema.js";
import type { HttpResponse } from "../../src/http/types.js";

function response(overrides: Partial<HttpResponse> & { json?: unknown } = {}): HttpResponse {
  const { json, ...rest } = overrides;
  const text = rest.text ?? (json === undefined ? "" : JSON.stringify(json));
  return {
    status: 200,
    headers: {},
    body: Buffer.from(text),
    text,
    truncated: false,
    durationMs: 42,
    url: "http://127.0.0.1/",
    attempts: [],
    ...rest,
  };
}

const task = { id: "t-1", status: "queued", data: [{ id: 1 }] };

async function failures(expectation: Expect | undefined, res: HttpResponse) {
  return (await evaluateExpect(expectation, res)).filter((r) => !r.passed);
}

describe("evaluateExpect", () => {
  it("asserts a 2xx when nothing is expected", async () => {
    expect(await evaluateExpect(undefined, response())).toEqual([
      { target: "status", expected: "2xx", actual: "200", passed: true, message: "status: got 200" },
    ]);
    const [status] = await evaluateExpect({}, response({ status: 503 }));
    expect(status).toMatchObject({ passed: false, message: "status: expected 2xx, got 503" });
  });

  it("asserts the status given, as a code, a class or a list", async () => {
    expect(allPassed(await evaluateExpect({ status: 404 }, response({ status: 404 })))).toBe(true);
    expect(allPassed(await evaluateExpect({ status: "4xx" }, response({ status: 409 })))).toBe(true);
    const [status] = await evaluateExpect({ status: [200, 201] }, response({ status: 202 }));
    expect(status?.message).toBe("status: expected 200 or 201, got 202");
  });

  it("leaves the status out when defaultStatus is off and none is given", async () => {
    const results = await evaluateExpect(
      { json: { "$.status": "failed" } },
      response({ status: 500, json: { status: "failed" } }),
      {
        defaultStatus: false,
      },
    );
    expect(results.map((r) => r.target)).toEqual(["$.status"]);
    expect(allPassed(results)).toBe(true);
    const withStatus = await evaluateExpect({ status: 500 }, response({ status: 500 }), {
      defaultStatus: false,
    });
    expect(withStatus.map((r) => r.target)).toEqual(["status"]);
  });

  it("returns every assertion, passed and failed, in a fixed order", async () => {
    const res = response({ json: task, headers: { "content-type": "application/json" }, durationMs: 900 });
    const results = await evaluateExpect(
      {
        "max-duration": 800,
        schema: { type: "object" },
        body: { contains: "t-1" },
        json: { "$.status": "queued", "$.id": { type: "number" } },
        headers: { "Content-Type": "/json/" },
        status: 200,
      },
      res,
    );
    expect(results.map((r) => [r.target, r.passed])).toEqual([
      ["status", true],
      ["header content-type", true],
      ["$.status", true],
      ["$.id", false],
      ["body", true],
      ["schema", true],
      ["duration", false],
    ]);
    expect(allPassed(results)).toBe(false);
  });
});

describe("headers", () => {
  const res = response({
    headers: { "content-type": "application/json; charset=utf-8", "x-request-id": "abc" },
  });

  it("matches names case-insensitively and exact values exactly", async () => {
    expect(await failures({ headers: { "X-Request-Id": "abc" } }, res)).toEqual([]);
    const [r] = await failures({ headers: { "content-type": "application/json" } }, res);
    expect(r).toMatchObject({
      target: "header content-type",
      expected: "application/json",
      actual: "application/json; charset=utf-8",
      message: "header content-type: expected application/json, got application/json; charset=utf-8",
    });
  });

  it("treats /re/flags as a regex", async () => {
    expect(await failures({ headers: { "content-type": "/^APPLICATION\\/JSON/i" } }, res)).toEqual([]);
    const [r] = await failures({ headers: { "content-type": "/text\\/html/" } }, res);
    expect(r?.message).toBe(
      "header content-type: expected matching /text\\/html/, got application/json; charset=utf-8",
    );
    const [bad] = await failures({ headers: { "content-type": "/(/" } }, res);
    expect(bad?.message).toMatch(/^header content-type: invalid regular expression/);
  });

  it("takes { equals } as a literal, even one in slashes that a bare value would make a regex", async () => {
    const located = response({ headers: { location: "/v1/tasks/" } });
    expect(await failures({ headers: { Location: { equals: "/v1/tasks/" } } }, located)).toEqual([]);
    // The bare form is the regex `v1\/tasks` matching anywhere: `/v2/v1/tasks/x` passes it, not the literal.
    const moved = response({ headers: { location: "/v2/v1/tasks/x" } });
    expect(await failures({ headers: { location: "/v1\\/tasks/" } }, moved)).toEqual([]);
    const [r] = await failures({ headers: { location: { equals: "/v1/tasks/" } } }, moved);
    expect(r).toMatchObject({
      expected: "/v1/tasks/",
      message: "header location: expected /v1/tasks/, got /v2/v1/tasks/x",
    });
  });

  it("fails a value or regex expectation on a missing header", async () => {
    const [r] = await failures({ headers: { etag: "/.+/" } }, res);
    expect(r).toMatchObject({
      actual: "absent",
      message: "header etag: expected matching /.+/, but the header is absent",
    });
  });

  it("checks presence and absence", async () => {
    expect(
      await failures({ headers: { "x-request-id": { exists: true }, server: { exists: false } } }, res),
    ).toEqual([]);
    const [present] = await failures({ headers: { "x-request-id": { exists: false } } }, res);
    expect(present?.message).toBe("header x-request-id: expected absent, got abc");
    const [absent] = await failures({ headers: { server: { exists: true } } }, res);
    expect(absent?.message).toBe("header server: expected present, got absent");
  });

  it("never shows the value of a credential header", async () => {
    const withCookie = response({ headers: { "set-cookie": "session=s3cr3t; Secure" } });
    const results = await evaluateExpect(
      { headers: { "set-cookie": "/HttpOnly/", "Set-Cookie": "session=other" } },
      withCookie,
    );
    expect(results.filter((r) => !r.passed)).toHaveLength(2);
    for (const r of results) expect(JSON.stringify(r)).not.toContain("s3cr3t");
    expect(JSON.stringify(results)).not.toContain("session=other");
  });
});

describe("json", () => {
  it("evaluates every path against the parsed body", async () => {
    const results = await evaluateExpect(
      {
        json: {
          "$.data[0].id": { exists: true },
          "$.status": "completed",
          "$.data": { type: "array", length: 1 },
        },
      },
      response({ json: task }),
    );
    expect(results.slice(1).map((r) => r.message)).toEqual([
      "$.data[0].id: got 1",
      '$.status: expected "completed", got "queued"',
      '$.data: got [{"id":1}]',
    ]);
  });

  it("fails every path on an empty body, exists: false included", async () => {
    const results = await failures(
      { json: { "$.id": { exists: true }, "$.gone": { exists: false } } },
      response({ status: 204 }),
    );
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({
      target: "$.id",
      expected: "to exist",
      actual: "body is empty",
      message: "$.id: body is empty",
    });
    expect(results[1]?.message).toBe("$.gone: body is empty");
  });

  it("fails every path on a body that is not JSON", async () => {
    const results = await failures(
      { json: { "$.id": "t-1", "$.ok": true } },
      response({ text: "<html>Bad gateway</html>" }),
    );
    expect(results).toHaveLength(2);
    expect(results[0]?.message).toMatch(/^\$\.id: body is not JSON: Unexpected token/);
  });

  it("fails on a truncated body even when the cut happens to parse", async () => {
    const [r] = await failures({ json: { $: { gt: 0 } } }, response({ text: "123", truncated: true }));
    expect(r?.message).toBe("$: body was cut at 3 bytes, so it cannot be read as JSON");
  });

  it("fails a missing path and a NaN-like value", async () => {
    const res = response({ json: { rate: "NaN", n: null } });
    const results = await failures(
      { json: { "$.missing": { gte: 0 }, "$.rate": { lt: 1 }, "$.n": { gte: 0 } } },
      res,
    );
    expect(results.map((r) => r.target)).toEqual(["$.missing", "$.rate", "$.n"]);
  });

  it("reports an invalid JSONPath as a failure", async () => {
    const [r] = await failures({ json: { "$[": 1 } }, response({ json: task }));
    expect(r?.message).toMatch(/invalid JSONPath "\$\["/);
  });

  it("survives a pathologically deep body without throwing", async () => {
    const depth = 100_000;
    const res = response({ text: `${"[".repeat(depth)}${"]".repeat(depth)}` });
    const results = await evaluateExpect(
      { json: { $: { type: "array" }, "$..*": { exists: true } }, schema: { type: "array" } },
      res,
    );
    expect(results[1]).toMatchObject({ target: "$", passed: true });
    expect(results[1]?.actual.length).toBeLessThanOrEqual(200);
    expect(results[2]?.target).toBe("$..*");
    expect(results).toHaveLength(4);
  });

  it("reads __proto__ keys in the response as data and pollutes nothing", async () => {
    const res = response({
      text: '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"isAdmin":true}}}',
    });
    const results = await evaluateExpect(
      { json: { "$.__proto__.isAdmin": true, "$.isAdmin": { exists: false } } },
      res,
    );
    expect(allPassed(results)).toBe(true);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});

describe("body", () => {
  const res = response({ text: "status: healthy\nversion: 1.2.3" });

  it("checks contains and matches on the text", async () => {
    expect(await failures({ body: { contains: "healthy", matches: "/version: \\d+\\.\\d+/" } }, res)).toEqual(
      [],
    );
    const results = await failures({ body: { contains: "degraded", matches: "^ok$" } }, res);
    expect(results.map((r) => r.message)).toEqual([
      'body: expected to contain "degraded", not found',
      "body: expected to match /^ok$/, no match",
    ]);
  });

  it("says when a miss may be due to a cut body", async () => {
    const cut = response({ text: "abc", truncated: true });
    const [r] = await failures({ body: { contains: "xyz" } }, cut);
    expect(r?.message).toBe('body: expected to contain "xyz", not found (body was cut at 3 bytes)');
  });

  it("fails an invalid regex", async () => {
    const [r] = await failures({ body: { matches: "[" } }, res);
    expect(r?.message).toMatch(/^body: invalid regular expression/);
  });
});

describe("schema", () => {
  const schema = { type: "object", required: ["id"], properties: { id: { type: "string" } } };

  it("validates the JSON body", async () => {
    expect(await failures({ schema }, response({ json: { id: "x" } }))).toEqual([]);
    const [r] = await failures({ schema }, response({ json: { id: 7 } }));
    expect(r?.message).toBe("schema /id: must be string, got 7");
  });

  it("fails closed when there is no JSON body", async () => {
    const [r] = await failures({ schema }, response({ text: "" }));
    expect(r).toMatchObject({ target: "schema", message: "schema: body is empty" });
  });
});

describe("max-duration", () => {
  it("passes within the budget and fails over it", async () => {
    expect(await failures({ "max-duration": 42 }, response({ durationMs: 42 }))).toEqual([]);
    const [r] = await failures({ "max-duration": 800 }, response({ durationMs: 1250 }));
    expect(r).toMatchObject({ target: "duration", expected: "≤ 800ms", actual: "1.25s" });
    expect(r?.message).toBe("duration: took 1.25s, over the 800ms budget");
  });
});

describe("allPassed", () => {
  it("is true only when every assertion passed", () => {
    const ok = { target: "status", expected: "2xx", actual: "200", passed: true, message: "" };
    expect(allPassed([ok, ok])).toBe(true);
    expect(allPassed([ok, { ...ok, passed: false }])).toBe(false);
  });
});
