// `{{ name }}` templates. Each distinct string is parsed once and cached, so a check that
// runs 500 times never re-parses its templates.
import { randomUUID } from "node:crypto";
import { isSlashForm } from "../assert/regex.js";
import { escapeRegexText, TEMPLATE } from "../text/template-syntax.js";

export type TemplatePart = string | { readonly ref: string };

const REF = /^[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*$/;
const cache = new Map<string, readonly TemplatePart[]>();

export class TemplateError extends Error {
  override name = "TemplateError";
}

/** Splits a string into literal text and references; throws TemplateError on a malformed `{{ }}`. */
export function parseTemplate(source: string): readonly TemplatePart[] {
  const hit = cache.get(source);
  if (hit) return hit;
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const m of source.matchAll(TEMPLATE)) {
    const ref = m[1] ?? "";
    if (!REF.test(ref)) throw new TemplateError(`"{{ ${ref} }}" is not a template name`);
    if (m.index > last) parts.push(source.slice(last, m.index));
    parts.push({ ref });
    last = m.index + m[0].length;
  }
  if (last < source.length) parts.push(source.slice(last));
  if (cache.size > 10_000) cache.clear();
  cache.set(source, parts);
  return parts;
}

export function templateRefs(source: string): string[] {
  if (!source.includes("{{")) return [];
  return parseTemplate(source).flatMap((p) => (typeof p === "string" ? [] : [p.ref]));
}

export interface TemplateScope {
  readonly secrets: Readonly<Record<string, string>>;
  readonly vars: Readonly<Record<string, string>>;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly run: { readonly id: string; readonly attempt: string };
  readonly sha: string;
  readonly label: string;
  /**
   * `{{ github.oidc-token }}`: the audience it is requested for (the token itself once fetched,
   * before the first request), or why this run cannot have one.
   */
  readonly oidc?: OidcScope;
}

export type OidcScope =
  | { readonly audience: string; readonly token?: string }
  | { readonly unavailable: string };

/** A GitHub OIDC token: short-lived, so a smoke credential that cannot leak for long. */
export const OIDC_TOKEN_REF = "github.oidc-token";

const BUILTINS = new Set(["run.id", "run.attempt", "sha", "label", "uuid", "now"]);

const hasOidc = (scope: TemplateScope) => scope.oidc !== undefined && "audience" in scope.oidc;

/** The names a config may use with this scope whatever its inputs, with a flow's captures. */
export function knownRefs(captures: ReadonlySet<string>, scope?: TemplateScope): string[] {
  return [...BUILTINS, ...(scope && hasOidc(scope) ? [OIDC_TOKEN_REF] : []), ...captures];
}

/** Whether a reference can be resolved: checked for every string before any request is sent. */
export function isKnownRef(ref: string, scope: TemplateScope, captures: ReadonlySet<string>): boolean {
  if (BUILTINS.has(ref) || captures.has(ref)) return true;
  if (ref === OIDC_TOKEN_REF) return hasOidc(scope);
  const [root, key, ...rest] = ref.split(".");
  if (key === undefined || rest.length > 0) return false;
  if (root === "secrets") return Object.hasOwn(scope.secrets, key);
  if (root === "vars") return Object.hasOwn(scope.vars, key);
  // Own keys only: process.env inherits `constructor`, `toString`, … which lookupRef never resolves.
  if (root === "env") return Object.hasOwn(scope.env, key) && scope.env[key] !== undefined;
  return false;
}

/** Resolves a reference; undefined when it is unknown (validation has ruled that out for checks). */
export function lookupRef(
  ref: string,
  scope: TemplateScope,
  captures: Readonly<Record<string, string>>,
): string | undefined {
  if (Object.hasOwn(captures, ref)) return captures[ref];
  switch (ref) {
    case "run.id":
      return scope.run.id;
    case "run.attempt":
      return scope.run.attempt;
    case "sha":
      return scope.sha;
    case "label":
      return scope.label;
    case "uuid":
      return randomUUID();
    case "now":
      return new Date().toISOString();
    case OIDC_TOKEN_REF:
      return scope.oidc && "token" in scope.oidc ? scope.oidc.token : undefined;
  }
  const dot = ref.indexOf(".");
  const root = ref.slice(0, dot);
  const key = ref.slice(dot + 1);
  const table =
    root === "secrets" ? scope.secrets : root === "vars" ? scope.vars : root === "env" ? scope.env : {};
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

export function renderString(
  source: string,
  scope: TemplateScope,
  captures: Readonly<Record<string, string>> = {},
  asText: (value: string) => string = (value) => value,
): string {
  if (!source.includes("{{")) return source;
  let out = "";
  for (const part of parseTemplate(source)) {
    if (typeof part === "string") out += part;
    else {
      const value = lookupRef(part.ref, scope, captures);
      if (value === undefined) throw new TemplateError(`unknown template name "${part.ref}"`);
      out += asText(value);
    }
  }
  return out;
}

/** Told each string that held a template, and what it rendered to. */
export type RenderObserver = (source: string, rendered: string) => void;

/** Where a step or check keeps what it expects, as opposed to what it sends. */
export const EXPECTATION_KEYS: ReadonlySet<string> = new Set(["expect", "until", "fail-when"]);
/** Where it keeps what it sends: nothing under these is a pattern, whatever its key. */
const SENT_KEYS = new Set(["request", "payload", "conflict-json"]);

/**
 * Whether the string at this place is a regular expression, so what a template puts into it is
 * escaped: a `matches` in an expectation or a metric's label selector, and a header expectation
 * written `/pattern/`. Paths are as rendered: a step or check from its top (`expect.…`,
 * `labels.…`, `ratio.of.labels.…`). A `matches` or a slashed value in what is sent — a request
 * body, a query, a header, a webhook payload — is data, and goes out as written.
 */
function isPatternAt(path: readonly string[], source: string): boolean {
  const home = path[0] ?? "";
  if (SENT_KEYS.has(home)) return false;
  const expectation = EXPECTATION_KEYS.has(home);
  if (path.at(-1) === "matches") return expectation || path.at(-3) === "labels";
  return expectation && path.at(-2) === "headers" && isSlashForm(source);
}

/**
 * Renders every string inside a value; object keys are left as they are. A template inside a
 * pattern (`matches`, a `/…/` header expectation) puts its value in literally.
 */
export function renderDeep<T>(
  value: T,
  scope: TemplateScope,
  captures: Readonly<Record<string, string>> = {},
  observe?: RenderObserver,
  path: readonly string[] = [],
): T {
  if (typeof value === "string") {
    const asText = isPatternAt(path, value) ? escapeRegexText : undefined;
    const rendered = renderString(value, scope, captures, asText);
    if (observe && rendered !== value) observe(value, rendered);
    return rendered as T;
  }
  if (Array.isArray(value)) return value.map((v) => renderDeep(v, scope, captures, observe, path)) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, renderDeep(v, scope, captures, observe, [...path, k])]),
    ) as T;
  }
  return value;
}

/** `if` semantics: '', 'false', '0', unset are falsy; an unset vars.X / env.X is simply falsy. */
export function evaluateCondition(condition: string | boolean | number, scope: TemplateScope): boolean {
  if (typeof condition === "boolean") return condition;
  if (typeof condition === "number") return condition !== 0;
  let text = "";
  for (const part of parseTemplate(condition)) {
    text += typeof part === "string" ? part : (lookupRef(part.ref, scope, {}) ?? "");
  }
  const t = text.trim().toLowerCase();
  return !(t === "" || t === "false" || t === "0" || t === "null" || t === "undefined" || t === "no");
}

/** Walks every string in a value with its path, for validation. */
export function* stringsIn(
  value: unknown,
  path: (string | number)[] = [],
): Generator<[string, (string | number)[]]> {
  if (typeof value === "string") yield [value, path];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* stringsIn(v, [...path, i]);
  else if (value !== null && typeof value === "object")
    for (const [k, v] of Object.entries(value)) yield* stringsIn(v, [...path, k]);
}
