// Adversarial input for the config loader (parseConfigText + loadConfig + the whole prepareGate
// pipeline): whatever a workflow file or a `checks:` input holds, the loader either accepts it or
// throws a ConfigError whose issues name their place — never another exception, never a hang, never a
// change to a built-in prototype. Alias bombs, oversized and deeply nested documents are refused.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { ConfigError } from "../../src/config/errors.js";
import { loadConfig, parseConfigText } from "../../src/config/load.js";
import { prepareGate } from "../../src/engine/prepare.js";
import { assertNoPollution, createTally, prototypeSnapshot, RUNS } from "./tally.js";

const tally = createTally("config");
let prototypes: string;

beforeAll(() => {
  prototypes = prototypeSnapshot();
});
afterAll(() => {
  assertNoPollution(prototypes);
  tally.write();
});

const CHECK_TYPES = [
  "http",
  "flow",
  "release-guard",
  "idempotency",
  "webhook",
  "rate-limit",
  "jwks",
  "metrics",
  "prometheus",
  "tls",
];
const POLLUTING_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf"];
const CONFIG_KEYS = [
  ...["version", "defaults", "vars", "checks", "$schema", "name", "type", "request", "expect", "status"],
  ...["json", "headers", "capture", "needs", "if", "severity", "tags", "timeout", "retries", "bake"],
  ...["until", "fail-when", "poll", "steps", "path", "method", "url", "query", "body", "form"],
  ...["ignore", "secret", "scheme", "payload", "min-days", "host", "exists", "equals", "in", "matches"],
  ...["gt", "lt", "length", "contains", "for", "every", "failure-limit", "interval", "max-duration"],
  ...["$.data", "$.id", "$..*", "$[?@.a]", "schema", "key-header", "conflict", "burst", "window"],
  ...POLLUTING_KEYS,
];
const SCALARS = [
  ...["GET /health", "POST /v1/tasks", "release-guard", "2xx", "5xx", "404", "10s", "250ms", "1h"],
  ...["{{ secrets.TOKEN }}", "{{ vars.TENANT }}", "{{ env.HOME }}", "{{ run.id }}", "{{ nope }}", "{{ }}"],
  ...["{{ secrets.__proto__ }}", "{{ vars.constructor }}", "$.data", "$[", "/regex/", "/(/", "critical"],
  ...["warning", "hmac-sha256", "github", "stripe", "standard-webhooks", "", " ", "null", "~", "yes"],
  ...CHECK_TYPES,
];

const key = fc.oneof(fc.constantFrom(...CONFIG_KEYS), fc.string({ maxLength: 8 }));
const scalar = fc.oneof(
  fc.constantFrom(...SCALARS),
  fc.string({ maxLength: 16 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const { node: anyValue } = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: "small", withCrossShrink: true }, scalar, tie("list"), tie("map")),
  list: fc.array(tie("node"), { maxLength: 4 }),
  map: fc.dictionary(key, tie("node"), { maxKeys: 5 }),
}));
/** Something shaped like a check, with fields drawn from every check type and poisoned keys. */
const checkLike = fc.oneof(
  fc.constantFrom(...SCALARS),
  fc.dictionary(key, anyValue, { maxKeys: 6 }),
  fc.record(
    {
      name: fc.string({ maxLength: 10 }),
      type: fc.constantFrom(...CHECK_TYPES),
      request: fc.oneof(fc.constantFrom("GET /health", "POST /x", "GET"), anyValue),
      expect: fc.dictionary(key, anyValue, { maxKeys: 4 }),
      needs: fc.oneof(fc.string({ maxLength: 6 }), fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 })),
      steps: fc.array(fc.dictionary(key, anyValue, { maxKeys: 4 }), { maxLength: 3 }),
      ["__proto__"]: fc.dictionary(key, anyValue, { maxKeys: 3 }),
    },
    { requiredKeys: [] },
  ),
);
const docLike = fc.oneof(
  anyValue,
  fc.array(checkLike, { maxLength: 5 }),
  fc.record(
    {
      version: fc.oneof(fc.constant(1), scalar),
      defaults: fc.dictionary(key, anyValue, { maxKeys: 4 }),
      vars: fc.dictionary(key, scalar, { maxKeys: 4 }),
      checks: fc.array(checkLike, { maxLength: 5 }),
      ["__proto__"]: fc.dictionary(key, anyValue, { maxKeys: 3 }),
      constructor: anyValue,
    },
    { requiredKeys: [] },
  ),
);

/** YAML's own syntax, shuffled: anchors, aliases, tags, merge keys, flow and block collections. */
const yamlSoup = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        ...["checks:", "- ", "GET /x", "&a ", "*a", "&b ", "*b", "{", "}", "[", "]", ": ", ", ", "\n", "  "],
        ...[
          "!!binary ",
          "!!js/function ",
          "!!set ",
          "!!map ",
          "!!str ",
          "<<: ",
          "__proto__: ",
          "? ",
          "'",
          '"',
        ],
        ...["#", "|\n", ">-\n", "---\n", "...\n", "%YAML 1.1\n", "%TAG ! tag:x,2000:\n", "\t", "\\u0000"],
        ...["version: 1\n", "request: ", "expect: ", "status: ", "name: ", "- release-guard\n", "~", "null"],
      ),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));

/** Accepted, or a ConfigError whose every issue has a message. Anything else fails the property. */
function outcomeOf(run: () => unknown): "ok" | "config error" {
  try {
    run();
    return "ok";
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) {
      expect(typeof issue.path).toBe("string");
      expect(issue.message.trim()).not.toBe("");
    }
    return "config error";
  }
}

function timed<T>(limitMs: number, run: () => T): T {
  const started = performance.now();
  const value = run();
  const took = performance.now() - started;
  if (took > limitMs) throw new Error(`took ${Math.round(took)}ms (limit ${limitMs}ms)`);
  return value;
}

const ENV = { HOME: "/home/runner", GITHUB_RUN_ID: "1" };

describe("config loader under adversarial input", () => {
  it("parseConfigText: any text parses or is a ConfigError", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), yamlSoup),
        tally.count("parseConfigText(any text)", (text: string) => {
          timed(1000, () => outcomeOf(() => parseConfigText(text)));
        }),
      ),
      { numRuns: RUNS },
    );
    assertNoPollution(prototypes);
  });

  it("loadConfig: any document loads or is a ConfigError naming its place", () => {
    fc.assert(
      fc.property(
        docLike,
        tally.count("loadConfig(any document)", (doc: unknown) => {
          timed(1000, () => outcomeOf(() => loadConfig(doc)));
        }),
      ),
      { numRuns: RUNS },
    );
    assertNoPollution(prototypes);
  });

  it("YAML text and the document it holds get the same answer", () => {
    fc.assert(
      fc.property(
        docLike,
        tally.count("stringify → parse → load agrees with load", (doc: unknown) => {
          let text: string;
          try {
            text = stringify(doc);
          } catch {
            return; // a value YAML cannot represent (NaN in a key, …) is not an input anyone can write
          }
          const direct = outcomeOf(() => loadConfig(JSON.parse(JSON.stringify(doc ?? null))));
          const viaText = outcomeOf(() => loadConfig(parseConfigText(text)));
          if (direct === "ok") expect(viaText).toBe("ok");
        }),
      ),
      { numRuns: RUNS / 2 },
    );
  });

  it("prepareGate: the whole pre-flight (parse, load, templates) accepts or names the problem", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          docLike.map((d) => {
            try {
              return stringify(d);
            } catch {
              return "";
            }
          }),
          yamlSoup,
        ),
        fc.dictionary(fc.constantFrom("TOKEN", "__proto__", "constructor", "X"), fc.string({ maxLength: 8 })),
        fc.dictionary(fc.constantFrom("TENANT", "__proto__", "toString", "A"), fc.string({ maxLength: 8 })),
        tally.count("prepareGate(any text, secrets, vars)", (text, secrets, vars) => {
          timed(1000, () =>
            outcomeOf(() =>
              prepareGate({ configText: text, source: "checks", secrets, vars, label: "", env: ENV }),
            ),
          );
        }),
      ),
      { numRuns: RUNS },
    );
    assertNoPollution(prototypes);
  });

  it("valid configs are accepted (no false block at load time)", () => {
    const methods = fc.constantFrom("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    const segment = fc.stringMatching(/^[a-z0-9._~-]{1,8}$/);
    const path = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => `/${s.join("/")}`);
    const status = fc.oneof(
      fc.integer({ min: 100, max: 599 }),
      fc.constantFrom("2xx", "3XX", "404"),
      fc.array(fc.integer({ min: 200, max: 299 }), { minLength: 1, maxLength: 3 }),
    );
    const check = fc.record({
      request: fc.tuple(methods, path).map(([m, p]) => `${m} ${p}`),
      expect: fc.record(
        {
          status,
          "max-duration": fc.constantFrom("250ms", "10s", 800, "1m"),
          json: fc.constant({ "$.data[0].id": { exists: true }, "$.count": { gte: 0 } }),
        },
        { requiredKeys: [] },
      ),
      severity: fc.constantFrom("critical", "warning"),
      tags: fc.array(segment, { maxLength: 3 }),
      retries: fc.integer({ min: 0, max: 10 }),
      timeout: fc.constantFrom("5s", 1500, "2m"),
    });
    fc.assert(
      fc.property(
        fc.array(check, { minLength: 1, maxLength: 6 }),
        tally.count("a valid generated config loads", (checks) => {
          const named = checks.map((c, i) => ({ name: `check ${i}`, ...c }));
          const config = loadConfig(parseConfigText(stringify({ version: 1, checks: named })));
          expect(config.checks.map((c) => c.name)).toEqual(named.map((c) => c.name));
        }),
      ),
      { numRuns: RUNS / 2 },
    );
  });

  it("a `needs` graph is accepted exactly when it has no cycle", () => {
    const graph = fc
      .integer({ min: 1, max: 7 })
      .chain((n) =>
        fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 10 })),
      );
    fc.assert(
      fc.property(
        graph,
        tally.count("needs graph accepted iff acyclic", ([n, edges]) => {
          const needs = Array.from({ length: n }, () => new Set<number>());
          for (const [from, to] of edges) needs[from]!.add(to);
          const checks = needs.map((set, i) => ({
            name: `c${i}`,
            request: `GET /c${i}`,
            needs: [...set].map((j) => `c${j}`),
          }));
          const acyclic = isAcyclic(needs);
          const outcome = outcomeOf(() => loadConfig({ checks }));
          expect(outcome).toBe(acyclic ? "ok" : "config error");
        }),
      ),
      { numRuns: RUNS / 2 },
    );
  });

  it("one bad field anywhere is reported at checks[i]", () => {
    const bad = fc.constantFrom(
      ["expect", { status: "abc" }, "expect.status"],
      ["timeout", "ten seconds", "timeout"],
      ["severity", "fatal", "severity"],
      ["retries", 99, "retries"],
      ["needs", "nowhere", "needs"],
      ["colour", "red", ""],
      ["__proto__", { polluted: true }, ""],
      ["constructor", { prototype: { polluted: true } }, ""],
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.nat(),
        bad,
        tally.count("a bad field is named at its place", (n, pick, [field, value, where]) => {
          const index = pick % n;
          const checks: Record<string, unknown>[] = Array.from({ length: n }, (_, i) => ({
            name: `c${i}`,
            request: `GET /c${i}`,
          }));
          Object.defineProperty(checks[index], field as string, { value, enumerable: true });
          let message = "";
          try {
            loadConfig(parseConfigText(JSON.stringify({ checks })));
          } catch (error) {
            expect(error).toBeInstanceOf(ConfigError);
            message = (error as Error).message;
          }
          expect(message).toContain(`checks[${index}] ("c${index}")${where ? `.${where}` : ""}`);
        }),
      ),
      { numRuns: RUNS / 2 },
    );
    assertNoPollution(prototypes);
  });
});

function isAcyclic(needs: readonly Set<number>[]): boolean {
  const state = new Map<number, "visiting" | "done">();
  const visit = (i: number): boolean => {
    if (state.get(i) === "done") return true;
    if (state.get(i) === "visiting") return false;
    state.set(i, "visiting");
    for (const j of needs[i]!) if (!visit(j)) return false;
    state.set(i, "done");
    return true;
  };
  return needs.every((_, i) => visit(i));
}

describe("hostile documents", () => {
  const laughs = (levels: number, width: number) => {
    const lines = [`l0: &l0 [${Array(width).fill('"lol"').join(", ")}]`];
    for (let i = 1; i < levels; i++)
      lines.push(
        `l${i}: &l${i} [${Array(width)
          .fill(`*l${i - 1}`)
          .join(", ")}]`,
      );
    return `${lines.join("\n")}\nchecks: [GET /health]\n`;
  };
  const BOMBS: Record<string, string> = {
    "billion laughs (9 × 9 levels)": laughs(9, 9),
    "wide alias fan-out (1 anchor, 5000 aliases)": `a: &a [x]\nb: [${Array(5000).fill("*a").join(",")}]\nchecks: [GET /x]\n`,
    "aliases of maps in keys": `a: &a {k: v}\nb: &b {*a : 1, x: *a}\nc: [*b, *b, *b, *b]\nchecks: [GET /x]\n`,
    "anchored checks re-used 200 times": `checks:\n  - &c { name: x, request: GET /x }\n${"  - *c\n".repeat(200)}`,
    "merge keys": `base: &b { request: GET /x }\nchecks:\n  - <<: *b\n    name: y\n`,
    "recursive-looking alias": `a: &a [*a]\nchecks: [GET /x]\n`,
  };

  it.each(Object.entries(BOMBS))("refuses or bounds an alias attack: %s", (_name, text) => {
    tally.add("alias bombs", 1);
    const outcome = timed(2000, () => outcomeOf(() => loadConfig(parseConfigText(text))));
    if (_name.startsWith("billion") || _name.startsWith("wide")) expect(outcome).toBe("config error");
  });

  // The loader counts the document root as level 0, so under `checks:` the innermost of `depth`
  // nested sequences sits at level `depth`, and the scalar inside `depth` nested mappings at
  // `depth + 1`. 63 and 64 straddle the limit, so a lower limit than 64 turns this red.
  const ladders = [10, 63, 64, 65, 100, 1000, 5000, 20_000];
  it.each(ladders)(
    "a document nested %i levels deep is accepted up to 64 levels and refused past them, without a stack overflow",
    (depth) => {
      const blockDepth = Math.min(depth, 1400);
      const shapes: Record<string, [text: string, levels: number]> = {
        "flow sequences": [`checks: ${"[".repeat(depth)}${"]".repeat(depth)}`, depth],
        "flow mappings": [`checks: ${"{a: ".repeat(depth)}1${"}".repeat(depth)}`, depth + 1],
        "JSON objects": [`{"checks": ${'{"a":'.repeat(depth)}1${"}".repeat(depth)}}`, depth + 1],
        "block mappings": [
          `checks:\n${Array.from({ length: blockDepth }, (_, i) => `${" ".repeat(i + 1)}k${i}:`).join("\n")} 1`,
          blockDepth + 1,
        ],
      };
      for (const [shape, [text, levels]] of Object.entries(shapes)) {
        tally.add("deeply nested documents", 1);
        const outcome = timed(3000, () => outcomeOf(() => parseConfigText(text)));
        expect(outcome, `${shape}: ${levels} levels`).toBe(levels > 64 ? "config error" : "ok");
        // Past the loader's limit and short of js-yaml's own (100 levels), the loader names its limit.
        if (levels > 64 && levels < 100)
          expect(() => parseConfigText(text), shape).toThrow("config is nested deeper than 64 levels");
      }
    },
  );

  it("refuses an oversized document with a message, before parsing it", () => {
    const items = "- GET /health\n".repeat(80_000); // 1.1 MB
    tally.add("oversized documents", 3);
    expect(() => timed(1000, () => parseConfigText(items))).toThrow(/larger than 1048576 bytes/);
    expect(() => parseConfigText(`checks: ["${"x".repeat(1_100_000)}"]`)).toThrow(/larger than/);
    // Multi-byte characters count as bytes, not UTF-16 units.
    expect(() => parseConfigText(`# ${"é".repeat(600_000)}\nchecks: [GET /x]`)).toThrow(/larger than/);
  });

  it("handles thousands of checks and very long strings without trouble", () => {
    const many = Array.from({ length: 5000 }, (_, i) => `- name: c${i}\n  request: GET /c${i}`).join("\n");
    tally.add("large but legal documents", 3);
    expect(timed(5000, () => loadConfig(parseConfigText(many))).checks).toHaveLength(5000);
    const dupes = timed(5000, () => outcomeOf(() => loadConfig(parseConfigText("- GET /x\n".repeat(5000)))));
    expect(dupes).toBe("config error");
    // A name is bounded (it is in every log line and report that names the check): a long one is
    // refused at once, saying how long; a long request path under a short name still loads.
    const long = `- name: "${"n".repeat(200_000)}"\n  request: GET /x`;
    const refused = timed(2000, () => {
      try {
        loadConfig(parseConfigText(long));
        return "loaded";
      } catch (error) {
        return (error as Error).message;
      }
    });
    expect(refused).toMatch(/\.name: a check name is at most 200 characters; this one has 200000$/);
    const path = `- name: long path\n  request: GET /${"p".repeat(200_000)}`;
    expect(timed(2000, () => loadConfig(parseConfigText(path))).checks[0]?.name).toBe("long path");
  });

  it("keeps __proto__ and constructor keys as data, never as prototypes", () => {
    const texts = [
      "__proto__: { polluted: yes }\nchecks: [GET /x]",
      '{"__proto__": {"polluted": true}, "checks": ["GET /x"]}',
      "checks:\n  - request: GET /x\n    __proto__: { isAdmin: true }",
      "checks:\n  - request: GET /x\n    constructor: { prototype: { polluted: 1 } }",
      "vars: { __proto__: { polluted: 1 } }\nchecks: [GET /x]",
      "vars: { __proto__: x, constructor: y }\nchecks: [GET /x]",
      "defaults: { headers: { __proto__: { polluted: x } } }\nchecks: [GET /x]",
      "checks:\n  - request: { method: POST, path: /x, json: { __proto__: { polluted: 1 } } }",
      "checks:\n  - request: GET /x\n    expect: { json: { '$.__proto__.polluted': 1 }, headers: { __proto__: x } }",
      "checks:\n  - request: GET /x\n    expect: { schema: { __proto__: { polluted: 1 } } }",
      "checks:\n  - request: GET /x\n    capture: { __proto__: $.a, constructor: $.b }",
    ];
    for (const text of texts) {
      tally.add("prototype-pollution documents", 1);
      outcomeOf(() =>
        prepareGate({ configText: text, source: "checks", secrets: {}, vars: {}, label: "", env: ENV }),
      );
      assertNoPollution(prototypes);
    }
    // A JSON body with a __proto__ key is sent as written: an own key, not a prototype.
    const config = loadConfig(
      parseConfigText(
        '{"checks": [{"request": {"method": "POST", "path": "/x", "json": {"__proto__": {"polluted": 1}}}}]}',
      ),
    );
    const request = (config.checks[0]!.spec as { request: { json: object } }).request;
    expect(JSON.stringify(request.json)).toBe('{"__proto__":{"polluted":1}}');
    assertNoPollution(prototypes);
  });
});
