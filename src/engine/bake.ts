// Canary bake: one check run every `every` over `for`, judged as the runs come. Runs that start in
// the warm-up are marked but not counted; the bake stops as soon as its verdict is certain — the
// counted failures passed `failure-limit`, `fail-after` failures or `pass-after` passes came in a
// row, or the runs the window still holds could not change the outcome — and a bake the gate's
// deadline (or a cancelled job) cuts before that is inconclusive, never a guess.
import { setTimeout as sleep } from "node:timers/promises";
import { type BakeRules, bakeRuns } from "../checks/fields.js";
import type { CheckRun } from "../checks/types.js";
import { formatDuration } from "../text/duration.js";
import { plural } from "../text/plural.js";
import type { RequestTally } from "./request-ledger.js";
import type { BakeMark, BakeRecord } from "./results.js";

/** A check's decision and what it spent on HTTP. */
export interface Ran {
  readonly run: CheckRun;
  readonly tally: RequestTally;
}

export const NO_REQUESTS: RequestTally = { attempts: 0, retries: 0, polls: 0, waitedMs: 0, heldBack: 0 };

export function addTallies(a: RequestTally, b: RequestTally): RequestTally {
  return {
    attempts: a.attempts + b.attempts,
    retries: a.retries + b.retries,
    polls: a.polls + b.polls,
    waitedMs: a.waitedMs + b.waitedMs,
    heldBack: a.heldBack + b.heldBack,
  };
}

type Decision = {
  readonly outcome: "passed" | "failed";
  readonly by: NonNullable<BakeRecord["decidedBy"]>;
};

/** The state of one bake as its runs come in; the gate reads it when its deadline cuts the bake. */
export class BakeProgress {
  readonly startedAt: number;
  private readonly marks: BakeMark[] = [];
  private failures = 0;
  private passStreak = 0;
  private failStreak = 0;
  private tally: RequestTally = NO_REQUESTS;
  private lastRun: CheckRun | undefined;
  private lastFailure: CheckRun | undefined;
  private lastPass: CheckRun | undefined;
  readonly plannedRuns: number;

  constructor(
    private readonly rules: BakeRules,
    startedAt: number,
  ) {
    this.startedAt = startedAt;
    this.plannedRuns = bakeRuns(rules.for, rules.every);
  }

  get runs(): number {
    return this.marks.length;
  }

  private get counted(): number {
    return this.marks.filter((m) => m === "pass" || m === "fail").length;
  }

  private get warmUpRuns(): number {
    return this.runs - this.counted;
  }

  /** Takes one run's result; returns the verdict once it is certain. */
  record(ran: Ran, runStartedAt: number): Decision | undefined {
    const passed = ran.run.outcome === "passed";
    const counts = runStartedAt - this.startedAt >= (this.rules["warm-up"] ?? 0);
    this.tally = addTallies(this.tally, ran.tally);
    this.lastRun = ran.run;
    if (passed) this.lastPass = ran.run;
    else this.lastFailure = ran.run;
    if (!counts) {
      this.marks.push(passed ? "warm-up-pass" : "warm-up-fail");
      return undefined;
    }
    this.marks.push(passed ? "pass" : "fail");
    if (passed) {
      this.passStreak++;
      this.failStreak = 0;
    } else {
      this.failures++;
      this.failStreak++;
      this.passStreak = 0;
    }
    return this.certain();
  }

  private certain(): Decision | undefined {
    const limit = this.rules["failure-limit"];
    const failAfter = this.rules["fail-after"];
    const passAfter = this.rules["pass-after"];
    if (this.failures > limit) return { outcome: "failed", by: "failure-limit" };
    if (failAfter !== undefined && this.failStreak >= failAfter)
      return { outcome: "failed", by: "fail-after" };
    if (passAfter !== undefined && this.passStreak >= passAfter)
      return { outcome: "passed", by: "pass-after" };
    const left = Math.max(0, this.plannedRuns - this.runs);
    if (left === 0) return { outcome: "passed", by: "window" };
    // Even if every run left failed, the limit would hold and no fail-after streak could form.
    const failAfterPossible = failAfter !== undefined && this.failStreak + left >= failAfter;
    if (this.failures + left <= limit && !failAfterPossible) return { outcome: "passed", by: "certain" };
    return undefined;
  }

  /** The window ran out (runs slower than `every` fit fewer than planned). */
  windowOver(): { ran: Ran; bake: BakeRecord } {
    if (this.counted === 0) return this.unjudged("every run fell inside the warm-up");
    return this.decided({ outcome: "passed", by: "window" });
  }

  /** The verdict, certain: the record and the run that stands for it (its evidence). */
  decided(decision: Decision): { ran: Ran; bake: BakeRecord } {
    const early = this.runs < this.plannedRuns && decision.by !== "window";
    const bake = this.snapshot({
      decidedBy: decision.by,
      ...(early ? { stoppedEarly: decision.outcome } : {}),
    });
    const { failures, runs } = this;
    const limit = this.rules["failure-limit"];
    const warmUp = this.warmUpRuns > 0 ? `, ${this.warmUpRuns} in warm-up not counted` : "";
    if (decision.outcome === "failed") {
      const last = this.lastFailure ?? this.lastRun!;
      const why =
        decision.by === "fail-after"
          ? `failed early after ${plural(this.failStreak, "failure")} in a row (fail-after ${this.rules["fail-after"]}), ${runs} of ${this.plannedRuns} runs${warmUp}`
          : `${failures} of ${plural(this.counted, "run")} failed (limit ${limit})${early ? `, stopped after ${runs} of ${this.plannedRuns}` : ""}${warmUp}`;
      return {
        ran: { run: { ...last, detail: `bake: ${why}; last: ${last.detail}` }, tally: this.tally },
        bake,
      };
    }
    const run = this.lastPass ?? this.lastRun!;
    const counted = `${failures} failed (limit ${limit})`;
    const detail =
      decision.by === "pass-after"
        ? `passed early after ${plural(this.passStreak, "pass", "passes")} in a row (pass-after ${this.rules["pass-after"]}): ${runs} of ${this.plannedRuns} runs, ${counted}${warmUp}`
        : decision.by === "certain"
          ? `passed early: ${runs} of ${this.plannedRuns} runs, ${counted}, and the ${plural(this.plannedRuns - runs, "run")} left could not change it${warmUp}`
          : `${plural(runs, "run")} over ${formatDuration(this.rules.for)}, ${counted}${warmUp}`;
    return {
      ran: { run: { ...run, outcome: "passed", detail: `bake: ${detail}` }, tally: this.tally },
      bake,
    };
  }

  /** Cut before its verdict was certain: by the gate's deadline, or by the job's cancellation. */
  cut(by: "deadline" | "cancelled"): { ran: Ran; bake: BakeRecord } {
    const what = by === "deadline" ? "the gate deadline" : "the job's cancellation";
    const warmUp = this.warmUpRuns > 0 ? ` (${this.warmUpRuns} in warm-up)` : "";
    const detail = `bake cut by ${what} after ${this.runs} of ${plural(this.plannedRuns, "run")}${warmUp}, ${this.failures} failed (limit ${this.rules["failure-limit"]}): not enough to judge`;
    return this.inconclusive(detail, { cut: by });
  }

  private unjudged(why: string): { ran: Ran; bake: BakeRecord } {
    return this.inconclusive(`bake: ${why}, so no run counted: not enough to judge`, {
      decidedBy: "window",
    });
  }

  private inconclusive(detail: string, extra: Partial<BakeRecord>): { ran: Ran; bake: BakeRecord } {
    const run: CheckRun = {
      ...(this.lastRun ?? { assertions: [] }),
      outcome: "inconclusive",
      detail,
    };
    return { ran: { run, tally: this.tally }, bake: this.snapshot(extra) };
  }

  private snapshot(extra: Partial<BakeRecord>): BakeRecord {
    const r = this.rules;
    return {
      runs: this.runs,
      failures: this.failures,
      failureLimit: r["failure-limit"],
      forMs: r.for,
      everyMs: r.every,
      ...(r["warm-up"] !== undefined ? { warmUpMs: r["warm-up"] } : {}),
      ...(r["pass-after"] !== undefined ? { passAfter: r["pass-after"] } : {}),
      ...(r["fail-after"] !== undefined ? { failAfter: r["fail-after"] } : {}),
      plannedRuns: this.plannedRuns,
      marks: [...this.marks],
      ...extra,
    };
  }
}

/**
 * Runs the bake to its verdict. `deadline` is the gate's: a bake that could not be certain before
 * it ends inconclusive at once instead of waiting for the gate's timer (which also cuts a bake in
 * the middle of a run, through `progress`).
 */
export async function runBake(
  rules: BakeRules,
  progress: BakeProgress,
  once: (windowDeadline: number) => Promise<Ran>,
  deadline: number,
  signal: AbortSignal,
): Promise<{ ran: Ran; bake: BakeRecord } | undefined> {
  const end = progress.startedAt + rules.for;
  while (!signal.aborted) {
    const runStarted = Date.now();
    if (runStarted >= deadline) return progress.cut("deadline");
    const ran = await once(end);
    // Stopped from outside: the gate reports the bake from `progress`.
    if (signal.aborted) return undefined;
    // A run the deadline cut short proves nothing about the service.
    if (ran.run.outcome !== "passed" && Date.now() >= deadline) return progress.cut("deadline");
    const decision = progress.record(ran, runStarted);
    if (decision) return progress.decided(decision);
    const next = runStarted + rules.every;
    if (next >= end) return progress.windowOver();
    if (next >= deadline) return progress.cut("deadline");
    await sleep(next - Date.now(), undefined, { signal }).catch(() => undefined);
  }
  return undefined;
}
