// The SLO gate: an instant PromQL query against a Prometheus server's HTTP API, every returned
// sample compared with the thresholds. An empty result fails (fail closed) unless `on-empty` says
// otherwise; Prometheus's own error (`{ status: "error", errorType, error }`) is shown verbatim.
import { z } from "zod";
import type { AssertionResult } from "../assert/assertion-result.js";
import { parseJsonBody } from "../assert/jsonpath.js";
import { breach, formatNumber, thresholdText } from "../assert/thresholds.js";
import { explainAnswer } from "../http/explain.js";
import { oneLine } from "../text/display-text.js";
import { emptyAction, onEmpty } from "./on-empty.js";
import { joinUrl, send } from "./send.js";
import type { CheckRun, CheckType } from "./types.js";

const fields = {
  /** The Prometheus server's base URL (not the service's). */
  url: z.string().min(1),
  query: z.string().min(1),
  below: z.number().optional(),
  above: z.number().optional(),
  "on-empty": onEmpty.optional(),
  /** The older spelling of `on-empty: pass`. */
  "allow-empty": z.boolean().optional(),
  headers: z.record(z.string(), z.union([z.string(), z.null()])).optional(),
};

const answer = z.looseObject({
  status: z.string(),
  data: z.looseObject({ resultType: z.string(), result: z.unknown() }).optional(),
  errorType: z.string().optional(),
  error: z.string().optional(),
  warnings: z.array(z.string()).optional(),
});
const vectorItem = z.looseObject({
  metric: z.record(z.string(), z.string()).default({}),
  value: z.tuple([z.number(), z.string()]),
});
const matrixItem = z.looseObject({
  metric: z.record(z.string(), z.string()).default({}),
  values: z.array(z.tuple([z.number(), z.string()])),
});

interface Sample {
  readonly series: string;
  readonly value: number;
  readonly text: string;
}

function seriesText(metric: Readonly<Record<string, string>>): string {
  const { __name__: name = "", ...labels } = metric;
  const parts = Object.entries(labels).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
  return `${name}{${parts.join(", ")}}`;
}

/** Every sample of a query result; undefined when the result is not a vector, matrix or scalar. */
function samplesOf(resultType: string, result: unknown): Sample[] | undefined {
  const sample = (series: string, text: string): Sample => ({ series, value: Number(text), text });
  if (resultType === "vector") {
    const items = z.array(vectorItem).safeParse(result);
    return items.success ? items.data.map((i) => sample(seriesText(i.metric), i.value[1])) : undefined;
  }
  if (resultType === "matrix") {
    const items = z.array(matrixItem).safeParse(result);
    return items.success
      ? items.data.flatMap((i) => i.values.map((v) => sample(seriesText(i.metric), v[1])))
      : undefined;
  }
  if (resultType === "scalar") {
    const value = z.tuple([z.number(), z.string()]).safeParse(result);
    return value.success ? [sample("scalar", value.data[1])] : undefined;
  }
  return undefined;
}

const MAX_ROWS = 20;

export const prometheusCheck: CheckType<typeof fields> = {
  type: "prometheus",
  fields,
  defaultName: (check) => `prometheus ${oneLine(check.query, 80)}`,
  refine(check, ctx) {
    const allow = check["allow-empty"];
    const given = check["on-empty"];
    if (allow !== undefined && given !== undefined && (allow ? "pass" : "fail") !== given) {
      ctx.addIssue({
        code: "custom",
        path: ["allow-empty"],
        message: `allow-empty: ${allow} contradicts on-empty: ${given}; give on-empty alone (allow-empty: true is the older spelling of on-empty: pass)`,
      });
    }
  },
  async run(ctx): Promise<CheckRun> {
    const check = ctx.render(ctx.check);
    const { below, above, query } = check;
    const url = joinUrl(check.url, "/api/v1/query");
    const sent = await send(ctx, {
      method: "GET",
      url,
      query: { query },
      headers: { Accept: "application/json", ...check.headers },
    });
    const base = { exchange: sent.exchange };
    const assertions: AssertionResult[] = [];
    const { response } = sent;
    if (!response)
      return {
        ...base,
        outcome: "errored",
        detail: `Prometheus at ${check.url}: ${sent.failure?.message ?? "no response"}`,
        assertions,
      };
    const failed = (detail: string, extra: Partial<CheckRun> = {}): CheckRun => ({
      ...base,
      outcome: "failed",
      detail,
      assertions,
      ...extra,
    });

    const body = parseJsonBody(response.text);
    const parsed = body.ok ? answer.safeParse(body.value) : undefined;
    if (parsed?.success && parsed.data.status === "error") {
      const { errorType = "error", error = "" } = parsed.data;
      return failed(`Prometheus ${errorType} (${response.status}): ${oneLine(error, 500)}`);
    }
    if (
      response.status < 200 ||
      response.status > 299 ||
      !parsed?.success ||
      parsed.data.status !== "success" ||
      !parsed.data.data
    ) {
      const explained = explainAnswer(response);
      const why = !body.ok
        ? body.reason
        : "expected a Prometheus API answer { status, data: { resultType, result } }";
      return failed(
        `Prometheus answered ${response.status}: ${explained.detail ?? why}`,
        explained.hint ? { hint: explained.hint } : {},
      );
    }
    const { resultType, result } = parsed.data.data;
    const samples = samplesOf(resultType, result);
    if (!samples) return failed(`query returned a ${resultType}; expected a vector, matrix or scalar`);
    const warnings = parsed.data.warnings?.length
      ? ` (Prometheus warned: ${oneLine(parsed.data.warnings.join("; "), 300)})`
      : "";
    if (samples.length === 0) {
      const action = emptyAction(check["on-empty"], check["allow-empty"]);
      if (action === "pass")
        return { ...base, outcome: "passed", detail: `empty result (on-empty: pass)${warnings}`, assertions };
      assertions.push({
        target: "result",
        expected: "at least one sample",
        actual: "empty",
        passed: false,
        message: "empty result",
      });
      if (action === "inconclusive")
        return {
          ...base,
          outcome: "inconclusive",
          detail: `no data: the query returned no samples, so there is nothing to judge (on-empty: inconclusive)${warnings}`,
          assertions,
        };
      return failed(
        `the query returned no samples (fail closed; set on-empty: inconclusive or pass if that can be expected)${warnings}`,
      );
    }

    const threshold = thresholdText({ below, above });
    const verdicts = samples.map((s) => ({ s, why: breach(s.value, { below, above }) }));
    for (const { s, why } of verdicts) {
      assertions.push({
        target: s.series,
        expected: threshold || "a sample",
        actual: s.text,
        passed: !why,
        message: why ? `${s.series} = ${s.text}: ${why}` : `${s.series} = ${s.text}`,
      });
    }
    const bad = verdicts.filter((v) => v.why);
    const shown = [...bad, ...verdicts.filter((v) => !v.why)].slice(0, MAX_ROWS);
    const rows = shown.map(({ s, why }) => [s.series, s.text, why ? `FAILED: ${why}` : "ok"]);
    if (verdicts.length > MAX_ROWS) rows.push([`… ${verdicts.length - MAX_ROWS} more samples`, "", ""]);
    const tables = [
      { title: `Prometheus: ${oneLine(query, 200)}`, columns: ["series", "value", "result"], rows },
    ];
    const ordered = [...assertions.filter((a) => !a.passed), ...assertions.filter((a) => a.passed)];
    if (bad.length > 0) {
      const [firstBad] = bad;
      const more = bad.length > 1 ? ` (+${bad.length - 1} more)` : "";
      return failed(
        `${bad.length} of ${samples.length} sample${samples.length > 1 ? "s" : ""} break ${threshold}: ${firstBad?.s.series} = ${firstBad?.s.text}${more}${warnings}`,
        {
          assertions: ordered,
          tables,
        },
      );
    }
    const values = samples.map((s) => s.value);
    const range =
      samples.length > 1
        ? `, from ${formatNumber(Math.min(...values))} to ${formatNumber(Math.max(...values))}`
        : ` = ${samples[0]?.text}`;
    return {
      ...base,
      outcome: "passed",
      detail: `${samples.length} sample${samples.length > 1 ? "s" : ""}${threshold ? ` ${threshold}` : ""}${range}${warnings}`,
      assertions: ordered,
      tables,
    };
  },
};
