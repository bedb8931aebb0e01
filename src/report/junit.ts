// JUnit XML for CI test tabs and test-report actions: one testsuite per gate, one testcase
// per check. The document is valid against the Jenkins JUnit XSD most consumers follow
// (__tests__/report/junit-schema/), and it reads the way the gate decided: every consumer that
// counts <failure> and <error> elements must see a passing gate as passing.
//
// Mapping: a failing critical check is a <failure type="assertion"> (an answer that did not meet
// the expectations) or an <error type="errored|timed-out|cancelled"> (no usable answer, debugged
// differently); skipped is <skipped> with the reason as its text. A failing warning-severity
// check does not block, so it carries no <failure>: its message goes to <system-out>. A flaky
// pass is a pass, with a <system-out> note. The XSD allows no <properties> in a testcase, so
// per-check facts (severity=warning, flaky, attempts) are `[[PROPERTY|name=value]]` lines in
// <system-out>, a convention several report tools read. A failed gate with no failing critical
// check (nothing was checked, an invalid config, an interrupted gate) gets one testcase for the
// verdict itself, so no consumer reads it as green.
import type { CheckResult, GateResult } from "../engine/results.js";
import { blocksDeploy, isFailing } from "../engine/results.js";
import { sentAttempts } from "../http/attempts.js";
import { oneLine, stripControl } from "../text/display-text.js";
import { plural } from "../text/plural.js";
import { describeOutcome, describeVerdict, gateTitle, labelSlug } from "./describe.js";
import { failureEvidence } from "./evidence.js";
import { outcomeWord } from "./outcomes.js";

const MAX_MESSAGE_CHARS = 500;

/** Characters XML 1.0 forbids (and lone surrogates), beyond what stripControl already drops. */
const XML_INVALID = /[\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function xmlText(text: string): string {
  return stripControl(text)
    .replace(XML_INVALID, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/** Attribute values also escape quotes, and newlines and tabs so attribute normalisation keeps them. */
function xmlAttr(text: string): string {
  return xmlText(text)
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\n/g, "&#10;")
    .replace(/\t/g, "&#9;");
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

/** JUnit schemas want a local date-time without zone; the report's timestamps are UTC. */
function timestamp(iso: string): string | undefined {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 19);
}

function property(name: string, value: string | number): string {
  return `[[PROPERTY|${name}=${value}]]`;
}

function failureBody(check: CheckResult): string {
  const evidence = failureEvidence(check);
  const lines = [check.detail];
  const { exchange } = evidence;
  if (exchange) {
    const answer =
      exchange.status !== undefined ? String(exchange.status) : `no response (${exchange.error ?? "error"})`;
    lines.push(
      `${exchange.method} ${exchange.url} → ${answer} (${plural(sentAttempts(exchange.attempts), "attempt")})`,
    );
  }
  for (const a of evidence.failedAssertions) {
    lines.push(`${a.target}: expected ${a.expected}, got ${a.actual}${a.message ? ` — ${a.message}` : ""}`);
  }
  if (evidence.serviceSaid) lines.push(`service said: ${evidence.serviceSaid}`);
  if (evidence.hint) lines.push(`what to do: ${evidence.hint}`);
  for (const step of check.steps ?? [])
    lines.push(`step ${step.name}: ${outcomeWord(step.outcome)} — ${step.detail}`);
  for (const t of check.tables ?? []) {
    lines.push(`${t.title}:`, ...t.rows.map((r) => `  ${r.join(" | ")}`));
  }
  return lines.join("\n");
}

function testcaseBody(check: CheckResult): string[] {
  const message = oneLine(check.detail || describeOutcome(check), MAX_MESSAGE_CHARS);
  if (check.outcome === "skipped") return [`      <skipped>${xmlText(message)}</skipped>`];
  if (check.outcome === "inconclusive") {
    return [`      <skipped>${xmlText(oneLine(`inconclusive: ${message}`, MAX_MESSAGE_CHARS))}</skipped>`];
  }
  if (isFailing(check.outcome) && check.severity === "warning") {
    const note = [
      property("severity", "warning"),
      property("outcome", check.outcome),
      `warning (does not block the deployment): ${describeOutcome(check)}`,
      failureBody(check),
    ];
    return [`      <system-out>${xmlText(note.join("\n"))}</system-out>`];
  }
  if (isFailing(check.outcome)) {
    const [element, type] = check.outcome === "failed" ? ["failure", "assertion"] : ["error", check.outcome];
    return [
      `      <${element} message="${xmlAttr(message)}" type="${type}">${xmlText(failureBody(check))}</${element}>`,
    ];
  }
  if (check.warning !== undefined) {
    const note = [
      property("warning", "true"),
      `passed with a warning (does not block the deployment): ${check.warning}`,
      ...(check.hint ? [`what to do: ${check.hint}`] : []),
    ];
    return [`      <system-out>${xmlText(note.join("\n"))}</system-out>`];
  }
  if (check.flaky) {
    const note = [
      property("flaky", "true"),
      property("attempts", check.attempts),
      `flaky: failed at first and passed on a retry (${plural(check.attempts, "attempt")}); ${check.detail}`,
    ];
    return [`      <system-out>${xmlText(note.join("\n"))}</system-out>`];
  }
  return [];
}

function testcase(classname: string, name: string, durationMs: number, body: readonly string[]): string {
  const open = `    <testcase classname="${xmlAttr(classname)}" name="${xmlAttr(name)}" time="${seconds(durationMs)}"`;
  return body.length === 0 ? `${open}/>` : [`${open}>`, ...body, "    </testcase>"].join("\n");
}

/** Why a failed gate failed when none of its critical checks did; undefined when one did. */
function verdictFailure(result: GateResult): { message: string; body: string } | undefined {
  if (!blocksDeploy(result)) return undefined;
  if (result.checks.some((c) => c.severity === "critical" && isFailing(c.outcome))) return undefined;
  if (result.error)
    return {
      message: oneLine(`the gate could not run: ${result.error}`, MAX_MESSAGE_CHARS),
      body: result.error,
    };
  const ran = result.checks.some((c) => c.severity === "critical" && c.outcome !== "skipped");
  if (!ran) {
    const skipped = result.checks.filter((c) => c.outcome === "skipped").map((c) => `${c.name}: ${c.detail}`);
    return {
      message: "nothing was checked: no critical check ran",
      body: ["nothing was checked: no critical check ran", ...skipped].join("\n"),
    };
  }
  const verdict = describeVerdict(result);
  return { message: oneLine(verdict, MAX_MESSAGE_CHARS), body: verdict };
}

interface Suite {
  readonly xml: string;
  readonly tests: number;
  readonly failures: number;
  readonly errors: number;
  readonly durationMs: number;
}

function testsuite(result: GateResult): Suite {
  const classname = `deploy-gate.${labelSlug(result.label) || "default"}`;
  const cases = result.checks.map((c) => testcase(classname, c.name, c.durationMs, testcaseBody(c)));
  let failures = result.checks.filter((c) => c.severity === "critical" && c.outcome === "failed").length;
  const errors = result.checks.filter(
    (c) => c.severity === "critical" && isFailing(c.outcome) && c.outcome !== "failed",
  ).length;
  const skipped = result.checks.filter((c) => c.outcome === "skipped" || c.outcome === "inconclusive").length;
  const gateFailure = verdictFailure(result);
  if (gateFailure) {
    failures++;
    cases.push(
      testcase(classname, "gate verdict", result.durationMs, [
        `      <failure message="${xmlAttr(gateFailure.message)}" type="gate">${xmlText(gateFailure.body)}</failure>`,
      ]),
    );
  }
  const tests = cases.length;
  const stamp = timestamp(result.startedAt);
  const properties = [
    ["label", result.label],
    ["mode", result.mode],
    ["base-url", result.baseUrl],
    ["verdict", describeVerdict(result)],
    ...(result.interrupted ? [["interrupted", result.interrupted]] : []),
  ].map(([name, value]) => `      <property name="${name}" value="${xmlAttr(value ?? "")}"/>`);
  const xml = [
    `  <testsuite name="${xmlAttr(gateTitle(result.label))}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="${seconds(result.durationMs)}"${stamp ? ` timestamp="${stamp}"` : ""}>`,
    "    <properties>",
    ...properties,
    "    </properties>",
    ...cases,
    "  </testsuite>",
  ].join("\n");
  return { xml, tests, failures, errors, durationMs: result.durationMs };
}

/**
 * One document holding a testsuite per gate (one for a gate, one per leg for a matrix fan-in).
 * The XSD allows no `skipped` on <testsuites>: each <testsuite> carries its own.
 */
export function renderJunitDocument(results: readonly GateResult[]): string {
  const suites = results.map(testsuite);
  const sum = (key: "tests" | "failures" | "errors") => suites.reduce((n, s) => n + s[key], 0);
  const time = suites.reduce((n, s) => n + s.durationMs, 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="deploy-gate" tests="${sum("tests")}" failures="${sum("failures")}" errors="${sum("errors")}" time="${seconds(time)}">`,
    ...suites.map((s) => s.xml),
    "</testsuites>",
    "",
  ].join("\n");
}

export function renderJunit(result: GateResult): string {
  return renderJunitDocument([result]);
}
