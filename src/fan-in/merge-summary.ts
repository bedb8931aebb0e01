// The fan-in step summary: one verdict over every matrix leg; on the first screen each failed
// leg with the diagnosis of each of its failed checks (what, why, next — the leg's own summary's
// words) and a link to the leg's run; then a row per leg and a grid of every check across the
// legs, so a failure in one region stands out next to the others. Sections are added against a
// byte budget like the gate summary's; the grid is cut with a note when a huge matrix would pass
// GitHub's 1 MiB limit.

import { isFailing, isWarned } from "../engine/results.js";
import { gateTitle, INCONCLUSIVE_DOES } from "../report/describe.js";
import { inline, isLinkable, link, tableHeader, tableRow } from "../report/markdown.js";
import { checkEmoji, GATE_STATE_ICONS, OUTCOMES, outcomeWord } from "../report/outcomes.js";
import { DEFAULT_SUMMARY_BYTES, MIN_SUMMARY_BYTES, type SummaryOptions } from "../report/summary.js";
import { formatDuration } from "../text/duration.js";
import { plural } from "../text/plural.js";
import {
  failedLegs,
  failingCells,
  inconclusiveLegs,
  type MergedCell,
  type MergedLeg,
  type MergedResult,
  qualifiedName,
} from "./merge.js";

const NOTE_RESERVE = 512;
const HEAD_LEG_LIMIT = 10;
/** Failed-check lines on the first screen, shared by the failed legs (at least 3 and at most 10 each). */
const HEAD_CHECK_LINES = 30;

function legName(label: string): string {
  return label || "(no label)";
}

function cellIcon(cell: MergedCell): string {
  return checkEmoji(cell);
}

function cellText(cell: MergedCell | undefined): string {
  if (!cell) return "—";
  const word = outcomeWord(cell.outcome);
  if (cell.severity === "warning" && isFailing(cell.outcome)) return `${cellIcon(cell)} ${word} (warning)`;
  if (cell.warning !== undefined) return `${cellIcon(cell)} ${word}, with a warning`;
  return `${cellIcon(cell)} ${word}${cell.flaky ? " (flaky)" : ""}`;
}

function legState(leg: MergedLeg): string {
  const { passed, blocked } = GATE_STATE_ICONS;
  if (leg.verdict === "passed") return `${passed.emoji} passed`;
  if (leg.verdict === "inconclusive") return `${GATE_STATE_ICONS.inconclusive.emoji} inconclusive`;
  if (leg.error) return `${blocked.emoji} invalid config`;
  if (leg.interrupted) {
    const { emoji, word } = OUTCOMES[leg.interrupted];
    return `${emoji} ${word}`;
  }
  return leg.mode === "dry-run"
    ? `${GATE_STATE_ICONS["would-block"].emoji} would block`
    : `${blocked.emoji} blocked`;
}

/** A link only for a plain http(s) URL, which cannot break out of the markdown link. */
function runLink(leg: MergedLeg): string {
  return isLinkable(leg.runUrl) ? ` · ${link("its run", leg.runUrl)}` : "";
}

/** `**list tasks** — 503 Service Unavailable (expected 200) · DB_UNAVAILABLE: … → check …` */
function cellLine(name: string, cell: MergedCell): string {
  const d = cell.diagnosis;
  const text = d
    ? `${d.what ? `${inline(d.what, 120)} · ` : ""}${inline(d.why, 240)} → ${inline(d.next, 160)}`
    : inline(cell.detail, 300);
  return `  - ${cellIcon(cell)} **${inline(name, 80)}** — ${text}`;
}

function legLines(leg: MergedLeg, merged: MergedResult, perLeg: number): string[] {
  const unsure = leg.verdict === "inconclusive";
  const why = leg.error
    ? `did not run: ${leg.error.split("\n").slice(-1)[0]}`
    : leg.interrupted
      ? leg.interrupted === "cancelled"
        ? "cancelled"
        : "timed out"
      : unsure
        ? `${leg.counts.inconclusive ?? 0} of ${plural(leg.checks, "check")} could not reach a judgement`
        : leg.counts.failed === 0
          ? "nothing was checked: every critical check was skipped"
          : `${leg.counts.failed} of ${plural(leg.checks, "check")} failed`;
  const dry = leg.mode === "dry-run" ? " (dry run)" : "";
  const failing = merged.checks.flatMap((row) => {
    const cell = row.legs[leg.label];
    const counts = cell && (unsure ? cell.outcome === "inconclusive" : isFailing(cell.outcome));
    return cell && counts && cell.severity === "critical" ? [{ name: row.name, cell }] : [];
  });
  // An interrupted leg's checks may not have a diagnosis worth a line each: name them.
  const names =
    leg.interrupted && failing.length > 0
      ? `: ${failing
          .slice(0, 5)
          .map((f) => f.name)
          .join(", ")}${failing.length > 5 ? ", …" : ""}`
      : "";
  const lines = [
    `- **${inline(legName(leg.label), 80)}**${dry} — ${inline(`${why}${names}`, 300)}${runLink(leg)}`,
  ];
  if (leg.interrupted) return lines;
  for (const f of failing.slice(0, perLeg)) lines.push(cellLine(f.name, f.cell));
  if (failing.length > perLeg)
    lines.push(`  - … and ${failing.length - perLeg} more (see the leg's own summary)`);
  return lines;
}

const names = (legs: readonly MergedLeg[]) => legs.map((l) => legName(l.label)).join(", ");

/** What an inconclusive fan-in does, by `on-inconclusive`. */
/** `passed — 2 of 3 legs passed, quorum 2; eu-west failed`: the verdict by a quorum other than `all`. */
function quorumVerdict(merged: MergedResult, quorum: MergedResult["quorum"]): string {
  const failed = failedLegs(merged);
  const unsure = inconclusiveLegs(merged);
  const of = quorum.given.endsWith("%") ? ` (${quorum.required} of ${quorum.legs})` : "";
  const tally = `${quorum.passed} of ${plural(quorum.legs, "leg")} passed, quorum ${quorum.given}${of}`;
  const others = [
    failed.length > 0 ? `${names(failed)} failed` : "",
    unsure.length > 0 ? `${names(unsure)} could not reach a judgement` : "",
  ].filter(Boolean);
  if (merged.verdict === "passed") return `passed — ${tally}${others.length ? `; ${others.join("; ")}` : ""}`;
  if (merged.verdict === "inconclusive") {
    const does = INCONCLUSIVE_DOES[merged.onInconclusive ?? "fail"];
    return `inconclusive — ${tally}: ${others.join("; ")}; ${does}`;
  }
  const prefix = merged.mode === "enforce" ? "blocked" : "would have blocked (dry run)";
  return `${prefix} — ${tally}: ${others.join("; ")}`;
}

/** `blocked — 1 of 3 legs failed: us` / `passed — 3 legs, 18 checks`. */
export function describeMergedVerdict(merged: MergedResult): string {
  if (merged.quorum.given !== "all") return quorumVerdict(merged, merged.quorum);
  const failed = failedLegs(merged);
  const total = merged.legs.length;
  const checks = merged.legs.reduce((n, l) => n + l.checks, 0);
  if (failed.length === 0 && merged.verdict === "inconclusive") {
    const unsure = merged.legs.filter((l) => l.verdict === "inconclusive");
    const labels = unsure.map((l) => legName(l.label)).join(", ");
    const does = INCONCLUSIVE_DOES[merged.onInconclusive ?? "fail"];
    return `inconclusive — ${unsure.length} of ${plural(total, "leg")} could not reach a judgement: ${labels}; ${does}`;
  }
  if (failed.length === 0) {
    const extras = merged.counts.warnings ? `, ${plural(merged.counts.warnings, "warning")}` : "";
    return `passed — ${plural(total, "leg")}, ${plural(checks, "check")}${extras}`;
  }
  const prefix = merged.mode === "enforce" ? "blocked" : "would have blocked (dry run)";
  const labels = failed.map((l) => legName(l.label)).join(", ");
  return `${prefix} — ${failed.length} of ${plural(total, "leg")} failed: ${labels}`;
}

/** Each leg with its checks' diagnoses and a link to its run, under `title`. */
function legList(title: string, legs: readonly MergedLeg[], merged: MergedResult): string {
  const shown = legs.slice(0, HEAD_LEG_LIMIT);
  const perLeg = Math.min(10, Math.max(3, Math.floor(HEAD_CHECK_LINES / Math.max(1, shown.length))));
  const items = shown.flatMap((leg) => legLines(leg, merged, perLeg));
  if (legs.length > HEAD_LEG_LIMIT) items.push(`- … and ${legs.length - HEAD_LEG_LIMIT} more legs`);
  return `**${title}**\n\n${items.join("\n")}`;
}

function renderHead(merged: MergedResult): string {
  const failed = failedLegs(merged);
  const unsure = inconclusiveLegs(merged);
  const state =
    merged.verdict === "failed"
      ? merged.mode === "enforce"
        ? "blocked"
        : "would-block"
      : merged.verdict === "inconclusive"
        ? "inconclusive"
        : "passed";
  const icon = GATE_STATE_ICONS[state].emoji;
  const lines = [
    `## ${icon} ${inline(gateTitle(merged.label), 120)}: ${inline(describeMergedVerdict(merged), 600)}`,
  ];
  // Failed legs are named whatever the verdict: within a quorum they do not block, but they failed.
  if (failed.length > 0) {
    const title =
      merged.verdict !== "failed"
        ? `Failed legs (within the quorum of ${merged.quorum.given}: not blocking):`
        : merged.mode === "enforce"
          ? "Blocked by:"
          : "Would have blocked:";
    lines.push(legList(title, failed, merged));
  }
  if (unsure.length > 0) lines.push(legList("Could not reach a judgement:", unsure, merged));
  const warnings = failingCells(merged).filter(({ cell }) => isWarned(cell));
  if (warnings.length > 0) {
    const items = warnings
      .slice(0, HEAD_LEG_LIMIT)
      .map(({ check, label, cell }) => cellLine(qualifiedName(check, label), cell).slice(2));
    if (warnings.length > HEAD_LEG_LIMIT) items.push(`- … and ${warnings.length - HEAD_LEG_LIMIT} more`);
    lines.push(`**Warnings (not blocking):**\n\n${items.join("\n")}`);
  }
  const mode =
    merged.mode === "enforce" ? "enforce" : "dry run — reports only, never blocks (a failed leg is reported)";
  const quorum = merged.quorum;
  lines.push(
    [
      `**Fan-in of ${plural(merged.legs.length, "leg")}**`,
      ...(quorum.given !== "all"
        ? [`**Quorum:** ${quorum.given} (${quorum.required} needed, ${quorum.passed} passed)`]
        : []),
      `**Mode:** ${mode}`,
      `**Longest leg:** ${formatDuration(merged.durationMs)}`,
      `**Checks:** ${merged.counts.passed} passed, ${merged.counts.failed} failed, ${merged.counts.skipped} skipped, ${plural(merged.counts.warnings, "warning")}`,
    ].join(" · "),
  );
  return lines.join("\n\n");
}

// No base URL or report path: the fan-in's reader needs the verdict per leg and where to look.
const LEG_COLUMNS = ["result", "label", "passed", "failed", "skipped", "warnings", "duration", "run"];

function legRow(leg: MergedLeg): string {
  const cells = [
    legState(leg) + (leg.mode === "dry-run" && leg.verdict === "passed" ? " (dry run)" : ""),
    legName(leg.label),
    String(leg.counts.passed),
    String(leg.counts.failed),
    String(leg.counts.skipped),
    String(leg.counts.warnings),
    formatDuration(leg.durationMs),
  ];
  // The link is markdown: added after the other cells are escaped.
  const link = runLink(leg).replace(" · [its run]", "[run]");
  return `${tableRow(cells, cells.length, 200).slice(0, -1)}| ${link || "—"} |`;
}

/** Adds lines to a block while they fit; returns the block and how many lines were left out. */
function fitLines(
  head: readonly string[],
  lines: readonly string[],
  room: number,
): { text: string; omitted: number } {
  const out = [...head];
  let used = Buffer.byteLength(out.join("\n"), "utf8");
  let shown = 0;
  for (const line of lines) {
    const bytes = Buffer.byteLength(line, "utf8") + 1;
    if (used + bytes > room) break;
    out.push(line);
    used += bytes;
    shown++;
  }
  return { text: out.join("\n"), omitted: lines.length - shown };
}

export function renderMergedSummary(merged: MergedResult, options: SummaryOptions = {}): string {
  const maxBytes = options.maxBytes ?? DEFAULT_SUMMARY_BYTES;
  if (!(maxBytes >= MIN_SUMMARY_BYTES)) {
    throw new RangeError(
      `renderMergedSummary: maxBytes must be at least ${MIN_SUMMARY_BYTES}, got ${maxBytes}`,
    );
  }
  const budget = maxBytes - NOTE_RESERVE;
  const blocks: string[] = [renderHead(merged)];
  const used = () => Buffer.byteLength(blocks.join("\n\n"), "utf8") + 2;
  const notes: string[] = [];

  const legs = fitLines(["### Legs", "", tableHeader(LEG_COLUMNS)], merged.legs.map(legRow), budget - used());
  blocks.push(legs.text);
  if (legs.omitted > 0) notes.push(`${legs.omitted} legs`);

  const columns = ["check", ...merged.legs.map((l) => legName(l.label))];
  // Checks that failed somewhere first, so a cut grid keeps them.
  const rows = [...merged.checks].sort(
    (a, b) =>
      Number(Object.values(b.legs).some((c) => isFailing(c.outcome))) -
      Number(Object.values(a.legs).some((c) => isFailing(c.outcome))),
  );
  const checkGrid = fitLines(
    ["### Checks across legs", "", tableHeader(columns)],
    rows.map((row) =>
      tableRow([row.name, ...merged.legs.map((l) => cellText(row.legs[l.label]))], columns.length, 200),
    ),
    budget - used(),
  );
  blocks.push(checkGrid.text);
  if (checkGrid.omitted > 0) notes.push(`${checkGrid.omitted} grid rows`);

  if (notes.length > 0)
    blocks.push(`> Summary truncated: ${notes.join(", ")} omitted (see the merged JSON report)`);
  return `${blocks.join("\n\n")}\n`;
}
