// A request and its expectations: sent once, or as a sample set (`sample`), and measured against a
// baseline (`compare`).
import type { z } from "zod";
import type { AssertionResult } from "../assert/assertion-result.js";
import { isIdempotent } from "../http/retry.js";
import { formatDuration } from "../text/duration.js";
import { plural } from "../text/plural.js";
import { type ComparedSide, compareField, compareSides, comparisonLine } from "./compare.js";
import { withTemplateSources } from "./expect-templates.js";
import { judgeSampleSet, pool, SampleRecorder, sampledExpect, sampleField, sampleLine } from "./sample.js";
import { requestLine, send } from "./send.js";
import { describeFailure, namedStatuses, runStep, stepFields } from "./step.js";
import type { CheckContext, CheckRun, CheckType } from "./types.js";

const { capture: _capture, ...stepOwn } = stepFields;
const fields = {
  ...stepOwn,
  expect: sampledExpect.optional(),
  sample: sampleField.optional(),
  compare: compareField.optional(),
};

type HttpSpec = z.output<z.ZodObject<typeof fields>>;

export const httpCheck: CheckType<typeof fields> = {
  type: "http",
  fields,
  defaultName: (check) => requestLine(check.request),
  refine(check, ctx) {
    const polls = check.until !== undefined || check["fail-when"] !== undefined;
    if (check.sample) {
      const headers = Object.fromEntries(
        Object.entries(check.request.headers ?? {}).filter(
          (entry): entry is [string, string] => entry[1] !== null,
        ),
      );
      if (!isIdempotent(check.request.method, headers)) {
        ctx.addIssue({
          code: "custom",
          path: ["sample"],
          message: `sample sends the request ${plural(check.sample.count, "time")}: use a safe method (GET, HEAD, OPTIONS) or give it an Idempotency-Key header`,
        });
      }
      if (polls) {
        ctx.addIssue({
          code: "custom",
          path: ["sample"],
          message: "sample judges a set of answers; it cannot be combined with until / fail-when polling",
        });
      }
    }
    if (check.compare && polls) {
      ctx.addIssue({
        code: "custom",
        path: ["compare"],
        message:
          "compare measures answers against a baseline's; it cannot be combined with until / fail-when polling",
      });
    }
    for (const limit of ["latency", "error-rate"] as const) {
      if (check.expect?.[limit] !== undefined && !check.sample) {
        ctx.addIssue({
          code: "custom",
          path: ["expect", limit],
          message: `${limit} judges a set of answers: add sample: { count: N }${limit === "latency" ? " (max-duration limits a single request)" : ""}`,
        });
      }
    }
  },
  async run(ctx) {
    if (ctx.check.sample || ctx.check.compare) return runSet(ctx);
    const { result, hint } = await runStep(ctx, ctx.check, ctx.check.request.method);
    return {
      outcome: result.outcome === "passed" ? "passed" : result.outcome === "failed" ? "failed" : "errored",
      detail: result.detail,
      ...(hint ? { hint } : {}),
      assertions: result.assertions,
      ...(result.exchange ? { exchange: result.exchange } : {}),
    };
  },
};

function failedFirst(assertions: readonly AssertionResult[]): AssertionResult[] {
  return [...assertions.filter((a) => !a.passed), ...assertions.filter((a) => a.passed)];
}

/**
 * Sends the samples — to the candidate alone, or interleaved with the same requests to the baseline
 * URL: pairs in order, each pair's two requests started together (which goes first is drawn at
 * random, so neither side is always first on the wire), `concurrency` requests in flight per side.
 */
async function sendSamples(
  ctx: CheckContext<HttpSpec>,
  expectation: HttpSpec["expect"],
  count: number,
  concurrency: number,
  baselineUrl?: string,
) {
  const { check } = ctx;
  const expects = namedStatuses(expectation);
  const options = expects ? { expects } : {};
  const stop = { signal: ctx.signal, deadline: ctx.deadline };
  const candidate = new SampleRecorder(expectation);
  if (baselineUrl === undefined) {
    await pool(
      count,
      concurrency,
      async (i) => candidate.record(i, await send(ctx, ctx.render(check.request), options)),
      stop,
    );
    return { candidate };
  }
  const baseline = new SampleRecorder(expectation);
  const baselineCtx: CheckContext<HttpSpec> = { ...ctx, baseUrl: baselineUrl };
  const candidateFirst = Array.from({ length: count }, () => Math.random() < 0.5);
  await pool(
    2 * count,
    2 * concurrency,
    async (task) => {
      const i = Math.floor(task / 2);
      const toCandidate = (task % 2 === 0) === candidateFirst[i];
      // Rendered for each request, as every request is: a {{ uuid }} (an idempotency key) is unique
      // on each side too, so two services that share a database never see one key twice.
      const sent = await send(toCandidate ? ctx : baselineCtx, ctx.render(check.request), options);
      await (toCandidate ? candidate : baseline).record(i, sent);
    },
    stop,
  );
  return { candidate, baseline };
}

/** The baseline's side of the comparison, or why there is none. */
function baselineSide(
  ctx: CheckContext<HttpSpec>,
  measured: SampleRecorder | undefined,
): ComparedSide | { reason: string } {
  const { baseline } = ctx;
  if (baseline.kind === "none") return { reason: baseline.reason };
  if (baseline.kind === "report") return { samples: baseline.samples, observed: baseline.observed };
  if (!measured) {
    return {
      reason: `no baseline: the request names an absolute url, so it has no counterpart under baseline-url (${baseline.url}); give a path`,
    };
  }
  const samples = measured.summary();
  if (samples.latenciesMs.length === 0) {
    const why = measured.firstFailure?.sent.failure?.message;
    return {
      reason: `no baseline: baseline-url ${baseline.url} gave no answer${samples.count > 0 ? ` to ${plural(samples.count, "request")}` : ""}${why ? `: ${why}` : ""}`,
    };
  }
  return { samples, observed: measured.observed(), ...(measured.shape ? { shape: measured.shape } : {}) };
}

async function runSet(ctx: CheckContext<HttpSpec>): Promise<CheckRun> {
  const { check } = ctx;
  const { count, concurrency } = check.sample ?? { count: 1, concurrency: 1 };
  const line = requestLine(check.request);
  const { baseline } = ctx;
  const absolute = check.request.url !== undefined;
  const baselineUrl = check.compare && baseline.kind === "url" && !absolute ? baseline.url : undefined;
  // Rendered once: `$.commit: "{{ sha }}"` holds for every sample alike. Rendered under its key,
  // so a template inside a `/…/` header pattern is escaped as it is in a step's `expect`.
  const expectation = ctx.render({ expect: check.expect }).expect;
  const sides = await sendSamples(ctx, expectation, count, concurrency, baselineUrl);
  const { candidate } = sides;
  if (candidate.count === 0) {
    return { outcome: "errored", detail: `${line}: no sample was sent before the deadline`, assertions: [] };
  }

  const samples = candidate.summary();
  const observed = candidate.observed();
  const failure = candidate.firstFailure;
  const evidence = failure ?? candidate.firstPass;
  // Recorded with or without `sample` (a set of one), so a later run can compare with it.
  const recorded = {
    samples,
    observed,
    ...(evidence ? { exchange: evidence.sent.exchange } : {}),
  };
  // What went wrong with the first sample that failed: its first broken expectation (and what the
  // service said of an error status), or why it got no answer.
  const explained = failure?.sent.response
    ? describeFailure(
        failure.sent,
        failure.assertions.filter((a) => !a.passed),
      )
    : undefined;
  const failureText = explained?.detail ?? failure?.sent.failure?.message ?? "no response";
  const hint = explained?.hint ? { hint: explained.hint } : {};

  // The candidate's own expectations first: a set that breaks them fails whatever the baseline did.
  const setAssertions = check.sample ? judgeSampleSet(samples, expectation) : [];
  const own = [...setAssertions, ...withTemplateSources(evidence?.assertions ?? [], check.expect)];
  const answered = samples.latenciesMs.length;
  if (answered === 0) {
    const detail = check.sample
      ? `${line}: no answer to any of ${plural(samples.count, "sample")}: ${failureText}`
      : `${line}: ${failureText}`;
    return { outcome: "errored", detail, assertions: failedFirst(own), ...recorded };
  }
  const brokenLimit = setAssertions.find((a) => !a.passed);
  if (brokenLimit || (!check.sample && failure)) {
    const first = failure && brokenLimit?.target === "error rate" ? ` — first: ${failureText}` : "";
    const detail = brokenLimit ? `${brokenLimit.message}${first}` : failureText;
    return { outcome: "failed", detail, ...hint, assertions: failedFirst(own), ...recorded };
  }

  const summary = check.sample
    ? sampleLine(samples)
    : `${observed.status} in ${formatDuration(samples.latenciesMs[0] ?? 0)}`;
  if (!check.compare)
    return { outcome: "passed", detail: summary, assertions: failedFirst(own), ...recorded };

  const side = baselineSide(ctx, sides.baseline);
  if ("reason" in side) {
    return { outcome: "inconclusive", detail: side.reason, assertions: failedFirst(own), ...recorded };
  }
  const source =
    baseline.kind === "report"
      ? { against: "baseline-report" as const, baseline: baseline.file }
      : { against: "baseline-url" as const, baseline: baselineUrl ?? "" };
  const { comparison, assertions } = compareSides(
    check.compare,
    { samples, observed, ...(candidate.shape ? { shape: candidate.shape } : {}) },
    side,
    source,
  );
  const all = failedFirst([...assertions, ...own]);
  const broken = assertions.filter((a) => !a.passed);
  if (broken.length > 0) {
    const more = broken.length > 1 ? ` (+${broken.length - 1} more)` : "";
    return {
      outcome: "failed",
      detail: `${broken[0]!.message}${more}`,
      assertions: all,
      ...recorded,
      comparison,
    };
  }
  return {
    outcome: "passed",
    detail: `${summary} · ${comparisonLine(comparison)}`,
    assertions: all,
    ...recorded,
    comparison,
  };
}
