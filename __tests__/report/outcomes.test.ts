// One outcome vocabulary (src/report/outcomes.ts): every renderer shows a check's outcome with
// the same word and the same icon — the step summary, the console, annotations, JUnit, the
// fan-in summary and the action's log. (Cancelled was 🛑 in the log and 🚫 in the summaries.)
import { describe, expect, it } from "vitest";
import { headline } from "../../src/action/check-log.js";
import type { CheckOutcome } from "../../src/checks/types.js";
import { isFailing, type Severity } from "../../src/engine/results.js";
import { mergeLegReports } from "../../src/fan-in/merge.js";
import { renderMergedSummary } from "../../src/fan-in/merge-summary.js";
import { planAnnotations } from "../../src/report/annotations.js";
import { renderCheckLine, renderConsoleReport } from "../../src/report/console.js";
import { describeOutcome } from "../../src/report/describe.js";
import { renderJunit } from "../../src/report/junit.js";
import { GATE_STATE_ICONS, OUTCOMES, outcomeEmoji, outcomeGlyph } from "../../src/report/outcomes.js";
import { renderSummary } from "../../src/report/summary.js";
import { check, gate } from "./fixtures.js";

/** What each outcome looks like, written out: a change to the vocabulary is a change to this table. */
const LOOKS: Record<CheckOutcome, { word: string; emoji: string; glyph: string }> = {
  passed: { word: "passed", emoji: "✅", glyph: "✔" },
  failed: { word: "failed", emoji: "❌", glyph: "✖" },
  errored: { word: "errored", emoji: "💥", glyph: "✖" },
  skipped: { word: "skipped", emoji: "⏭️", glyph: "↷" },
  "timed-out": { word: "timed out", emoji: "⏱️", glyph: "⏱" },
  cancelled: { word: "cancelled", emoji: "🚫", glyph: "⊘" },
  inconclusive: { word: "inconclusive", emoji: "❔", glyph: "?" },
};

const cases = (Object.keys(LOOKS) as CheckOutcome[]).flatMap((outcome) =>
  (["critical", "warning"] as Severity[]).map((severity) => ({ outcome, severity })),
);

describe("the outcome vocabulary", () => {
  it("holds one word, emoji and glyph per outcome, and the warning variant", () => {
    expect(OUTCOMES).toEqual(LOOKS);
    expect(outcomeEmoji("failed", true)).toBe("⚠️");
    expect(outcomeGlyph("timed-out", true)).toBe("⚠");
    // A warning check that passed or was skipped shows its own outcome.
    expect(outcomeEmoji("skipped", true)).toBe("⏭️");
    expect(outcomeEmoji("passed", true)).toBe("✅");
  });

  it.each(cases)("$outcome ($severity) reads the same in every renderer", ({ outcome, severity }) => {
    // A warning check that failed or could not judge is a warning: it blocks nothing.
    const warning = severity === "warning" && (isFailing(outcome) || outcome === "inconclusive");
    const emoji = warning ? "⚠️" : LOOKS[outcome].emoji;
    const glyph = warning ? "⚠" : LOOKS[outcome].glyph;
    const { word } = LOOKS[outcome];
    // No detail, so JUnit's message falls back to the outcome's words.
    const probe = check({ name: "probe", outcome, severity, detail: "" });
    const result = gate([probe]);
    const said = describeOutcome(probe);
    expect(said.startsWith(word)).toBe(true);

    // The step summary's table row.
    expect(renderSummary(result)).toContain(`| ${emoji} ${said} | probe |`);
    // The console line.
    const line = renderCheckLine(probe, { color: false });
    expect(line.startsWith(`${glyph} probe`)).toBe(true);
    if (outcome !== "passed") expect(line).toContain(` · ${said}`);
    // The action's log: the headline as the check finishes, and its group's title.
    expect(headline(probe).startsWith(`${emoji} probe — ${said} in `)).toBe(true);
    // The fan-in summary's grid cell.
    const merged = renderMergedSummary(
      mergeLegReports([{ file: "eu.json", result: { ...result, label: "eu" } }], {
        label: "",
        mode: "enforce",
      }),
    );
    expect(merged).toContain(`| probe | ${emoji} ${word}`);
    // Annotations and JUnit carry the words (they have no icons).
    const annotations = planAnnotations(result).filter((a) => a.title.endsWith("probe"));
    if (isFailing(outcome) || warning)
      expect(annotations.map((a) => a.message.split(":")[0])).toEqual([said]);
    else expect(annotations).toEqual([]);
    if (outcome !== "passed") expect(renderJunit(result)).toContain(said);
  });

  it("cancelled is 🚫 in the summary, the fan-in summary and the log, never 🛑", () => {
    const cancelled = check({ name: "probe", outcome: "cancelled", detail: "job cancelled while running" });
    const result = gate([cancelled], { interrupted: "cancelled", verdict: "failed" });
    const merged = renderMergedSummary(
      mergeLegReports([{ file: "eu.json", result: { ...result, label: "eu" } }], {
        label: "",
        mode: "enforce",
      }),
    );
    for (const text of [renderSummary(result), merged, headline(cancelled)]) {
      expect(text).toContain("🚫");
      expect(text).not.toContain("🛑");
    }
    // The fan-in's leg row says how the leg ended in the same words.
    expect(merged).toContain("| 🚫 cancelled | eu |");
  });

  it("a gate's state has one icon in the summary, the fan-in summary and the console", () => {
    const blocked = gate([
      check({ name: "probe", outcome: "failed", detail: "status: expected 200, got 500" }),
    ]);
    const merged = mergeLegReports([{ file: "eu.json", result: { ...blocked, label: "eu" } }], {
      label: "",
      mode: "enforce",
    });
    expect(renderSummary(blocked).startsWith(`## ${GATE_STATE_ICONS.blocked.emoji} `)).toBe(true);
    expect(renderMergedSummary(merged).startsWith(`## ${GATE_STATE_ICONS.blocked.emoji} `)).toBe(true);
    const verdict = renderConsoleReport(blocked, { color: false }).split("\n").at(-1);
    expect(verdict?.startsWith(`${GATE_STATE_ICONS.blocked.glyph} deploy-gate`)).toBe(true);
    expect(GATE_STATE_ICONS).toEqual({
      passed: { emoji: "✅", glyph: "✔" },
      blocked: { emoji: "❌", glyph: "✖" },
      "would-block": { emoji: "⚠️", glyph: "⚠" },
      inconclusive: { emoji: "❔", glyph: "?" },
    });
  });
});
