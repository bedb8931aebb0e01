// JUnit XML for CI test tabs and test-report actions: one testsuite per gate, one testcase
// per check.
//
// Mapping: failed → <failure type="assertion">; errored, timed out, cancelled → <error> (no
// usable answer, debugged differently from a wrong one); skipped → <skipped>. A failing
// warning-severity check is a <failure type="warning"> whatever its outcome, with a message
// saying it does not block: CI tools then show it, and no tool counts it as a broken run.
// A flaky pass carries flaky/attempts properties and a <system-out> note.
import type { CheckResult, GateResult } from "../engine/results.js";
import { isFailing } from "../engine/results.js";
import { describeOutcome, describeVerdict, gateTitle, labelSlug, plural } from "./describe.js";
import { oneLine, stripControl } from "./display-text.js";
import { failureEvidence } from "./explain.js";

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

function failureBody(check: CheckResult): string {
  const evidence = failureEvidence(check);
  const lines = [check.detail];
  const { exchange } = evidence;
  if (exchange) {
    const answer =
      exchange.status !== undefined ? String(exchange.status) : `no response (${exchange.error ?? "error"})`;
    lines.push(
      `${exchange.method} ${exchange.url} → ${answer} (${plural(exchange.attempts.length, "attempt")})`,
    );
  }
  for (const a of evidence.failedAssertions) {
    lines.push(`${a.target}: expected ${a.expected}, got ${a.actual}${a.message ? ` — ${a.message}` : ""}`);
  }
  if (evidence.serviceSaid) lines.push(`service said: ${evidence.serviceSaid}`);
  if (evidence.hint) lines.push(`what to do: ${evidence.hint}`);
  for (const step of check.steps ?? []) lines.push(`step ${step.name}: ${step.outcome} — ${step.detail}`);
  for (const t of check.tables ?? []) {
    lines.push(`${t.title}:`, ...t.rows.map((r) => `  ${r.join(" | ")}`));
  }
  return lines.join("\n");
}

function testcase(check: CheckResult, classname: string): string {
  const open = `    <testcase classname="${xmlAttr(classname)}" name="${xmlAttr(check.name)}" time="${seconds(check.durationMs)}"`;
  const message = oneLine(check.detail || describeOutcome(check), MAX_MESSAGE_CHARS);
  let inner: string[] = [];
  if (check.outcome === "skipped") {
    inner = [`      <skipped message="${xmlAttr(oneLine(check.detail, MAX_MESSAGE_CHARS))}"/>`];
  } else if (isFailing(check.outcome)) {
    const warning = check.severity === "warning";
    const element = warning || check.outcome === "failed" ? "failure" : "error";
    const type = warning ? "warning" : check.outcome === "failed" ? "assertion" : check.outcome;
    const text = warning ? `${message} (warning: does not block the deployment)` : message;
    inner = [
      `      <${element} message="${xmlAttr(text)}" type="${type}">${xmlText(failureBody(check))}</${element}>`,
    ];
  } else if (check.flaky) {
    inner = [
      "      <properties>",
      '        <property name="flaky" value="true"/>',
      `        <property name="attempts" value="${check.attempts}"/>`,
      "      </properties>",
      `      <system-out>${xmlText(`flaky: failed at first and passed on a retry (${plural(check.attempts, "attempt")}); ${check.detail}`)}</system-out>`,
    ];
  }
  return inner.length === 0 ? `${open}/>` : [`${open}>`, ...inner, "    </testcase>"].join("\n");
}

export function renderJunit(result: GateResult): string {
  const classname = `deploy-gate.${labelSlug(result.label) || "default"}`;
  let failures = 0;
  let errors = 0;
  let skipped = 0;
  for (const c of result.checks) {
    if (c.outcome === "skipped") skipped++;
    else if (c.outcome === "failed" || (isFailing(c.outcome) && c.severity === "warning")) failures++;
    else if (isFailing(c.outcome)) errors++;
  }
  const counts = `tests="${result.checks.length}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="${seconds(result.durationMs)}"`;
  const stamp = timestamp(result.startedAt);
  const properties = [
    ["label", result.label],
    ["mode", result.mode],
    ["base-url", result.baseUrl],
    ["verdict", describeVerdict(result)],
    ...(result.interrupted ? [["interrupted", result.interrupted]] : []),
  ].map(([name, value]) => `      <property name="${name}" value="${xmlAttr(value ?? "")}"/>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="deploy-gate" ${counts}>`,
    `  <testsuite name="${xmlAttr(gateTitle(result.label))}" ${counts}${stamp ? ` timestamp="${stamp}"` : ""}>`,
    "    <properties>",
    ...properties,
    "    </properties>",
    ...result.checks.map((c) => testcase(c, classname)),
    "  </testsuite>",
    "</testsuites>",
    "",
  ].join("\n");
}
