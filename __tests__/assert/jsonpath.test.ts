import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonPathProblem, parseJsonBody, queryJson } from "../../src/assert/jsonpath.js";

const doc = {
  data: [
    { id: 1, tags: ["a"] },
    { id: 2, tags: [] },
  ],
  status: "ok",
};

describe("queryJson", () => {
  it("returns every selected node", () => {
    expect(queryJson(doc, "$.status")).toEqual(["ok"]);
    expect(queryJson(doc, "$.data[*].id")).toEqual([1, 2]);
    expect(queryJson(doc, "$.data[?@.id > 1].id")).toEqual([2]);
    expect(queryJson(doc, "$.missing")).toEqual([]);
  });

  it("throws an Error naming an invalid path", () => {
    expect(() => queryJson(doc, "$.data[")).toThrow(/invalid JSONPath "\$\.data\[": /);
    expect(() => queryJson(doc, "data")).toThrow(/invalid JSONPath "data"/);
    expect(() => queryJson(doc, "")).toThrow(/invalid JSONPath ""/);
  });

  it("says in one line what is wrong with a path, never the parser's character ranges", () => {
    expect(jsonPathProblem("$.headers.X-Api-Key")).toBe(
      `invalid JSONPath "$.headers.X-Api-Key": "-" cannot appear in a dotted name; use the bracket form $.headers['X-Api-Key']`,
    );
    expect(jsonPathProblem("$..content-type")).toBe(
      `invalid JSONPath "$..content-type": "-" cannot appear in a dotted name; use the bracket form $..['content-type']`,
    );
    expect(jsonPathProblem("$.a.x-y.b-c")).toBe(
      `invalid JSONPath "$.a.x-y.b-c": "-" cannot appear in a dotted name; use the bracket form $.a['x-y']['b-c']`,
    );
    expect(jsonPathProblem("$.data.0")).toBe(
      `invalid JSONPath "$.data.0": "0" cannot start a dotted name; use the bracket form $.data[0]`,
    );
    expect(jsonPathProblem("$.data[")).toBe(`invalid JSONPath "$.data[": it ends too early (at character 8)`);
    expect(jsonPathProblem("$.a b")).toBe(`invalid JSONPath "$.a b": unexpected "b" at character 5`);
    expect(jsonPathProblem("$[?match(@.code, 'E[')]")).toBe(
      `invalid JSONPath "$[?match(@.code, 'E[')]": the pattern "E[" of match() is not a valid regular expression (unterminated character class); compare with == for the literal`,
    );
    expect(jsonPathProblem("$[?search(@.code, 'E\\\\[')]")).toBeUndefined();
    expect(jsonPathProblem("$.headers['X-Api-Key']")).toBeUndefined();
    // The bracket form it suggests is what reads the member.
    expect(queryJson({ headers: { "X-Api-Key": "k" } }, "$.headers['X-Api-Key']")).toEqual(["k"]);
  });

  it("treats __proto__ and constructor as ordinary member names", () => {
    const parsed = JSON.parse('{"__proto__":{"admin":true},"constructor":{"name":"x"}}');
    expect(queryJson(parsed, "$.__proto__.admin")).toEqual([true]);
    expect(queryJson(parsed, "$['constructor'].name")).toEqual(["x"]);
    expect(queryJson({}, "$.constructor")).toEqual([]);
    expect(queryJson({}, "$.__proto__")).toEqual([]);
  });

  it("never throws anything but an Error with a message, for any path", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `$${s}`),
          fc.string().map((s) => `$[${s}]`),
        ),
        (path) => {
          try {
            queryJson(doc, path);
          } catch (error) {
            expect(error).toBeInstanceOf(Error);
            expect((error as Error).message).toContain(JSON.stringify(path).slice(0, 100));
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("never throws anything but an Error for paths built from JSONPath tokens", () => {
    const token = fc.constantFrom(
      ...["$", "@", ".", "..", "*", "[", "]", "?", "'", '"', "a", "b", "0", "-1", "1:", ":", ",", "(", ")"],
      ...[
        "==",
        "!=",
        "<",
        ">=",
        "&&",
        "||",
        "!",
        " ",
        "length",
        "count",
        "match",
        "search",
        "value",
        "'a.*'",
      ],
    );
    const data = { a: [1, "x", { b: null }], b: { a: "aaa" } };
    fc.assert(
      fc.property(
        fc.array(token, { maxLength: 24 }).map((parts) => parts.join("")),
        (path) => {
          try {
            expect(Array.isArray(queryJson(data, path))).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(Error);
            expect((error as Error).message.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("walks any JSON document with $..* without throwing", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const nodes = queryJson(value, "$..*");
        expect(Array.isArray(nodes)).toBe(true);
        expect(queryJson(value, "$")).toEqual([value]);
      }),
      { numRuns: 500 },
    );
  });
});

describe("parseJsonBody", () => {
  it("parses JSON", () => {
    expect(parseJsonBody('{"a":[1,null]}')).toEqual({ ok: true, value: { a: [1, null] } });
    expect(parseJsonBody("0")).toEqual({ ok: true, value: 0 });
    expect(parseJsonBody("null")).toEqual({ ok: true, value: null });
  });

  it("fails closed on an empty body", () => {
    expect(parseJsonBody("")).toEqual({ ok: false, reason: "body is empty" });
    expect(parseJsonBody(" \r\n")).toEqual({ ok: false, reason: "body is empty" });
  });

  it("fails closed on a body that is not JSON", () => {
    const result = parseJsonBody("<html>oops</html>");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/^body is not JSON: Unexpected token/);
    expect(parseJsonBody('{"a":1').ok).toBe(false);
    expect(parseJsonBody("NaN").ok).toBe(false);
  });

  it("keeps __proto__ as own data without touching prototypes", () => {
    const result = parseJsonBody(
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
    );
    expect(result.ok).toBe(true);
    const value = result.ok ? (result.value as Record<string, unknown>) : {};
    expect(Object.hasOwn(value, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
