// The one vocabulary of outcomes: the word and the icons for each check outcome and each gate
// state. The step summary, the fan-in summary, the console, annotations, JUnit and the action's
// log groups all take them from here, so a cancelled check looks the same wherever it is read.
import type { CheckOutcome } from "../checks/types.js";
import { type CheckResult, isFailing, isWarned } from "../engine/results.js";

export interface OutcomeLook {
  /** How a sentence says it: `timed out`. */
  readonly word: string;
  /** In markdown (step and fan-in summaries) and the action's log. */
  readonly emoji: string;
  /** On a terminal, where an emoji's width is unreliable. */
  readonly glyph: string;
}

export const OUTCOMES: Readonly<Record<CheckOutcome, OutcomeLook>> = {
  passed: { word: "passed", emoji: "✅", glyph: "✔" },
  failed: { word: "failed", emoji: "❌", glyph: "✖" },
  errored: { word: "errored", emoji: "💥", glyph: "✖" },
  skipped: { word: "skipped", emoji: "⏭️", glyph: "↷" },
  "timed-out": { word: "timed out", emoji: "⏱️", glyph: "⏱" },
  cancelled: { word: "cancelled", emoji: "🚫", glyph: "⊘" },
  inconclusive: { word: "inconclusive", emoji: "❔", glyph: "?" },
};

/** A failing check of warning severity does not block: it shows this instead of its outcome's icon. */
export const WARNING_ICON = { emoji: "⚠️", glyph: "⚠" } as const;

/**
 * `passed`, `blocked` (enforce mode failed), `would-block` (dry run that enforce would have failed), or
 * `inconclusive` (nothing failed, but a critical check could not reach a judgement).
 */
export type GateState = "passed" | "blocked" | "would-block" | "inconclusive";

export const GATE_STATE_ICONS: Readonly<
  Record<GateState, { readonly emoji: string; readonly glyph: string }>
> = {
  passed: { emoji: "✅", glyph: "✔" },
  blocked: { emoji: "❌", glyph: "✖" },
  "would-block": { emoji: WARNING_ICON.emoji, glyph: WARNING_ICON.glyph },
  inconclusive: { emoji: "❔", glyph: "?" },
};

export function outcomeWord(outcome: CheckOutcome): string {
  return OUTCOMES[outcome].word;
}

/** The markdown icon of a check (or step, `warning` false) with this outcome. */
export function outcomeEmoji(outcome: CheckOutcome, warning: boolean): string {
  return showsWarning(outcome, warning) ? WARNING_ICON.emoji : OUTCOMES[outcome].emoji;
}

/** The terminal icon of a check (or step, `warning` false) with this outcome. */
export function outcomeGlyph(outcome: CheckOutcome, warning: boolean): string {
  return showsWarning(outcome, warning) ? WARNING_ICON.glyph : OUTCOMES[outcome].glyph;
}

/** A warning-severity check that failed or could not judge shows the warning icon (as isWarned). */
function showsWarning(outcome: CheckOutcome, warning: boolean): boolean {
  return warning && (isFailing(outcome) || outcome === "inconclusive");
}

type Shown = Pick<CheckResult, "outcome" | "severity" | "warning">;

/** The markdown icon of a check: ⚠️ for a failing warning check and for one that passed with a warning. */
export function checkEmoji(check: Shown): string {
  return isWarned(check) ? WARNING_ICON.emoji : OUTCOMES[check.outcome].emoji;
}

/** The terminal icon of a check, as `checkEmoji`. */
export function checkGlyph(check: Shown): string {
  return isWarned(check) ? WARNING_ICON.glyph : OUTCOMES[check.outcome].glyph;
}
