// Templates in expectation values (`$.commit: "{{ sha }}"`): the step is rendered before `expect`
// runs, so the value compared is the rendered one. What this module adds is memory of where a
// value came from — an assertion whose expected value was `{{ sha }}` failed because another build
// is serving, not because of a typo in a fixed string — and a refusal to compare with a capture
// that came back empty, which would prove nothing either way.
import type { AssertionResult } from "../assert/assertion-result.js";
import type { Expect } from "../assert/expect-schema.js";
import { TEMPLATE } from "../text/template-syntax.js";

function templatedStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") {
    if (value.includes("{{") && !out.includes(value)) out.push(value);
  } else if (Array.isArray(value)) for (const v of value) templatedStrings(v, out);
  else if (value !== null && typeof value === "object")
    for (const v of Object.values(value)) templatedStrings(v, out);
  return out;
}

/** Assertion target → the templated text its expected value was rendered from. */
function templateSources(expectation: Expect | undefined): Map<string, string> {
  const sources = new Map<string, string>();
  const add = (target: string, value: unknown) => {
    const found = templatedStrings(value);
    if (found.length > 0) sources.set(target, found.join(", "));
  };
  for (const [path, value] of Object.entries(expectation?.json ?? {})) add(path, value);
  for (const [name, value] of Object.entries(expectation?.headers ?? {}))
    add(`header ${name.toLowerCase()}`, value);
  if (expectation?.body) add("body", expectation.body);
  return sources;
}

/** The assertions, each whose expected value came from a template saying which. */
export function withTemplateSources(
  assertions: readonly AssertionResult[],
  unrendered: Expect | undefined,
): AssertionResult[] {
  const sources = templateSources(unrendered);
  if (sources.size === 0) return [...assertions];
  return assertions.map((a) => {
    const from = sources.get(a.target);
    return from ? { ...a, expectedFrom: from } : a;
  });
}

/** Captures an expectation uses whose value is empty: comparing with "" would prove nothing. */
export function emptyCapturesIn(
  unrendered: readonly (Expect | undefined)[],
  captured: Readonly<Record<string, string>>,
): string[] {
  const names = new Set<string>();
  for (const text of unrendered.flatMap((e) => templatedStrings(e))) {
    for (const m of text.matchAll(TEMPLATE)) {
      const ref = m[1] ?? "";
      if (Object.hasOwn(captured, ref) && captured[ref] === "") names.add(ref);
    }
  }
  return [...names];
}
