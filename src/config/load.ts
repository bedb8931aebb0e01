// Text → validated config. Everything here runs before any request is sent, and every
// problem is reported with its place (`checks[2].expect.status: …`).
import { CORE_SCHEMA, load as loadYaml, YAMLException } from "js-yaml";
import { type BakeRules, type Defaults, MAX_NAME_CHARS, request } from "../checks/fields.js";
import { checkTypes } from "../checks/registry.js";
import { clip } from "../text/clip.js";
import { ConfigError, type ConfigIssue, issueAt, placeIssues } from "./errors.js";
import { toConfigIssues, unknownFieldLines } from "./issues.js";
import { checkSchema, documentFields } from "./schema.js";
import { closest, didYouMean } from "./suggest.js";
import {
  EXPECTATION_KEYS,
  isKnownRef,
  knownRefs,
  lookupRef,
  OIDC_TOKEN_REF,
  stringsIn,
  TemplateError,
  type TemplateScope,
  templateRefs,
} from "./templates.js";

const MAX_CONFIG_BYTES = 1024 * 1024;
const MAX_DEPTH = 64;
// YAML aliases share one value many times; walking the expansion is what would blow up.
const MAX_VALUES = 200_000;
const REQUEST_LINE = /^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\s+\S(?:.*\S)?$/i;

export interface CheckConfig {
  readonly index: number;
  readonly name: string;
  readonly type: string;
  readonly severity: "critical" | "warning";
  readonly tags: readonly string[];
  readonly needs: readonly string[];
  readonly if?: string | boolean | number;
  readonly timeout?: number;
  readonly retries?: number;
  readonly bake?: BakeRules;
  /** The whole validated check, own fields included, as its type's runner receives it. */
  readonly spec: Readonly<Record<string, unknown>>;
}

export interface GateConfig {
  readonly version: 1;
  readonly defaults: Defaults;
  readonly vars: Readonly<Record<string, string>>;
  readonly checks: readonly CheckConfig[];
}

/** Why a parsed document is too big to validate: too deep, or (through aliases) too many values. */
function tooLarge(value: unknown): string | undefined {
  const stack: [unknown, number][] = [[value, 0]];
  let seen = 0;
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (d > MAX_DEPTH) return `config is nested deeper than ${MAX_DEPTH} levels`;
    if (++seen > MAX_VALUES) return `config expands to more than ${MAX_VALUES} values (a YAML alias bomb?)`;
    if (v !== null && typeof v === "object") for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return undefined;
}

/**
 * YAML 1.2 core schema or JSON (JSON is YAML): no timestamps or other implicit types, duplicate
 * keys refused. js-yaml over `yaml`: it parses a large config several times faster at start-up,
 * which is on every deploy's critical path (bench/README.md).
 */
export function parseConfigText(text: string, source = "config"): unknown {
  if (Buffer.byteLength(text) > MAX_CONFIG_BYTES) {
    throw new ConfigError([{ path: "", message: `config is larger than ${MAX_CONFIG_BYTES} bytes` }], source);
  }
  let doc: unknown;
  try {
    doc = loadYaml(text, { schema: CORE_SCHEMA, filename: source });
  } catch (error) {
    const message =
      error instanceof YAMLException
        ? `${error.reason}${error.mark ? ` at line ${error.mark.line + 1}, column ${error.mark.column + 1}` : ""}`
        : (error as Error).message;
    throw new ConfigError([{ path: "", message: `not valid YAML or JSON: ${message}` }], source);
  }
  const problem = tooLarge(doc);
  if (problem) throw new ConfigError([{ path: "", message: problem }], source);
  return doc;
}

const SHORTHAND_TYPES = () => [...checkTypes.keys()].filter((t) => t !== "http");

function expandShorthand(
  item: unknown,
  index: number,
  issues: ConfigIssue[],
): Record<string, unknown> | undefined {
  const place = ["checks", index];
  if (typeof item === "string") {
    const line = item.trim();
    if (checkTypes.has(line) && line !== "http") return { type: line };
    if (REQUEST_LINE.test(line))
      return { type: "http", request: line.replace(/^\S+/, (m) => m.toUpperCase()) };
    issues.push(
      issueAt(
        place,
        `expected a request line like "GET /health", a check type like "release-guard", or a mapping; got ${JSON.stringify(clip(line, 60))}${didYouMean(line, SHORTHAND_TYPES())}`,
      ),
    );
    return undefined;
  }
  if (item === null || typeof item !== "object" || Array.isArray(item)) {
    issues.push(issueAt(place, "expected a check: a request line or a mapping"));
    return undefined;
  }
  const obj = item as Record<string, unknown>;
  const type = obj.type ?? "http";
  if (typeof type !== "string" || !checkTypes.has(type)) {
    const hint = typeof type === "string" ? didYouMean(type, checkTypes.keys()) : "";
    issues.push(
      issueAt(
        [...place, "type"],
        `unknown check type ${clip(JSON.stringify(type) ?? String(type), 60)}; expected one of ${[...checkTypes.keys()].join(", ")}${hint}`,
      ),
    );
    return undefined;
  }
  return { ...obj, type };
}

/**
 * The name a check in the parsed document goes by, for error messages: its `name`, else the
 * name its type gives it (the request line), else its type. Matches `CheckConfig.name` for a
 * valid check, and does its best for an invalid one.
 */
export function checkNamer(doc: unknown): (index: number) => string | undefined {
  const items = Array.isArray(doc)
    ? doc
    : typeof doc === "string"
      ? [doc]
      : doc && typeof doc === "object" && Array.isArray((doc as { checks?: unknown }).checks)
        ? ((doc as { checks: unknown[] }).checks as unknown[])
        : typeof (doc as { checks?: unknown } | null)?.checks === "string"
          ? [(doc as { checks: string }).checks]
          : [];
  return (index) => {
    const item = items[index];
    const given = (item as { name?: unknown } | null)?.name;
    if (typeof given === "string" && given) return given;
    const expanded = expandShorthand(item, index, []);
    if (!expanded) return undefined;
    const type = expanded.type as string;
    const parsed = request.safeParse(expanded.request);
    if (expanded.request !== undefined && !parsed.success)
      return typeof expanded.request === "string" ? expanded.request.trim() : type;
    try {
      const named = checkTypes
        .get(type)
        ?.defaultName?.({ ...expanded, ...(parsed.success ? { request: parsed.data } : {}) } as never);
      return named ?? type;
    } catch {
      // A check too broken for its type to name it is still named by its type.
      return type;
    }
  };
}

function toCheckConfig(index: number, parsed: Record<string, unknown>): CheckConfig {
  const type = parsed.type as string;
  const needs = parsed.needs === undefined ? [] : ([] as string[]).concat(parsed.needs as string | string[]);
  const name =
    (parsed.name as string | undefined) ?? checkTypes.get(type)?.defaultName?.(parsed as never) ?? type;
  return {
    index,
    name,
    type,
    severity: parsed.severity as CheckConfig["severity"],
    tags: parsed.tags as string[],
    needs,
    ...(parsed.if !== undefined ? { if: parsed.if as string } : {}),
    ...(parsed.timeout !== undefined ? { timeout: parsed.timeout as number } : {}),
    ...(parsed.retries !== undefined ? { retries: parsed.retries as number } : {}),
    ...(parsed.bake !== undefined ? { bake: parsed.bake as CheckConfig["bake"] } : {}),
    spec: parsed,
  };
}

function checkGraph(checks: readonly CheckConfig[], issues: ConfigIssue[]): void {
  const byName = new Map<string, CheckConfig>();
  for (const c of checks) {
    const prior = byName.get(c.name);
    if (prior) {
      issues.push(
        issueAt(
          ["checks", c.index, "name"],
          `duplicate check name ${JSON.stringify(clip(c.name))} (also checks[${prior.index}]); give one a name`,
        ),
      );
    } else byName.set(c.name, c);
  }
  for (const c of checks) {
    for (const need of c.needs) {
      if (!byName.has(need))
        issues.push(
          issueAt(
            ["checks", c.index, "needs"],
            `unknown check ${JSON.stringify(clip(need))}${didYouMean(need, byName.keys())}`,
          ),
        );
      if (need === c.name) issues.push(issueAt(["checks", c.index, "needs"], "a check cannot need itself"));
    }
  }
  if (issues.length) return;
  // Depth-first search for a cycle; reported once, at the check where it was found.
  const state = new Map<string, "visiting" | "done">();
  const visit = (c: CheckConfig, trail: string[]): boolean => {
    if (state.get(c.name) === "done") return false;
    if (state.get(c.name) === "visiting") {
      issues.push(
        issueAt(
          ["checks", c.index, "needs"],
          `needs form a cycle: ${[...trail.slice(trail.indexOf(c.name)), c.name].join(" → ")}`,
        ),
      );
      return true;
    }
    state.set(c.name, "visiting");
    for (const need of c.needs) if (visit(byName.get(need)!, [...trail, c.name])) return true;
    state.set(c.name, "done");
    return false;
  };
  for (const c of checks) if (visit(c, [])) break;
}

/** Validates a parsed document (a bare list or a whole config). Throws ConfigError. */
export function loadConfig(doc: unknown, source?: string): GateConfig {
  // A bare list, or a single shorthand (`checks: GET /health`), is a list of checks.
  const asDocument = Array.isArray(doc) ? { checks: doc } : typeof doc === "string" ? { checks: [doc] } : doc;
  const parse = { reportInput: true, error: unknownFieldLines };
  const top = documentFields.safeParse(asDocument, parse);
  if (!top.success) {
    throw new ConfigError(
      doc === null || typeof doc !== "object"
        ? [{ path: "", message: "expected a list of checks or a config document with `checks:`" }]
        : toConfigIssues(top.error.issues),
      source,
    );
  }
  const issues: ConfigIssue[] = [];
  const checks: CheckConfig[] = [];
  for (const [index, item] of top.data.checks.entries()) {
    const expanded = expandShorthand(item, index, issues);
    if (!expanded) continue;
    const parsed = checkSchema(expanded.type as string)!.safeParse(expanded, parse);
    if (!parsed.success) issues.push(...toConfigIssues(parsed.error.issues, ["checks", index]));
    else {
      const check = toCheckConfig(index, parsed.data as Record<string, unknown>);
      // A given name is bounded by the schema; a default one (a long request line) is caught here.
      if (check.name.length > MAX_NAME_CHARS)
        issues.push(
          issueAt(
            ["checks", index],
            `the name it takes from its request is ${check.name.length} characters, over ${MAX_NAME_CHARS}: give it a shorter \`name\``,
          ),
        );
      else checks.push(check);
    }
  }
  if (!issues.length) checkGraph(checks, issues);
  if (issues.length) throw new ConfigError(placeIssues(issues, { nameOf: checkNamer(doc) }), source);
  return {
    version: 1,
    defaults: top.data.defaults ?? {},
    vars: Object.fromEntries(Object.entries(top.data.vars ?? {}).map(([k, v]) => [k, String(v)])),
    checks,
  };
}

/** Every template name in every check must resolve; flow steps may use captures of earlier steps. */
export function validateTemplates(config: GateConfig, scope: TemplateScope): void {
  const issues: ConfigIssue[] = [];
  const inspect = (value: unknown, base: (string | number)[], captures: ReadonlySet<string>) => {
    for (const [text, path] of stringsIn(value, base)) {
      try {
        for (const ref of templateRefs(text)) {
          if (isKnownRef(ref, scope, captures)) continue;
          // Where the token cannot exist, the adapter says why (outside Actions; no audience).
          const oidc = ref === OIDC_TOKEN_REF && scope.oidc && "unavailable" in scope.oidc;
          issues.push(
            issueAt(
              path,
              oidc
                ? scope.oidc.unavailable
                : `unknown template name ${JSON.stringify(clip(ref))}${hintFor(ref, scope, captures)}`,
            ),
          );
        }
      } catch (error) {
        if (error instanceof TemplateError) issues.push(issueAt(path, error.message));
        else throw error;
      }
    }
  };
  inspect(config.defaults, ["defaults"], new Set());
  for (const c of config.checks) {
    const { if: condition, steps, ...rest } = c.spec as { if?: unknown; steps?: Record<string, unknown>[] };
    if (typeof condition === "string") {
      try {
        templateRefs(condition);
      } catch (error) {
        issues.push(issueAt(["checks", c.index, "if"], (error as Error).message));
      }
    }
    inspect(rest, ["checks", c.index], new Set());
    emptyExpected(rest, ["checks", c.index], scope, issues);
    const captured = new Set<string>();
    for (const [i, step] of (steps ?? []).entries()) {
      // A step may use its own captures only in later steps; its request sees earlier ones.
      inspect(step, ["checks", c.index, "steps", i], new Set(captured));
      emptyExpected(step, ["checks", c.index, "steps", i], scope, issues);
      for (const name of Object.keys((step.capture as object | undefined) ?? {})) captured.add(name);
    }
  }
  const names = new Map(config.checks.map((c) => [c.index, c.name]));
  if (issues.length) throw new ConfigError(placeIssues(issues, { nameOf: (i) => names.get(i) }));
}

/** Where a request's expectations live: what an empty template value would make meaningless. */

/** Why a template name renders empty here, and how to give it a value. */
function emptyBecause(ref: string): string {
  if (ref === "sha")
    return "GITHUB_SHA is not set: run inside GitHub Actions, or set it (GITHUB_SHA=$(git rev-parse HEAD) npx deploy-gate …)";
  if (ref === "label") return "no label was given: give the label input or --label";
  const [root, key] = ref.split(".");
  if (root === "vars") return `vars.${key} is set to "": give it a value (the vars input, or --var ${key}=…)`;
  if (root === "secrets") return `secrets.${key} is set to "": give it a value`;
  if (root === "env") return `the environment variable ${key} is set but empty`;
  return "it has no value in this run";
}

/**
 * An expectation whose template renders empty (`$.commit: "{{ sha }}"` outside Actions) would
 * compare the answer with "" and pass or fail on nothing: refused before any request. Flow
 * captures are only known at run time; the step refuses an empty one there.
 */
function emptyExpected(
  spec: Record<string, unknown>,
  base: (string | number)[],
  scope: TemplateScope,
  issues: ConfigIssue[],
): void {
  for (const key of EXPECTATION_KEYS) {
    const value = spec[key];
    if (value === null || typeof value !== "object" || Array.isArray(value)) continue;
    for (const [text, at] of stringsIn(value, [...base, key])) {
      // A templated header value is held as { equals } (so it stays exact): name the header itself.
      const path = at.at(-3) === "headers" && at.at(-1) === "equals" ? at.slice(0, -1) : at;
      let refs: string[];
      try {
        refs = templateRefs(text);
      } catch {
        continue; // a malformed template is reported once, by inspect
      }
      for (const ref of refs) {
        if (ref === "uuid" || ref === "now" || !isKnownRef(ref, scope, new Set())) continue;
        if (lookupRef(ref, scope, {}) !== "") continue;
        issues.push(
          issueAt(
            path,
            `{{ ${ref} }} is empty here, so this expectation would compare the answer with an empty value and prove nothing: ${emptyBecause(ref)}`,
          ),
        );
      }
    }
  }
}

const NAMESPACES = ["secrets", "vars", "env"];

/** Why a name is unknown and, when one is close, the name meant. Only names are shown, never a value. */
function hintFor(ref: string, scope: TemplateScope, captures: ReadonlySet<string>): string {
  const [root = "", key, ...rest] = ref.split(".");
  const suggest = (names: Iterable<string>) => didYouMean(ref, names);
  if (key !== undefined && rest.length === 0 && NAMESPACES.includes(root)) {
    const table = root === "secrets" ? scope.secrets : root === "vars" ? scope.vars : scope.env;
    const names = Object.keys(table)
      .filter((k) => table[k] !== undefined)
      .map((k) => `${root}.${k}`);
    const why =
      root === "secrets"
        ? names.length
          ? "; not among the secrets given"
          : "; no secrets were given"
        : root === "vars"
          ? "; not among the vars given"
          : "; that environment variable is not set";
    return `${why}${suggest(names)}`;
  }
  // `{{ var.TOKEN }}`: a namespace misspelt, whatever the name after it.
  const namespace = key !== undefined && rest.length === 0 ? closest(root, NAMESPACES) : undefined;
  if (namespace) return ` — did you mean ${JSON.stringify(`${namespace}.${key}`)}?`;
  return suggest(knownRefs(captures, scope));
}
