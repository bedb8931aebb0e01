// Field schemas shared by every check type. zod is the single source of truth: types are
// inferred from these, validation is these, and schema/deploy-gate.schema.json is generated.
import { z } from "zod";
import { jsonPathProblem } from "../assert/jsonpath.js";
import { isMatcher, matcherProblem } from "../assert/matchers.js";
import { regexProblem } from "../assert/regex.js";
import { isTooLongDuration, parseDuration } from "./duration.js";
import { clip } from "./errors.js";
import { withoutTemplates } from "./templates.js";

export const DURATION_MESSAGE = "expected a duration like 250ms, 10s, 5m, 1h or a number of milliseconds";
export const DURATION_TOO_LONG_MESSAGE = "expected a duration of at most 24 days (596h)";

export const duration = z
  .union([z.number(), z.string()], { error: DURATION_MESSAGE })
  .transform((v, ctx) => {
    const ms = parseDuration(v);
    if (ms === undefined) {
      const message = isTooLongDuration(v) ? DURATION_TOO_LONG_MESSAGE : DURATION_MESSAGE;
      ctx.issues.push({ code: "custom", message, input: v });
      return z.NEVER;
    }
    return ms;
  })
  .meta({ description: "250ms, 10s, 5m, 1h or a number of milliseconds" });

export const STATUS_MESSAGE = "expected a status code, a list or a class like 2xx";
const statusCode = z
  .number({ error: STATUS_MESSAGE })
  .int(STATUS_MESSAGE)
  .min(100, STATUS_MESSAGE)
  .max(599, STATUS_MESSAGE);
const statusClass = z.string({ error: STATUS_MESSAGE }).regex(/^[1-5]xx$/i, STATUS_MESSAGE);
const statusItem = z.union([statusCode, statusClass, z.string().regex(/^[1-5]\d\d$/, STATUS_MESSAGE)], {
  error: STATUS_MESSAGE,
});
export const statusSpec = z.union([statusItem, z.array(statusItem).min(1, STATUS_MESSAGE)], {
  error: STATUS_MESSAGE,
});
export type StatusSpec = z.infer<typeof statusSpec>;

const retries = z.number().int().min(0).max(10);

/**
 * Why a regular expression of the config does not compile, as a config message saying how to write
 * the literal instead; undefined when it compiles. A `{{ template }}` in it stands for plain text.
 */
export function regexIssue(
  text: string,
  form: "slash" | "pattern" | "anchored",
  literal: (text: string) => string,
): string | undefined {
  const problem = regexProblem(withoutTemplates(text), form);
  if (problem === undefined) return undefined;
  const shown = JSON.stringify(clip(text));
  const what =
    form === "slash"
      ? `${shown} is read as a /regular expression/ and does not compile (${problem})`
      : `${shown} is not a valid regular expression (${problem})`;
  return `${what}; use ${literal(clip(text))} for the literal`;
}

const equalsLiteral = (text: string) => `{ equals: ${JSON.stringify(text)} }`;

/** An exact string, a `/regex/flags`, `{ equals }` (a literal, even one in slashes) or `{ exists }`. */
export const headerExpectation = z
  .union([
    z.string().superRefine((text, ctx) => {
      const message = regexIssue(text, "slash", equalsLiteral);
      if (message) ctx.addIssue({ code: "custom", message, input: text });
    }),
    z.strictObject({ equals: z.string() }),
    z.strictObject({ exists: z.boolean() }),
  ])
  .meta({
    description: "An exact value, a /regex/, { equals } for a literal (even one in slashes) or { exists }",
  });

export const JSON_PATH_MESSAGE = "expected a JSONPath starting with $";
/** A JSONPath (RFC 9535) that parses, with every regular expression in it compiling. */
export const jsonPath = z
  .string()
  .superRefine((path, ctx) => {
    const message = path.startsWith("$") ? jsonPathProblem(path) : JSON_PATH_MESSAGE;
    if (message) ctx.addIssue({ code: "custom", message, input: path });
  })
  .meta({
    description: "A JSONPath (RFC 9535); a name with - in it goes in brackets: $.headers['X-Api-Key']",
  });

const jsonType = z.enum(["string", "number", "integer", "boolean", "array", "object", "null"]);
export const matcher = z
  .strictObject({
    equals: z.unknown().optional(),
    in: z.array(z.unknown()).optional(),
    matches: z.string().optional(),
    exists: z.boolean().optional(),
    type: jsonType.optional(),
    gt: z.number().optional(),
    gte: z.number().optional(),
    lt: z.number().optional(),
    lte: z.number().optional(),
    length: z.union([z.number().int().min(0), z.lazy(() => numberBounds)]).optional(),
    contains: z.unknown().optional(),
  })
  .meta({ description: "A matcher; several keys must all hold" });
const numberBounds = z.strictObject({
  gt: z.number().optional(),
  gte: z.number().optional(),
  lt: z.number().optional(),
  lte: z.number().optional(),
});
export type Matcher = z.infer<typeof matcher>;

/**
 * The value a JSONPath maps to: a literal (deep equality) or a matcher. A malformed matcher is a
 * config error here, so it can never be a failure found only after a request.
 */
const jsonExpectationValue = z.unknown().superRefine((expectation, ctx) => {
  if (!isMatcher(expectation)) return;
  const { matches } = expectation;
  const regex = typeof matches === "string" ? regexIssue(matches, "pattern", equalsLiteral) : undefined;
  if (regex) {
    ctx.addIssue({ code: "custom", message: regex, path: ["matches"], input: matches });
    return;
  }
  const standIn =
    typeof matches === "string" ? { ...expectation, matches: withoutTemplates(matches) } : expectation;
  const problem = matcherProblem(standIn);
  if (problem) ctx.addIssue({ code: "custom", message: problem, input: expectation });
});
export const jsonExpectation = z.record(jsonPath, jsonExpectationValue);

const bodyExpectation = z.strictObject({
  contains: z.string().optional(),
  matches: z
    .string()
    .superRefine((text, ctx) => {
      const message = regexIssue(text, "pattern", (t) => `{ contains: ${JSON.stringify(t)} }`);
      if (message) ctx.addIssue({ code: "custom", message, input: text });
    })
    .optional(),
});

export const expect = z.strictObject({
  status: statusSpec.optional(),
  headers: z.record(z.string(), headerExpectation).optional(),
  json: jsonExpectation.optional(),
  body: bodyExpectation.optional(),
  schema: z.record(z.string(), z.unknown()).optional(),
  "max-duration": duration.optional(),
});
export type Expect = z.infer<typeof expect>;

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export const REQUEST_LINE_MESSAGE = 'expected a request line like "GET /health"';
const REQUEST_LINE = /^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\s+(\S(?:.*\S)?)$/;

export const requestObject = z
  .strictObject({
    method: z
      .string()
      .transform((m) => m.toUpperCase())
      .pipe(z.enum(METHODS))
      .default("GET"),
    path: z.string().optional(),
    url: z.string().optional(),
    query: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
    headers: z.record(z.string(), z.union([z.string(), z.null()])).optional(),
    json: z.unknown().optional(),
    body: z.string().optional(),
    form: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  })
  .superRefine((r, ctx) => {
    if (r.path === undefined && r.url === undefined)
      ctx.addIssue({ code: "custom", message: "expected a path or a url" });
    if (r.path !== undefined && r.url !== undefined)
      ctx.addIssue({ code: "custom", message: "give a path or a url, not both" });
    const bodies = [r.json, r.body, r.form].filter((b) => b !== undefined).length;
    if (bodies > 1) ctx.addIssue({ code: "custom", message: "give one body: json, body or form" });
  });

/** `"GET /path"` or the object form; the line form expands to `{ method, path }`. */
export const request = z.union([
  z
    .string()
    .regex(REQUEST_LINE, REQUEST_LINE_MESSAGE)
    .transform((line): RequestSpec => {
      const [, method = "GET", target = "/"] = REQUEST_LINE.exec(line) ?? [];
      return /^https?:\/\//i.test(target) ? { method, url: target } : { method, path: target };
    }),
  requestObject,
]);
/** A request after validation; the line form has become `{ method, path }` or `{ method, url }`. */
export interface RequestSpec {
  readonly method: string;
  readonly path?: string;
  readonly url?: string;
  readonly query?: Readonly<Record<string, string | number | boolean>>;
  readonly headers?: Readonly<Record<string, string | null>>;
  readonly json?: unknown;
  readonly body?: string;
  readonly form?: Readonly<Record<string, string | number | boolean>>;
}

export const poll = z.strictObject({
  interval: duration.default(2000),
  timeout: duration.default(120_000),
});

export const captureSpec = z.union([
  jsonPath,
  z.strictObject({
    json: jsonPath.optional(),
    header: z.string().optional(),
    secret: z.boolean().optional(),
  }),
]);
export const captures = z.record(
  z.string().regex(/^[A-Za-z_][\w-]*$/, "expected a capture name"),
  captureSpec,
);
export type Captures = z.infer<typeof captures>;

export const bake = z.strictObject({
  for: duration,
  every: duration.default(30_000),
  "failure-limit": z.number().int().min(0).default(0),
});

/** Fields every check has. */
export const baseCheck = {
  name: z.string().min(1).optional(),
  needs: z.union([z.string(), z.array(z.string())]).optional(),
  if: z.union([z.string(), z.boolean(), z.number()]).optional(),
  severity: z.enum(["critical", "warning"]).default("critical"),
  tags: z.array(z.string()).default([]),
  timeout: duration.optional(),
  retries: retries.optional(),
  bake: bake.optional(),
};

export const defaults = z.strictObject({
  timeout: duration.optional(),
  retries: retries.optional(),
  headers: z.record(z.string(), z.string()).optional(),
});
export type Defaults = z.infer<typeof defaults>;
