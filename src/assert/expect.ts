// `expect` (and `until` / `fail-when`, which share its form): every assertion on one response,
// passed and failed, in a fixed order. Pure and cheap, since polling calls it on every response.

import type { HttpResponse } from "../http/types.js";
import { isCredentialHeader } from "../secrets/credential-headers.js";
import { formatDuration } from "../text/duration.js";
import type { AssertionResult } from "./assertion-result.js";
import type { Expect } from "./expect-schema.js";
import { type JsonBody, parseJsonBody } from "./jsonpath.js";
import { describeJsonExpectation, evaluateJsonExpectation } from "./matchers.js";
import { previewJson, truncate } from "./preview.js";
import { patternRegex, slashRegex } from "./regex.js";
import { validateSchema } from "./schema.js";
import { describeStatus, statusMatches } from "./status.js";

export interface ExpectOptions {
  /**
   * Assert a 2xx when `status` is not given (default true). `fail-when` turns it off: there a
   * condition without `status` must not also require a 2xx.
   */
  readonly defaultStatus?: boolean;
}

type HeaderExpectation = NonNullable<Expect["headers"]>[string];

function assertion(
  target: string,
  expected: string,
  actual: string,
  passed: boolean,
  message: string,
): AssertionResult {
  return { target, expected, actual, passed, message: `${target}: ${message}` };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function checkStatus(spec: Expect["status"], status: number): AssertionResult {
  const expected = describeStatus(spec);
  const passed = statusMatches(spec, status);
  return assertion(
    "status",
    expected,
    String(status),
    passed,
    passed ? `got ${status}` : `expected ${expected}, got ${status}`,
  );
}

function checkHeader(
  name: string,
  expectation: HeaderExpectation,
  headers: HttpResponse["headers"],
): AssertionResult {
  const key = name.toLowerCase();
  const target = `header ${key}`;
  const value = headers[key];
  // A credential header's value is never shown: the assertion says whether it matched, not what it holds.
  const hidden = isCredentialHeader(key);
  const actual = value === undefined ? "absent" : hidden ? "present (value hidden)" : truncate(value);
  if (typeof expectation !== "string" && "exists" in expectation) {
    const expected = expectation.exists ? "present" : "absent";
    const passed = (value !== undefined) === expectation.exists;
    return assertion(
      target,
      expected,
      actual,
      passed,
      passed ? actual : `expected ${expected}, got ${actual}`,
    );
  }
  // `{ equals }` is a literal even in slashes (a Location path); a bare `/…/` is a regex.
  const literal = typeof expectation === "string" ? expectation : expectation.equals;
  let regex: RegExp | undefined;
  try {
    regex = typeof expectation === "string" ? slashRegex(expectation) : undefined;
  } catch (error) {
    // The config's patterns compile at load time; one a template filled in may still not.
    return assertion(
      target,
      literal,
      actual,
      false,
      `invalid regular expression ${literal}: ${errorText(error)}`,
    );
  }
  const expected = regex ? `matching ${regex}` : hidden ? "the expected value" : truncate(literal);
  if (value === undefined)
    return assertion(target, expected, actual, false, `expected ${expected}, but the header is absent`);
  const passed = regex ? regex.test(value) : value === literal;
  return assertion(
    target,
    expected,
    actual,
    passed,
    passed ? `got ${actual}` : `expected ${expected}, got ${actual}`,
  );
}

/** The JSON document, or why there is none: JSON expectations fail closed on a cut, empty or non-JSON body. */
function jsonBody(response: HttpResponse): JsonBody {
  if (response.truncated) {
    return {
      ok: false,
      reason: `body was cut at ${response.body.length} bytes, so it cannot be read as JSON`,
    };
  }
  return parseJsonBody(response.text);
}

function checkBody(spec: NonNullable<Expect["body"]>, response: HttpResponse): AssertionResult[] {
  const { text } = response;
  const actual = text === "" ? "empty body" : previewJson(text);
  // A miss on a cut body may only mean the text lay past the cut: say so.
  const cut = response.truncated ? ` (body was cut at ${response.body.length} bytes)` : "";
  const results: AssertionResult[] = [];
  if (spec.contains !== undefined) {
    const expected = `contains ${previewJson(spec.contains)}`;
    const passed = text.includes(spec.contains);
    results.push(
      assertion(
        "body",
        expected,
        actual,
        passed,
        passed ? expected : `expected to contain ${previewJson(spec.contains)}, not found${cut}`,
      ),
    );
  }
  if (spec.matches !== undefined) {
    let regex: RegExp;
    try {
      regex = patternRegex(spec.matches);
    } catch (error) {
      results.push(
        assertion(
          "body",
          `matches ${spec.matches}`,
          actual,
          false,
          `invalid regular expression: ${errorText(error)}`,
        ),
      );
      return results;
    }
    const expected = `matches ${regex}`;
    const passed = regex.test(text);
    results.push(
      assertion(
        "body",
        expected,
        actual,
        passed,
        passed ? expected : `expected to match ${regex}, no match${cut}`,
      ),
    );
  }
  return results;
}

function checkDuration(budgetMs: number, durationMs: number): AssertionResult {
  const expected = `≤ ${formatDuration(budgetMs)}`;
  const actual = formatDuration(durationMs);
  const passed = durationMs <= budgetMs;
  return assertion(
    "duration",
    expected,
    actual,
    passed,
    passed
      ? `${actual} within ${formatDuration(budgetMs)}`
      : `took ${actual}, over the ${formatDuration(budgetMs)} budget`,
  );
}

/** Every assertion of `expect` on `response`, passed and failed: status, headers, json, body, schema, duration. */
export async function evaluateExpect(
  expect: Expect | undefined,
  response: HttpResponse,
  options: ExpectOptions = {},
): Promise<AssertionResult[]> {
  const results: AssertionResult[] = [];
  if (expect?.status !== undefined || options.defaultStatus !== false)
    results.push(checkStatus(expect?.status, response.status));
  if (!expect) return results;

  for (const [name, expectation] of Object.entries(expect.headers ?? {})) {
    results.push(checkHeader(name, expectation, response.headers));
  }

  const jsonPaths = Object.entries(expect.json ?? {});
  const body = jsonPaths.length > 0 || expect.schema ? jsonBody(response) : undefined;
  for (const [path, expectation] of jsonPaths) {
    if (body?.ok) {
      results.push(evaluateJsonExpectation(body.value, path, expectation));
    } else {
      const reason = body?.reason ?? "body is empty";
      results.push(assertion(path, describeJsonExpectation(expectation), reason, false, reason));
    }
  }

  if (expect.body) results.push(...checkBody(expect.body, response));

  if (expect.schema) {
    if (body?.ok) {
      results.push(...(await validateSchema(expect.schema, body.value)));
    } else {
      const reason = body?.reason ?? "body is empty";
      results.push(assertion("schema", "valid against the schema", reason, false, reason));
    }
  }

  const budget = expect["max-duration"];
  if (budget !== undefined) results.push(checkDuration(budget, response.durationMs));
  return results;
}

export function allPassed(results: readonly AssertionResult[]): boolean {
  return results.every((r) => r.passed);
}
