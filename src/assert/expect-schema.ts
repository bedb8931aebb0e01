// The expectation grammar: the zod schemas of `expect` (and `until` / `fail-when`) and the
// `duration` field they use. zod is the single source of truth: types are inferred from these,
// validation is these, and schema/deploy-gate.schema.json is generated from them.
import { z } from "zod";
import { clip } from "../text/clip.js";
import { DURATION_MESSAGE, durationProblem, parseDuration } from "../text/duration.js";
import { withoutTemplates } from "../text/template-syntax.js";
import { jsonPathProblem } from "./jsonpath.js";
import { isMatcher, matcherProblem } from "./matchers.js";
import { isSlashForm, regexProblem } from "./regex.js";

export { DURATION_MESSAGE, DURATION_TOO_LONG_MESSAGE } from "../text/duration.js";

export const duration = z
  .union([z.number(), z.string()], { error: DURATION_MESSAGE })
  .transform((v, ctx) => {
    const ms = parseDuration(v);
    if (ms === undefined) {
      ctx.issues.push({ code: "custom", message: durationProblem(v), input: v });
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

/**
 * An exact string, a `/regex/flags`, `{ equals }` (a literal, even one in slashes) or `{ exists }`.
 * An exact string with a template in it stays exact whatever the template renders to: a value
 * that happens to start and end with a slash must not turn into a regular expression.
 */
export const headerExpectation = z
  .union([
    z
      .string()
      .superRefine((text, ctx) => {
        const message = regexIssue(text, "slash", equalsLiteral);
        if (message) ctx.addIssue({ code: "custom", message, input: text });
      })
      .transform((text) => (text.includes("{{") && !isSlashForm(text) ? { equals: text } : text)),
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
