// Config errors as a user reads them: one line per problem, naming the check and the line,
// saying what was expected and, where a name is close, which one was meant.
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config/errors.js";
import { lineFinder } from "../../src/config/lines.js";
import { loadConfig, parseConfigText } from "../../src/config/load.js";
import { closest, editDistance } from "../../src/config/suggest.js";
import { selectChecks } from "../../src/engine/plan.js";
import { type PrepareInput, prepareGate } from "../../src/engine/prepare.js";

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

const SECRET_VALUE = "hunter2-do-not-print";

const prepare = (configText: string, more: Partial<PrepareInput> = {}) =>
  prepareGate({
    configText,
    source: "gate.yml",
    secrets: { API_TOKEN: SECRET_VALUE },
    vars: { TOKEN: "t" },
    label: "",
    env: { HOME: "/root" },
    ...more,
  });

/** The issue lines of a prepareGate error, without the `invalid config in …` heading. */
const issues = (configText: string, more: Partial<PrepareInput> = {}) =>
  errorOf(() => prepare(configText, more))
    .split("\n")
    .slice(1);

describe("suggestions", () => {
  it("counts a swap of neighbours as one edit", () => {
    expect(editDistance("expcet", "expect")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });

  it("suggests only a name close enough for its length to be a typo", () => {
    const fields = ["name", "request", "expect", "until", "fail-when", "needs", "tags"];
    expect(closest("expcet", fields)).toBe("expect");
    expect(closest("requst", fields)).toBe("request");
    expect(closest("failwhen", fields)).toBe("fail-when");
    expect(closest("Expect", fields)).toBe("expect");
    expect(closest("colour", fields)).toBeUndefined();
    // Two letters off a four-letter name is another word, not a typo.
    expect(closest("nope", fields)).toBeUndefined();
  });
});

describe("lines", () => {
  it("a collection that stands where a key would is no key (the adversarial suite found a crash here)", () => {
    // The mapping under `version` is followed by `:`, so the parser's listener sees it as a key.
    const odd = 'defaults:\n  version:\n    toString: false\n  :;: ""\n';
    expect(() =>
      prepareGate({ configText: odd, source: "odd.yml", secrets: {}, vars: {}, label: "", env: {} }),
    ).toThrow(ConfigError);
    expect(lineFinder(odd)(["defaults", "version"])).toBe(2);
  });

  const text = `# comment
version: 1
defaults:
  timeout: 2s
checks:
  - GET /health
  - name: list tasks
    request: GET /v1/tasks
    expcet:
      status: abc
  - { name: b, request: "GET /b", expect: { status: 7, json: {"$.a": 1} } }
  -
    name: c
    expect:
      headers:
        x: /a(/
  - name: d
    expect:
      json:
        "$.a": { matches: "(" }
        $.b:
        $.c: 2
`;
  const line = lineFinder(text);

  it("finds the line of the deepest key of a path, in block and flow style", () => {
    expect(line(["defaults", "timeout"])).toBe(4);
    expect(line(["checks", 0])).toBe(6);
    expect(line(["checks", 1])).toBe(7);
    expect(line(["checks", 1, "expcet"])).toBe(9);
    expect(line(["checks", 1, "expcet", "status"])).toBe(10);
    expect(line(["checks", 2, "expect", "status"])).toBe(11);
    expect(line(["checks", 3])).toBe(13);
    expect(line(["checks", 3, "expect", "headers", "x"])).toBe(16);
    expect(line(["checks", 4, "expect", "json", "$.a", "matches"])).toBe(20);
    expect(line(["checks", 4, "expect", "json", "$.b"])).toBe(21);
    expect(line(["checks", 4, "expect", "json", "$.c"])).toBe(22);
  });

  it("falls back to the nearest enclosing key when the rest of the path is not in the text", () => {
    // `request` expanded from a shorthand, or a default: the check's own line.
    expect(line(["checks", 0, "request", "path"])).toBe(6);
    expect(line(["checks", 1, "nope", "deeper"])).toBe(7);
    expect(line(["checks", 9])).toBe(5);
  });

  it("reads a bare list and a JSON document", () => {
    expect(
      lineFinder("- GET /a\n- request: GET /b\n  expect: {status: x}\n")(["checks", 1, "expect", "status"]),
    ).toBe(3);
    const json = lineFinder('{\n "checks": [\n  {"request": "GET /a",\n   "expcet": {}}\n ]\n}');
    expect(json(["checks", 0])).toBe(3);
    expect(json(["checks", 0, "expcet"])).toBe(4);
  });
});

describe("a config file's errors name the check and the line", () => {
  it("unknown field, wrong status, header regex and hyphenated JSONPath, each on its line", () => {
    expect(
      errorOf(() =>
        prepare(`version: 1
checks:
  - GET /health
  - name: create task
    request: POST /v1/tasks
    expcet:
      status: 201
  - name: list tasks
    request: GET /v1/tasks?limit=5
    expect:
      status: abc
      headers:
        location: /v1/tasks
        x-page: { equals: /v1/tasks?page=2 }
      json:
        $.headers.X-Api-Key: { exists: true }
`),
      ),
    ).toBe(`invalid config in gate.yml:
checks[1] ("create task", line 6): unknown field "expcet" — did you mean "expect"?
checks[2] ("list tasks", line 11).expect.status: expected a status code, a list or a class like 2xx
checks[2] ("list tasks", line 13).expect.headers.location: "/v1/tasks" is read as a /regular expression/ and does not compile (unknown flags "tasks"); use { equals: "/v1/tasks" } for the literal
checks[2] ("list tasks", line 16).expect.json["$.headers.X-Api-Key"]: invalid JSONPath "$.headers.X-Api-Key": "-" cannot appear in a dotted name; use the bracket form $.headers['X-Api-Key']`);
  });

  it("inline text on one line has no lines to name", () => {
    expect(issues("[{ request: GET /a, expcet: {} }]")).toEqual([
      'checks[0] ("GET /a"): unknown field "expcet" — did you mean "expect"?',
    ]);
  });

  it("outside a check, the line follows the place", () => {
    expect(issues("version: 1\ndefaults:\n  timeout: soon\nchecks: [GET /a]\n")).toEqual([
      "defaults.timeout (line 3): expected a duration like 250ms, 10s, 5m, 1h or a number of milliseconds",
    ]);
    // The suggestion says it all: no "checks: is required" beside it.
    expect(issues("version: 1\nchekcs:\n  - GET /a\n")).toEqual([
      'line 2: unknown field "chekcs" — did you mean "checks"?',
    ]);
  });

  it("a flow step's nested expectation is found on its own line", () => {
    expect(
      issues(`- type: flow
  name: create and settle
  steps:
    - request: POST /v1/tasks
      capture: { id: $.task-id }
    - request: "GET /v1/tasks/{{ id }}"
      until:
        json:
          $.status: { matches: "done|failed(" }
`),
    ).toEqual([
      `checks[0] ("create and settle", line 5).steps[0].capture.id: invalid JSONPath "$.task-id": "-" cannot appear in a dotted name; use the bracket form $['task-id']`,
      'checks[0] ("create and settle", line 9).steps[1].until.json["$.status"].matches: "done|failed(" is not a valid regular expression (unterminated group); use { equals: "done|failed(" } for the literal',
    ]);
  });
});

describe("every regular expression compiles at load time", () => {
  it("header /regex/, body.matches, JSON matches and JSONPath match(), each saying how to write the literal", () => {
    expect(
      issues(`- request: GET /a
  expect:
    headers: { etag: "/W\\\\/(/" }
    body: { matches: "[unclosed" }
    json:
      $.id: { matches: "/t_(/i" }
      "$.items[?match(@.sku, 'A[')]": { exists: true }
`),
    ).toEqual([
      'checks[0] ("GET /a", line 3).expect.headers.etag: "/W\\\\/(/" is read as a /regular expression/ and does not compile (unterminated group); use { equals: "/W\\\\/(/" } for the literal',
      'checks[0] ("GET /a", line 6).expect.json["$.id"].matches: "/t_(/i" is not a valid regular expression (unterminated group); use { equals: "/t_(/i" } for the literal',
      `checks[0] ("GET /a", line 7).expect.json["$.items[?match(@.sku, 'A[')]"]: invalid JSONPath "$.items[?match(@.sku, 'A[')]": the pattern "A[" of match() is not a valid regular expression (unterminated character class); compare with == for the literal`,
      'checks[0] ("GET /a", line 4).expect.body.matches: "[unclosed" is not a valid regular expression (unterminated character class); use { contains: "[unclosed" } for the literal',
    ]);
  });

  it("a template in a pattern stands for text, so a pattern around one still loads", () => {
    const { config } = prepare(
      `- request: GET /version
  expect:
    headers: { x-build: "/^{{ vars.TOKEN }}-[0-9a-f]+$/" }
    json: { $.sha: { matches: "^{{ sha }}" } }
`,
      { env: { GITHUB_SHA: "0123abc" } },
    );
    expect(config.checks).toHaveLength(1);
  });

  it("a malformed matcher is a config error, not a failure after the request", () => {
    expect(issues("- request: GET /a\n  expect: { json: { $.tier: { in: gold } } }\n")).toEqual([
      'checks[0] ("GET /a", line 2).expect.json["$.tier"]: invalid matcher: in must be a list, got "gold" (to compare an object literally, use { equals: … })',
    ]);
  });
});

describe("did you mean", () => {
  it("a field of the object form the value was closest to", () => {
    expect(issues("- { request: GET /a, expect: { headers: { x-debug: { exits: false } } } }")).toEqual([
      'checks[0] ("GET /a").expect.headers.x-debug: unknown field "exits" — did you mean "exists"?',
    ]);
    expect(
      issues("- { type: metrics, expect: [{ metric: m, labels: { code: { match: 5.. } }, exists: true }] }"),
    ).toEqual([
      'checks[0] ("metrics").expect[0].labels.code: unknown field "match" — did you mean "matches"?',
    ]);
  });

  it("check types, enum values and needs", () => {
    expect(issues("- { name: m, type: metric }\n")).toEqual([
      'checks[0] ("m").type: unknown check type "metric"; expected one of http, flow, release-guard, idempotency, webhook, rate-limit, jwks, metrics, prometheus, tls — did you mean "metrics"?',
    ]);
    expect(issues("- { request: GET /a, severity: critcal }\n")).toEqual([
      'checks[0] ("GET /a").severity: expected one of "critical", "warning" — did you mean "critical"?',
    ]);
    expect(
      issues("- { name: create task, request: POST /t }\n- { request: GET /t, needs: create-task }\n"),
    ).toEqual([
      'checks[1] ("GET /t", line 2).needs: unknown check "create-task" — did you mean "create task"?',
    ]);
    expect(issues("- relase-guard\n")).toEqual([
      'checks[0]: expected a request line like "GET /health", a check type like "release-guard", or a mapping; got "relase-guard" — did you mean "release-guard"?',
    ]);
  });

  it("template namespaces and names, never printing a secret's value", () => {
    const lines = issues(
      '- request: { path: "/a/{{ var.TOKEN }}", headers: { Authorization: "Bearer {{ secrets.API_TOKN }}", X-Id: "{{ uid }}", X-Run: "{{ run.ID }}" } }\n',
    );
    expect(lines).toEqual([
      'checks[0] ("GET /a/{{ var.TOKEN }}").request.path: unknown template name "var.TOKEN" — did you mean "vars.TOKEN"?',
      'checks[0] ("GET /a/{{ var.TOKEN }}").request.headers.Authorization: unknown template name "secrets.API_TOKN"; not among the secrets given — did you mean "secrets.API_TOKEN"?',
      'checks[0] ("GET /a/{{ var.TOKEN }}").request.headers.X-Id: unknown template name "uid" — did you mean "uuid"?',
      'checks[0] ("GET /a/{{ var.TOKEN }}").request.headers.X-Run: unknown template name "run.ID" — did you mean "run.id"?',
    ]);
    expect(lines.join("\n")).not.toContain(SECRET_VALUE);
  });

  it("a flow capture", () => {
    expect(
      issues(
        '- type: flow\n  name: f\n  steps:\n    - { request: POST /t, capture: { taskId: $.id } }\n    - request: "GET /t/{{ taskid }}"\n',
      ),
    ).toEqual([
      'checks[0] ("f", line 5).steps[1].request.path: unknown template name "taskid" — did you mean "taskId"?',
    ]);
  });
});

describe("only is checked with the config", () => {
  const config = "- GET /health\n- { name: list tasks, request: GET /t, tags: [smoke] }\n";

  it("an entry that names no check or tag is a config error, with the name meant", () => {
    expect(
      errorOf(() =>
        prepare(config, { only: { names: ["smoek", "list tasks", "billing"], place: "input only" } }),
      ),
    ).toBe(
      'invalid config in gate.yml:\ninput only: no check or tag is named "smoek" — did you mean "smoke"?\ninput only: no check or tag is named "billing"',
    );
  });

  it("names and tags that exist pass, and the engine never throws for an unknown one", () => {
    const { config: loaded } = prepare(config, {
      only: { names: ["smoke", "GET /health"], place: "--only" },
    });
    expect(selectChecks(loaded.checks, ["smoke"]).map((c) => c.name)).toEqual(["list tasks"]);
    expect(selectChecks(loaded.checks, ["nothing"])).toEqual([]);
  });
});

describe("every message stays one readable line", () => {
  it("clips config text quoted in a message and never spans lines", () => {
    const long = "x".repeat(5000);
    const message = errorOf(() =>
      loadConfig(
        parseConfigText(
          JSON.stringify({
            checks: [{ request: "GET /a", [`f${long}`]: 1, expect: { headers: { etag: `/${long}(/` } } }],
          }),
        ),
      ),
    );
    const lines = message.split("\n");
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line.length).toBeLessThan(500);
    expect(lines).toContainEqual(
      expect.stringMatching(/^checks\[0\] \("GET \/a"\): unknown field "fx{58}…"$/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^checks\[0\] \("GET \/a"\)\.expect\.headers\.etag: "\/x{118}…" is read as/),
    );
  });
});
