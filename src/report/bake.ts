// A bake's timeline as every report draws it: one mark per run (warm-up runs apart, since they
// do not count) and a note saying how the verdict was reached —
// `⚪⚪✅✅❌✅✅✅ (warm-up: 2 · passed early after 3 in a row)`.
import type { BakeMark, BakeRecord } from "../engine/results.js";
import { plural } from "../text/plural.js";

export const BAKE_MARKS: Readonly<Record<BakeMark, { readonly emoji: string; readonly glyph: string }>> = {
  "warm-up-pass": { emoji: "⚪", glyph: "○" },
  "warm-up-fail": { emoji: "⭕", glyph: "⊗" },
  pass: { emoji: "✅", glyph: "✔" },
  fail: { emoji: "❌", glyph: "✖" },
};

/** Marks past this are cut from the middle: the start (warm-up) and the end (the verdict) stay. */
const MAX_MARKS = 60;
const HEAD_MARKS = 20;

/** One mark per run; empty for a report written before marks were recorded. */
export function bakeTimeline(bake: BakeRecord, style: "emoji" | "glyph"): string {
  const marks = (bake.marks ?? []).map((m) => BAKE_MARKS[m][style]);
  if (marks.length <= MAX_MARKS) return marks.join("");
  const tail = MAX_MARKS - HEAD_MARKS;
  return `${marks.slice(0, HEAD_MARKS).join("")}…(${marks.length - MAX_MARKS} more)…${marks.slice(-tail).join("")}`;
}

/** `warm-up: 2 · passed early after 3 in a row`: how the bake went, in a few words. */
export function bakeNote(bake: BakeRecord): string {
  const warmUp = (bake.marks ?? []).filter((m) => m.startsWith("warm-up")).length;
  const parts = warmUp > 0 ? [`warm-up: ${warmUp}`] : [];
  const planned = bake.plannedRuns !== undefined ? ` of ${bake.plannedRuns}` : "";
  const inRow = (n: number | undefined) => (n === undefined ? "" : ` after ${n} in a row`);
  if (bake.cut)
    parts.push(
      `cut by ${bake.cut === "deadline" ? "the gate deadline" : "cancellation"} after ${bake.runs}${planned} runs: not enough to judge`,
    );
  else if (bake.decidedBy === "pass-after") parts.push(`passed early${inRow(bake.passAfter)}`);
  else if (bake.decidedBy === "fail-after") parts.push(`failed early${inRow(bake.failAfter)}`);
  else if (bake.decidedBy === "failure-limit")
    parts.push(
      `${bake.stoppedEarly ? "failed early: " : ""}${plural(bake.failures, "failure")}, over the limit of ${bake.failureLimit}`,
    );
  else if (bake.decidedBy === "certain")
    parts.push(
      `passed early: the ${plural((bake.plannedRuns ?? bake.runs) - bake.runs, "run")} left could not change it`,
    );
  else if (bake.runs > 0 && warmUp === bake.runs) parts.push("no run after warm-up: not enough to judge");
  else parts.push(`${bake.runs}${planned} runs, ${bake.failures} failed (limit ${bake.failureLimit})`);
  return parts.join(" · ");
}

/** The timeline and its note: `✅✅❌ (1 failure, over the limit of 0)`. */
export function bakeLine(bake: BakeRecord, style: "emoji" | "glyph"): string {
  const timeline = bakeTimeline(bake, style);
  return timeline ? `${timeline} (${bakeNote(bake)})` : bakeNote(bake);
}
