import { z } from "zod";
import type { Baseline, Observed, SampleSummary } from "../checks/types.js";
import { clip } from "../text/clip.js";
import { globFiles } from "./glob.js";
import { displayName, readReportText } from "./report-file.js";

/** A glob matching more reports than this is read up to it, in name order. */
const MAX_REPORTS = 50;

const count = z.number().int().min(0);
const ms = z.number().finite().min(0);

// Only what a comparison reads is checked: the published schema (src/report/report-schema.ts) is the
// whole document's, and the fan-in reads whole reports with it.
const recordedReport = z.looseObject({
  version: z.literal(1, { error: "not a version 1 deploy-gate report" }),
  label: z.string(),
  startedAt: z.string(),
  checks: z.array(
    z.looseObject({
      name: z.string(),
      samples: z
        .looseObject({
          count,
          errors: count,
          errorRate: z.number().min(0).max(1),
          p50: ms.optional(),
          p95: ms.optional(),
          p99: ms.optional(),
          max: ms.optional(),
          latenciesMs: z.array(ms),
        })
        .optional(),
      observed: z
        .looseObject({
          status: z.number().int().optional(),
          shape: z.record(z.string(), z.string()).optional(),
          shapeCut: z.boolean().optional(),
        })
        .optional(),
    }),
  ),
});

interface RecordedCheck {
  readonly samples?: SampleSummary;
  readonly observed?: Observed;
}

export interface BaselineReport {
  /** As the user will recognise it: relative to the workspace when inside it. */
  readonly file: string;
  readonly checks: ReadonlyMap<string, RecordedCheck>;
}

/** The report to compare with, or why there is none. */
export type LoadedBaseline = { readonly report: BaselineReport } | { readonly problem: string };

async function readOne(
  file: string,
  name: string,
): Promise<{ label: string; startedAt: string; report: BaselineReport } | { problem: string }> {
  const read = await readReportText(file);
  if ("tooLarge" in read) return { problem: `${name} is past the 64 MiB a report may have` };
  if ("unreadable" in read) return { problem: `${name} cannot be read (${read.unreadable})` };
  let data: unknown;
  try {
    data = JSON.parse(read.text);
  } catch {
    return { problem: `${name} is not JSON` };
  }
  const parsed = recordedReport.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join(".")}` : "";
    return { problem: `${name} is not a deploy-gate report${where}: ${issue?.message ?? "invalid"}` };
  }
  const checks = new Map<string, RecordedCheck>();
  for (const c of parsed.data.checks) {
    checks.set(c.name, {
      ...(c.samples ? { samples: c.samples as SampleSummary } : {}),
      ...(c.observed ? { observed: c.observed as Observed } : {}),
    });
  }
  return { label: parsed.data.label, startedAt: parsed.data.startedAt, report: { file: name, checks } };
}

/**
 * The report `pattern` (a path or glob, relative to `cwd`) names for a run labelled `label`: the one
 * with that label (the latest started, when several have it), else the only report matched.
 */
export async function loadBaselineReport(
  pattern: string,
  label: string,
  cwd: string,
): Promise<LoadedBaseline> {
  const shown = JSON.stringify(clip(pattern.trim(), 200));
  const files = (await globFiles(pattern, cwd)).slice(0, MAX_REPORTS);
  if (files.length === 0) return { problem: `${shown} matched no file (relative to ${cwd})` };
  const read = await Promise.all(files.map((f) => readOne(f, displayName(f, cwd))));
  const reports = read.filter((r): r is Exclude<typeof r, { problem: string }> => !("problem" in r));
  if (reports.length === 0) return { problem: (read[0] as { problem: string }).problem };
  const labelled = reports
    .filter((r) => r.label === label)
    .sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt));
  const chosen = labelled[0] ?? (reports.length === 1 ? reports[0] : undefined);
  if (!chosen) {
    const which = label ? `labelled ${JSON.stringify(clip(label))}` : "without a label";
    return { problem: `${shown} matched ${reports.length} reports, none ${which}` };
  }
  return { report: chosen.report };
}

/** The baseline of the check named `name`: the URL when given, else the report's record, else why none. */
export function baselineFor(
  name: string,
  options: { readonly baselineUrl?: string; readonly baselineReport?: string },
  loaded: LoadedBaseline | undefined,
): Baseline {
  if (options.baselineUrl) return { kind: "url", url: options.baselineUrl };
  const check = JSON.stringify(clip(name));
  const none = (why: string): Baseline => ({ kind: "none", reason: `no baseline: ${why}` });
  if (!options.baselineReport || !loaded) {
    return none(
      `baseline-url is not set and baseline-report is not set, so ${check} has nothing to compare with`,
    );
  }
  if ("problem" in loaded) return none(`baseline-url is not set and baseline-report ${loaded.problem}`);
  const { file } = loaded.report;
  const recorded = loaded.report.checks.get(name);
  if (!recorded)
    return none(`baseline-url is not set and baseline-report ${file} has no check named ${check}`);
  if (!recorded.samples || !recorded.observed) {
    return none(`${file} recorded no samples for ${check} (it ran without sample or compare there)`);
  }
  if (recorded.samples.latenciesMs.length === 0) return none(`${file} recorded no answer for ${check}`);
  return { kind: "report", file, samples: recorded.samples, observed: recorded.observed };
}
