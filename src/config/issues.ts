// Turns zod issues into one readable line per problem, each naming its place.
import type { z } from "zod";
import { type ConfigIssue, type ConfigPath, clip, issueAt } from "./errors.js";
import { didYouMean } from "./suggest.js";

type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: "a string",
  number: "a number",
  boolean: "true or false",
  array: "a list",
  object: "a mapping",
};

// zod's issue for unknown keys does not say which keys were known; only the error map, which
// sees the object schema, can. It notes them here, by the object that had the unknown keys.
const knownFields = new WeakMap<object, readonly string[]>();

/** The error map every config parse runs with (`safeParse(value, { error: noteKnownFields })`). */
export const noteKnownFields: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === "unrecognized_keys" && issue.input && typeof issue.input === "object") {
    const shape = (issue.inst as { _zod?: { def?: { shape?: object } } } | undefined)?._zod?.def?.shape;
    if (shape) knownFields.set(issue.input, Object.keys(shape));
  }
  return undefined;
};

function describeInput(input: unknown): string {
  if (input === undefined) return "nothing";
  if (input === null) return "null";
  if (Array.isArray(input)) return "a list";
  if (typeof input === "object") return "a mapping";
  return `${typeof input} ${clip(JSON.stringify(input), 60)}`;
}

function messageOf(issue: Exclude<Issue, { code: "unrecognized_keys" }>): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "is required";
      return issue.message.startsWith("Invalid input")
        ? `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, got ${describeInput(issue.input)}`
        : issue.message;
    case "invalid_value": {
      if (!issue.message.startsWith("Invalid")) return issue.message;
      const options = issue.values.map((v) => JSON.stringify(v));
      const given = typeof issue.input === "string" ? issue.input : undefined;
      const hint = given === undefined ? "" : didYouMean(given, issue.values.map(String));
      return `expected one of ${options.join(", ")}${hint}`;
    }
    case "invalid_key":
      return issue.issues[0]?.message ?? issue.message;
    default:
      return issue.message;
  }
}

/** One issue per unknown field, each suggesting the known field it is a typo of. */
function unknownFields(issue: Extract<Issue, { code: "unrecognized_keys" }>, at: ConfigPath): ConfigIssue[] {
  const known = issue.input && typeof issue.input === "object" ? knownFields.get(issue.input) : undefined;
  return issue.keys.map((key) =>
    issueAt(at, `unknown field ${JSON.stringify(clip(key, 60))}${known ? didYouMean(key, known) : ""}`, [
      ...at,
      key,
    ]),
  );
}

/** A union that failed: a custom message wins; otherwise report the branch that got furthest. */
function unionIssues(issue: Extract<Issue, { code: "invalid_union" }>, base: ConfigPath): ConfigIssue[] {
  const at = [...base, ...issue.path];
  if (!issue.message.startsWith("Invalid input") || issue.errors.length === 0) {
    return [issueAt(at, issue.message)];
  }
  const typeMismatch = (branch: readonly Issue[]) =>
    branch.every((i) => i.path.length === 0 && i.code === "invalid_type");
  const best = issue.errors.find((b) => !typeMismatch(b));
  if (!best) return [issueAt(at, `unexpected ${describeInput(issue.input)}`)];
  return toConfigIssues(best, at);
}

export function toConfigIssues(issues: readonly Issue[], base: ConfigPath = []): ConfigIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code === "invalid_union") return unionIssues(issue, base);
    const at = [...base, ...issue.path];
    if (issue.code === "unrecognized_keys") return unknownFields(issue, at);
    return [issueAt(at, messageOf(issue))];
  });
}
