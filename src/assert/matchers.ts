// One `json:` expectation: a JSONPath mapped to a literal (deep equality) or a matcher object.
// Fails closed: no node, a non-number under gt/lt, an invalid matcher or path never pass.
import type { AssertionResult } from "./assertion-result.js";
import { deepEqual } from "./deep-equal.js";
import { queryJson } from "./jsonpath.js";
import { previewJson } from "./preview.js";
import { patternRegex } from "./regex.js";

const MATCHER_KEYS: ReadonlySet<string> = new Set([
  "equals",
  "in",
  "matches",
  "exists",
  "type",
  "gt",
  "gte",
  "lt",
  "lte",
  "length",
  "contains",
]);
const JSON_TYPES: ReadonlySet<string> = new Set([
  "string",
  "number",
  "integer",
  "boolean",
  "array",
  "object",
  "null",
]);
const BOUNDS = [
  ["gt", ">", (a: number, b: number) => a > b],
  ["gte", "≥", (a: number, b: number) => a >= b],
  ["lt", "<", (a: number, b: number) => a < b],
  ["lte", "≤", (a: number, b: number) => a <= b],
] as const;
const LITERAL_HINT = "(to compare an object literally, use { equals: … })";

/** One condition on a node: returns what was found ("got …") when the node fails it. */
interface Condition {
  readonly expected: string;
  failure(node: unknown): string | undefined;
}

type Compiled =
  | {
      readonly ok: true;
      readonly expected: string;
      readonly exists?: boolean;
      readonly conditions: readonly Condition[];
    }
  | { readonly ok: false; readonly expected: string; readonly reason: string };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A value is a matcher only when it is a plain object whose keys are all matcher keys. */
export function isMatcher(value: unknown): value is Record<string, unknown> {
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => MATCHER_KEYS.has(key));
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

function got(node: unknown): string {
  return `got ${previewJson(node)}`;
}

function gotTyped(node: unknown): string {
  return `got ${previewJson(node)} (${typeName(node)})`;
}

function hasType(node: unknown, type: string): boolean {
  switch (type) {
    case "integer":
      return Number.isInteger(node);
    case "object":
      return typeName(node) === "object";
    default:
      return typeName(node) === type;
  }
}

function containsValue(node: unknown, needle: unknown): boolean {
  if (Array.isArray(node)) return node.some((item) => deepEqual(item, needle));
  if (typeof node === "string") return typeof needle === "string" && node.includes(needle);
  if (isPlainObject(node) && isPlainObject(needle)) {
    return Object.keys(needle).every((key) => Object.hasOwn(node, key) && deepEqual(node[key], needle[key]));
  }
  return false;
}

function lengthOf(node: unknown): number | undefined {
  if (typeof node === "string") return [...node].length;
  return Array.isArray(node) ? node.length : undefined;
}

/** Comparison conditions (`> 5`, `≤ 10`) on a number derived from the node. */
function boundConditions(
  bounds: Record<string, unknown>,
  label: string,
  measure: (node: unknown) => number | undefined,
  describeMissing: (node: unknown) => string,
): Condition[] | string {
  const conditions: Condition[] = [];
  for (const [key, symbol, holds] of BOUNDS) {
    const limit = bounds[key];
    if (limit === undefined) continue;
    if (!isFiniteNumber(limit)) return `${label}${key} must be a finite number, got ${previewJson(limit)}`;
    conditions.push({
      expected: `${label}${symbol} ${limit}`,
      failure: (node) => {
        const n = measure(node);
        if (n === undefined) return describeMissing(node);
        return holds(n, limit) ? undefined : label ? `got ${label}${n}` : got(node);
      },
    });
  }
  return conditions;
}

function lengthConditions(spec: unknown): Condition[] | string {
  const noLength = (node: unknown) => `${gotTyped(node)}, which has no length`;
  if (typeof spec === "number") {
    if (!Number.isInteger(spec) || spec < 0) return `length must be a whole number, got ${previewJson(spec)}`;
    return [
      {
        expected: `length ${spec}`,
        failure: (node) => {
          const n = lengthOf(node);
          if (n === undefined) return noLength(node);
          return n === spec ? undefined : `got length ${n}`;
        },
      },
    ];
  }
  const keys = isPlainObject(spec) ? Object.keys(spec) : [];
  if (!isPlainObject(spec) || keys.length === 0 || keys.some((k) => !BOUNDS.some(([b]) => b === k))) {
    return `length must be a number or { gt, gte, lt, lte }, got ${previewJson(spec)}`;
  }
  return boundConditions(spec, "length ", lengthOf, noLength);
}

function compileMatcher(matcher: Record<string, unknown>): Compiled {
  const conditions: Condition[] = [];
  const describe = () => conditions.map((c) => c.expected).join(" and ");
  const invalid = (reason: string): Compiled => ({
    ok: false,
    expected: previewJson(matcher),
    reason: `invalid matcher: ${reason} ${LITERAL_HINT}`,
  });
  const { equals, in: oneOf, matches, exists, type, length, contains } = matcher;

  if (exists !== undefined && typeof exists !== "boolean")
    return invalid(`exists must be true or false, got ${previewJson(exists)}`);
  if (exists === false) {
    if (Object.keys(matcher).length > 1)
      return invalid("exists: false cannot be combined with other matchers");
    return { ok: true, expected: "not to exist", exists: false, conditions: [] };
  }
  if (equals !== undefined) {
    conditions.push({
      expected: previewJson(equals),
      failure: (node) => (deepEqual(node, equals) ? undefined : got(node)),
    });
  }
  if (oneOf !== undefined) {
    if (!Array.isArray(oneOf)) return invalid(`in must be a list, got ${previewJson(oneOf)}`);
    conditions.push({
      expected: `one of ${previewJson(oneOf)}`,
      failure: (node) => (oneOf.some((item) => deepEqual(node, item)) ? undefined : got(node)),
    });
  }
  if (matches !== undefined) {
    if (typeof matches !== "string") return invalid(`matches must be a string, got ${previewJson(matches)}`);
    let re: RegExp;
    try {
      re = patternRegex(matches);
    } catch (error) {
      return invalid(
        `matches is not a valid regular expression: ${error instanceof Error ? error.message : error}`,
      );
    }
    conditions.push({
      expected: `a string matching ${re}`,
      failure: (node) => {
        if (typeof node !== "string") return gotTyped(node);
        return re.test(node) ? undefined : got(node);
      },
    });
  }
  if (type !== undefined) {
    if (typeof type !== "string" || !JSON_TYPES.has(type)) {
      return invalid(`type must be one of ${[...JSON_TYPES].join(", ")}, got ${previewJson(type)}`);
    }
    conditions.push({
      expected: `type ${type}`,
      failure: (node) => (hasType(node, type) ? undefined : gotTyped(node)),
    });
  }
  const numeric = boundConditions(
    matcher,
    "",
    (node) => (isFiniteNumber(node) ? node : undefined),
    (node) => `${gotTyped(node)}, not a finite number`,
  );
  if (typeof numeric === "string") return invalid(numeric);
  conditions.push(...numeric);
  if (length !== undefined) {
    const byLength = lengthConditions(length);
    if (typeof byLength === "string") return invalid(byLength);
    conditions.push(...byLength);
  }
  if (contains !== undefined) {
    conditions.push({
      expected: `to contain ${previewJson(contains)}`,
      failure: (node) => (containsValue(node, contains) ? undefined : got(node)),
    });
  }
  if (conditions.length === 0) return { ok: true, expected: "to exist", exists: true, conditions };
  return { ok: true, expected: exists ? `to exist and ${describe()}` : describe(), conditions };
}

function compileLiteral(literal: unknown): Compiled {
  const expected = previewJson(literal);
  const failure = (node: unknown) => (deepEqual(node, literal) ? undefined : got(node));
  return { ok: true, expected, conditions: [{ expected, failure }] };
}

// Polling evaluates the same config objects again and again: compile each object once.
const compiledObjects = new WeakMap<object, Compiled>();

function compile(expectation: unknown): Compiled {
  if (typeof expectation !== "object" || expectation === null) return compileLiteral(expectation);
  let compiled = compiledObjects.get(expectation);
  if (!compiled) {
    compiled = isMatcher(expectation) ? compileMatcher(expectation) : compileLiteral(expectation);
    compiledObjects.set(expectation, compiled);
  }
  return compiled;
}

/** Why an expectation can never be evaluated (a malformed matcher), or undefined. Checked when the config loads. */
export function matcherProblem(expectation: unknown): string | undefined {
  const compiled = compile(expectation);
  return compiled.ok ? undefined : compiled.reason;
}

/** What an expectation asks for, as `expected` shows it: `"completed"`, `type array and length > 0`. */
export function describeJsonExpectation(expectation: unknown): string {
  return compile(expectation).expected;
}

function result(
  path: string,
  expected: string,
  actual: string,
  passed: boolean,
  message: string,
): AssertionResult {
  return { target: path, expected, actual, passed, message: `${path}: ${message}` };
}

function describeNodes(nodes: readonly unknown[]): string {
  if (nodes.length === 0) return "nothing";
  return nodes.length === 1 ? previewJson(nodes[0]) : `${nodes.length} nodes: ${previewJson(nodes)}`;
}

/** Evaluates `path: expectation` against a parsed JSON document. Never throws. */
export function evaluateJsonExpectation(doc: unknown, path: string, expectation: unknown): AssertionResult {
  const compiled = compile(expectation);
  if (!compiled.ok) return result(path, compiled.expected, "not evaluated", false, compiled.reason);
  let nodes: unknown[];
  try {
    nodes = queryJson(doc, path);
  } catch (error) {
    return result(
      path,
      compiled.expected,
      "not evaluated",
      false,
      error instanceof Error ? error.message : String(error),
    );
  }
  const actual = describeNodes(nodes);
  if (compiled.exists === false) {
    const passed = nodes.length === 0;
    return result(
      path,
      compiled.expected,
      actual,
      passed,
      passed ? "got nothing" : `expected not to exist, got ${actual}`,
    );
  }
  if (nodes.length === 0)
    return result(path, compiled.expected, actual, false, `expected ${compiled.expected}, found nothing`);
  for (let i = 0; i < nodes.length; i++) {
    for (const condition of compiled.conditions) {
      const failure = condition.failure(nodes[i]);
      if (failure === undefined) continue;
      const message =
        nodes.length === 1
          ? `expected ${condition.expected}, ${failure}`
          : `expected ${condition.expected} for every node (${nodes.length} found), node ${i + 1} ${failure}`;
      return result(path, compiled.expected, actual, false, message);
    }
  }
  return result(path, compiled.expected, actual, true, `got ${actual}`);
}
