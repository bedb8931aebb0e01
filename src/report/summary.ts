// The job step summary: what on-call reads first. The first screen — the heading and the lines
// under it — says, for every blocking check, what failed, why and what to do next, once (the
// diagnosis, src/report/diagnosis.ts); the table shows every check; a collapsed section per
// failure holds only the evidence. GitHub rejects a summary over 1 MiB, so sections are added
// in priority order against a byte budget and the rest is replaced by a note.
//
// Expects a result already passed through the redactor (`redactor.deep(result)`); credential
// headers are masked here again by name, so a header the engine missed still never shows.
import { failedStep } from "../checks/failed-step.js";
import type { ResultTable, StepResult } from "../checks/types.js";
import type { CheckResult, GateResult } from "../engine/results.js";
import { isFailing, isWarned } from "../engine/results.js";
import { retriesIn } from "../http/attempts.js";
import type { Exchange } from "../http/types.js";
import { createRedactor } from "../secrets/redact.js";
import { cutUtf8, oneLine } from "../text/display-text.js";
import { formatDuration } from "../text/duration.js";
import { plural } from "../text/plural.js";
import { BAKE_MARKS, bakeLine, bakeTimeline } from "./bake.js";
import {
  describeOutcome,
  describeVerdict,
  failingChecks,
  gateState,
  gateTitle,
  inconclusiveChecks,
} from "./describe.js";
import { type Diagnosis, diagnose, statusText, stepAnswer } from "./diagnosis.js";
import { failureEvidence } from "./evidence.js";
import { type Finding, gateFindings, unreachableChecks } from "./findings.js";
import { codeBlock, codeSpan, escapeHtml, inline, link, table, tableHeader, tableRow } from "./markdown.js";
import { checkEmoji, GATE_STATE_ICONS, type GateState, outcomeEmoji, outcomeWord } from "./outcomes.js";
import { sampleMarkdown } from "./samples.js";

/** Under GitHub's 1 MiB step-summary limit, with room for what other steps append. */
export const DEFAULT_SUMMARY_BYTES = 1_000_000;
/** The heading block is always written; its lists and lines are clipped so it stays well below this. */
export const MIN_SUMMARY_BYTES = 32_768;

export interface SummaryOptions {
  readonly maxBytes?: number;
}

const BODY_EXCERPT_BYTES = 2048;
// Every blocking check gets its line on the first screen; only a gate past this many is cut.
const BLOCKED_BY_LIMIT = 20;
const WARNINGS_LIMIT = 5;
const LINE_WHY_CHARS = 400;
const LINE_NEXT_CHARS = 240;
const MAX_ASSERTION_ROWS = 50;
const MAX_STEP_ROWS = 50;
const MAX_TABLE_ROWS = 100;
const MAX_HEADER_ROWS = 40;
/** Room kept for the truncation notes, which are written after the budget is spent. */
const NOTE_RESERVE = 512;
const SEPARATOR = "\n\n";

const FINDING_ICON: Readonly<Record<Finding["kind"], string>> = {
  "nothing-checked": "⛔",
  unreachable: "🔌",
  "stopped-answering": "🔌",
  circuit: "⚡",
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
const CHECK_COLUMNS = ["result", "check", "type", "duration", "detail"] as const;

const credentialHeaders = createRedactor();

const BAKE_LEGEND = `_Bake timelines: one mark per run — ${BAKE_MARKS["warm-up-pass"].emoji}${BAKE_MARKS["warm-up-fail"].emoji} warm-up (passed, failed; not counted), ${BAKE_MARKS.pass.emoji}${BAKE_MARKS.fail.emoji} counted._`;

function checkIcon(check: CheckResult): string {
  return checkEmoji(check);
}

function startedAt(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : `${new Date(time).toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

/** Checks that failed only because the base URL could not be reached: listed once, by name. */
function unreachableItem(checks: readonly CheckResult[]): string {
  const names = checks.slice(0, 10).map((c) => inline(c.name, 60));
  const more = checks.length > names.length ? `, and ${checks.length - names.length} more` : "";
  return `- **${plural(checks.length, "check")}** could not reach the service (see above): ${names.join(", ")}${more}`;
}

/** `what · why → next`: the check's one diagnosis line, said here and nowhere else in the summary. */
function diagnosisText(d: Diagnosis): string {
  const what = d.what ? `${inline(d.what, 160)} · ` : "";
  return `${what}${inline(d.why, LINE_WHY_CHARS)} → ${inline(d.next, LINE_NEXT_CHARS)}`;
}

const diagnosisCache = new WeakMap<CheckResult, Diagnosis>();
function diagnoses(check: CheckResult): Diagnosis {
  let d = diagnosisCache.get(check);
  if (!d) {
    d = diagnose(check);
    diagnosisCache.set(check, d);
  }
  return d;
}

function failureList(
  title: string,
  checks: readonly CheckResult[],
  limit: number,
  unreachable: ReadonlySet<CheckResult>,
): string {
  const cut = checks.filter((c) => unreachable.has(c));
  const own = checks.filter((c) => !unreachable.has(c));
  const items = own.slice(0, limit).map((c) => {
    // A bake's timeline says at a glance whether it failed at once, late, or kept failing.
    const timeline = c.bake ? bakeTimeline(c.bake, "emoji") : "";
    return `- **${inline(c.name, 80)}** — ${timeline ? `${timeline} · ` : ""}${diagnosisText(diagnoses(c))}`;
  });
  if (own.length > limit) items.push(`- … and ${own.length - limit} more (see the table)`);
  if (cut.length > 0) items.push(unreachableItem(cut));
  return `**${title}**\n\n${items.join("\n")}`;
}

function modeText(result: GateResult, state: GateState): string {
  if (result.mode === "enforce") return "enforce";
  return state === "would-block"
    ? "dry run — nothing was blocked, but in enforce mode this gate would have blocked the deployment"
    : "dry run — reports only, never blocks";
}

/** Findings that are the gate's cause themselves go above the check lines; the rest follow the warnings. */
const TOP_FINDINGS: ReadonlySet<Finding["kind"]> = new Set(["nothing-checked", "unreachable"]);

function findingLine(finding: Finding): string {
  return `**${FINDING_ICON[finding.kind]} ${inline(capitalise(finding.text), 600)}**`;
}

/** A link only for a plain http(s) URL, which cannot break out of the markdown link. */
/** `https://github.com/o/r/actions/runs/1` → `https://github.com/o/r/commit/SHA`. */
function commitUrl(runUrl: string | undefined, sha: string): string | undefined {
  const repo = runUrl ? /^(https?:\/\/.+)\/actions\/runs\/[^/]+$/.exec(runUrl)?.[1] : undefined;
  return repo && /^[0-9a-f]{7,64}$/i.test(sha) ? `${repo}/commit/${sha}` : undefined;
}

function metaLine(result: GateResult, state: GateState): string {
  const meta = [
    `**Mode:** ${modeText(result, state)}`,
    `**Base URL:** ${codeSpan(result.baseUrl, 200) || "(none)"}`,
    `**Duration:** ${formatDuration(result.durationMs)}`,
    `**Started:** ${inline(startedAt(result.startedAt), 40)}`,
  ];
  const run = result.run;
  if (run?.sha)
    meta.push(`**Commit:** ${link(codeSpan(run.sha.slice(0, 12), 12), commitUrl(run.url, run.sha))}`);
  if (run?.id) {
    const attempt = run.attempt ? ` (attempt ${inline(run.attempt, 10)})` : "";
    meta.push(`**Run:** ${link(inline(run.id, 40), run.url)}${attempt}`);
  } else if (run?.url) meta.push(`**Run:** ${link("this run", run.url)}`);
  return meta.join(" · ");
}

function renderHead(result: GateResult): string {
  const state = gateState(result);
  const { critical, warnings } = failingChecks(result);
  const lines = [
    `## ${GATE_STATE_ICONS[state].emoji} ${inline(gateTitle(result.label), 120)}: ${describeVerdict(result)}`,
  ];
  if (result.interrupted) {
    const why =
      result.interrupted === "cancelled"
        ? "the job was cancelled; checks that had not finished are marked cancelled"
        : "the gate deadline passed; checks that had not finished are marked timed out";
    lines.push(`**⛔ Interrupted:** ${why}.`);
  }
  const findings = gateFindings(result);
  for (const finding of findings.filter((f) => TOP_FINDINGS.has(f.kind))) lines.push(findingLine(finding));
  const unreachable = new Set(unreachableChecks(result));
  if (critical.length > 0) {
    lines.push(
      failureList(
        state === "would-block" ? "Would have blocked:" : "Blocked by:",
        critical,
        BLOCKED_BY_LIMIT,
        unreachable,
      ),
    );
  }
  const unsure = inconclusiveChecks(result);
  if (unsure.length > 0)
    lines.push(failureList("Could not reach a judgement:", unsure, BLOCKED_BY_LIMIT, unreachable));
  if (warnings.length > 0)
    lines.push(failureList("Warnings (not blocking):", warnings, WARNINGS_LIMIT, unreachable));
  for (const finding of findings.filter((f) => !TOP_FINDINGS.has(f.kind))) lines.push(findingLine(finding));
  lines.push(metaLine(result, state));
  return lines.join(SEPARATOR);
}

/** Failing checks first (critical, then warnings), then the rest in config order, so a cut table keeps them. */
function tableOrder(checks: readonly CheckResult[]): CheckResult[] {
  const rank = (c: CheckResult) =>
    c.severity === "critical" && isFailing(c.outcome) ? 0 : isWarned(c) ? 1 : 2;
  return [...checks].sort((a, b) => rank(a) - rank(b));
}

function checkRow(check: CheckResult, unreachable: ReadonlySet<CheckResult>): string {
  const duration = check.outcome === "skipped" ? "—" : formatDuration(check.durationMs);
  // A failing check's cause and next step are on the first screen: here only what failed.
  const said = unreachable.has(check)
    ? "no answer: the base URL is unreachable (see above)"
    : isFailing(check.outcome)
      ? diagnoses(check).what || "see above"
      : check.detail;
  // A bake's row is its timeline, one mark per run, and how its verdict was reached.
  const detail = !check.bake?.marks
    ? said
    : isFailing(check.outcome)
      ? `${bakeTimeline(check.bake, "emoji")} · ${said}`
      : bakeLine(check.bake, "emoji");
  return tableRow(
    [`${checkIcon(check)} ${describeOutcome(check)}`, check.name, check.type, duration, detail],
    CHECK_COLUMNS.length,
    200,
  );
}

function attemptsText(exchange: Exchange): string {
  const count = retriesIn(exchange.attempts);
  if (count === 0) return "";
  const waited = exchange.attempts.reduce((sum, a) => sum + a.waitedMs, 0);
  const retries = plural(count, "retry", "retries");
  return ` · ${retries}${waited > 0 ? ` (backoff ${formatDuration(waited)})` : ""}`;
}

/** How long a polled check waited, and a retried one retried: said once, beside the request. */
function waitingText(check: CheckResult): string | undefined {
  if (check.polls <= 1 && check.heldBack === 0) return undefined;
  const parts: string[] = [];
  if (check.polls > 1)
    parts.push(`waited ${formatDuration(check.waitedMs)} over ${plural(check.polls, "poll")}`);
  if (check.heldBack > 0) parts.push(`${plural(check.heldBack, "request")} held back by an open circuit`);
  return `**Waiting:** ${parts.join(" · ")}`;
}

/** The request as configured and, after redirects, the URL that answered; the status in bold only when it is an error. */
function requestLine(exchange: Exchange): string {
  const answer =
    exchange.status !== undefined
      ? exchange.status >= 400
        ? `**${statusText(exchange.status)}**`
        : statusText(exchange.status)
      : `no response: ${inline(exchange.error ?? "unknown error", 300)}`;
  const asked = codeSpan(`${exchange.method} ${exchange.requestedUrl ?? exchange.url}`, 500);
  const hops = exchange.requestedUrl
    ? ` → ${(exchange.redirects ?? []).map((r) => String(r.status)).join(" → ") || "redirected"} → ${codeSpan(exchange.url, 500)}`
    : "";
  return `**Request:** ${asked}${hops} → ${answer} · ${formatDuration(exchange.durationMs)}${attemptsText(exchange)}`;
}

/** Pretty JSON reads better than one long line; a cut or non-JSON body is shown as it came. */
function bodyBlock(body: string): string {
  let text = body;
  let info = "";
  const trimmed = body.trim();
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    try {
      text = JSON.stringify(JSON.parse(trimmed), null, 2);
      info = "json";
    } catch {
      // Not JSON (or an excerpt cut mid-document): show the text unchanged.
    }
  }
  const excerpt = cutUtf8(text, BODY_EXCERPT_BYTES);
  const note = excerpt.cut ? " (first 2 KB; the JSON report has the whole excerpt)" : "";
  return `**Response body${note}:**\n\n${codeBlock(excerpt.text, info)}`;
}

function boundedTable(columns: readonly string[], rows: readonly (readonly string[])[], max: number): string {
  const shown = table(columns, rows.slice(0, max));
  return rows.length > max
    ? `${shown}\n\n_… and ${rows.length - max} more rows (see the JSON report)._`
    : shown;
}

/** Every step, the ones not run marked; the deciding step shows its answer, its cause being on the first screen. */
function stepsTable(steps: readonly StepResult[]): string {
  const deciding = failedStep(steps);
  const rows = steps.map((s, i) => [
    String(i + 1),
    s.name,
    // A step has no severity of its own: a failed step fails its check.
    `${outcomeEmoji(s.outcome, false)} ${s.outcome === "skipped" && s.detail.startsWith("not run") ? "not run" : outcomeWord(s.outcome)}`,
    s.outcome === "skipped" ? "—" : formatDuration(s.durationMs),
    s === deciding ? stepAnswer(s) : s.detail,
  ]);
  return `**Steps**\n\n${boundedTable(["#", "step", "result", "duration", "detail"], rows, MAX_STEP_ROWS)}`;
}

function resultTable(t: ResultTable): string {
  return `**${inline(t.title, 120)}**\n\n${boundedTable(t.columns, t.rows, MAX_TABLE_ROWS)}`;
}

/**
 * Headers that say nothing about a failure: transport and caching bookkeeping. Left out of the
 * summary (the JSON report keeps every header); request ids stay, they find the request in the
 * service's logs.
 */
const ROUTINE_HEADERS: ReadonlySet<string> = new Set([
  "date",
  "connection",
  "keep-alive",
  "content-length",
  "transfer-encoding",
  "cache-control",
  "pragma",
  "expires",
  "etag",
  "last-modified",
  "age",
  "accept-ranges",
  "vary",
  "strict-transport-security",
  "x-content-type-options",
  "x-frame-options",
  "x-xss-protection",
  "referrer-policy",
  "content-security-policy",
  "permissions-policy",
]);

function headersBlock(
  headers: Readonly<Record<string, string>>,
  asserted: ReadonlySet<string>,
): string | undefined {
  const all = Object.entries(credentialHeaders.headers(headers));
  const rows = all.filter(
    ([name]) => !ROUTINE_HEADERS.has(name.toLowerCase()) || asserted.has(name.toLowerCase()),
  );
  if (rows.length === 0) return undefined;
  const left = all.length - rows.length;
  const note = left > 0 ? ` (${left} routine ones such as date and connection left out)` : "";
  return `**Response headers${note}**\n\n${boundedTable(["header", "value"], rows, MAX_HEADER_ROWS)}`;
}

/** One collapsed section with the evidence for a failed check (or a passed check's tables). */
function checkSection(check: CheckResult): string {
  // GitHub does not parse markdown inside <summary>: HTML escaping only. The diagnosis is on
  // the first screen, so the summary line names the check and its outcome only.
  const title = `<b>${escapeHtml(oneLine(check.name, 120))}</b>`;
  const failing = isFailing(check.outcome);
  const what = escapeHtml(
    failing ? describeOutcome(check) : `${describeOutcome(check)} · ${oneLine(check.detail, 200)}`,
  );
  const summary = `<summary>${checkIcon(check)} ${title} · ${what}</summary>`;
  const parts = [`<details>\n${summary}`];
  const evidence = failureEvidence(check);
  const { exchange } = evidence;
  if (failing && exchange) parts.push(requestLine(exchange));
  const waiting = failing ? waitingText(check) : undefined;
  if (waiting) parts.push(waiting);
  if (check.bake) {
    const { runs, failures, failureLimit } = check.bake;
    const timeline = bakeTimeline(check.bake, "emoji") ? `${bakeLine(check.bake, "emoji")} · ` : "";
    parts.push(`**Bake:** ${timeline}${failures} of ${plural(runs, "run")} failed (limit ${failureLimit})`);
  }
  const samples = sampleMarkdown(check);
  if (samples) parts.push(samples);
  const tables = check.tables ?? [];
  // A check's own tables already hold its assertions (metrics, TLS, webhook sends, …), and the
  // request line shows the status the first screen said was not the one expected.
  const shown = evidence.failedAssertions.filter(
    (a) => !(a.target === "status" && exchange?.status !== undefined),
  );
  if (failing && shown.length > 0 && tables.length === 0) {
    const rows = shown.map((a) => [a.target, a.expected, a.actual]);
    parts.push(
      `**Failed assertions**\n\n${boundedTable(["assertion", "expected", "actual"], rows, MAX_ASSERTION_ROWS)}`,
    );
  }
  if (check.steps && check.steps.length > 0) parts.push(stepsTable(check.steps));
  for (const t of tables) parts.push(resultTable(t));
  // The body only when no table already shows what it says (a guard's violations, a metrics scrape).
  if (failing && exchange?.bodyExcerpt && tables.length === 0) parts.push(bodyBlock(exchange.bodyExcerpt));
  if (failing && exchange?.responseHeaders) {
    const asserted = new Set(
      evidence.failedAssertions
        .filter((a) => a.target.startsWith("header "))
        .map((a) => a.target.slice("header ".length).toLowerCase()),
    );
    const headers = headersBlock(exchange.responseHeaders, asserted);
    if (headers) parts.push(headers);
  }
  parts.push("</details>");
  return parts.join(SEPARATOR);
}

/** Blocks joined by blank lines, each added only when it fits the byte budget. */
class BudgetedBlocks {
  private readonly blocks: string[] = [];
  private used = 0;

  constructor(private readonly limit: number) {}

  /** Adds a block whatever its size (the bounded heading). */
  force(block: string): void {
    this.blocks.push(block);
    this.used += Buffer.byteLength(block, "utf8") + SEPARATOR.length;
  }

  fits(bytes: number): boolean {
    return this.used + bytes + SEPARATOR.length <= this.limit;
  }

  tryAdd(block: string): boolean {
    if (!this.fits(Buffer.byteLength(block, "utf8"))) return false;
    this.force(block);
    return true;
  }

  toString(): string {
    return `${this.blocks.join(SEPARATOR)}\n`;
  }
}

/** Adds as many table rows as fit; returns how many were shown. */
function addCheckTable(
  out: BudgetedBlocks,
  checks: readonly CheckResult[],
  unreachable: ReadonlySet<CheckResult>,
): number {
  const lines = ["### Checks", "", tableHeader(CHECK_COLUMNS)];
  let bytes = Buffer.byteLength(lines.join("\n"), "utf8");
  for (const check of tableOrder(checks)) {
    const row = checkRow(check, unreachable);
    const rowBytes = Buffer.byteLength(row, "utf8") + 1;
    if (!out.fits(bytes + rowBytes)) break;
    lines.push(row);
    bytes += rowBytes;
  }
  const shown = lines.length - 3;
  // What a bake timeline's marks mean, once under the table that draws them.
  if (checks.some((c) => c.bake?.marks) && out.fits(bytes + BAKE_LEGEND.length + 4))
    lines.push("", BAKE_LEGEND);
  out.force(lines.join("\n"));
  return shown;
}

export function renderSummary(result: GateResult, options: SummaryOptions = {}): string {
  const maxBytes = options.maxBytes ?? DEFAULT_SUMMARY_BYTES;
  if (!(maxBytes >= MIN_SUMMARY_BYTES)) {
    throw new RangeError(`renderSummary: maxBytes must be at least ${MIN_SUMMARY_BYTES}, got ${maxBytes}`);
  }
  const out = new BudgetedBlocks(maxBytes - NOTE_RESERVE);
  out.force(renderHead(result));

  const unreachable = new Set(unreachableChecks(result));
  const shownRows = addCheckTable(out, result.checks, unreachable);
  const notes: string[] = [];
  if (shownRows < result.checks.length) {
    notes.push(
      `> Table truncated: showing ${shownRows} of ${plural(result.checks.length, "check")}, failures first (see the JSON report)`,
    );
  }

  const { critical, warnings } = failingChecks(result);
  // A check that only could not reach the service has no evidence beyond the line at the top.
  // A check that passed with a warning shows its evidence with the passed ones.
  const failures = [...critical, ...warnings].filter((c) => !unreachable.has(c) && isFailing(c.outcome));
  // A check that could not judge is neither: its evidence says why, under its own heading.
  const unjudged = result.checks.filter((c) => c.outcome === "inconclusive");
  const withTables = result.checks.filter(
    (c) => c.outcome === "passed" && ((c.tables?.length ?? 0) > 0 || c.samples !== undefined),
  );
  const sections: { heading: string; checks: readonly CheckResult[] }[] = [
    { heading: "### Failure details", checks: failures },
    { heading: "### Inconclusive details", checks: unjudged },
    { heading: "### Evidence from passed checks", checks: withTables },
  ];
  // The order is the priority: once one section does not fit, nothing after it is tried.
  let full = false;
  const omitted = sections.map(({ heading, checks }) => {
    let added = 0;
    for (const check of checks) {
      if (full) break;
      const section = checkSection(check);
      if (out.tryAdd(added === 0 ? `${heading}${SEPARATOR}${section}` : section)) added++;
      else full = true;
    }
    return checks.length - added;
  });
  const [omittedFailures = 0, omittedUnjudged = 0, omittedEvidence = 0] = omitted;
  if (omittedFailures > 0 || omittedUnjudged > 0 || omittedEvidence > 0) {
    const parts: string[] = [];
    if (omittedFailures > 0) parts.push(`${omittedFailures} more failure details omitted`);
    if (omittedUnjudged > 0) parts.push(`${omittedUnjudged} inconclusive details omitted`);
    if (omittedEvidence > 0) parts.push(`${omittedEvidence} passed-check evidence sections omitted`);
    notes.push(`> Summary truncated: ${parts.join(", ")} (see the JSON report)`);
  }
  for (const note of notes) out.force(note);
  return out.toString();
}
