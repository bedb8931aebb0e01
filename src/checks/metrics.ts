// Series assertions on a service's own Prometheus endpoint, with no Prometheus server: the
// matching series of a metric are summed and compared; with `window` the endpoint is scraped
// twice and the increase over the window is compared, and `ratio` divides two increases
// (an error-rate SLO straight from the service).
import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import type { AssertionResult } from "../assert/assertion-result.js";
import { duration, regexIssue } from "../assert/expect-schema.js";
import { breaks, formatNumber, thresholdText } from "../assert/thresholds.js";
import { explainAnswer } from "../http/explain.js";
import type { Exchange } from "../http/types.js";
import { clip } from "../text/clip.js";
import { formatDuration } from "../text/duration.js";
import { onEmpty } from "./on-empty.js";
import {
  type Exposition,
  ExpositionError,
  familyNames,
  parseExposition,
  type Sample,
} from "./prometheus-text.js";
import { send } from "./send.js";
import type { CheckContext, CheckRun, CheckType, ResultTable } from "./types.js";

// Metacharacters that made an old `/…/` label value a regex; without them it was exact anyway.
const REGEX_META = /[.*+?^$()[\]{}|\\]/;
const OLD_REGEX_FORM = /^\/(.+)\/([dgimsuvy]*)$/s;

/**
 * A label value: a string is matched exactly (PromQL `=`), `{ matches }` is a regex over the
 * whole value (PromQL `=~`), `{ equals }` an exact value spelt out; `""` matches an absent label.
 */
const labelValue = z
  .union([
    z.string().superRefine((value, ctx) => {
      // Label values in /slashes/ used to be regexes: one that reads as a regex must not become a
      // literal that matches nothing (a ratio whose numerator silently drops to 0 passes).
      const old = OLD_REGEX_FORM.exec(value);
      if (!old || !REGEX_META.test(old[1] ?? "")) return;
      ctx.addIssue({
        code: "custom",
        message: `${JSON.stringify(clip(value))} is now matched exactly (PromQL =), not as a regular expression; write { matches: ${JSON.stringify(clip(old[1] ?? ""))} } for the regex or { equals: ${JSON.stringify(clip(value))} } for the literal`,
        input: value,
      });
    }),
    z.strictObject({
      matches: z.string().superRefine((pattern, ctx) => {
        const message = regexIssue(pattern, "anchored", (text) => `{ equals: ${JSON.stringify(text)} }`);
        if (message) ctx.addIssue({ code: "custom", message, input: pattern });
      }),
    }),
    z.strictObject({ equals: z.string() }),
  ])
  .meta({
    description:
      'An exact value (PromQL =), { matches: "5.." } for a regex over the whole value (=~), or { equals }',
  });
const labels = z.record(z.string(), labelValue);
const series = z.strictObject({ metric: z.string().min(1), labels: labels.optional() });
const assertion = series
  .extend({
    exists: z.boolean().optional(),
    equals: z.number().optional(),
    below: z.number().optional(),
    above: z.number().optional(),
  })
  .refine(
    (a) => a.exists !== undefined || a.equals !== undefined || a.below !== undefined || a.above !== undefined,
    "give exists, equals, below or above",
  );
const ratio = z
  .strictObject({ of: series, to: series, below: z.number().optional(), above: z.number().optional() })
  .refine((r) => r.below !== undefined || r.above !== undefined, "give below or above for the ratio");

const fields = {
  path: z.string().min(1).default("/metrics"),
  headers: z.record(z.string(), z.union([z.string(), z.null()])).optional(),
  expect: z.array(assertion).default([]),
  window: duration.optional(),
  ratio: ratio.optional(),
  /** A value assertion (or the ratio) whose selector matched no series, or a ratio with no traffic. */
  "on-empty": onEmpty.default("fail"),
};

type Series = z.infer<typeof series>;
type Assertion = z.infer<typeof assertion>;
type Matcher = (value: string) => boolean;

const ACCEPT = "text/plain;version=0.0.4;q=1,*/*;q=0.1";

type LabelValue = z.infer<typeof labelValue>;

function labelMatcher(expected: LabelValue): Matcher {
  if (typeof expected !== "string" && "matches" in expected) {
    // The template was rendered; the pattern compiled when the config loaded.
    const re = new RegExp(`^(?:${expected.matches})$`);
    return (v) => re.test(v);
  }
  const exact = typeof expected === "string" ? expected : expected.equals;
  return (v) => v === exact;
}

/** `code=~"5.."`, `route="/v1/tasks"`: one label matcher as PromQL writes it. */
function labelText(name: string, value: LabelValue): string {
  return typeof value !== "string" && "matches" in value
    ? `${name}=~${JSON.stringify(value.matches)}`
    : `${name}=${JSON.stringify(typeof value === "string" ? value : value.equals)}`;
}

export function selectorText(s: Series): string {
  const parts = Object.entries(s.labels ?? {}).map(([k, v]) => labelText(k, v));
  return parts.length ? `${s.metric}{${parts.join(",")}}` : s.metric;
}

function seriesKey(sample: Sample): string {
  return JSON.stringify([
    sample.name,
    Object.entries(sample.labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  ]);
}

export function matching(exposition: Exposition, s: Series): Sample[] {
  const matchers = Object.entries(s.labels ?? {}).map(([k, v]) => [k, labelMatcher(v)] as const);
  return exposition.samples.filter(
    (x) => x.name === s.metric && matchers.every(([k, match]) => match(x.labels[k] ?? "")),
  );
}

/** The metric is exposed at all (a series with its name, or its family's `# TYPE`), whatever the labels. */
function familyExists(exposition: Exposition, metric: string): boolean {
  return (
    exposition.samples.some((x) => x.name === metric) ||
    familyNames(metric).some((n) => exposition.types.has(n))
  );
}

const SEEN_LIMIT = 10;

function seenValues(samples: readonly Sample[], label: string): string {
  const values = [...new Set(samples.map((x) => x.labels[label] ?? ""))].sort();
  const shown = values.slice(0, SEEN_LIMIT).map((v) => (v === "" ? "(none)" : clip(v, 60)));
  const more = values.length > SEEN_LIMIT ? `, … (${values.length - SEEN_LIMIT} more)` : "";
  return `${shown.join(", ")}${more}`;
}

/**
 * Why no series matches `s`, with the values its labels do have, so a typo is visible:
 * `no series of http_requests_total has route="/v1/orders"; seen: /v1/orders/, /v1/tasks`.
 */
export function noSeriesReason(exposition: Exposition, s: Series): string {
  if (!familyExists(exposition, s.metric)) return "the metric is not exposed";
  const samples = exposition.samples.filter((x) => x.name === s.metric);
  const given = Object.entries(s.labels ?? {});
  if (samples.length === 0 || given.length === 0) return `${s.metric} has no series`;
  // The labels no series matches at all are the typo; when each matches some series, it is the combination.
  const culprits = given.filter(([k, v]) => {
    const match = labelMatcher(v);
    return !samples.some((x) => match(x.labels[k] ?? ""));
  });
  const named = culprits.length ? culprits : given;
  const wanted = named.map(([k, v]) => labelText(k, v)).join(", ");
  const together = culprits.length ? "" : " together";
  const seen =
    named.length === 1
      ? `seen: ${seenValues(samples, named[0]![0])}`
      : `seen ${named.map(([k]) => `${k}: ${seenValues(samples, k)}`).join("; ")}`;
  return `no series of ${s.metric} has ${wanted}${together}; ${seen}`;
}

/**
 * Increase of the matching series between two scrapes, summed. A series whose value went down
 * was reset (the process restarted): its whole second value is the increase, as in PromQL.
 * A series born inside the window counts from zero: services often create a counter's series
 * on its first increment (the first 5xx), and that increment is exactly what the window is for.
 */
export function increase(
  before: Exposition,
  after: Exposition,
  s: Series,
): { value: number; series: number } {
  const earlier = new Map(matching(before, s).map((x) => [seriesKey(x), x.value]));
  let value = 0;
  const now = matching(after, s);
  for (const x of now) {
    const prior = earlier.get(seriesKey(x)) ?? 0;
    value += x.value >= prior ? x.value - prior : x.value;
  }
  return { value, series: now.length };
}

function sum(samples: readonly Sample[]): number {
  return samples.reduce((acc, x) => acc + x.value, 0);
}

interface Scrape {
  readonly exposition?: Exposition;
  readonly exchange: Exchange;
  readonly error?: { outcome: "failed" | "errored"; detail: string; hint?: string };
}

async function scrape(
  ctx: CheckContext<unknown>,
  path: string,
  headers: Record<string, string | null> | undefined,
): Promise<Scrape> {
  const sent = await send(ctx, { method: "GET", path, headers: { Accept: ACCEPT, ...headers } });
  const { response } = sent;
  const line = `GET ${path}`;
  if (!response)
    return {
      exchange: sent.exchange,
      error: { outcome: "errored", detail: `${line}: ${sent.failure?.message ?? "no response"}` },
    };
  if (response.status < 200 || response.status > 299) {
    const explained = explainAnswer(response);
    return {
      exchange: sent.exchange,
      error: {
        outcome: "failed",
        detail: `${line} answered ${response.status}, expected 2xx${explained.detail ? ` — ${explained.detail}` : ""}`,
        ...(explained.hint ? { hint: explained.hint } : {}),
      },
    };
  }
  if (response.truncated)
    return {
      exchange: sent.exchange,
      error: { outcome: "failed", detail: `${line}: the exposition is larger than the response size limit` },
    };
  try {
    return { exposition: parseExposition(response.text), exchange: sent.exchange };
  } catch (error) {
    if (!(error instanceof ExpositionError)) throw error;
    return {
      exchange: sent.exchange,
      error: { outcome: "failed", detail: `${line}: not Prometheus text exposition: ${error.message}` },
    };
  }
}

export const metricsCheck: CheckType<typeof fields> = {
  type: "metrics",
  fields,
  async run(ctx): Promise<CheckRun> {
    const check = ctx.render(ctx.check);
    const done = (
      outcome: CheckRun["outcome"],
      detail: string,
      exchange: Exchange,
      extra: Partial<CheckRun> = {},
    ): CheckRun => ({
      outcome,
      detail,
      assertions: [],
      exchange,
      ...extra,
    });
    const first = await scrape(ctx, check.path, check.headers);
    if (first.error || !first.exposition) {
      const { outcome, detail, hint } = first.error ?? {
        outcome: "errored" as const,
        detail: "no exposition",
      };
      return done(outcome, detail, first.exchange, hint ? { hint } : {});
    }
    let before: Exposition | undefined;
    let after = first.exposition;
    let exchange = first.exchange;
    const window = check.window;
    if (window !== undefined) {
      const left = ctx.deadline - Date.now();
      if (window >= left) {
        return done(
          "errored",
          `window ${formatDuration(window)} does not fit before the check's deadline (in ${formatDuration(Math.max(0, left))})`,
          exchange,
        );
      }
      await sleep(window, undefined, { signal: ctx.signal }).catch(() => undefined);
      if (ctx.signal.aborted) return done("errored", "stopped while waiting for the second scrape", exchange);
      const second = await scrape(ctx, check.path, check.headers);
      if (second.error || !second.exposition) {
        const { outcome, detail, hint } = second.error ?? {
          outcome: "errored" as const,
          detail: "no exposition",
        };
        return done(outcome, `second scrape: ${detail}`, second.exchange, hint ? { hint } : {});
      }
      before = first.exposition;
      after = second.exposition;
      exchange = second.exchange;
    }
    const over = window !== undefined ? ` over ${formatDuration(window)}` : "";
    const measure = (s: Series): { value: number; series: number } =>
      before
        ? increase(before, after, s)
        : { value: sum(matching(after, s)), series: matching(after, s).length };

    const assertions: AssertionResult[] = [];
    const rows: string[][] = [];
    const record = (
      target: string,
      expected: string,
      actual: string,
      seriesCount: string,
      failure: string | undefined,
    ) => {
      assertions.push({
        target,
        expected,
        actual,
        passed: failure === undefined,
        message: failure ?? `${target} ${actual}`,
      });
      rows.push([target, expected, actual, seriesCount, failure === undefined ? "ok" : "FAILED"]);
    };
    // No data to judge (the selector matched no series, the ratio saw no traffic): on-empty decides.
    const unjudged: string[] = [];
    const noData = (target: string, expected: string, actual: string, why: string) => {
      const action = check["on-empty"];
      if (action === "fail") return record(target, expected, actual, "0", why);
      const message = `no data: ${why} (on-empty: ${action})`;
      assertions.push({ target, expected, actual, passed: action === "pass", message });
      rows.push([target, expected, actual, "0", action === "pass" ? "no data (on-empty: pass)" : "NO DATA"]);
      if (action === "inconclusive") unjudged.push(message);
    };

    for (const a of check.expect as Assertion[]) {
      const target = selectorText(a);
      const { value, series: n } = measure(a);
      const present = before ? matching(after, a).length > 0 : n > 0;
      if (a.exists !== undefined) {
        const ok = present === a.exists;
        const why = a.exists
          ? `${target} is absent: ${noSeriesReason(after, a)}`
          : `${target} is exposed but should not be`;
        record(
          target,
          a.exists ? "exists" : "absent",
          present ? "exists" : "absent",
          String(n),
          ok ? undefined : why,
        );
      }
      if (a.equals !== undefined || a.below !== undefined || a.above !== undefined) {
        const expected = `${before ? "increase " : ""}${thresholdText(a)}`;
        if (!present) {
          noData(target, expected, "absent", `${target} is absent: ${noSeriesReason(after, a)}`);
        } else {
          const why = breaks(value, a);
          record(
            target,
            expected,
            formatNumber(value),
            String(n),
            why ? `${target}${before ? ` increase${over}` : ""} ${why}` : undefined,
          );
        }
      }
    }

    let ratioText = "";
    if (check.ratio) {
      const r = check.ratio;
      const of = selectorText(r.of);
      const to = selectorText(r.to);
      const target = `${of} / ${to}`;
      const expected = thresholdText(r);
      if (!familyExists(after, r.to.metric) || matching(after, r.to).length === 0) {
        noData(
          target,
          expected,
          "absent",
          `ratio denominator ${to} is absent: ${noSeriesReason(after, r.to)}`,
        );
      } else if (!familyExists(after, r.of.metric)) {
        record(
          target,
          expected,
          "absent",
          "0",
          `ratio numerator ${r.of.metric} is not exposed (check the metric name)`,
        );
      } else {
        // A numerator with no matching series yet (no errors ever) is zero, not absent.
        const num = measure(r.of).value;
        const den = measure(r.to).value;
        if (den === 0) {
          noData(
            target,
            expected,
            `${formatNumber(num)} / 0`,
            `ratio undefined: ${to} ${before ? `did not increase${over}` : "is 0"} (no traffic to judge)`,
          );
        } else {
          const value = num / den;
          const why = breaks(value, r);
          // A numerator with no series reads as zero errors; say so, in case a label value is mistyped.
          const none =
            matching(after, r.of).length === 0 ? `; numerator: ${noSeriesReason(after, r.of)}` : "";
          ratioText = `ratio ${formatNumber(value)} (${formatNumber(num)} / ${formatNumber(den)})${none}`;
          record(
            target,
            expected,
            `${formatNumber(value)} (${formatNumber(num)} / ${formatNumber(den)})`,
            "",
            why ? `${target}${over} ${why}` : undefined,
          );
        }
      }
    }

    const tables: ResultTable[] = rows.length
      ? [
          {
            title: `Metrics${over ? ` (increase${over})` : ""}`,
            columns: ["series", "expected", "actual", "series matched", "result"],
            rows,
          },
        ]
      : [];
    const missed = assertions.filter((a) => !a.passed);
    const ordered = [...missed, ...assertions.filter((a) => a.passed)];
    // A real failure decides whatever else found no data.
    const failed = missed.filter((a) => !unjudged.includes(a.message));
    if (failed.length > 0) {
      const more = failed.length > 1 ? ` (+${failed.length - 1} more)` : "";
      return done("failed", `${failed[0]?.message}${more}`, exchange, { assertions: ordered, tables });
    }
    if (unjudged.length > 0) {
      const more = unjudged.length > 1 ? ` (+${unjudged.length - 1} more)` : "";
      return done("inconclusive", `${unjudged[0]}${more}`, exchange, { assertions: ordered, tables });
    }
    const what = assertions.length
      ? `${assertions.length} assertion${assertions.length > 1 ? "s hold" : " holds"}${over}`
      : "exposition parsed";
    return done(
      "passed",
      `${what} (${after.samples.length} samples)${ratioText ? `; ${ratioText}` : ""}`,
      exchange,
      {
        assertions: ordered,
        tables,
      },
    );
  },
};
