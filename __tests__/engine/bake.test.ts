// The bake's judgement, run by run: warm-up runs shown and not counted, early stops once the
// verdict is certain, and the rules refused at load when they could never judge anything.
import { describe, expect, it } from "vitest";
import { bake as bakeSchema } from "../../src/checks/fields.js";
import type { CheckRun } from "../../src/checks/types.js";
import { BakeProgress, NO_REQUESTS } from "../../src/engine/bake.js";
import { bakeLine } from "../../src/report/bake.js";

const run = (passed: boolean): { run: CheckRun; tally: typeof NO_REQUESTS } => ({
  run: { outcome: passed ? "passed" : "failed", detail: passed ? "200" : "503", assertions: [] },
  tally: { ...NO_REQUESTS, attempts: 1 },
});

/** Feeds runs at `every` from 0 until the bake is certain; returns the decision and the record. */
function judge(rules: Record<string, unknown>, results: readonly boolean[]) {
  const parsed = bakeSchema.parse(rules);
  const progress = new BakeProgress(parsed, 0);
  for (const [i, passed] of results.entries()) {
    const decision = progress.record(run(passed), i * parsed.every);
    if (decision) return progress.decided(decision);
  }
  return { undecided: true as const, progress };
}

describe("bake judgement", () => {
  it("does not count failures in the warm-up, and shows them", () => {
    const r = judge({ for: "10s", every: "1s", "warm-up": "2s" }, [false, false, ...Array(8).fill(true)]);
    expect("bake" in r && r.bake).toMatchObject({
      runs: 10,
      failures: 0,
      marks: ["warm-up-fail", "warm-up-fail", ...Array(8).fill("pass")],
      decidedBy: "window",
    });
    expect("ran" in r && r.ran.run.outcome).toBe("passed");
    expect("bake" in r && bakeLine(r.bake, "emoji")).toBe(
      "⭕⭕✅✅✅✅✅✅✅✅ (warm-up: 2 · 10 of 10 runs, 0 failed (limit 0))",
    );
  });

  it("passes early after pass-after passes in a row once warm-up is over", () => {
    const r = judge({ for: "20s", every: "1s", "warm-up": "2s", "pass-after": 3, "failure-limit": 1 }, [
      false,
      true,
      true,
      false,
      true,
      true,
      true,
      true,
    ]);
    expect("bake" in r && r.bake).toMatchObject({
      runs: 7,
      failures: 1,
      decidedBy: "pass-after",
      stoppedEarly: "passed",
    });
    expect("ran" in r && r.ran.run.detail).toBe(
      "bake: passed early after 3 passes in a row (pass-after 3): 7 of 20 runs, 1 failed (limit 1), 2 in warm-up not counted",
    );
  });

  it("fails at once past failure-limit, even with pass-after set", () => {
    const r = judge({ for: "20s", every: "1s", "warm-up": "2s", "pass-after": 3 }, [
      false,
      true,
      true,
      false,
    ]);
    expect("bake" in r && r.bake).toMatchObject({
      runs: 4,
      failures: 1,
      decidedBy: "failure-limit",
      stoppedEarly: "failed",
    });
    expect("ran" in r && r.ran.run.detail).toBe(
      "bake: 1 of 2 runs failed (limit 0), stopped after 4 of 20, 2 in warm-up not counted; last: 503",
    );
  });

  it("pass-after counts only runs after warm-up", () => {
    const r = judge({ for: "20s", every: "1s", "warm-up": "2s", "pass-after": 3, "failure-limit": 5 }, [
      true,
      true,
      true,
      true,
      true,
    ]);
    expect("bake" in r && r.bake.marks).toEqual(["warm-up-pass", "warm-up-pass", "pass", "pass", "pass"]);
    expect("bake" in r && bakeLine(r.bake, "emoji")).toBe(
      "⚪⚪✅✅✅ (warm-up: 2 · passed early after 3 in a row)",
    );
  });

  it("fails early after fail-after failures in a row within the limit", () => {
    const r = judge({ for: "20s", every: "1s", "failure-limit": 5, "fail-after": 3 }, [
      true,
      false,
      false,
      false,
    ]);
    expect("bake" in r && r.bake).toMatchObject({
      runs: 4,
      failures: 3,
      decidedBy: "fail-after",
      stoppedEarly: "failed",
    });
    expect("ran" in r && r.ran.run.detail).toBe(
      "bake: failed early after 3 failures in a row (fail-after 3), 4 of 20 runs; last: 503",
    );
    expect("bake" in r && bakeLine(r.bake, "glyph")).toBe("✔✖✖✖ (failed early after 3 in a row)");
  });

  it("stops as soon as the runs left could not change the outcome", () => {
    // 10 runs, limit 3: after 7 passes the 3 runs left could all fail and it would still pass.
    const r = judge({ for: "10s", every: "1s", "failure-limit": 3 }, Array(10).fill(true));
    expect("bake" in r && r.bake).toMatchObject({ runs: 7, decidedBy: "certain", stoppedEarly: "passed" });
    // …unless a fail-after streak could still form in them.
    const streak = judge(
      { for: "10s", every: "1s", "failure-limit": 3, "fail-after": 3 },
      Array(10).fill(true),
    );
    expect("bake" in streak && streak.bake).toMatchObject({ runs: 8, decidedBy: "certain" });
    // limit 0: any run left could fail it, so the whole window runs.
    const strict = judge({ for: "10s", every: "1s" }, Array(10).fill(true));
    expect("bake" in strict && strict.bake).toMatchObject({ runs: 10, decidedBy: "window" });
    expect("bake" in strict && strict.bake.stoppedEarly).toBeUndefined();
  });

  it("is inconclusive when cut before it was certain, saying how far it got", () => {
    const parsed = bakeSchema.parse({ for: "10s", every: "1s" });
    const progress = new BakeProgress(parsed, 0);
    for (let i = 0; i < 4; i++) expect(progress.record(run(true), i * 1000)).toBeUndefined();
    const cut = progress.cut("deadline");
    expect(cut.ran.run.outcome).toBe("inconclusive");
    expect(cut.ran.run.detail).toBe(
      "bake cut by the gate deadline after 4 of 10 runs, 0 failed (limit 0): not enough to judge",
    );
    expect(cut.bake).toMatchObject({ cut: "deadline", runs: 4, plannedRuns: 10 });
    expect(cut.bake.decidedBy).toBeUndefined();
    expect(bakeLine(cut.bake, "emoji")).toBe(
      "✅✅✅✅ (cut by the gate deadline after 4 of 10 runs: not enough to judge)",
    );
  });
});

describe("bake rules at load", () => {
  const issues = (rules: Record<string, unknown>) =>
    bakeSchema.safeParse(rules).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];

  it("accepts the rules that can judge", () => {
    expect(issues({ for: "5m", every: "30s", "warm-up": "1m", "pass-after": 3, "fail-after": 2 })).toEqual(
      [],
    );
  });

  it("refuses every not shorter than for, warm-up not shorter than for, and streaks the window cannot hold", () => {
    expect(issues({ for: "20s" })).toEqual([
      "every: every (30s) must be shorter than for (20s), or the bake runs once: give a shorter every or a longer for",
    ]);
    expect(issues({ for: "1m", every: "10s", "warm-up": "1m" })).toEqual([
      "warm-up: warm-up (1m) must be shorter than for (1m)",
    ]);
    expect(issues({ for: "10s", every: "4s", "warm-up": "9s" })).toEqual([
      "warm-up: every run of the bake starts inside warm-up (9s, a run every 4s over 10s): none would count",
    ]);
    expect(issues({ for: "1m", every: "10s", "warm-up": "30s", "pass-after": 2, "fail-after": 0 })).toEqual([
      "fail-after: Too small: expected number to be >=1",
    ]);
    expect(issues({ for: "1m", every: "10s", "warm-up": "30s", "pass-after": 4 })).toEqual([
      "pass-after: pass-after 4 can never be reached: the window holds 3 runs after warm-up (one every 10s over 1m)",
    ]);
  });
});
