// Turns zod issues into one readable line per problem, each naming its place.
import type { z } from "zod";
import { type ConfigIssue, type ConfigPath, formatPath } from "./errors.js";

type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: "a string",
  number: "a number",
  boolean: "true or false",
  array: "a list",
  object: "a mapping",
};

function describeInput(input: unknown): string {
  if (input === undefined) return "nothing";
  if (input === null) return "null";
  if (Array.isArray(input)) return "a list";
  if (typeof input === "object") return "a mapping";
  return `${typeof input} ${JSON.stringify(input)}`.slice(0, 60);
}

function messageOf(issue: Issue): string {
  switch (issue.code) {
    case "unrecognized_keys":
      return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
    case "invalid_type":
      if (issue.input === undefined) return "is required";
      return issue.message.startsWith("Invalid input")
        ? `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, got ${describeInput(issue.input)}`
        : issue.message;
    case "invalid_value":
      return issue.message.startsWith("Invalid")
        ? `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`
        : issue.message;
    case "invalid_key":
      return issue.issues[0]?.message ?? issue.message;
    default:
      return issue.message;
  }
}

/** A union that failed: a custom message wins; otherwise report the branch that got furthest. */
function unionIssues(issue: Extract<Issue, { code: "invalid_union" }>, base: ConfigPath): ConfigIssue[] {
  if (!issue.message.startsWith("Invalid input") || issue.errors.length === 0) {
    return [{ path: formatPath([...base, ...issue.path]), message: issue.message }];
  }
  const typeMismatch = (branch: readonly Issue[]) =>
    branch.every((i) => i.path.length === 0 && i.code === "invalid_type");
  const best = issue.errors.find((b) => !typeMismatch(b));
  if (!best) {
    return [
      { path: formatPath([...base, ...issue.path]), message: `unexpected ${describeInput(issue.input)}` },
    ];
  }
  return toConfigIssues(best, [...base, ...issue.path]);
}

export function toConfigIssues(issues: readonly Issue[], base: ConfigPath = []): ConfigIssue[] {
  return issues.flatMap((issue) =>
    issue.code === "invalid_union"
      ? unionIssues(issue, base)
      : [{ path: formatPath([...base, ...issue.path]), message: messageOf(issue) }],
  );
}
