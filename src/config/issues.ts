// Turns zod issues into one readable line per problem, each naming its place.
import type { z } from "zod";
import { clip } from "../text/clip.js";
import { type ConfigIssue, type ConfigPath, formatPath, issueAt } from "./errors.js";
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
// sees the object schema (each branch of a union its own), can. It writes one line per
// unknown key, each with its suggestion; `unknownFields` turns the lines into issues.
/** The error map every config parse runs with (`safeParse(value, { error: unknownFieldLines })`). */
export const unknownFieldLines: z.core.$ZodErrorMap = (issue) => {
  if (issue.code !== "unrecognized_keys") return undefined;
  const shape = (issue.inst as { _zod?: { def?: { shape?: object } } } | undefined)?._zod?.def?.shape;
  const known = shape ? Object.keys(shape) : [];
  return issue.keys
    .map((key) => `unknown field ${JSON.stringify(clip(key, 60))}${didYouMean(key, known)}`)
    .join("\n");
};

const SUGGESTION = / — did you mean "(.*)"\?$/;

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

/** One issue per unknown field, each found on the line of the field itself. */
function unknownFields(issue: Extract<Issue, { code: "unrecognized_keys" }>, at: ConfigPath): ConfigIssue[] {
  const lines = issue.message.split("\n");
  return issue.keys.map((key, i) => {
    const line = lines.length === issue.keys.length ? lines[i] : undefined;
    return issueAt(at, line ?? `unknown field ${JSON.stringify(clip(key, 60))}`, [...at, key]);
  });
}

/** How far a union branch got: fewer issues is closer, and a suggested field name closer still. */
function distance(branch: readonly Issue[]): number {
  const suggested = branch.some((i) => i.code === "unrecognized_keys" && SUGGESTION.test(i.message));
  return branch.length - (suggested ? 0.5 : 0);
}

/** A union that failed: a custom message wins; otherwise report the branch that got furthest. */
function unionIssues(issue: Extract<Issue, { code: "invalid_union" }>, base: ConfigPath): ConfigIssue[] {
  const at = [...base, ...issue.path];
  if (!issue.message.startsWith("Invalid input") || issue.errors.length === 0) {
    return [issueAt(at, issue.message)];
  }
  const typeMismatch = (branch: readonly Issue[]) =>
    branch.every((i) => i.path.length === 0 && i.code === "invalid_type");
  const candidates = issue.errors.filter((b) => !typeMismatch(b));
  if (!candidates.length) return [issueAt(at, `unexpected ${describeInput(issue.input)}`)];
  const best = candidates.reduce((a, b) => (distance(b) < distance(a) ? b : a));
  return toConfigIssues(best, at);
}

export function toConfigIssues(issues: readonly Issue[], base: ConfigPath = []): ConfigIssue[] {
  const found = issues.flatMap((issue) => {
    if (issue.code === "invalid_union") return unionIssues(issue, base);
    const at = [...base, ...issue.path];
    if (issue.code === "unrecognized_keys") return unknownFields(issue, at);
    return [issueAt(at, messageOf(issue))];
  });
  // `exits: true` → unknown field "exits" — did you mean "exists"? says all; "exists is required" is noise.
  const meant = new Set(
    found.flatMap((i) => {
      const field = SUGGESTION.exec(i.message)?.[1];
      return field !== undefined && i.lineAt ? [formatPath([...(i.at ?? []), field])] : [];
    }),
  );
  return found.filter((i) => !(i.message === "is required" && i.at && meant.has(formatPath(i.at))));
}
