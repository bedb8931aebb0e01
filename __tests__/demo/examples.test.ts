// The example check lists follow SPEC section 3: each file is parsed and its requests,
// expectations, polls and captures are validated with the config field schemas, keys are
// checked per check type, names are unique, `needs` resolve, and every template name is known.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { z } from "zod";
import {
  captures as capturesSchema,
  defaults as defaultsSchema,
  expect as expectSchema,
  poll as pollSchema,
  request as requestSchema,
} from "../../src/config/fields.js";

const ROOT = resolve(import.meta.dirname, "..", "..");
const FILES = [
  "examples/demo/gate.yml",
  ...readdirSync(join(ROOT, "examples/checks"))
    .filter((f) => f.endsWith(".yml"))
    .map((f) => `examples/checks/${f}`),
];
const SCHEMA_LINE = "# yaml-language-server: $schema=../../schema/deploy-gate.schema.json";

const BASE_KEYS = ["name", "type", "needs", "if", "severity", "tags", "timeout", "retries", "bake"];
const POLLING_KEYS = ["request", "expect", "until", "poll", "fail-when"];
const KEYS: Record<string, string[]> = {
  http: [...BASE_KEYS, ...POLLING_KEYS],
  flow: [...BASE_KEYS, "steps"],
  "release-guard": [...BASE_KEYS, "path", "ignore"],
};
const STEP_KEYS = ["name", ...POLLING_KEYS, "capture"];
const BUILTINS = new Set(["run.id", "run.attempt", "sha", "label", "uuid", "now"]);
const REQUEST_LINE = /^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\s+\S+$/;

type Problems = string[];
// biome-ignore lint/suspicious/noExplicitAny: parsed YAML documents, picked apart by the tests.
type Json = any;

function check<S extends z.ZodType>(schema: S, value: unknown, where: string, problems: Problems) {
  const result = schema.safeParse(value);
  if (!result.success) {
    for (const issue of result.error.issues)
      problems.push(`${[where, ...issue.path].join(".")}: ${issue.message}`);
  }
}

function templates(value: unknown): string[] {
  const found: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === "string") for (const m of v.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) found.push(m[1]!);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object")
      for (const [k, x] of Object.entries(v)) {
        walk(k);
        walk(x);
      }
  };
  walk(value);
  return found;
}

function checkTemplates(
  value: unknown,
  where: string,
  vars: Set<string>,
  captured: Set<string>,
  p: Problems,
) {
  for (const name of templates(value)) {
    const ok =
      BUILTINS.has(name) ||
      captured.has(name) ||
      /^secrets\.[A-Za-z_]\w*$/.test(name) ||
      /^env\.[A-Za-z_]\w*$/.test(name) ||
      (name.startsWith("vars.") && vars.has(name.slice(5)));
    if (!ok) p.push(`${where}: unknown template name {{ ${name} }}`);
  }
}

function checkPolling(item: Record<string, unknown>, where: string, p: Problems) {
  if (item.request === undefined) p.push(`${where}.request: missing`);
  else check(requestSchema, item.request, `${where}.request`, p);
  for (const key of ["expect", "until", "fail-when"]) {
    if (item[key] !== undefined) check(expectSchema, item[key], `${where}.${key}`, p);
  }
  if (item.poll !== undefined) check(pollSchema, item.poll, `${where}.poll`, p);
  if ((item.until !== undefined || item["fail-when"] !== undefined) && item.poll === undefined) {
    p.push(`${where}: until/fail-when without poll`);
  }
}

function defaultName(c: Record<string, unknown>): string {
  if (typeof c.name === "string") return c.name;
  const r = c.request as string | Record<string, unknown> | undefined;
  if (typeof r === "string") return r;
  if (r) return `${r.method ?? "GET"} ${r.path ?? r.url}`;
  return String(c.type ?? "http");
}

function validate(file: string): { problems: Problems; doc: Json } {
  const text = readFileSync(join(ROOT, file), "utf8");
  const p: Problems = [];
  if (text.split("\n")[0] !== SCHEMA_LINE) p.push("first line is not the schema modeline");
  const doc = parse(text);
  if (doc.version !== 1) p.push("version: expected 1");
  for (const key of Object.keys(doc))
    if (!["version", "defaults", "vars", "checks"].includes(key)) p.push(`${key}: unknown`);
  if (doc.defaults !== undefined) check(defaultsSchema, doc.defaults, "defaults", p);
  const vars = new Set(Object.keys(doc.vars ?? {}));
  for (const [k, v] of Object.entries(doc.vars ?? {}))
    if (typeof v !== "string") p.push(`vars.${k}: expected a string`);
  checkTemplates(doc.defaults, "defaults", vars, new Set(), p);

  const checks: unknown[] = doc.checks;
  const names: string[] = [];
  const allNeeds: [string, string[]][] = [];
  checks.forEach((raw, i) => {
    const where = `checks[${i}]`;
    if (typeof raw === "string") {
      if (raw !== "release-guard" && !REQUEST_LINE.test(raw)) p.push(`${where}: bad shorthand ${raw}`);
      names.push(raw);
      return;
    }
    const c = raw as Record<string, unknown>;
    const type = (c.type as string | undefined) ?? "http";
    const allowed = KEYS[type];
    if (!allowed) {
      p.push(`${where}.type: ${type} is not used in the examples yet`);
      return;
    }
    for (const key of Object.keys(c))
      if (!allowed.includes(key)) p.push(`${where}.${key}: unknown field for ${type}`);
    if (c.severity !== undefined && !["critical", "warning"].includes(c.severity as string))
      p.push(`${where}.severity`);
    if (c.tags !== undefined && !(Array.isArray(c.tags) && c.tags.every((t) => typeof t === "string"))) {
      p.push(`${where}.tags: expected a list of strings`);
    }
    const { if: condition, ...rest } = c;
    if (condition !== undefined) {
      // In `if`, unset vars are simply falsy.
      for (const name of templates(condition))
        if (!/^(vars|env)\.\w+$/.test(name)) p.push(`${where}.if: {{ ${name} }}`);
    }
    names.push(defaultName(c));
    allNeeds.push([
      where,
      c.needs === undefined ? [] : ([] as string[]).concat(c.needs as string | string[]),
    ]);

    if (type === "http") {
      checkPolling(c, where, p);
      checkTemplates(rest, where, vars, new Set(), p);
    } else if (type === "flow") {
      const steps = c.steps as Record<string, unknown>[];
      if (!Array.isArray(steps) || steps.length === 0) p.push(`${where}.steps: expected a non-empty list`);
      const captured = new Set<string>();
      steps.forEach((step, j) => {
        const at = `${where}.steps[${j}]`;
        for (const key of Object.keys(step))
          if (!STEP_KEYS.includes(key)) p.push(`${at}.${key}: unknown field`);
        checkPolling(step, at, p);
        checkTemplates({ ...step, capture: undefined }, at, vars, captured, p);
        if (step.capture !== undefined) {
          check(capturesSchema, step.capture, `${at}.capture`, p);
          for (const name of Object.keys(step.capture as object)) captured.add(name);
        }
      });
    } else if (type === "release-guard") {
      if (c.path !== undefined && (typeof c.path !== "string" || !c.path.startsWith("/")))
        p.push(`${where}.path`);
      const ignore = (c.ignore ?? []) as Record<string, unknown>[];
      ignore.forEach((entry, j) => {
        const keys = Object.keys(entry);
        if (keys.length === 0 || keys.some((k) => !["reason", "route"].includes(k))) {
          p.push(`${where}.ignore[${j}]: expected { reason?, route? }`);
        }
      });
      checkTemplates(rest, where, vars, new Set(), p);
    }
  });

  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) p.push(`duplicate check name ${name}`);
    seen.add(name);
  }
  for (const [where, needs] of allNeeds) {
    for (const need of needs) if (!seen.has(need)) p.push(`${where}.needs: unknown check ${need}`);
  }
  return { problems: p, doc };
}

describe("example check lists", () => {
  it("include the demo gate and the four example check lists", () => {
    expect(FILES).toEqual(
      expect.arrayContaining([
        "examples/demo/gate.yml",
        "examples/checks/tasks-api.yml",
        "examples/checks/streams-api.yml",
        "examples/checks/release-guard.yml",
        "examples/checks/saas-multi-tenant.yml",
      ]),
    );
  });

  for (const file of FILES) {
    it(`${file} follows the check-list format`, () => {
      expect(validate(file).problems).toEqual([]);
    });
  }

  it("the demo gate covers health, readiness polling, the authenticated list, the task flow and the guard", () => {
    const { doc } = validate("examples/demo/gate.yml");
    expect(doc.defaults.headers.Authorization).toBe("Bearer {{ secrets.API_TOKEN }}");
    expect(doc.checks).toContain("GET /health");
    expect(doc.checks).toContain("release-guard");
    const ready = doc.checks.find((c: Json) => c.name === "ready");
    expect(ready.until).toBeDefined();
    expect(ready.poll).toBeDefined();
    const flow = doc.checks.find((c: Json) => c.type === "flow");
    const [create, wait] = flow.steps;
    expect(create.request.headers["Idempotency-Key"]).toMatch(/\{\{ run\.id \}\}.*\{\{ uuid \}\}/);
    expect(create.capture).toEqual({ taskId: "$.id" });
    expect(wait.until.json["$.status"]).toBe("completed");
    expect(wait["fail-when"].json["$.status"]).toBe("failed");
    expect(wait.expect.json["$.evidence.photos"].length).toEqual({ gte: 1 });
    const types = new Set(
      doc.checks.map((c: Json) => (typeof c === "string" ? "shorthand" : (c.type ?? "http"))),
    );
    expect(
      [...types].every((t) => ["shorthand", "http", "flow", "release-guard"].includes(t as string)),
    ).toBe(true);
  });

  it("the multi-tenant example switches billing on with vars and sends the tenant header", () => {
    const { doc } = validate("examples/checks/saas-multi-tenant.yml");
    expect(doc.defaults.headers["X-Tenant"]).toBe("{{ vars.TENANT }}");
    const billing = doc.checks.filter((c: Json) => c.if === "{{ vars.ENABLE_BILLING }}");
    expect(billing.length).toBeGreaterThan(0);
    for (const c of billing) expect(c.severity).toBe("warning");
  });

  it("the release-guard example ignores violations with wildcards", () => {
    const { doc } = validate("examples/checks/release-guard.yml");
    const routes = doc.checks.flatMap((c: Json) => (c.ignore ?? []).map((e: Json) => e.route ?? ""));
    expect(routes.some((r: string) => r.includes("*"))).toBe(true);
  });
});
