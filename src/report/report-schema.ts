// The JSON report, version 1, as one zod schema: the reader (parseJsonReport) validates with it
// and schema/report.schema.json is generated from it (npm run schema), so the published schema,
// the reader and docs/report-schema.md describe one document.
//
// Objects are loose: version 1 may gain fields, and a reader must keep what it does not know.
// Fields a later release added are optional, so a report an earlier release wrote still reads.
// To add a field: add it here (optional unless every version-1 report has it), document it in
// docs/report-schema.md, run `npm run schema`. The tests validate every report they write with
// unknown fields forbidden, so a field the code writes and this schema lacks fails them.
import { z } from "zod";

export const REPORT_VERSION = 1;

const count = z.number().int().min(0);
const ms = z.number().min(0);

export const checkOutcome = z
  .enum(["passed", "failed", "errored", "skipped", "timed-out", "cancelled", "inconclusive"])
  .meta({
    id: "Outcome",
    description:
      "passed: every expectation held; failed: an answer came and did not meet them; errored: no usable answer (connection refused, circuit open, TLS error); skipped: not run; timed-out: no answer within the request timeout, or the gate's deadline passed first; cancelled: the job was cancelled first; inconclusive: no judgement could be reached (a comparison with no baseline, on-empty: inconclusive with no data, a bake cut before its verdict was certain)",
  });

const assertion = z
  .looseObject({
    target: z.string().meta({
      description: "where it looked: status, header content-type, $.data[0].id, body, schema /id, duration",
    }),
    expected: z.string(),
    actual: z.string().meta({ description: "what was found (bounded)" }),
    passed: z.boolean(),
    message: z.string().meta({ description: "one line a person can act on when it failed" }),
    expectedFrom: z.string().optional().meta({
      description:
        'the templates the expected value was rendered from, e.g. "{{ sha }}" (never their values)',
    }),
  })
  .meta({ id: "Assertion" });

const failureKind = z.enum(["timeout", "connection", "held-back", "deadline", "aborted", "protocol"]).meta({
  description:
    "what kind of failure `error` is: no answer within the request timeout, no connection, held back by an open circuit (not sent), cut by the check's deadline, cancelled, a malformed answer",
});

const attempt = z
  .looseObject({
    status: z.number().int().optional().meta({ description: "absent when no answer came" }),
    error: z.string().optional().meta({ description: "why no answer came" }),
    failure: failureKind.optional(),
    durationMs: ms,
    waitedMs: ms.meta({ description: "the backoff or Retry-After wait before this attempt" }),
    staleConnection: z.literal(true).optional().meta({
      description:
        "the server had closed this reused keep-alive connection; the request was sent again at once on a fresh one, which is not a retry",
    }),
  })
  .meta({ id: "Attempt" });

const redirect = z
  .looseObject({
    url: z.string().meta({ description: "the URL that answered with a redirect" }),
    status: z.number().int().meta({ description: "its 3xx status" }),
  })
  .meta({ id: "Redirect" });

const templateUse = z
  .looseObject({
    header: z.string().optional().meta({ description: "the request header it went into" }),
    query: z.string().optional().meta({ description: "the query parameter it went into" }),
    from: z
      .string()
      .meta({ description: "the template name, e.g. secrets.REPORTING_TOKEN (never the value)" }),
  })
  .meta({
    id: "TemplateUse",
    description: "a secret, variable or environment value a template put into the request, by name",
  });

const exchange = z
  .looseObject({
    method: z.string(),
    url: z.string().meta({ description: "the absolute URL that answered (after redirects, the last one)" }),
    requestedUrl: z
      .string()
      .optional()
      .meta({ description: "the URL the check asked for, when redirects led elsewhere" }),
    redirects: z
      .array(redirect)
      .optional()
      .meta({ description: "the hops that answered with a redirect, in order" }),
    credentials: z
      .array(templateUse)
      .optional()
      .meta({ description: "the secrets and variables, by name, rendered into the headers or URL" }),
    status: z.number().int().optional().meta({ description: "absent when no response arrived" }),
    responseHeaders: z
      .record(z.string(), z.string())
      .optional()
      .meta({ description: "lower-cased names; credential headers are ***" }),
    bodyExcerpt: z
      .string()
      .optional()
      .meta({ description: "the start of the decoded response body (bounded)" }),
    durationMs: ms.meta({ description: "duration of the last attempt" }),
    attempts: z.array(attempt),
    error: z.string().optional().meta({ description: "why no response arrived" }),
    failure: failureKind.optional(),
  })
  .meta({ id: "Exchange", description: "the request and response that decided an outcome" });

const table = z
  .looseObject({
    title: z.string(),
    columns: z.array(z.string()),
    rows: z.array(z.array(z.string())),
  })
  .meta({ id: "Table", description: "tabular evidence, e.g. release-guard violations" });

const step = z
  .looseObject({
    name: z.string(),
    outcome: checkOutcome,
    detail: z.string(),
    durationMs: ms,
    exchange: exchange.optional(),
    assertions: z.array(assertion),
    polls: count.optional().meta({ description: "for a polled step: the polls it sent" }),
    waitedMs: ms.optional().meta({ description: "for a polled step: first poll to the one that decided" }),
  })
  .meta({ id: "Step", description: "a step of a flow check, or one request of a multi-request check type" });

const samples = z
  .looseObject({
    count: count.meta({ description: "requests sent" }),
    errors: count.meta({ description: "samples whose answer failed `expect`, or that got no answer" }),
    errorRate: z.number().min(0).max(1).meta({ description: "errors / count, from 0 to 1" }),
    p50: ms.optional().meta({ description: "nearest-rank percentile of the answered samples' latencies" }),
    p95: ms.optional(),
    p99: ms.optional(),
    max: ms.optional(),
    latenciesMs: z
      .array(ms)
      .max(10_000)
      .meta({ description: "latency of each answered sample, in the order sent" }),
  })
  .meta({
    id: "Samples",
    description:
      "a request sent many times (`sample`), as a set: percentiles absent when nothing was answered",
  });

const observed = z
  .looseObject({
    status: z
      .number()
      .int()
      .optional()
      .meta({ description: "the answer's status (the most common over a sample set)" }),
    shape: z.record(z.string(), z.string()).optional().meta({
      description:
        'the JSON answer\'s field paths and types, lists collapsed to [*] ({"$.data": "array", "$.data[*].id": "string"}); no values',
    }),
    shapeCut: z.boolean().optional().meta({ description: "the shape holds only its first 200 paths" }),
  })
  .meta({ id: "Observed", description: "what a later run's `compare` measures against" });

const sideBySide = { candidate: z.number(), baseline: z.number() };
const comparison = z
  .looseObject({
    against: z.enum(["baseline-url", "baseline-report"]),
    baseline: z.string().meta({ description: "the baseline URL, or the report file that was read" }),
    confidence: z.number().meta({ description: "of the Mann-Whitney test (`compare.confidence`)" }),
    baselineSamples: samples,
    latency: z
      .array(
        z.looseObject({
          percentile: z.enum(["p50", "p95", "p99", "max"]),
          candidateMs: ms,
          baselineMs: ms,
          ratio: z
            .number()
            .meta({ description: "candidate / baseline (a latency under 1 ms counts as 1 ms)" }),
          limit: z.number().meta({ description: "the factor allowed (1.2 for 1.2x)" }),
          p: z.number().optional().meta({
            description: "one-sided Mann-Whitney p (candidate slower); absent without samples on both sides",
          }),
          passed: z.boolean(),
        }),
      )
      .optional(),
    errorRate: z
      .looseObject({
        ...sideBySide,
        limit: z.number().meta({ description: "the rise allowed, as a fraction (0.005 for +0.5pp)" }),
        passed: z.boolean(),
      })
      .optional(),
    status: z
      .looseObject({
        candidate: z.number().int().optional(),
        baseline: z.number().int().optional(),
        passed: z.boolean(),
      })
      .optional(),
    shape: z
      .looseObject({
        missing: z
          .array(z.string())
          .meta({ description: "paths the baseline's answer had and the candidate's lacks" }),
        changed: z.array(z.looseObject({ path: z.string(), baseline: z.string(), candidate: z.string() })),
        passed: z.boolean(),
      })
      .optional(),
  })
  .meta({ id: "Comparison", description: "`compare`: the candidate beside its baseline, rule by rule" });

const bakeRecord = z
  .looseObject({
    runs: count.meta({ description: "runs made" }),
    failures: count.meta({
      description: "failed runs after the warm-up: the ones counted against the limit",
    }),
    failureLimit: count,
    forMs: ms.optional().meta({ description: "the window (`for`)" }),
    everyMs: ms.optional().meta({ description: "one run every this often (`every`)" }),
    warmUpMs: ms
      .optional()
      .meta({ description: "`warm-up`: runs that start within it are shown, not counted" }),
    passAfter: count
      .optional()
      .meta({ description: "`pass-after`: counted passes in a row that end the bake, passed" }),
    failAfter: count
      .optional()
      .meta({ description: "`fail-after`: counted failures in a row that end the bake, failed" }),
    plannedRuns: count.optional().meta({ description: "runs the window holds, one every `every`" }),
    marks: z
      .array(z.enum(["warm-up-pass", "warm-up-fail", "pass", "fail"]))
      .optional()
      .meta({ description: "one per run, in order: the bake's timeline" }),
    decidedBy: z.enum(["window", "certain", "failure-limit", "fail-after", "pass-after"]).optional().meta({
      description:
        "what settled the verdict: the window ran out; the runs left could not change it (certain); failures passed the limit; fail-after or pass-after runs in a row. Absent when cut",
    }),
    stoppedEarly: z
      .enum(["passed", "failed"])
      .optional()
      .meta({ description: "the bake stopped before its window ended, its verdict certain" }),
    cut: z.enum(["deadline", "cancelled"]).optional().meta({
      description:
        "the gate's deadline or the job's cancellation ended the bake before its verdict was certain: the check is inconclusive",
    }),
  })
  .meta({
    id: "Bake",
    description:
      "for a check with `bake`: its runs, one mark each, and how its verdict was reached (fields past failureLimit are absent from reports written before the bake rules)",
  });

const check = z
  .looseObject({
    name: z.string(),
    type: z.string().meta({
      description:
        "http, flow, release-guard, idempotency, webhook, rate-limit, jwks, metrics, prometheus, tls (new types may be added)",
    }),
    severity: z.enum(["critical", "warning"]),
    tags: z.array(z.string()),
    outcome: checkOutcome,
    detail: z
      .string()
      .meta({ description: "one line: why it failed or was skipped, or what it saw when it passed" }),
    hint: z.string().optional().meta({
      description: "what to do next: what the response status calls for, or a check type's own advice",
    }),
    warning: z.string().optional().meta({
      description:
        "a passed check that saw trouble coming (a TLS certificate under warn-days): counted in counts.warnings too, never blocking",
    }),
    durationMs: ms.meta({ description: "retries and waits included" }),
    attempts: count.meta({ description: "HTTP attempts sent over every request of the check" }),
    retries: count
      .optional()
      .meta({ description: "attempts that repeated a request after a transient failure" }),
    polls: count
      .optional()
      .meta({ description: "polls sent while waiting for `until` (0 when the check does not poll)" }),
    waitedMs: ms.optional().meta({ description: "time spent waiting for readiness, retry backoff apart" }),
    heldBack: count.optional().meta({ description: "requests an open circuit held back (not sent)" }),
    flaky: z.boolean().meta({ description: "failed at first and passed on a retry" }),
    assertions: z
      .array(assertion)
      .meta({ description: "evaluated on the deciding response, failed ones first" }),
    exchange: exchange.optional(),
    steps: z.array(step).optional(),
    tables: z.array(table).optional(),
    bake: bakeRecord.optional(),
    log: z.array(z.string()).optional().meta({ description: "lines the check noted while it ran" }),
    samples: samples.optional().meta({
      description: "a check with `sample` or `compare`: its answers as a set (one answer without `sample`)",
    }),
    observed: observed.optional(),
    comparison: comparison.optional(),
  })
  .meta({ id: "Check" });

const origin = z
  .looseObject({
    origin: z.string().meta({ description: "scheme, host and port" }),
    answered: count.optional().meta({ description: "attempts that got an HTTP answer (any status)" }),
    unanswered: count.optional().meta({ description: "attempts that got no answer" }),
    unansweredSinceLastAnswer: count.optional().meta({
      description: "attempts since the last answer that got none: high when the origin stopped answering",
    }),
    lastError: z
      .string()
      .optional()
      .meta({ description: "the last attempt's failure, when it got no answer" }),
    lastFailure: failureKind.optional(),
    circuit: z
      .looseObject({
        opened: count.meta({ description: "how many times the circuit opened" }),
        heldBack: count.meta({ description: "requests it held back" }),
        failedProbes: count.optional().meta({ description: "probes after a cool-down that failed too" }),
        reason: z.string().optional().meta({ description: "what opened it" }),
      })
      .optional(),
  })
  .meta({ id: "Origin", description: "an origin the gate sent requests to, and what its circuit did" });

export const gateReport = z
  .looseObject({
    version: z.literal(REPORT_VERSION).meta({ description: "the report format version; refuse any other" }),
    tool: z.looseObject({ name: z.literal("deploy-gate"), version: z.string() }),
    label: z.string().meta({ description: 'the label input ("" when none)' }),
    mode: z.enum(["enforce", "dry-run"]),
    baseUrl: z.string(),
    verdict: z.enum(["passed", "failed", "inconclusive"]).meta({
      description:
        "failed when a critical check failed, nothing was checked, or the gate was interrupted; else inconclusive when a critical check was inconclusive; in dry-run mode, what enforce would have decided",
    }),
    onInconclusive: z.enum(["fail", "pass", "hold"]).optional().meta({
      description:
        "the on-inconclusive input: what an inconclusive verdict does to the job (fail, the default, blocks; pass and hold let it through)",
    }),
    interrupted: z.enum(["timed-out", "cancelled"]).optional().meta({
      description:
        "the whole-gate timeout cut a check short or the job was cancelled; unfinished checks have the same outcome, except a running bake, which ends inconclusive",
    }),
    error: z.string().optional().meta({
      description:
        "the gate could not run at all (an invalid config); checks is then empty and the verdict failed",
    }),
    nothingChecked: z.boolean().optional().meta({ description: "true when no critical check ran" }),
    unreachable: z
      .looseObject({ origin: z.string(), error: z.string() })
      .optional()
      .meta({ description: "no request could connect to the base URL's origin during the gate" }),
    origins: z.array(origin).optional(),
    startedAt: z.iso.datetime().meta({ description: "ISO 8601, UTC" }),
    durationMs: ms,
    counts: z
      .looseObject({
        passed: count.meta({ description: "flaky passes included" }),
        failed: count.meta({ description: "failing critical checks" }),
        skipped: count,
        warnings: count.meta({
          description:
            "failing or inconclusive warning checks, and checks that passed with a warning (also counted in passed): reported, never blocking",
        }),
        inconclusive: count
          .optional()
          .meta({ description: "critical checks that could not reach a judgement" }),
      })
      .meta({
        description: "every check counted once, except that a pass with a warning is in passed and warnings",
      }),
    failedChecks: z.array(z.string()).meta({ description: "failed critical checks, in config order" }),
    checks: z.array(check).meta({ description: "one entry per selected check, in config order" }),
    run: z
      .looseObject({
        id: z.string().optional(),
        attempt: z.string().optional(),
        sha: z.string().optional(),
        url: z.string().optional(),
      })
      .optional()
      .meta({ description: "the workflow run, in GitHub Actions" }),
  })
  .meta({ description: "What deploy-gate writes for one run (one label); see docs/report-schema.md" });

/** The published JSON Schema (schema/report.schema.json): what a version-1 report holds. */
export function reportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(gateReport, { io: "output", target: "draft-2020-12" }) as Record<string, unknown>;
}
