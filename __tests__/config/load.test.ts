import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config/errors.js";
import { loadConfig, parseConfigText, validateTemplates } from "../../src/config/load.js";
import type { TemplateScope } from "../../src/config/templates.js";
import { prepareGate } from "../../src/engine/prepare.js";

function issuesOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error.issues.map((i) => `${i.path}: ${i.message}`);
    throw error;
  }
  throw new Error("expected a ConfigError");
}

const load = (yaml: string) => loadConfig(parseConfigText(yaml));

const scope: TemplateScope = {
  secrets: { API_TOKEN: "s3cret-token" },
  vars: { TENANT: "smoke" },
  env: { HOME: "/root" },
  run: { id: "42", attempt: "1" },
  sha: "abc",
  label: "eu",
};

describe("shorthands and defaults", () => {
  it("expands request lines and check types, naming checks after them", () => {
    const config = load("- GET /health\n- release-guard\n- post /v1/tasks\n");
    expect(config.checks.map((c) => [c.name, c.type])).toEqual([
      ["GET /health", "http"],
      ["release-guard", "release-guard"],
      ["POST /v1/tasks", "http"],
    ]);
    expect(config.checks[0]?.spec.request).toEqual({ method: "GET", path: "/health" });
    expect(config.checks[1]?.spec.path).toBe("/ops/release-guard");
    expect(config.checks[0]?.severity).toBe("critical");
    expect(load("GET /health").checks.map((c) => c.name)).toEqual(["GET /health"]);
  });

  it("accepts a whole document with defaults, vars and durations", () => {
    const config = load(`
version: 1
defaults: { timeout: 2s, retries: 1, headers: { Authorization: "Bearer {{ secrets.API_TOKEN }}" } }
vars: { TENANT: smoke, N: 3 }
checks:
  - name: list tasks
    request: GET /v1/tasks?limit=5
    timeout: 250ms
    expect:
      status: [200, "2xx"]
      headers: { content-type: /application\\/json/ }
      json: { $.data: { type: array }, "$.data[0].id": { exists: true } }
      max-duration: 800ms
`);
    expect(config.defaults.timeout).toBe(2000);
    expect(config.vars).toEqual({ TENANT: "smoke", N: "3" });
    const check = config.checks[0]!;
    expect(check.timeout).toBe(250);
    expect((check.spec.expect as { "max-duration": number })["max-duration"]).toBe(800);
  });

  it("takes JSON as well as YAML", () => {
    const config = load('{"checks": [{"request": {"method": "post", "path": "/x", "json": {"a": 1}}}]}');
    expect(config.checks[0]?.name).toBe("POST /x");
  });
});

describe("errors name their place", () => {
  it("status", () => {
    expect(
      issuesOf(() => load("- GET /a\n- GET /b\n- request: GET /c\n  expect: { status: abc }\n")),
    ).toEqual(['checks[2] ("GET /c").expect.status: expected a status code, a list or a class like 2xx']);
  });

  it("unknown field, wrong type, unknown check type", () => {
    expect(issuesOf(() => load("- request: GET /a\n  expct: {}\n"))).toEqual([
      'checks[0] ("GET /a"): unknown field "expct" — did you mean "expect"?',
    ]);
    expect(issuesOf(() => load("- request: GET /a\n  retries: many\n"))).toEqual([
      'checks[0] ("GET /a").retries: expected a number, got string "many"',
    ]);
    expect(issuesOf(() => load("- type: smtp\n"))[0]).toMatch(
      /^checks\[0\]\.type: unknown check type "smtp"; expected one of http, flow/,
    );
  });

  it("bad shorthand, bad request line, bad duration", () => {
    expect(issuesOf(() => load("- hello world\n"))[0]).toMatch(/^checks\[0\]: expected a request line/);
    expect(issuesOf(() => load("- request: FETCH /a\n"))[0]).toMatch(
      /^checks\[0\] \("FETCH \/a"\)\.request: expected a request line/,
    );
    expect(issuesOf(() => load("- request: GET /a\n  timeout: soon\n"))).toEqual([
      'checks[0] ("GET /a").timeout: expected a duration like 250ms, 10s, 5m, 1h or a number of milliseconds',
    ]);
  });

  it("flow steps and JSONPath keys", () => {
    const errors = issuesOf(() =>
      load(
        "- type: flow\n  name: f\n  steps:\n    - request: GET /a\n    - request: GET /b\n      expect: { json: { 'data': 1 } }\n",
      ),
    );
    expect(errors).toEqual([
      'checks[0] ("f").steps[1].expect.json.data: expected a JSONPath starting with $',
    ]);
  });

  it("duplicate names, unknown needs and cycles", () => {
    expect(issuesOf(() => load("- GET /a\n- GET /a\n"))).toEqual([
      'checks[1] ("GET /a").name: duplicate check name "GET /a" (also checks[0]); give one a name',
    ]);
    expect(issuesOf(() => load("- request: GET /a\n  needs: nope\n"))).toEqual([
      'checks[0] ("GET /a").needs: unknown check "nope"',
    ]);
    expect(
      issuesOf(() =>
        load("- { name: a, request: GET /a, needs: b }\n- { name: b, request: GET /b, needs: a }\n"),
      )[0],
    ).toMatch(/needs form a cycle: a → b → a/);
  });

  it("YAML errors, empty lists, wrong top level", () => {
    expect(issuesOf(() => parseConfigText("checks: [\n"))[0]).toMatch(/^: not valid YAML or JSON/);
    expect(issuesOf(() => load("checks: []\n"))).toEqual(["checks: expected at least one check"]);
    expect(issuesOf(() => load("42"))[0]).toMatch(/expected a list of checks/);
    expect(issuesOf(() => load("version: 2\nchecks: [GET /a]\n"))).toEqual(["version: expected version: 1"]);
  });

  it("refuses alias bombs and deep nesting", () => {
    const bomb = `a: &a ["x","x","x","x","x","x","x","x","x"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: [*e,*e,*e,*e,*e,*e,*e,*e,*e]
checks: [GET /a]`;
    expect(issuesOf(() => parseConfigText(bomb))[0]).toMatch(/expands to more than 200000 values/);
    expect(issuesOf(() => parseConfigText(`${"[".repeat(200)}${"]".repeat(200)}`))[0]).toMatch(
      /nest(ed deeper|ing exceeded)/,
    );
  });
});

describe("templates are checked before any request", () => {
  it("unknown names are found with their place", () => {
    const config = load(`
defaults: { headers: { Authorization: "Bearer {{ secrets.API_TOKN }}" } }
checks:
  - request: { path: "/t/{{ vars.TENANT }}/{{ vars.NOPE }}" }
  - type: flow
    name: create
    steps:
      - request: { method: POST, path: /tasks, headers: { Idempotency-Key: "smoke-{{ run.id }}-{{ uuid }}" } }
        capture: { taskId: $.id }
      - request: "GET /tasks/{{ taskId }}"
      - request: "GET /tasks/{{ etag }}"
`);
    expect(issuesOf(() => validateTemplates(config, scope))).toEqual([
      'defaults.headers.Authorization: unknown template name "secrets.API_TOKN"; not among the secrets given — did you mean "secrets.API_TOKEN"?',
      'checks[0] ("GET /t/{{ vars.TENANT }}/{{ vars.NOPE }}").request.path: unknown template name "vars.NOPE"; not among the vars given',
      'checks[1] ("create").steps[2].request.path: unknown template name "etag"',
    ]);
  });

  it("a capture is only visible to later steps, and `if` may use unset vars", () => {
    const config = load(`
- type: flow
  name: f
  if: "{{ vars.ENABLE_BILLING }}"
  steps:
    - request: "GET /a/{{ id }}"
      capture: { id: $.id }
`);
    expect(issuesOf(() => validateTemplates(config, scope))).toEqual([
      'checks[0] ("f").steps[0].request.path: unknown template name "id"',
    ]);
  });

  it("an expectation whose template renders empty is refused; a request or an `if` may use one", () => {
    const config = load(`
- name: version
  request: "GET /version?sha={{ sha }}"
  if: "{{ vars.EMPTY }}"
  expect:
    json:
      $.commit: "{{ sha }}"
      $.tenant: { in: ["{{ vars.EMPTY }}", "smoke"] }
    headers: { x-commit: "{{ sha }}" }
    body: { matches: "{{ env.BLANK }}" }
- type: flow
  name: f
  steps:
    - request: GET /a
      until: { json: { $.label: "{{ label }}" } }
`);
    const blank = { ...scope, sha: "", label: "", vars: { EMPTY: "" }, env: { BLANK: "" } };
    expect(issuesOf(() => validateTemplates(config, blank))).toEqual([
      'checks[0] ("version").expect.headers.x-commit: {{ sha }} is empty here, so this expectation would compare the answer with an empty value and prove nothing: GITHUB_SHA is not set: run inside GitHub Actions, or set it (GITHUB_SHA=$(git rev-parse HEAD) npx deploy-gate …)',
      'checks[0] ("version").expect.json["$.commit"]: {{ sha }} is empty here, so this expectation would compare the answer with an empty value and prove nothing: GITHUB_SHA is not set: run inside GitHub Actions, or set it (GITHUB_SHA=$(git rev-parse HEAD) npx deploy-gate …)',
      'checks[0] ("version").expect.json["$.tenant"].in[0]: {{ vars.EMPTY }} is empty here, so this expectation would compare the answer with an empty value and prove nothing: vars.EMPTY is set to "": give it a value (the vars input, or --var EMPTY=…)',
      'checks[0] ("version").expect.body.matches: {{ env.BLANK }} is empty here, so this expectation would compare the answer with an empty value and prove nothing: the environment variable BLANK is set but empty',
      'checks[1] ("f").steps[0].until.json["$.label"]: {{ label }} is empty here, so this expectation would compare the answer with an empty value and prove nothing: no label was given: give the label input or --label',
    ]);
    const given = { ...scope, vars: { EMPTY: "x" }, env: { BLANK: "y" } };
    expect(() => validateTemplates(config, given)).not.toThrow();
  });

  it("a templated header value stays exact, even when it renders to something in slashes", () => {
    const config = load(`
- request: GET /a
  expect:
    headers:
      location: "{{ vars.PATH }}"
      x-pattern: '/^v{{ vars.MAJOR }}\\./'
`);
    expect(config.checks[0]?.spec.expect).toEqual({
      headers: { location: { equals: "{{ vars.PATH }}" }, "x-pattern": "/^v{{ vars.MAJOR }}\\./" },
    });
  });

  it("prepareGate merges vars with the input winning and names the source", () => {
    const prepared = prepareGate({
      configText: "vars: { TENANT: cfg, KEEP: k }\nchecks: ['GET /{{ vars.TENANT }}/{{ vars.KEEP }}']",
      source: "gate.yml",
      secrets: {},
      vars: { TENANT: "input" },
      label: "",
      env: { GITHUB_RUN_ID: "7" },
    });
    expect(prepared.scope.vars).toEqual({ TENANT: "input", KEEP: "k" });
    expect(prepared.scope.run.id).toBe("7");
    try {
      prepareGate({
        configText: "- GET /{{ secrets.X }}",
        source: "gate.yml",
        secrets: {},
        vars: {},
        label: "",
        env: {},
      });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toBe(
        'invalid config in gate.yml:\nchecks[0] ("GET /{{ secrets.X }}").request.path: unknown template name "secrets.X"; no secrets were given',
      );
    }
  });
});

describe("JSONPaths are checked at load time", () => {
  it("names a bad path in an expectation or a capture", () => {
    const errors = issuesOf(() =>
      load(`
- request: GET /a
  expect: { json: { "$.data[": 1 } }
- type: flow
  name: f
  steps:
    - request: GET /a
      capture: { id: "$..[?(@.x" }
      fail-when: { json: { "$.ok": true } }
`),
    );
    expect(errors).toHaveLength(2);
    expect(errors).toEqual([
      'checks[0] ("GET /a").expect.json["$.data["]: invalid JSONPath "$.data[": it ends too early (at character 8)',
      'checks[1] ("f").steps[0].capture.id: invalid JSONPath "$..[?(@.x": it ends too early (at character 10)',
    ]);
  });

  it("leaves request bodies alone, even with $-keys", () => {
    expect(load("- request: { method: POST, path: /q, json: { $set: { a: 1 } } }").checks).toHaveLength(1);
  });

  it("refuses an empty fail-when", () => {
    expect(issuesOf(() => load("- { request: GET /a, until: { status: 200 }, fail-when: {} }"))).toEqual([
      'checks[0] ("GET /a").fail-when: give at least one condition; an empty fail-when would always hold',
    ]);
  });
});
