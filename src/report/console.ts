// The terminal report for the CLI and the action's log: a line per finished check while the
// gate runs, then each failure with its diagnosis (the step summary's words: what, why, next)
// and its evidence — the request, each failed assertion once, tables aligned — and a final
// verdict line.

import { failedStep } from "../checks/failed-step.js";
import type { CheckOutcome, ResultTable } from "../checks/types.js";
import type { CheckResult, GateResult } from "../engine/results.js";
import { isFailing } from "../engine/results.js";
import { retriesIn } from "../http/attempts.js";
import { cutUtf8, displayWidth, oneLine, stripControl } from "../text/display-text.js";
import { formatDuration } from "../text/duration.js";
import { plural } from "../text/plural.js";
import { bakeLine, bakeTimeline } from "./bake.js";
import {
  describeOutcome,
  describeVerdict,
  failingChecks,
  gateState,
  gateTitle,
  inconclusiveChecks,
} from "./describe.js";
import { diagnose, statusText, stepAnswer } from "./diagnosis.js";
import { failureEvidence } from "./evidence.js";
import { gateFindings, unreachableChecks } from "./findings.js";
import {
  GATE_STATE_ICONS,
  type GateState,
  OUTCOMES,
  outcomeGlyph,
  outcomeWord,
  WARNING_ICON,
} from "./outcomes.js";
import { sampleConsoleLines } from "./samples.js";

export interface ConsoleOptions {
  readonly color: boolean;
}

const MAX_VALUE_BYTES = 1000;
const MAX_TABLE_ROWS = 20;
const MAX_CELL_CHARS = 80;
/** A value longer than this, or on several lines, goes under its label instead of in the sentence. */
const INLINE_VALUE_CHARS = 100;

type Style = "red" | "green" | "yellow" | "dim" | "bold";
const SGR: Readonly<Record<Style, string>> = { red: "31", green: "32", yellow: "33", dim: "2", bold: "1" };

function painter(color: boolean): (style: Style, text: string) => string {
  return color ? (style, text) => `\u001b[${SGR[style]}m${text}\u001b[0m` : (_style, text) => text;
}

function icon(outcome: CheckOutcome, warning: boolean, flaky: boolean): { glyph: string; style: Style } {
  const glyph = outcomeGlyph(outcome, warning);
  if (isFailing(outcome)) return { glyph, style: warning ? "yellow" : "red" };
  if (outcome === "passed" && warning) return { glyph: WARNING_ICON.glyph, style: "yellow" };
  if (outcome === "skipped") return { glyph, style: "dim" };
  if (outcome === "inconclusive") return { glyph, style: "yellow" };
  return { glyph, style: flaky ? "yellow" : "green" };
}

/** A warning check's icon when it fails; any check's when it passed with a warning. */
function warns(check: CheckResult): boolean {
  return check.outcome === "passed" ? check.warning !== undefined : check.severity === "warning";
}

/** `✖ list tasks · failed · 132ms · status: expected 200, got 401` */
export function renderCheckLine(check: CheckResult, opts: ConsoleOptions): string {
  const paint = painter(opts.color);
  const { glyph, style } = icon(check.outcome, warns(check), check.flaky);
  const parts = [`${paint(style, glyph)} ${paint("bold", oneLine(check.name, 200))}`];
  if (check.outcome !== "passed" || check.flaky || check.warning !== undefined)
    parts.push(paint(style, describeOutcome(check)));
  if (check.outcome !== "skipped") parts.push(paint("dim", formatDuration(check.durationMs)));
  if (check.bake?.marks) parts.push(bakeTimeline(check.bake, "glyph"));
  const detail = oneLine(check.detail, 300);
  if (detail) parts.push(detail);
  return parts.join(" · ");
}

/** Multi-line values (pretty JSON) keep their shape, indented under their label. */
function indentValue(value: string, indent: string): string {
  const { text, cut } = cutUtf8(stripControl(value), MAX_VALUE_BYTES);
  return `${text}${cut ? "…" : ""}`.replace(/\n/g, `\n${indent}`);
}

/** Columns padded to the widest cell by display width, so an emoji or a CJK name does not shift them. */
function alignedTable(t: ResultTable, indent: string): string[] {
  const rows = [t.columns, ...t.rows.slice(0, MAX_TABLE_ROWS)].map((r) =>
    t.columns.map((_, i) => oneLine(r[i] ?? "", MAX_CELL_CHARS)),
  );
  const widths = t.columns.map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i] ?? ""))));
  const line = (r: readonly string[]) =>
    `${indent}${r.map((c, i) => (i === r.length - 1 ? c : `${c}${" ".repeat((widths[i] ?? 0) - displayWidth(c))}`)).join("  ")}`.trimEnd();
  const [head = [], ...body] = rows;
  const lines = [line(head), `${indent}${widths.map((w) => "─".repeat(w)).join("  ")}`, ...body.map(line)];
  if (t.rows.length > MAX_TABLE_ROWS) lines.push(`${indent}… ${t.rows.length - MAX_TABLE_ROWS} more rows`);
  return lines;
}

function isShort(value: string): boolean {
  return !value.includes("\n") && value.length <= INLINE_VALUE_CHARS;
}

function failureBlock(check: CheckResult, paint: ReturnType<typeof painter>): string[] {
  const evidence = failureEvidence(check);
  const { glyph, style } = icon(check.outcome, warns(check), check.flaky);
  const lines = [
    `${paint(style, glyph)} ${paint("bold", oneLine(check.name, 200))} · ${paint(style, describeOutcome(check))} · ${paint("dim", formatDuration(check.durationMs))}`,
  ];
  const d = diagnose(check);
  if (check.bake?.marks) lines.push(`    bake: ${bakeLine(check.bake, "glyph")}`);
  lines.push(`    ${oneLine(d.what ? `${d.what} · ${d.why}` : d.why, 600)}`);
  lines.push(`    ${paint("yellow", "→")} ${oneLine(d.next, 400)}`);
  const { exchange } = evidence;
  if (exchange) {
    const answer =
      exchange.status !== undefined
        ? statusText(exchange.status)
        : `no response: ${oneLine(exchange.error ?? "error", 300)}`;
    const retries = retriesIn(exchange.attempts);
    const attempts = retries > 0 ? ` (after ${plural(retries, "retry", "retries")})` : "";
    const redirected = exchange.requestedUrl
      ? ` → ${(exchange.redirects ?? []).map((r) => r.status).join(" → ") || "redirected"} → ${oneLine(exchange.url, 500)}`
      : "";
    lines.push(
      `    ${oneLine(`${exchange.method} ${exchange.requestedUrl ?? exchange.url}`, 500)}${redirected} → ${answer}${attempts}`,
    );
  }
  const tables = check.tables ?? [];
  // A check's own tables already hold its assertions (metrics, TLS, webhook sends, …).
  if (tables.length === 0) {
    for (const a of evidence.failedAssertions) {
      const mark = `    ${paint("red", OUTCOMES.failed.glyph)} ${oneLine(a.target, 200)}:`;
      if (isShort(a.expected) && isShort(a.actual)) {
        lines.push(`${mark} expected ${paint("green", a.expected)}, got ${paint("red", a.actual)}`);
      } else {
        lines.push(mark);
        lines.push(`        expected: ${paint("green", indentValue(a.expected, "                  "))}`);
        lines.push(`        actual:   ${paint("red", indentValue(a.actual, "                  "))}`);
      }
    }
  }
  const deciding = failedStep(check.steps);
  for (const [i, step] of (check.steps ?? []).entries()) {
    const { glyph, style } = icon(step.outcome, false, false);
    // The deciding step's cause is the diagnosis above: here only what it got.
    const said = step === deciding ? stepAnswer(step) : step.detail;
    const detail = said ? ` · ${oneLine(said, 200)}` : "";
    lines.push(
      `    ${i + 1}. ${paint(style, glyph)} ${oneLine(step.name, 200)} · ${outcomeWord(step.outcome)}${detail}`,
    );
  }
  for (const t of tables) lines.push(`    ${oneLine(t.title, 200)}:`, ...alignedTable(t, "      "));
  return lines;
}

const VERDICT_STYLE: Readonly<Record<GateState, Style>> = {
  passed: "green",
  blocked: "red",
  "would-block": "yellow",
  inconclusive: "yellow",
};

export function renderConsoleReport(result: GateResult, opts: ConsoleOptions): string {
  const paint = painter(opts.color);
  const { critical, warnings } = failingChecks(result);
  // Paragraphs, separated by blank lines.
  const blocks: string[][] = [];
  const findings = gateFindings(result);
  if (findings.length > 0) blocks.push(findings.map((f) => paint("red", `! ${oneLine(f.text, 600)}`)));
  // Checks that only could not reach the service are named once, not given a block each.
  const unreachable = new Set(unreachableChecks(result));
  const cut = [...critical, ...warnings].filter((c) => unreachable.has(c));
  const own = (checks: readonly CheckResult[]) => checks.filter((c) => !unreachable.has(c));
  if (own(critical).length > 0) {
    blocks.push([paint("bold", `Failures (${own(critical).length}):`)]);
    for (const c of own(critical)) blocks.push(failureBlock(c, paint));
  }
  const unsure = own(inconclusiveChecks(result));
  if (unsure.length > 0) {
    blocks.push([paint("bold", `Could not reach a judgement (${unsure.length}):`)]);
    for (const c of unsure) blocks.push(failureBlock(c, paint));
  }
  if (own(warnings).length > 0) {
    blocks.push([paint("bold", `Warnings, not blocking (${own(warnings).length}):`)]);
    for (const c of own(warnings)) blocks.push(failureBlock(c, paint));
  }
  if (cut.length > 0) {
    const names = cut.map((c) => oneLine(c.name, 100)).join(", ");
    blocks.push([`${paint("red", "Could not reach the service:")} ${names}`]);
  }
  const sampled = result.checks.filter((c) => sampleConsoleLines(c).length > 0);
  if (sampled.length > 0) {
    blocks.push([
      paint("bold", "Samples:"),
      ...sampled.flatMap((c) => [
        `  ${oneLine(c.name, 200)}`,
        // stripControl, not oneLine: a sparkline's empty buckets are spaces that must stay.
        ...sampleConsoleLines(c).map((l) => `    ${stripControl(l).replace(/\n/g, " ")}`),
      ]),
    ]);
  }
  const flaky = result.checks.filter((c) => c.outcome === "passed" && c.flaky);
  if (flaky.length > 0) {
    const names = flaky.map((c) => `${oneLine(c.name, 100)} (${describeOutcome(c)})`).join(", ");
    blocks.push([`${paint("yellow", "Flaky, passed on a retry:")} ${names}`]);
  }
  if (result.interrupted) {
    const why = result.interrupted === "cancelled" ? "the job was cancelled" : "the gate deadline passed";
    blocks.push([paint("red", `Interrupted: ${why}`)]);
  }
  const state = gateState(result);
  const { glyph } = GATE_STATE_ICONS[state];
  const style = VERDICT_STYLE[state];
  const verdict = `${glyph} ${oneLine(gateTitle(result.label), 200)}: ${describeVerdict(result)}`;
  blocks.push([paint(style, `${verdict} · ${formatDuration(result.durationMs)}`)]);
  return blocks.map((b) => b.join("\n")).join("\n\n");
}
