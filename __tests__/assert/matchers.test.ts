import { describe, expect, it } from "vitest";
import { deepEqual } from "../../src/assert/deep-equal.js";
import { describeJsonExpectation, evaluateJsonExpectation, isMatcher } from "../../src/assert/matchers.js";

const doc = {
  status: "queued",
  count: 3,
  ratio: 0.5,
  name: "deploy-gate",
  flag: true,
  nothing: null,
  numeric: "5",
  tags: ["a", "b", { k: 1 }],
  data: [
    { id: 1, price: 10 },
    { id: 2, price: -1 },
    { id: 3, price: 7 },
  ],
  owner: { id: 7, name: "ops", team: { id: 1 } },
  emoji: "👍👍",
};

function check(path: string, expectation: unknown) {
  return evaluateJsonExpectation(doc, path, expectation);
}

describe("isMatcher", () => {
  it("takes only plain objects whose keys are all matcher keys", () => {
    expect(isMatcher({ type: "array" })).toBe(true);
    expect(isMatcher({ gt: 1, lt: 5 })).toBe(true);
    expect(isMatcher({ type: "array", id: 1 })).toBe(false);
    expect(isMatcher({})).toBe(false);
    expect(isMatcher([{ equals: 1 }])).toBe(false);
    expect(isMatcher("equals")).toBe(false);
    expect(isMatcher(null)).toBe(false);
  });
});

describe("deepEqual", () => {
  it("is strict on types", () => {
    expect(deepEqual(1, "1")).toBe(false);
    expect(deepEqual(0, false)).toBe(false);
    expect(deepEqual(null, undefined)).toBe(false);
    expect(deepEqual([], {})).toBe(false);
    expect(deepEqual({}, [])).toBe(false);
    expect(deepEqual([1, [2]], [1, [2]])).toBe(true);
    expect(deepEqual({ a: 1, b: [1] }, { b: [1], a: 1 })).toBe(true);
    expect(deepEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(deepEqual({ a: undefined }, { b: undefined })).toBe(false);
  });

  it("compares __proto__ keys as data", () => {
    const a = JSON.parse('{"__proto__":{"x":1}}');
    expect(deepEqual(a, JSON.parse('{"__proto__":{"x":1}}'))).toBe(true);
    expect(deepEqual(a, JSON.parse('{"__proto__":{"x":2}}'))).toBe(false);
    expect(deepEqual(a, {})).toBe(false);
    expect(deepEqual({}, a)).toBe(false);
  });
});

describe("literal values", () => {
  it("passes on deep equality", () => {
    const r = check("$.status", "queued");
    expect(r).toEqual({
      target: "$.status",
      expected: '"queued"',
      actual: '"queued"',
      passed: true,
      message: '$.status: got "queued"',
    });
    expect(check("$.owner", { name: "ops", id: 7, team: { id: 1 } }).passed).toBe(true);
    expect(check("$.nothing", null).passed).toBe(true);
  });

  it("fails with expected and actual", () => {
    const r = check("$.status", "completed");
    expect(r.passed).toBe(false);
    expect(r.message).toBe('$.status: expected "completed", got "queued"');
    expect(r.expected).toBe('"completed"');
    expect(r.actual).toBe('"queued"');
  });

  it("never equates numbers with strings", () => {
    expect(check("$.numeric", 5).passed).toBe(false);
    expect(check("$.count", "3").passed).toBe(false);
    expect(check("$.count", 3).passed).toBe(true);
    expect(check("$.flag", "true").passed).toBe(false);
  });

  it("treats objects with non-matcher keys as literals", () => {
    expect(check("$.owner.team", { id: 1 }).passed).toBe(true);
    expect(check("$.owner.team", { id: 2 }).message).toBe('$.owner.team: expected {"id":2}, got {"id":1}');
  });
});

describe("missing paths", () => {
  it("fails when nothing is found", () => {
    const r = check("$.data[0].missing", { exists: true });
    expect(r.passed).toBe(false);
    expect(r.message).toBe("$.data[0].missing: expected to exist, found nothing");
    expect(r.actual).toBe("nothing");
  });

  it("fails a literal or a matcher on a missing path", () => {
    expect(check("$.nope", null).message).toBe("$.nope: expected null, found nothing");
    expect(check("$.nope", { type: "null" }).passed).toBe(false);
    expect(check("$.data[9].id", { gt: 0 }).passed).toBe(false);
    expect(check("$.data[?@.id > 10]", { length: 0 }).passed).toBe(false);
  });

  it("passes exists: false only when nothing is found", () => {
    expect(check("$.nope", { exists: false })).toMatchObject({
      passed: true,
      actual: "nothing",
      expected: "not to exist",
    });
    const r = check("$.status", { exists: false });
    expect(r.passed).toBe(false);
    expect(r.message).toBe('$.status: expected not to exist, got "queued"');
  });

  it("passes exists: true for any value, null included", () => {
    expect(check("$.nothing", { exists: true }).passed).toBe(true);
    expect(check("$.flag", { exists: true }).passed).toBe(true);
  });
});

describe("matchers", () => {
  it("equals", () => {
    expect(check("$.tags", { equals: ["a", "b", { k: 1 }] }).passed).toBe(true);
    expect(check("$.count", { equals: "3" }).message).toBe('$.count: expected "3", got 3');
  });

  it("in", () => {
    expect(check("$.status", { in: ["queued", "running"] }).passed).toBe(true);
    const r = check("$.status", { in: ["done", "failed"] });
    expect(r.message).toBe('$.status: expected one of ["done","failed"], got "queued"');
    expect(check("$.count", { in: ["3"] }).passed).toBe(false);
  });

  it("matches with a bare pattern or /re/flags", () => {
    expect(check("$.name", { matches: "^deploy-" }).passed).toBe(true);
    expect(check("$.name", { matches: "/^DEPLOY/i" }).passed).toBe(true);
    expect(check("$.name", { matches: "/^DEPLOY/" }).message).toBe(
      '$.name: expected a string matching /^DEPLOY/, got "deploy-gate"',
    );
    expect(check("$.count", { matches: "3" }).message).toBe(
      "$.count: expected a string matching /3/, got 3 (number)",
    );
  });

  it("matches gives the same answer every time even with a g flag", () => {
    const matcher = { matches: "/gate/g" };
    expect(evaluateJsonExpectation(doc, "$.name", matcher).passed).toBe(true);
    expect(evaluateJsonExpectation(doc, "$.name", matcher).passed).toBe(true);
  });

  it("type", () => {
    for (const [path, type] of [
      ["$.name", "string"],
      ["$.ratio", "number"],
      ["$.count", "integer"],
      ["$.count", "number"],
      ["$.flag", "boolean"],
      ["$.tags", "array"],
      ["$.owner", "object"],
      ["$.nothing", "null"],
    ] as const) {
      expect(check(path, { type }).passed, `${path} ${type}`).toBe(true);
    }
    expect(check("$.ratio", { type: "integer" }).message).toBe(
      "$.ratio: expected type integer, got 0.5 (number)",
    );
    expect(check("$.tags", { type: "object" }).message).toMatch(
      /^\$\.tags: expected type object, got \[.*\] \(array\)$/,
    );
    expect(check("$.nothing", { type: "object" }).passed).toBe(false);
    expect(check("$.numeric", { type: "number" }).passed).toBe(false);
  });

  it("gt, gte, lt, lte", () => {
    expect(check("$.count", { gt: 2, lt: 4 }).passed).toBe(true);
    expect(check("$.count", { gte: 3, lte: 3 }).passed).toBe(true);
    expect(check("$.count", { gt: 3 }).message).toBe("$.count: expected > 3, got 3");
    expect(check("$.count", { lt: 3 }).message).toBe("$.count: expected < 3, got 3");
    expect(check("$.count", { gte: 4 }).message).toBe("$.count: expected ≥ 4, got 3");
    expect(check("$.count", { lte: 2 }).message).toBe("$.count: expected ≤ 2, got 3");
  });

  it("gt and friends never pass on strings, null, booleans or non-finite numbers", () => {
    expect(check("$.numeric", { gt: 1 }).message).toBe(
      '$.numeric: expected > 1, got "5" (string), not a finite number',
    );
    expect(check("$.nothing", { lt: 1 }).passed).toBe(false);
    expect(check("$.flag", { gte: 0 }).passed).toBe(false);
    expect(evaluateJsonExpectation({ x: Number.NaN }, "$.x", { lt: 1 }).passed).toBe(false);
    expect(evaluateJsonExpectation({ x: Number.NaN }, "$.x", { gte: 0 }).passed).toBe(false);
    expect(evaluateJsonExpectation(JSON.parse('{"x":1e400}'), "$.x", { gt: 0 }).passed).toBe(false);
  });

  it("length on strings and arrays, exact or bounded", () => {
    expect(check("$.tags", { length: 3 }).passed).toBe(true);
    expect(check("$.name", { length: 11 }).passed).toBe(true);
    expect(check("$.emoji", { length: 2 }).passed).toBe(true);
    expect(check("$.tags", { length: { gt: 0, lte: 3 } }).passed).toBe(true);
    expect(check("$.tags", { length: 2 }).message).toBe("$.tags: expected length 2, got length 3");
    expect(check("$.tags", { length: { gt: 5 } }).message).toBe("$.tags: expected length > 5, got length 3");
    expect(check("$.count", { length: 1 }).message).toBe(
      "$.count: expected length 1, got 3 (number), which has no length",
    );
    expect(check("$.owner", { length: { gte: 0 } }).passed).toBe(false);
  });

  it("contains on arrays, strings and objects", () => {
    expect(check("$.tags", { contains: "a" }).passed).toBe(true);
    expect(check("$.tags", { contains: { k: 1 } }).passed).toBe(true);
    expect(check("$.tags", { contains: { k: "1" } }).passed).toBe(false);
    expect(check("$.name", { contains: "gate" }).passed).toBe(true);
    expect(check("$.name", { contains: "nope" }).message).toBe(
      '$.name: expected to contain "nope", got "deploy-gate"',
    );
    expect(check("$.owner", { contains: { name: "ops", team: { id: 1 } } }).passed).toBe(true);
    expect(check("$.owner", { contains: { name: "dev" } }).passed).toBe(false);
    expect(check("$.owner", { contains: { missing: undefined } }).passed).toBe(false);
    expect(check("$.count", { contains: 3 }).passed).toBe(false);
    expect(check("$.name", { contains: 1 }).passed).toBe(false);
  });

  it("several keys must all hold, and the message names the one that failed", () => {
    const r = check("$.tags", { type: "array", length: { gt: 5 } });
    expect(r.passed).toBe(false);
    expect(r.expected).toBe("type array and length > 5");
    expect(r.message).toBe("$.tags: expected length > 5, got length 3");
    expect(check("$.tags", { exists: true, type: "array", contains: "b" })).toMatchObject({
      passed: true,
      expected: 'to exist and type array and to contain "b"',
    });
  });
});

describe("several nodes", () => {
  it("passes when every node holds", () => {
    const r = check("$.data[*].id", { type: "integer", gt: 0 });
    expect(r.passed).toBe(true);
    expect(r.actual).toBe("3 nodes: [1,2,3]");
  });

  it("fails when any node does not, and says so", () => {
    const r = check("$.data[*].price", { gt: 0 });
    expect(r.passed).toBe(false);
    expect(r.message).toBe("$.data[*].price: expected > 0 for every node (3 found), node 2 got -1");
  });

  it("compares a literal with every node", () => {
    expect(check("$.data[*].id", 1).passed).toBe(false);
    expect(evaluateJsonExpectation({ a: [{ s: "ok" }, { s: "ok" }] }, "$.a[*].s", "ok").passed).toBe(true);
  });

  it("exists: true passes with several nodes", () => {
    expect(check("$..id", { exists: true }).passed).toBe(true);
  });
});

describe("fail closed on bad input", () => {
  it("reports an invalid JSONPath as a failure, not a throw", () => {
    const r = check("$.data[", { exists: true });
    expect(r.passed).toBe(false);
    expect(r.message).toMatch(/^\$\.data\[: invalid JSONPath "\$\.data\[": /);
  });

  it("reports an invalid matcher", () => {
    expect(check("$.count", { gt: "1" }).message).toMatch(
      /invalid matcher: gt must be a finite number, got "1"/,
    );
    expect(check("$.count", { type: "admin" }).message).toMatch(
      /invalid matcher: type must be one of .*use \{ equals: … \}/,
    );
    expect(check("$.name", { matches: "(" }).message).toMatch(
      /invalid matcher: matches is not a valid regular expression/,
    );
    expect(check("$.tags", { length: -1 }).passed).toBe(false);
    expect(check("$.tags", { length: { eq: 1 } }).passed).toBe(false);
    expect(check("$.tags", { in: "a" }).passed).toBe(false);
    expect(check("$.tags", { exists: "yes" }).passed).toBe(false);
    expect(check("$.nope", { exists: false, type: "string" }).passed).toBe(false);
  });

  it("reads __proto__ and constructor keys of a response as data", () => {
    const body = JSON.parse('{"__proto__":{"role":"admin"},"constructor":"x"}');
    expect(evaluateJsonExpectation(body, "$.__proto__.role", "admin").passed).toBe(true);
    expect(evaluateJsonExpectation(body, "$.constructor", { type: "string" }).passed).toBe(true);
    expect(evaluateJsonExpectation({}, "$.constructor", { exists: true }).passed).toBe(false);
    expect(evaluateJsonExpectation({}, "$.__proto__", { exists: true }).passed).toBe(false);
    expect(
      evaluateJsonExpectation(body, "$", { contains: JSON.parse('{"__proto__":{"role":"admin"}}') }).passed,
    ).toBe(true);
    expect(evaluateJsonExpectation({ a: 1 }, "$", { contains: JSON.parse('{"__proto__":{}}') }).passed).toBe(
      false,
    );
  });
});

describe("readable output", () => {
  it("truncates long values to about 200 characters", () => {
    const long = { s: "x".repeat(10_000), list: Array.from({ length: 10_000 }, (_, i) => i) };
    const r = evaluateJsonExpectation(long, "$.s", "y");
    expect(r.actual.length).toBeLessThanOrEqual(200);
    expect(r.actual.endsWith("…")).toBe(true);
    expect(evaluateJsonExpectation(long, "$.list", { type: "array" }).actual.length).toBeLessThanOrEqual(200);
    expect(r.message.length).toBeLessThan(300);
  });

  it("describes expectations", () => {
    expect(describeJsonExpectation("done")).toBe('"done"');
    expect(describeJsonExpectation({ type: "array", length: { gt: 0 } })).toBe("type array and length > 0");
    expect(describeJsonExpectation({ exists: true })).toBe("to exist");
  });
});
