import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config/errors.js";
import { parsePairs } from "../../src/config/pairs.js";
import {
  evaluateCondition,
  parseTemplate,
  renderDeep,
  renderString,
  TemplateError,
  type TemplateScope,
} from "../../src/config/templates.js";
import { formatDuration, parseDuration } from "../../src/text/duration.js";

const scope: TemplateScope = {
  secrets: { TOKEN: "t0k" },
  vars: { ON: "true", OFF: "false", ZERO: "0", EMPTY: "" },
  env: { HOME: "/root" },
  run: { id: "99", attempt: "2" },
  sha: "deadbeef",
  label: "us",
};

describe("templates", () => {
  it("renders every kind of name", () => {
    expect(renderString("Bearer {{ secrets.TOKEN }}", scope)).toBe("Bearer t0k");
    expect(renderString("{{run.id}}-{{ run.attempt }}-{{ sha }}-{{ label }}-{{ env.HOME }}", scope)).toBe(
      "99-2-deadbeef-us-/root",
    );
    expect(renderString("{{ uuid }}", scope)).toMatch(/^[0-9a-f-]{36}$/);
    expect(renderString("{{ now }}", scope)).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(renderString("/tasks/{{ taskId }}", scope, { taskId: "t-1" })).toBe("/tasks/t-1");
    expect(() => renderString("{{ secrets.NOPE }}", scope)).toThrow(TemplateError);
    expect(() => parseTemplate("{{ a b }}")).toThrow(/is not a template name/);
  });

  it("renders deeply without touching keys, and keeps __proto__ as data", () => {
    const value = JSON.parse('{"{{ label }}": ["{{ label }}", 1, null], "__proto__": {"x": "{{ sha }}"}}');
    const out = renderDeep(value, scope) as Record<string, unknown>;
    expect(out["{{ label }}"]).toEqual(["us", 1, null]);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(out, "__proto__")?.value).toEqual({ x: "deadbeef" });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("escapes what a template puts into a pattern, and only there", () => {
    const dotted: TemplateScope = { ...scope, vars: { V: "1.2.3", P: "/a(b)" } };
    const step = {
      request: {
        path: "/v/{{ vars.V }}",
        headers: { "x-v": "/{{ vars.V }}/" },
        json: { matches: "{{ vars.V }}", labels: { team: { matches: "{{ vars.P }}" } } },
      },
      expect: {
        json: { "$.v": { matches: "^{{ vars.V }}$" }, "$.w": "{{ vars.V }}" },
        headers: { "x-v": "/^{{ vars.P }}$/", "x-w": "{{ vars.P }}" },
        body: { matches: "{{ vars.P }}", contains: "{{ vars.P }}" },
      },
      until: { headers: { "x-v": "/{{ vars.V }}/i" } },
    };
    const out = renderDeep(step, dotted);
    // Sent as written: a request header in slashes, a body field named `matches`, are values.
    expect(out.request).toEqual({
      path: "/v/1.2.3",
      headers: { "x-v": "/1.2.3/" },
      json: { matches: "1.2.3", labels: { team: { matches: "/a(b)" } } },
    });
    expect(out.expect.json).toEqual({ "$.v": { matches: "^1\\.2\\.3$" }, "$.w": "1.2.3" });
    expect(out.expect.headers).toEqual({ "x-v": "/^\\/a\\(b\\)$/", "x-w": "/a(b)" });
    expect(out.expect.body).toEqual({ matches: "\\/a\\(b\\)", contains: "/a(b)" });
    expect(out.until.headers["x-v"]).toBe("/1\\.2\\.3/i");
    expect(new RegExp(out.expect.json["$.v"].matches, "u").test("1.2.3")).toBe(true);
    expect(new RegExp(out.expect.json["$.v"].matches, "u").test("1x2x3")).toBe(false);
    // A metric's label selector is a pattern; a webhook's payload is sent (and signed) as written.
    const metrics = renderDeep(
      {
        labels: { version: { matches: "{{ vars.V }}" } },
        ratio: { of: { labels: { route: { matches: "{{ vars.P }}" } } } },
        payload: { matches: "{{ vars.V }}" },
      },
      dotted,
    );
    expect(metrics.labels.version.matches).toBe("1\\.2\\.3");
    expect(metrics.ratio.of.labels.route.matches).toBe("\\/a\\(b\\)");
    expect(metrics.payload.matches).toBe("1.2.3");
  });

  it("`if` is falsy for '', false, 0 and unset names", () => {
    expect(evaluateCondition("{{ vars.ON }}", scope)).toBe(true);
    for (const c of [
      "{{ vars.OFF }}",
      "{{ vars.ZERO }}",
      "{{ vars.EMPTY }}",
      "{{ vars.UNSET }}",
      "{{ env.NOPE }}",
      "",
      false,
      0,
    ]) {
      expect(evaluateCondition(c, scope)).toBe(false);
    }
  });

  it("never throws anything but TemplateError on arbitrary text", () => {
    // Plain fc.string() almost never holds a `{{`, so the text is built from template pieces,
    // good and broken, mixed with arbitrary characters; both outcomes are counted below.
    const text = fc
      .array(
        fc.oneof(
          fc.constantFrom("{{ secrets.TOKEN }}", "{{sha}}", "{{ vars.ON }}", "{{ run.id }}", "{{env.HOME}}"),
          fc.constantFrom("{{ secrets.NOPE }}", "{{ vars.constructor }}", "{{ nope }}", "{{ __proto__ }}"),
          fc.constantFrom("{{ a b }}", "{{ }}", "{{ 1x }}", "{{ secrets. }}", "{{{ sha }}}", "{{", "}}", "{"),
          fc.string({ maxLength: 6 }),
        ),
        { maxLength: 6 },
      )
      .map((parts) => parts.join(""));
    let rendered = 0;
    let refused = 0;
    fc.assert(
      fc.property(text, (s) => {
        try {
          expect(renderString(s, scope)).toBeTypeOf("string");
          rendered++;
        } catch (error) {
          expect(error).toBeInstanceOf(TemplateError);
          refused++;
        }
      }),
      { numRuns: 2000 },
    );
    expect(rendered).toBeGreaterThan(200);
    expect(refused).toBeGreaterThan(200);
  });
});

describe("durations", () => {
  it("parses the documented forms", () => {
    expect(parseDuration("250ms")).toBe(250);
    expect(parseDuration("10s")).toBe(10_000);
    expect(parseDuration("5m")).toBe(300_000);
    expect(parseDuration("1h")).toBe(3_600_000);
    expect(parseDuration("1.5s")).toBe(1500);
    expect(parseDuration(1200)).toBe(1200);
    expect(parseDuration("1200")).toBe(1200);
    for (const bad of ["", "ten", "5d", "-1s", "1e999s", Number.NaN, -5, Number.POSITIVE_INFINITY]) {
      expect(parseDuration(bad as string | number)).toBeUndefined();
    }
    expect(formatDuration(250)).toBe("250ms");
    expect(formatDuration(1500)).toBe("1.5s");
    expect(formatDuration(125_000)).toBe("2m5s");
    expect(formatDuration(3_600_000)).toBe("1h");
    expect(formatDuration(5_400_000)).toBe("1h30m");
  });

  it("returns a finite non-negative number or undefined for any string", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const ms = parseDuration(s);
        expect(ms === undefined || (Number.isFinite(ms) && ms >= 0)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("secrets and vars inputs", () => {
  it("reads NAME=value lines and JSON objects", () => {
    expect(parsePairs("A=1\n# comment\n\nB = x=y\r\n", "input secrets")).toEqual({ A: "1", B: " x=y" });
    expect(parsePairs('{"github_token": "ghs_x", "N": 3, "X": null}', "input secrets")).toEqual({
      github_token: "ghs_x",
      N: "3",
    });
  });

  it("names the place and never echoes a value", () => {
    try {
      parsePairs("GOOD=1\nnot a pair hunter2", "input secrets");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toBe("input secrets, line 2: expected NAME=value");
      expect((error as Error).message).not.toContain("hunter2");
    }
    expect(() => parsePairs('{"a": hunter2}', "input secrets")).toThrow(/does not parse/);
  });
});
