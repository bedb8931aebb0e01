// Mutated example configs, and what the bundled CLI and action make of one (issue #11).
//
// A mutant is an example config under examples/ with one to three mutations applied to its parsed
// tree (a key deleted, a value of another type, an odd string, a JSONPath or regex fragment, a
// duplicate check, a `needs` cycle, deep nesting, …) or to its text (a YAML fragment, a cut), plus
// how it reaches the adapter (a file, inline, a missing file, a directory) and, sometimes, an odd
// `only` or `label`. `runMutant` runs it through `node dist/cli/index.js` or `node dist/index.js`
// against a loopback service that answers everything with 200 and records what it received, and
// lists every way the run broke the gate's promises:
//   1. no uncaught error: the process ends by itself with 0 or 1 (2 too for the CLI), with no stack
//      frame and no JavaScript engine error in anything it printed;
//   2. no line over 2,000 characters in anything it wrote;
//   3. a config it refused as invalid sent no request;
//   4. the action always writes all its outputs, its reports and the step summary; a refused run's
//      summary says no request was sent, and its JSON report carries the error.
// Only the bundled files run: nothing here imports src/.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { parse, stringify } from "yaml";
import { loopbackResolverEnv } from "./loopback-dns.mjs";
import { checkWrittenReports } from "./reports.js";
import { type ActionRun, CLI, runAction } from "./run-action.js";
import { respond, startTimelineServer } from "./timeline-server.js";

export type Adapter = "cli" | "action";

// ── the examples ────────────────────────────────────────────────────────────────────────────────

/** Stands for the loopback service's origin in a mutant, replaced by it when the run starts. */
const LOOPBACK = "http://loopback.placeholder";

export interface Example {
  readonly file: string;
  readonly doc: unknown;
  readonly secrets: readonly string[];
  readonly vars: readonly string[];
}

/** Absolute URLs in an example (a Prometheus server, an identity provider) point at the loopback service. */
function toLoopback(value: unknown): unknown {
  if (typeof value === "string") return value.replace(/https?:\/\/[A-Za-z0-9.-]+(:\d+)?/g, LOOPBACK);
  if (Array.isArray(value)) return value.map(toLoopback);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toLoopback(v)]));
  return value;
}

/** Every config under examples/: examples/checks/*.yml, examples/scenarios/*.yml, examples/demo/*.yml. */
export function loadExamples(root = "examples"): Example[] {
  const files = ["checks", "scenarios", "demo"].flatMap((dir) =>
    readdirSync(path.join(root, dir))
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => path.join(root, dir, f)),
  );
  return files.map((file) => {
    const doc = toLoopback(parse(readFileSync(file, "utf8")));
    const text = JSON.stringify(doc);
    const names = (scope: string) => [
      ...new Set(
        [...text.matchAll(new RegExp(`\\{\\{\\s*${scope}\\.([A-Za-z_][\\w-]*)\\s*\\}\\}`, "g"))].map(
          (m) => m[1]!,
        ),
      ),
    ];
    return { file, doc, secrets: names("secrets"), vars: names("vars") };
  });
}

function secretValue(name: string): string {
  if (/WEBHOOK/.test(name)) return "whsec_c21va2Utd2ViaG9vay1zZWNyZXQ=";
  if (/JWT/.test(name)) return "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzbW9rZSJ9.c21va2Utc2lnbmF0dXJl";
  return `s3cret-${name.toLowerCase()}-value`;
}

function varValue(name: string, origin: string): string {
  if (/URL$/.test(name)) return origin;
  if (/^ENABLE_/.test(name)) return "true";
  return `smoke-${name.toLowerCase()}`;
}

// ── odd values ──────────────────────────────────────────────────────────────────────────────────

const HUGE = "x".repeat(10_240);

export const ODD_STRINGS: readonly string[] = [
  ...["", " ", "\t", "\n", "\r\n", "a\nb", HUGE, "\u0000", "\u0007\u001b[31mred\u001b[0m", "\u202egnirts"],
  ...["\ufeffbom", "é", "日本語", "😀", "\ud83d", "null", "~", "yes", "true", "0x10", ".inf", "-"],
  // templates
  ...["{{ vars.X }}", "{{ secrets.NOPE }}", "{{ var.TYPO }}", "{{ }}", "{{", "}}", "{{ vars.X", "{{ nope }}"],
  ...[
    "{{ env.HOME }}",
    "{{ env.NOT_SET_ANYWHERE }}",
    "{{ run.id }}",
    "{{ uuid }}",
    "{{ github.oidc-token }}",
  ],
  ...[
    "{{ sha }}-{{ label }}",
    "{{ vars.__proto__ }}",
    "{{ secrets.constructor }}",
    "{{{{ x }}}}",
    `\${{ secrets.X }}`,
  ],
  // regular expressions
  ...["/(/", "/v1/tasks", "[", "/[/", "/a{2,1}/", "/(?<n>a)(?<n>b)/", "/\\/", "//", "/x/gimsuyd", "/(a+)+$/"],
  ...["/\\p{Nope}/u", "/*/", "/?/", "(", "/^tsk_/", "/\\d+/"],
  // JSONPath
  ...["$.a.b-c", "$[", "$..", "$.headers.X-Api-Key", "$[?@.x", "$", "$.", "$[?(@.x>1)]", "$..*", "$['a"],
  ...["$[0:10:0]", "@.x", "$.data[-1]", "$[?match(@.x, '(')]", "$[?length(@) > 1]", "$.data[0].id"],
  // durations, statuses, request lines, enumerations
  ...["-1s", "1000h", "soon", "0", "0ms", "1e3", "10 s", "9999999999999h", "597h", "1.5s", "-0", "NaN"],
  ...["2xx", "6xx", "1xx", "99", "5XX", "200-299", "abc", "GET", "FOO /x", "GET  /x", "get /health"],
  ...["GET http://127.0.0.1:1/x", "GET //elsewhere.invalid/x", "GET /%", "GET /a b", "GET /{{ uuid }}"],
  ...[
    "release-guard",
    "http",
    "flow",
    "grpc",
    "HTTP",
    "warning",
    "critical",
    "fatal",
    "stripe",
    "nope-scheme",
  ],
  // YAML and markdown look-alikes (quoted as needed when the mutant is written)
  ...["- GET /health", "key: value", "[1, 2", "{a: 1", "&a", "*a", "!!binary", "%TAG", "'", '"', "#c", "\\"],
  ...["%", "%0A", "<script>", "| a | b |", "```", "<details>"],
];

export const ODD_NUMBERS: readonly number[] = [
  ...[0, -1, -0, 1.5, 0.1, 2 ** 31, 2 ** 53 + 2, 1e21, 1e308, -1e308, Number.POSITIVE_INFINITY],
  ...[Number.NEGATIVE_INFINITY, Number.NaN, 5e-324, 99, 600, 1000, 65_536, 100_000_000],
];

/** Field names of the check list, for `set` (a known field given an odd value). */
export const KNOWN_KEYS: readonly string[] = [
  ...["type", "name", "needs", "if", "severity", "tags", "timeout", "retries", "bake", "poll", "until"],
  ...["fail-when", "sample", "compare", "capture", "expect", "request", "steps", "status", "json"],
  ...["headers", "body", "schema", "max-duration", "latency", "error-rate", "path", "url", "method"],
  ...["query", "form", "ignore", "version", "defaults", "vars", "checks", "window", "ratio", "burst"],
  ...["max-wait", "scheme", "secret", "payload", "min-days", "warn-days", "host", "port", "key"],
  ...["key-header", "id", "conflict", "conflict-status", "token", "metric", "labels", "below", "above"],
  ...["equals", "exists", "matches", "in", "length", "contains", "gt", "lt", "on-empty", "allow-empty"],
  ...["warm-up", "pass-after", "fail-after", "for", "every", "failure-limit", "interval", "stale-age"],
  ...["accepted", "rejected", "header"],
];

/** Keys that are not fields: typos, near misses, prototype names, JSONPath fragments. */
export const ODD_KEYS: readonly string[] = [
  ...["expcet", "stauts", "nmae", "Type", "requets", "needs ", " name", "NAME", "x-custom", "__proto__"],
  ...[
    "constructor",
    "prototype",
    "toString",
    "",
    " ",
    "$.a.b-c",
    "$[",
    "$..",
    "$[?@.x",
    "$.headers.X-Api-Key",
  ],
  ...["😀", "a.b", "{{ vars.X }}", "/(/", "0", "-1"],
];

const YAML_FRAGMENTS: readonly string[] = [
  ...["\t- GET /x", "  : :", "&a [*a, *a]", "*nope", "key: [unclosed", "? [complex]", ": key", "%YAML 1.1"],
  ...["---", "...", "!!js/function 'x'", "<<: *base", "version: 1", "checks: []", "\ufeff", "- {", "'open"],
  ...['"open', "a: b: c", "  - - - -", "!!binary AAAA", "!custom x", "checks:", "  - GET /health"],
];

/** Short for printing: long strings abbreviated, control characters escaped. */
export function show(value: unknown): string {
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (typeof value === "string" && value.length > 60)
    return `${JSON.stringify(value.slice(0, 12))}…(${value.length} chars)`;
  const text = JSON.stringify(value, (_k, v: unknown) =>
    typeof v === "string" && v.length > 60 ? `${v.slice(0, 12)}…(${v.length} chars)` : v,
  );
  return text === undefined ? String(value) : text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

// ── mutations ───────────────────────────────────────────────────────────────────────────────────

export type Op =
  | { readonly kind: "delete" }
  | { readonly kind: "replace"; readonly value: unknown }
  | { readonly kind: "splice"; readonly text: string; readonly where: "prefix" | "suffix" }
  /** An odd string where any text is valid: a name, a header or body value, a tag, a reason. */
  | { readonly kind: "free-text"; readonly text: string; readonly where: "prefix" | "suffix" | "whole" }
  | { readonly kind: "rename"; readonly key: string }
  | { readonly kind: "set"; readonly key: string; readonly value: unknown }
  | { readonly kind: "add"; readonly key: string; readonly value: unknown }
  | { readonly kind: "nest"; readonly depth: number; readonly as: "list" | "map" }
  | { readonly kind: "duplicate-check" }
  | { readonly kind: "needs-cycle" }
  | { readonly kind: "yaml-text"; readonly fragment: string }
  | { readonly kind: "truncate" };

export interface Mutation {
  /** Picks the node (or line, or cut) the mutation applies to, modulo how many there are. */
  readonly at: number;
  readonly op: Op;
}

/** An odd string; the 10 kB one often enough that every run meets it a few times. */
const oddString = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...ODD_STRINGS) },
  { weight: 1, arbitrary: fc.constant(HUGE) },
);

const scalar = fc.oneof(
  { weight: 6, arbitrary: oddString },
  { weight: 3, arbitrary: fc.constantFrom(...ODD_NUMBERS) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: "binary" }) },
  { weight: 1, arbitrary: fc.integer() },
);
const anyKey = fc.constantFrom(...ODD_KEYS, ...KNOWN_KEYS);
const value = fc.oneof(
  { weight: 6, arbitrary: scalar },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(anyKey, scalar, { maxKeys: 3 }) },
);

export const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ kind: "delete" as const }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("replace" as const), value }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("splice" as const),
      text: oddString,
      where: fc.constantFrom("prefix" as const, "suffix" as const),
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant("free-text" as const),
      text: oddString,
      where: fc.constantFrom("whole" as const, "prefix" as const, "suffix" as const),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("rename" as const), key: fc.constantFrom(...ODD_KEYS) }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant("set" as const), key: fc.constantFrom(...KNOWN_KEYS), value }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("add" as const), key: fc.constantFrom(...ODD_KEYS), value }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("nest" as const),
      depth: fc.constantFrom(10, 100, 1000, 5000),
      as: fc.constantFrom("list" as const, "map" as const),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: "duplicate-check" as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: "needs-cycle" as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("yaml-text" as const),
      fragment: fc.constantFrom(...YAML_FRAGMENTS),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: "truncate" as const }) },
);

export const mutation: fc.Arbitrary<Mutation> = fc.record({ at: fc.nat(), op });

type Key = string | number;
type Node = Record<string, unknown> | unknown[];

const isNode = (v: unknown): v is Node => typeof v === "object" && v !== null;

const FREE_KEYS = new Set([
  "name",
  "title",
  "note",
  "reason",
  "route",
  "evidence",
  "kind",
  "sku",
  "description",
]);

/** Where any text is valid: names and reasons, tags, header values, request bodies, webhook payloads. */
function isFreeText(p: readonly Key[], value: unknown): boolean {
  if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") return false;
  const last = p[p.length - 1];
  const parent = p[p.length - 2];
  if (typeof last === "string" && FREE_KEYS.has(last)) return true;
  if (parent === "tags" || p.includes("payload")) return true;
  if (p.includes("request") && ["json", "headers", "query", "form"].some((k) => p.includes(k))) return true;
  return parent === "headers" && (p[0] === "defaults" || p.length === 4);
}

/** Every node's path, in document order; the root last. */
function paths(doc: unknown, at: Key[] = []): Key[][] {
  const out: Key[][] = [];
  if (isNode(doc)) {
    for (const [k, v] of Array.isArray(doc) ? doc.entries() : Object.entries(doc)) {
      out.push([...at, k], ...paths(v, [...at, k]).filter((p) => p.length > 0));
    }
  }
  if (at.length === 0) out.push([]);
  return out;
}

function where(p: readonly Key[]): string {
  if (p.length === 0) return "(document)";
  return p
    .map((k, i) =>
      typeof k === "number"
        ? `[${k}]`
        : /^[A-Za-z_][\w-]*$/.test(k)
          ? `${i ? "." : ""}${k}`
          : `[${JSON.stringify(k)}]`,
    )
    .join("");
}

function get(doc: unknown, p: readonly Key[]): unknown {
  let node = doc;
  for (const k of p) node = isNode(node) ? (node as Record<Key, unknown>)[k] : undefined;
  return node;
}

/** Own property, even for `__proto__`. */
function put(node: Node, key: Key, v: unknown): void {
  Object.defineProperty(node, key, { value: v, enumerable: true, writable: true, configurable: true });
}

function checksOf(doc: unknown): unknown[] | undefined {
  if (Array.isArray(doc)) return doc;
  if (isNode(doc) && Array.isArray((doc as Record<string, unknown>).checks))
    return (doc as { checks: unknown[] }).checks;
  return undefined;
}

interface Applied {
  doc: unknown;
  readonly nests: { token: string; depth: number; as: "list" | "map" }[];
}

/** Applies a tree mutation; returns what it did, in words. */
function applyTree(state: Applied, m: Mutation): string {
  const all = paths(state.doc);
  const p = all[m.at % all.length]!;
  const parent = p.length ? (get(state.doc, p.slice(0, -1)) as Node) : undefined;
  const key = p[p.length - 1];
  const set = (v: unknown) => {
    if (parent === undefined || key === undefined) state.doc = v;
    else put(parent, key, v);
  };
  const current = get(state.doc, p);
  const nearestMap = (): [Record<string, unknown>, Key[]] | undefined => {
    for (let q = p.slice(); ; q = q.slice(0, -1)) {
      const n = get(state.doc, q);
      if (isNode(n) && !Array.isArray(n)) return [n, q];
      if (q.length === 0) return undefined;
    }
  };
  const { op: o } = m;
  if (o.kind === "free-text") {
    const free = all.filter((q) => isFreeText(q, get(state.doc, q)));
    if (free.length === 0)
      return applyTree(state, { at: m.at, op: { kind: "splice", text: o.text, where: "suffix" } });
    const q = free[m.at % free.length]!;
    const was = get(state.doc, q);
    const text = o.where === "whole" ? o.text : o.where === "prefix" ? `${o.text}${was}` : `${was}${o.text}`;
    put(get(state.doc, q.slice(0, -1)) as Node, q[q.length - 1]!, text);
    return `${where(q)} = ${show(text)}`;
  }
  switch (o.kind) {
    case "delete":
      if (parent === undefined) {
        state.doc = null;
        return "delete the whole document";
      }
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete (parent as Record<string, unknown>)[key as string];
      return `delete ${where(p)}`;
    case "replace":
      set(structuredClone(o.value));
      return `${where(p)} = ${show(o.value)}`;
    case "splice": {
      const text =
        typeof current === "string" || typeof current === "number" || typeof current === "boolean"
          ? o.where === "prefix"
            ? `${o.text}${current}`
            : `${current}${o.text}`
          : o.text;
      set(text);
      return `${where(p)} = ${show(text)} (${o.where} ${show(o.text)})`;
    }
    case "rename": {
      if (parent === undefined || Array.isArray(parent) || typeof key !== "string")
        return applyTree(state, { at: m.at, op: { kind: "add", key: o.key, value: current ?? null } });
      const entries = Object.entries(parent).map(([k, v]): [string, unknown] => [k === key ? o.key : k, v]);
      for (const k of Object.keys(parent)) delete parent[k];
      for (const [k, v] of entries) put(parent, k, v);
      return `rename ${where(p)} to ${show(o.key)}`;
    }
    case "set":
    case "add": {
      const found = nearestMap();
      if (!found) {
        set(structuredClone(o.value));
        return `${where(p)} = ${show(o.value)} (no map to give ${show(o.key)})`;
      }
      put(found[0], o.key, structuredClone(o.value));
      return `${where([...found[1], o.key])} = ${show(o.value)}`;
    }
    case "nest": {
      const token = `__nest_${state.nests.length}__`;
      state.nests.push({ token, depth: o.depth, as: o.as });
      set(token);
      return `${where(p)} = ${o.depth} nested ${o.as === "list" ? "lists" : "maps"}`;
    }
    case "duplicate-check": {
      const checks = checksOf(state.doc);
      if (!checks || checks.length === 0) return "duplicate a check (there is none)";
      const i = m.at % checks.length;
      checks.push(structuredClone(checks[i]));
      return `duplicate checks[${i}] (${show(checks[i])})`;
    }
    case "needs-cycle": {
      const checks = (checksOf(state.doc) ?? []).filter(
        (c): c is Record<string, unknown> => isNode(c) && !Array.isArray(c),
      );
      if (checks.length === 0) return "needs cycle (no check is a map)";
      const a = checks[m.at % checks.length]!;
      const b = checks[(m.at + 1) % checks.length]!;
      if (typeof a.name !== "string") a.name = "cycle a";
      if (typeof b.name !== "string") b.name = "cycle b";
      a.needs = b.name;
      b.needs = a.name;
      return a === b ? `${show(a.name)} needs itself` : `${show(a.name)} and ${show(b.name)} need each other`;
    }
    default:
      return "";
  }
}

/** `__nest_0__` (quoted or not) → `[[[…1…]]]` or `{"a":{"a":…1…}}`, in flow style: valid YAML and JSON. */
function expandNests(text: string, nests: Applied["nests"]): string {
  let out = text;
  for (const n of nests) {
    const flow =
      n.as === "list"
        ? `${"[".repeat(n.depth)}1${"]".repeat(n.depth)}`
        : `${'{"a":'.repeat(n.depth)}1${"}".repeat(n.depth)}`;
    out = out.replace(new RegExp(`"${n.token}"|'${n.token}'|${n.token}`), () => flow);
  }
  return out;
}

// ── mutants ─────────────────────────────────────────────────────────────────────────────────────

export type Source = "file" | "inline" | "missing-file" | "directory" | "empty-file";

export interface MutantSpec {
  readonly example: number;
  readonly mutations: readonly Mutation[];
  readonly format: "yaml" | "json";
  readonly source: Source;
  readonly only: string | undefined;
  readonly label: string | undefined;
}

export interface Mutant {
  readonly example: Example;
  readonly spec: MutantSpec;
  /** The config text, LOOPBACK standing for the service's origin. */
  readonly text: string;
  /** What each mutation did, in words. */
  readonly steps: readonly string[];
  readonly [fc.toStringMethod]: () => string;
}

export function makeMutant(examples: readonly Example[], spec: MutantSpec): Mutant {
  const example = examples[spec.example % examples.length]!;
  const state: Applied = { doc: structuredClone(example.doc), nests: [] };
  const steps: string[] = [];
  for (const m of spec.mutations)
    if (m.op.kind !== "yaml-text" && m.op.kind !== "truncate") steps.push(applyTree(state, m));
  let text =
    state.doc === null
      ? ""
      : spec.format === "json"
        ? `${JSON.stringify(state.doc, null, 2)}\n`
        : stringify(state.doc, { lineWidth: 0, aliasDuplicateObjects: false });
  text = expandNests(text, state.nests);
  for (const m of spec.mutations) {
    if (m.op.kind === "yaml-text") {
      const lines = text.split("\n");
      const line = m.at % (lines.length + 1);
      lines.splice(line, 0, m.op.fragment);
      text = lines.join("\n");
      steps.push(`insert line ${line}: ${show(m.op.fragment)}`);
    } else if (m.op.kind === "truncate") {
      const cut = m.at % (text.length + 1);
      text = text.slice(0, cut);
      steps.push(`cut the text after ${cut} characters`);
    }
  }
  const describe = () =>
    [
      `${example.file} as ${spec.format}, ${spec.source}`,
      ...(spec.only !== undefined ? [`only ${show(spec.only)}`] : []),
      ...(spec.label !== undefined ? [`label ${show(spec.label)}`] : []),
      ...steps,
    ].join("; ");
  return { example, spec, text, steps, [fc.toStringMethod]: describe };
}

const oddOnly = fc.oneof(
  fc.constantFrom(...["GET /health", "release-guard", "ready", "smoke", "read", "write", "guard", "errors"]),
  fc.constantFrom(...["list tasks", "metrics exposed", "certificate", "GET /health,ready", " smoke , read "]),
  fc.constantFrom(...[", ,", "a,,b", ",", "GET /health,nope"]),
  fc.constantFrom(...ODD_STRINGS.filter((s) => !s.includes("\u0000"))),
);
const oddLabel = fc.constantFrom(
  ...[
    "eu-west-1",
    "eu/west",
    "..",
    "../../x",
    "a b",
    "😀",
    "x".repeat(300),
    "{{ vars.X }}",
    "a\nb",
    "CON",
    "%",
  ],
);

export function mutantArbitrary(examples: readonly Example[]): fc.Arbitrary<Mutant> {
  return fc
    .record({
      example: fc.nat({ max: examples.length - 1 }),
      // Mostly one mutation, so that about 40% of the mutants are still valid and run.
      mutations: fc.oneof(
        { weight: 3, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 1 }) },
        { weight: 1, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 3 }) },
      ),
      format: fc.constantFrom("yaml" as const, "json" as const),
      source: fc.oneof(
        { withCrossShrink: true },
        { weight: 18, arbitrary: fc.constantFrom("file" as const, "inline" as const) },
        {
          weight: 1,
          arbitrary: fc.constantFrom("missing-file" as const, "directory" as const, "empty-file" as const),
        },
      ),
      only: fc.oneof(
        { withCrossShrink: true },
        { weight: 9, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: oddOnly },
      ),
      label: fc.oneof(
        { withCrossShrink: true },
        { weight: 8, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: oddLabel },
      ),
    })
    .map((spec) => makeMutant(examples, spec));
}

// ── a run ───────────────────────────────────────────────────────────────────────────────────────

/** Any answer satisfies the examples' readiness polls and terminal-state waits: valid mutants end fast. */
const ANSWER = {
  ready: true,
  status: "completed",
  state: "settled",
  pass: true,
  violations: [],
  id: "res_1",
  data: [{ id: "tsk_1", status: "completed" }],
  next: null,
};

/** Every output action.yml declares: a run sets all of them, whatever happened. */
const ACTION_OUTPUTS = [
  ...["result", "passed", "failed", "skipped", "warnings", "failed-checks", "duration-ms", "report", "junit"],
];

/** The gate's deadline and per-request timeout for every run. */
export const GATE_TIMEOUT = "3s";
export const REQUEST_TIMEOUT = "1s";
export const MAX_LINE = 2000;

export type Verdict = "ran" | "refused";

export interface MutantOutcome {
  readonly adapter: Adapter;
  /** Valid config → ran; invalid config or inputs → refused; undefined when the run says neither. */
  readonly verdict: Verdict | undefined;
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly requests: number;
  /** Every broken promise, one line each. */
  readonly violations: readonly string[];
  /** What the process printed, stderr first, long lines cut. */
  readonly transcript: string;
}

/** Lines that only an uncaught or unexpected error prints. */
const CRASH_SIGNS: readonly [RegExp, string][] = [
  [/^\s+at .*(\(|\s)(file:|node:|\/)[^\s)]*:\d+:\d+\)?$/m, "a stack frame"],
  [/^ {4}at /m, "a stack frame"],
  [/\b(TypeError|ReferenceError|RangeError|SyntaxError|AggregateError)\b/, "a JavaScript engine error"],
  [
    /Cannot read propert(y|ies)|Cannot convert|is not a function|is not iterable|is not defined\b/,
    "an engine error",
  ],
  [
    /Maximum call stack size exceeded|Invalid array length|Invalid time value|Invalid regular expression/,
    "an engine error",
  ],
  [/node:internal|Unhandled|uncaught/i, "an uncaught error"],
];

function crashSigns(name: string, text: string): string[] {
  const out: string[] = [];
  for (const [pattern, what] of CRASH_SIGNS) {
    const hit = pattern.exec(text);
    if (hit) {
      const line = text.slice(text.lastIndexOf("\n", hit.index) + 1).split("\n")[0] ?? "";
      out.push(`${name} shows ${what}: ${show(line.trim())}`);
    }
  }
  return out;
}

function longLines(name: string, text: string): string[] {
  const lines = text.split(/\r?\n/);
  const i = lines.findIndex((l) => l.length > MAX_LINE);
  if (i === -1) return [];
  const count = lines.filter((l) => l.length > MAX_LINE).length;
  return [
    `${name} line ${i + 1} is ${lines[i]!.length} characters (over ${MAX_LINE}${count > 1 ? `; ${count} such lines` : ""}): ${show(lines[i])}`,
  ];
}

function readIfThere(file: string | undefined): string | undefined {
  if (!file) return undefined;
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

function configArgument(mutant: Mutant, dir: string, text: string): { file?: string; inline?: string } {
  const file = path.join(dir, mutant.spec.format === "json" ? "gate.json" : "gate.yml");
  switch (mutant.spec.source) {
    case "inline":
      // A NUL cannot travel in argv or the environment: such a mutant goes in a file.
      if (!text.includes("\u0000") && text.length < 100_000 && text.trim()) return { inline: text };
      writeFileSync(file, text);
      return { file };
    case "file":
      writeFileSync(file, text);
      return { file };
    case "missing-file":
      return { file: path.join(dir, "no-such-gate.yml") };
    case "directory":
      mkdirSync(file);
      return { file };
    case "empty-file":
      writeFileSync(file, "");
      return { file };
  }
}

/** Runs one mutant through one bundled adapter and lists every promise the run broke. */
export async function runMutant(adapter: Adapter, mutant: Mutant): Promise<MutantOutcome> {
  const server = await startTimelineServer({ routes: { "*": [{ answer: respond(200, ANSWER) }] } });
  const dir = mkdtempSync(path.join(tmpdir(), "deploy-gate-mutant-"));
  const violations: string[] = [];
  let run: ActionRun | undefined;
  const outcome = (verdict: Verdict | undefined): MutantOutcome => ({
    adapter,
    verdict,
    code: run?.code ?? null,
    signal: run?.signal ?? null,
    requests: server.requests.length,
    violations,
    transcript: run ? showText(`${run.stderr}${run.stdout}`) : "",
  });
  try {
    await server.start();
    const text = mutant.text.replaceAll(LOOPBACK, server.url);
    const config = configArgument(mutant, dir, text);
    const secrets = Object.fromEntries(mutant.example.secrets.map((n) => [n, secretValue(n)]));
    const vars = Object.fromEntries(mutant.example.vars.map((n) => [n, varValue(n, server.url)]));
    const { only, label } = mutant.spec;
    const env = loopbackResolverEnv();
    if (adapter === "cli") {
      const report = path.join(dir, "report.json");
      const junit = path.join(dir, "junit.xml");
      const args = [
        ...["--base-url", server.url, "--timeout", GATE_TIMEOUT, "--request-timeout", REQUEST_TIMEOUT],
        ...(config.file !== undefined ? ["--config", config.file] : ["--checks", config.inline!]),
        ...Object.entries(secrets).flatMap(([n, v]) => ["--secret", `${n}=${v}`]),
        ...Object.entries(vars).flatMap(([n, v]) => ["--var", `${n}=${v}`]),
        ...(only !== undefined ? ["--only", only] : []),
        ...(label !== undefined ? ["--label", label] : []),
        ...["--json", report, "--junit", junit],
      ];
      run = await runAction({ inputs: {}, entry: CLI, args, env });
      const reportText = readIfThere(report);
      try {
        await checkWrittenReports({ report, junit });
      } catch (error) {
        violations.push(`the reports break their schema: ${show(String(error))}`);
      }
      const texts: [string, string | undefined][] = [
        ["stdout", run.stdout],
        ["stderr", run.stderr],
        ["the JSON report", reportText],
        ["the JUnit XML", readIfThere(junit)],
      ];
      for (const [name, t] of texts) if (t) violations.push(...longLines(name, t), ...crashSigns(name, t));
      if (run.signal) violations.push(`ended by ${run.signal} (still running after 60 s, or crashed)`);
      else if (![0, 1, 2].includes(run.code ?? -1))
        violations.push(`exit code ${run.code} (expected 0, 1 or 2)`);
      if (run.code === 2 && !run.stderr.trim()) violations.push("exit code 2 without a message on stderr");
      const verdict: Verdict | undefined =
        run.code === 2 ? "refused" : run.code === 0 || run.code === 1 ? "ran" : undefined;
      if (verdict === "refused" && server.requests.length > 0)
        violations.push(`refused the config (exit 2) yet sent ${server.requests.length} request(s) first`);
      return outcome(verdict);
    }

    const inputs: Record<string, string> = {
      "base-url": server.url,
      timeout: GATE_TIMEOUT,
      "request-timeout": REQUEST_TIMEOUT,
      ...(config.file !== undefined ? { config: config.file } : { checks: config.inline! }),
      secrets: Object.entries(secrets)
        .map(([n, v]) => `${n}=${v}`)
        .join("\n"),
      vars: Object.entries(vars)
        .map(([n, v]) => `${n}=${v}`)
        .join("\n"),
      ...(only !== undefined ? { only } : {}),
      ...(label !== undefined ? { label } : {}),
    };
    try {
      run = await runAction({ inputs, env });
    } catch (error) {
      // runAction checks every report the action says it wrote against its schema.
      violations.push(`the run or its reports failed: ${show(String(error))}`);
      return outcome(undefined);
    }
    const reportText = readIfThere(run.outputs.report);
    let report: { error?: unknown } | undefined;
    try {
      report = reportText ? (JSON.parse(reportText) as { error?: unknown }) : undefined;
    } catch {
      violations.push("the JSON report is not JSON");
    }
    const texts: [string, string | undefined][] = [
      ["stdout", run.stdout],
      ["stderr", run.stderr],
      ["the step summary", run.summary],
      ["GITHUB_OUTPUT", run.files["output.txt"]],
      ["the JSON report", reportText],
      ["the JUnit XML", readIfThere(run.outputs.junit)],
    ];
    for (const [name, t] of texts) if (t) violations.push(...longLines(name, t), ...crashSigns(name, t));
    if (run.signal) violations.push(`ended by ${run.signal} (still running after 60 s, or crashed)`);
    else if (![0, 1].includes(run.code ?? -1)) violations.push(`exit code ${run.code} (expected 0 or 1)`);
    const result = run.outputs.result;
    if (!result || !["passed", "failed", "inconclusive"].includes(result))
      violations.push(`the result output is ${result === undefined ? "missing" : show(result)}`);
    if (!run.summary.trim()) violations.push("no step summary was written");
    // Every run, refused or not, sets every output and writes both reports.
    const missing = ACTION_OUTPUTS.filter((name) => !run?.outputs[name]);
    if (missing.length > 0) violations.push(`outputs not set: ${missing.join(", ")}`);
    // Refused: an input or the config was invalid; the summary and the report say so. Ran: the
    // outputs carry the gate's counts.
    const refused =
      run.summary.includes("invalid config") ||
      (report !== undefined && report.error !== undefined) ||
      (run.outputs.passed === undefined && result === "failed" && /^::error::/m.test(run.stdout));
    if (refused && !/No request was sent/.test(run.summary))
      violations.push("a refused run's step summary does not say that no request was sent");
    if (refused && report?.error === undefined)
      violations.push("a refused run wrote no failed JSON report (with its error)");
    const verdict: Verdict | undefined = refused
      ? "refused"
      : run.outputs.passed !== undefined
        ? "ran"
        : undefined;
    if (verdict === undefined && !run.signal)
      violations.push("the run says neither that it ran nor that it refused the config");
    if (refused && server.requests.length > 0)
      violations.push(`refused the config yet sent ${server.requests.length} request(s) first`);
    return outcome(verdict);
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
    if (run) rmSync(run.dir, { recursive: true, force: true });
  }
}

/** The mutant's config as the failure message shows it: long lines cut, at most 80 lines. */
export function showText(text: string): string {
  const lines = text.split("\n").map((l) => (l.length > 160 ? `${l.slice(0, 120)}…(${l.length} chars)` : l));
  return (lines.length > 80 ? [...lines.slice(0, 80), `…(${lines.length - 80} more lines)`] : lines).join(
    "\n",
  );
}
