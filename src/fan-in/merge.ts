import type { CheckOutcome } from "../checks/types.js";
import { globFiles } from "../engine/glob.js";
import { displayName, readReportText } from "../engine/report-file.js";
import {
  type GateCounts,
  type GateResult,
  isFailing,
  isWarned,
  type Severity,
  type Verdict,
} from "../engine/results.js";
import type { OnInconclusive, Quorum } from "../engine/settings.js";
import { type Diagnosis, diagnose } from "../report/diagnosis.js";
import { fileSlug, parseJsonReport } from "../report/json-report.js";
import { renderJunitDocument } from "../report/junit.js";
import { VERSION } from "../version.js";

export interface LegReport {
  /** As the user will recognise it: relative to the workspace when inside it. */
  readonly file: string;
  readonly result: GateResult;
}

export interface MergedLeg {
  readonly file: string;
  readonly label: string;
  readonly mode: GateResult["mode"];
  readonly baseUrl: string;
  readonly verdict: Verdict;
  readonly interrupted?: GateResult["interrupted"];
  /** The leg never ran its checks (an invalid config). */
  readonly error?: string;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly counts: GateCounts;
  readonly checks: number;
  readonly failedChecks: readonly string[];
  /** The leg's own workflow run (its report's `run.url`), where its summary holds the evidence. */
  readonly runUrl?: string;
}

export interface MergedCell {
  readonly outcome: CheckOutcome;
  readonly severity: Severity;
  readonly flaky: boolean;
  readonly detail: string;
  /** Passed with a warning (a certificate under `warn-days`). */
  readonly warning?: string;
  /** For a failing check: what failed, why and what to do next, as the leg's own summary says it. */
  readonly diagnosis?: Diagnosis;
}

/** One row of the per-check grid: the check's result in each leg that ran it, by label. */
export interface MergedCheck {
  readonly name: string;
  readonly legs: Readonly<Record<string, MergedCell>>;
}

/** The merged report (`deploy-gate-merged[-<label>].json`); each leg's own report stays the detailed record. */
export interface MergedResult {
  /** Versioned with the gate reports it merges. */
  readonly version: 1;
  readonly kind: "merge";
  readonly tool: { readonly name: "deploy-gate"; readonly version: string };
  /** The fan-in step's own label. */
  readonly label: string;
  /** The fan-in step's mode: whether a failed leg fails this job. */
  readonly mode: GateResult["mode"];
  /**
   * `passed` when at least the quorum of legs passed; else `failed` when a leg failed; else
   * `inconclusive` (too few legs could reach a judgement). With the default quorum, `all`, any
   * failed leg fails the fan-in.
   */
  readonly verdict: Verdict;
  /** How many legs had to pass, and how many did. */
  readonly quorum: MergedQuorum;
  /** What an `inconclusive` verdict does to the job (the `on-inconclusive` input; `fail` when absent). */
  readonly onInconclusive?: OnInconclusive;
  /** Summed over the legs. */
  readonly counts: GateCounts;
  /** `name (label)` of every failed critical check, legs in label order. */
  readonly failedChecks: readonly string[];
  /** The longest leg: they ran side by side. */
  readonly durationMs: number;
  readonly legs: readonly MergedLeg[];
  readonly checks: readonly MergedCheck[];
}

export interface MergedQuorum {
  /** As given: `all`, `2`, `66%`. */
  readonly given: string;
  /** Legs that had to pass: a percentage is rounded up (66% of 3 legs is 2). */
  readonly required: number;
  readonly legs: number;
  /** Legs whose own verdict was `passed` (an inconclusive leg does not pass). */
  readonly passed: number;
  readonly met: boolean;
}

/** The quorum as written: `all`, `2`, `66%`. */
export function quorumText(quorum: Quorum): string {
  return quorum.kind === "all"
    ? "all"
    : quorum.kind === "count"
      ? String(quorum.count)
      : `${quorum.percent}%`;
}

/**
 * How many of `legs` must pass. A number larger than the legs found cannot be met by any
 * outcome: it is an error naming both (a leg whose report was not downloaded is the usual cause).
 */
export function requiredLegs(quorum: Quorum, legs: number): number {
  if (quorum.kind === "all") return legs;
  if (quorum.kind === "percent") return Math.max(1, Math.ceil((quorum.percent * legs) / 100 - 1e-9));
  if (quorum.count > legs) {
    throw new Error(
      `quorum: ${quorum.count} legs must pass, but merge-reports found ${legs} leg report${legs === 1 ? "" : "s"}; check that every leg uploaded its report, or lower the quorum`,
    );
  }
  return quorum.count;
}

/** `list tasks (eu)`: a check name qualified by the leg that ran it. */
export function qualifiedName(name: string, label: string): string {
  return label ? `${name} (${label})` : name;
}

async function readReport(file: string, name: string): Promise<GateResult> {
  const read = await readReportText(file);
  if ("tooLarge" in read) {
    throw new Error(
      `${name}: not a deploy-gate JSON report: ${read.tooLarge} bytes is past the 64 MiB limit`,
    );
  }
  if ("unreadable" in read) throw new Error(`${name}: cannot read the report: ${read.unreadable}`);
  return parseJsonReport(read.text, name);
}

/**
 * Every report matched by `patterns` (one glob per line), sorted by label. Each pattern must
 * match at least one file, each file must be a valid report, and labels must be unique: two
 * legs with one label would share a status context and overwrite each other's reports.
 */
export async function readLegReports(patterns: string, cwd: string): Promise<LegReport[]> {
  const globs = patterns
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (globs.length === 0) throw new Error("merge-reports: give a glob of deploy-gate JSON reports");
  const files = new Set<string>();
  for (const glob of globs) {
    const matched = await globFiles(glob, cwd);
    if (matched.length === 0) {
      throw new Error(`merge-reports: no report matches "${glob}" (relative to ${cwd})`);
    }
    for (const f of matched) files.add(f);
  }
  const legs: LegReport[] = [];
  for (const file of [...files].sort()) {
    const name = displayName(file, cwd);
    legs.push({ file: name, result: await readReport(file, name) });
  }
  const byLabel = new Map<string, string>();
  for (const leg of legs) {
    const other = byLabel.get(leg.result.label);
    if (other !== undefined) {
      const label = leg.result.label ? `label "${leg.result.label}"` : "no label";
      throw new Error(
        `merge-reports: ${other} and ${leg.file} both have ${label}; give every matrix leg its own \`label\``,
      );
    }
    byLabel.set(leg.result.label, leg.file);
  }
  return legs.sort((a, b) => a.result.label.localeCompare(b.result.label) || a.file.localeCompare(b.file));
}

function mergedLeg({ file, result }: LegReport): MergedLeg {
  return {
    file,
    label: result.label,
    mode: result.mode,
    baseUrl: result.baseUrl,
    verdict: result.verdict,
    ...(result.interrupted ? { interrupted: result.interrupted } : {}),
    ...(result.error ? { error: result.error } : {}),
    startedAt: result.startedAt,
    durationMs: result.durationMs,
    counts: result.counts,
    checks: result.checks.length,
    failedChecks: result.failedChecks,
    ...(result.run?.url ? { runUrl: result.run.url } : {}),
  };
}

function grid(legs: readonly LegReport[]): MergedCheck[] {
  const rows = new Map<string, Record<string, MergedCell>>();
  for (const { result } of legs) {
    for (const c of result.checks) {
      let row = rows.get(c.name);
      if (!row) {
        row = {};
        rows.set(c.name, row);
      }
      row[result.label] = {
        outcome: c.outcome,
        severity: c.severity,
        flaky: c.flaky,
        detail: c.detail,
        ...(c.warning !== undefined ? { warning: c.warning } : {}),
        ...(isFailing(c.outcome) || isWarned(c) || c.outcome === "inconclusive"
          ? { diagnosis: diagnose(c) }
          : {}),
      };
    }
  }
  return [...rows].map(([name, cells]) => ({ name, legs: cells }));
}

export interface MergeOptions {
  readonly label: string;
  readonly mode: GateResult["mode"];
  /** Default: all legs. */
  readonly quorum?: Quorum;
  readonly onInconclusive?: OnInconclusive;
}

/** Throws when the quorum is larger than the number of legs (see `requiredLegs`). */
export function mergeLegReports(legs: readonly LegReport[], options: MergeOptions): MergedResult {
  const merged = legs.map(mergedLeg);
  const quorum = options.quorum ?? { kind: "all" };
  const required = requiredLegs(quorum, merged.length);
  const passed = merged.filter((l) => l.verdict === "passed").length;
  const met = passed >= required;
  // A report written before `inconclusive` was counted has no such count: none of its checks were.
  const sum = (key: keyof GateCounts) => merged.reduce((n, l) => n + (l.counts[key] ?? 0), 0);
  return {
    version: 1,
    kind: "merge",
    tool: { name: "deploy-gate", version: VERSION },
    label: options.label,
    mode: options.mode,
    verdict: met ? "passed" : merged.some((l) => l.verdict === "failed") ? "failed" : "inconclusive",
    quorum: { given: quorumText(quorum), required, legs: merged.length, passed, met },
    ...(options.onInconclusive ? { onInconclusive: options.onInconclusive } : {}),
    counts: {
      passed: sum("passed"),
      failed: sum("failed"),
      skipped: sum("skipped"),
      warnings: sum("warnings"),
      inconclusive: sum("inconclusive"),
    },
    failedChecks: merged.flatMap((l) => l.failedChecks.map((name) => qualifiedName(name, l.label))),
    durationMs: Math.max(0, ...merged.map((l) => l.durationMs)),
    legs: merged,
    checks: grid(legs),
  };
}

/** Legs whose own verdict was `failed` (blocked, or would have been in a dry run). */
export function failedLegs(merged: MergedResult): MergedLeg[] {
  return merged.legs.filter((l) => l.verdict === "failed");
}

/** Legs whose own verdict was `inconclusive`: they do not count towards the quorum. */
export function inconclusiveLegs(merged: MergedResult): MergedLeg[] {
  return merged.legs.filter((l) => l.verdict === "inconclusive");
}

/** Checks that failed in some leg, or warned there, for the fan-in summary's failure and warning lists. */
export function failingCells(merged: MergedResult): { check: string; label: string; cell: MergedCell }[] {
  const out: { check: string; label: string; cell: MergedCell }[] = [];
  for (const leg of merged.legs) {
    for (const row of merged.checks) {
      const cell = row.legs[leg.label];
      if (cell && (isFailing(cell.outcome) || isWarned(cell)))
        out.push({ check: row.name, label: leg.label, cell });
    }
  }
  return out;
}

export function renderMergedJson(merged: MergedResult): string {
  return `${JSON.stringify(merged, null, 2)}\n`;
}

export function mergedReportFileNames(label: string): { json: string; junit: string } {
  const slug = fileSlug(label);
  const suffix = slug ? `-${slug}` : "";
  return { json: `deploy-gate-merged${suffix}.json`, junit: `deploy-gate-merged-junit${suffix}.xml` };
}

/** One JUnit document with each leg's testsuite, as each leg's own JUnit XML has it. */
export function renderMergedJunit(legs: readonly LegReport[]): string {
  return renderJunitDocument(legs.map((l) => l.result));
}
