// Adversarial input for JSONPath (RFC 9535) over response bodies: any expression either selects nodes
// or throws a plain Error naming the path; filter expressions never reach eval or Function (spied, and
// an injected `constructor.constructor(...)` payload that would set a global flag if it ever ran);
// inherited members (`constructor`, `__proto__`, `toString`) are never selected, so `exists: true`
// cannot pass on an object that lacks the field; a response with `__proto__` keys pollutes nothing.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  type MockInstance,
  vi,
} from "vitest";
import { evaluateExpect } from "../../src/assert/expect.js";
import { parseJsonBody, queryJson } from "../../src/assert/jsonpath.js";
import { evaluateJsonExpectation } from "../../src/assert/matchers.js";
import type { HttpResponse } from "../../src/http/types.js";
import { assertNoPollution, createTally, prototypeSnapshot, RUNS } from "./tally.js";

const tally = createTally("jsonpath");
let prototypes: string;
const RealFunction = globalThis.Function;
let functionCalls = 0;
let evalSpy: MockInstance<(code: string) => unknown>;

beforeAll(() => {
  prototypes = prototypeSnapshot();
});
afterAll(() => {
  assertNoPollution(prototypes);
  tally.write();
});

// Every call of the global eval or Function (with or without `new`) during a test is counted.
beforeEach(() => {
  functionCalls = 0;
  evalSpy = vi.spyOn(globalThis, "eval");
  globalThis.Function = new Proxy(RealFunction, {
    apply(target, thisArg, args) {
      functionCalls++;
      return Reflect.apply(target, thisArg, args);
    },
    construct(target, args) {
      functionCalls++;
      return Reflect.construct(target, args);
    },
  });
});
afterEach(() => {
  globalThis.Function = RealFunction;
  const evalCalls = evalSpy.mock.calls.length;
  vi.restoreAllMocks();
  expect({ evalCalls, functionCalls }).toEqual({ evalCalls: 0, functionCalls: 0 });
  expect((globalThis as { __deployGatePwned?: unknown }).__deployGatePwned).toBeUndefined();
});

const INJECTIONS = [
  "$[?(@.constructor.constructor('globalThis.__deployGatePwned = 1')())]",
  "$[?@.constructor.constructor('globalThis.__deployGatePwned = 1')()]",
  "$[?(eval('globalThis.__deployGatePwned = 1'))]",
  "$[?(Function('globalThis.__deployGatePwned = 1')())]",
  "$..[?(@.a == require('child_process').execSync('id'))]",
  "$[?(this.process.exit(1))]",
  "$[?@.a == 1 || (globalThis.__deployGatePwned = 1)]",
  "$['a'+'b']",
  "$[(@.length-1)]",
  "$.a;globalThis.__deployGatePwned=1",
  "$[?(@.a ? 1 : 0)]",
  "$[?match(@.a, '.*')]",
  "$[?search(@.a, '(?=x)')]",
  "$[?length(@.constructor) > 0]",
  "$[?value(@..constructor) == 1]",
  "$.__proto__.__proto__.constructor",
  "$..constructor.prototype",
  // A template literal, built so it stays text here too.
  `\`$${"{"}globalThis.__deployGatePwned = 1}\``,
];

/** A JSONPath grammar, shuffled: selectors, filters, functions, and JavaScript that must stay text. */
const pathSoup = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        ...[
          ".a",
          ".b",
          "..",
          "..*",
          ".*",
          "[0]",
          "[-1]",
          "[1:3]",
          "[::-1]",
          "[*]",
          "['a']",
          '["b"]',
          "[0,1]",
        ],
        ...["[?@.a]", "[?@.a == 1]", "[?@.a > 'x']", "[?!@.b]", "[?(@.a && @.b)]", "[?length(@) > 1]"],
        ...["[?match(@, 'a.*')]", "[?search(@.a, '[')]", "[?count(@.*) == 2]", "[?value(@..a) == null]"],
        ...[".constructor", ".__proto__", ".prototype", ".toString", "['constructor']", "['__proto__']"],
        ...["(", ")", "'", '"', "\\", "eval(", "Function(", ";", "`", "${", "this", "process", "?", "@", "$"],
      ),
      fc.string({ maxLength: 4 }),
    ),
    { maxLength: 10 },
  )
  .map((parts) => `$${parts.join("")}`);

function checkQuery(doc: unknown, jsonPath: string): void {
  let nodes: unknown[];
  try {
    nodes = queryJson(doc, jsonPath);
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^(invalid JSONPath|cannot evaluate JSONPath) /);
    return;
  }
  expect(Array.isArray(nodes)).toBe(true);
  // Nothing JavaScript-only leaks out of a JSON document.
  for (const node of nodes) expect(["function", "symbol", "bigint"]).not.toContain(typeof node);
}

describe("JSONPath under adversarial input", () => {
  it("the eval and Function spies see calls (so their silence below means something)", () => {
    // An indirect call, as any library reaching the global eval would make.
    const indirect = globalThis["eval" as keyof typeof globalThis] as (code: string) => unknown;
    indirect("1 + 1");
    new Function("return 1")();
    Function("return 2")();
    expect(evalSpy.mock.calls.length).toBe(1);
    expect(functionCalls).toBe(2);
    evalSpy.mockClear();
    functionCalls = 0;
  });

  it("the library contains no eval or Function constructor", () => {
    const root = path.resolve("node_modules/jsonpath-rfc9535/dist");
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = path.join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith(".js")) files.push(p);
      }
    };
    walk(root);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(readFileSync(file, "utf8"), file).not.toMatch(/\beval\s*\(|new\s+Function\s*\(|\bFunction\s*\(/);
    }
  });

  it.each(INJECTIONS)("never executes an injected expression: %s", (jsonPath) => {
    tally.add("code-injection paths", 1);
    const doc: unknown[] = [
      { a: 1, b: "x" },
      { a: "ab", constructor: "c" },
      { nested: { constructor: { a: 1 } } },
    ];
    checkQuery(doc, jsonPath);
  });

  it("any expression selects nodes or throws an Error naming the path", () => {
    fc.assert(
      fc.property(
        fc.oneof(pathSoup, fc.string({ maxLength: 30 })),
        fc.jsonValue({ maxDepth: 3 }),
        tally.count("queryJson(any path, any document)", (jsonPath: string, doc: unknown) => {
          checkQuery(doc, jsonPath);
        }),
      ),
      { numRuns: RUNS },
    );
  });

  it("inherited members are never selected: `exists: true` cannot pass on a missing field", () => {
    const inherited = fc.constantFrom(
      "constructor",
      "__proto__",
      "toString",
      "hasOwnProperty",
      "valueOf",
      "length",
      "prototype",
    );
    fc.assert(
      fc.property(
        inherited,
        fc.oneof(
          fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue({ maxDepth: 1 })),
          fc.array(fc.integer()),
        ),
        tally.count("inherited members are not JSON fields", (member: string, doc: unknown) => {
          // Nowhere in the document as an own key (so `$..member` must select nothing either).
          fc.pre(!JSON.stringify(doc).includes(JSON.stringify(member)));
          for (const p of [`$.${member}`, `$['${member}']`, `$..${member}`]) {
            expect(queryJson(doc, p), p).toEqual([]);
            expect(evaluateJsonExpectation(doc, p, { exists: true }).passed, p).toBe(false);
          }
        }),
      ),
      { numRuns: RUNS },
    );
  });

  it("a selected field is exactly the document's own value", () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.stringMatching(/^[a-z_][a-z0-9_]{0,6}$/), fc.jsonValue({ maxDepth: 2 }), {
          minKeys: 1,
        }),
        tally.count("$.key selects the own value", (doc: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(doc)) {
            expect(queryJson(doc, `$.${k}`)).toEqual([v]);
            expect(queryJson(doc, `$['${k}']`)).toEqual([v]);
          }
        }),
      ),
      { numRuns: RUNS },
    );
  });

  it("a response with __proto__ / constructor keys is read as data and pollutes nothing", async () => {
    const body = fc
      .array(
        fc.constantFrom(
          '{"__proto__": {"polluted": true}}',
          '{"constructor": {"prototype": {"polluted": true}}}',
          '{"a": {"__proto__": {"isAdmin": true}}, "b": [{"__proto__": null}]}',
          '[{"__proto__": {"polluted": 1}}, {"constructor": "x"}]',
        ),
        { minLength: 1, maxLength: 3 },
      )
      .map((docs) => `[${docs.join(",")}]`);
    const expectation = fc.constantFrom(
      { "$..polluted": { exists: true } },
      { "$[0].__proto__.polluted": true },
      { "$..__proto__": { contains: { polluted: true } } },
      { "$..constructor.prototype": { equals: { polluted: true } } },
      { "$[0]": { contains: { __proto__: { polluted: true } } } },
      { "$..isAdmin": { exists: false } },
      { $: { length: { gte: 1 } } },
    );
    await fc.assert(
      fc.asyncProperty(
        body,
        expectation,
        tally.count(
          "response JSON with prototype keys",
          async (text: string, json: Record<string, unknown>) => {
            const response: HttpResponse = {
              status: 200,
              headers: { "content-type": "application/json" },
              body: Buffer.from(text),
              text,
              truncated: false,
              durationMs: 1,
              url: "http://127.0.0.1/x",
              attempts: [],
            };
            const parsed = parseJsonBody(text);
            expect(parsed.ok).toBe(true);
            const results = await evaluateExpect({ json }, response);
            for (const r of results) expect(typeof r.passed).toBe("boolean");
            assertNoPollution(prototypes);
          },
        ),
      ),
      { numRuns: RUNS / 4 },
    );
  });
});
