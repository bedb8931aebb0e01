// The release guard contract: `{ pass, violations: [{ reason, route, evidence }] }`.
import { z } from "zod";
import { parseJsonBody } from "../assert/jsonpath.js";
import { explainAnswer } from "../http/explain.js";
import { send } from "./send.js";
import type { CheckRun, CheckType, ResultTable } from "./types.js";

const ignoreRule = z.strictObject({ reason: z.string().optional(), route: z.string().optional() });
const fields = {
  path: z.string().default("/ops/release-guard"),
  headers: z.record(z.string(), z.union([z.string(), z.null()])).optional(),
  ignore: z.array(ignoreRule).default([]),
};

const violation = z.looseObject({
  reason: z.string(),
  route: z.string().optional(),
  evidence: z.unknown().optional(),
});
const guardAnswer = z.looseObject({ pass: z.boolean(), violations: z.array(violation).default([]) });
type Violation = z.infer<typeof violation>;

function isVerdictDocument(text: string): boolean {
  const body = parseJsonBody(text);
  return body.ok && guardAnswer.safeParse(body.value).success;
}

/** `*` matches any run of characters; everything else is literal. */
function globMatches(pattern: string, value: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split("*")
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*")}$`,
  );
  return re.test(value);
}

function isIgnored(v: Violation, rules: readonly z.infer<typeof ignoreRule>[]): boolean {
  return rules.some(
    (r) =>
      (r.reason === undefined || globMatches(r.reason, v.reason)) &&
      (r.route === undefined || (v.route !== undefined && globMatches(r.route, v.route))),
  );
}

/** A string as it is; an object's fields as `key: value, …`, which reads in a table cell where JSON does not. */
function evidenceText(evidence: unknown): string {
  if (evidence === undefined || evidence === null) return "";
  if (typeof evidence === "string") return evidence;
  if (typeof evidence === "object" && !Array.isArray(evidence)) {
    return Object.entries(evidence)
      .map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`)
      .join(", ");
  }
  return JSON.stringify(evidence);
}

/** The documented columns (docs/report-schema.md) first, then whether the violation blocks. */
function table(active: Violation[], ignored: Violation[]): ResultTable[] {
  if (active.length + ignored.length === 0) return [];
  const row = (v: Violation, state: string) => [v.reason, v.route ?? "", evidenceText(v.evidence), state];
  return [
    {
      title: "Release guard violations",
      columns: ["reason", "route", "evidence", "state"],
      rows: [...active.map((v) => row(v, "blocking")), ...ignored.map((v) => row(v, "ignored"))],
    },
  ];
}

export const releaseGuardCheck: CheckType<typeof fields> = {
  type: "release-guard",
  fields,
  async run(ctx): Promise<CheckRun> {
    const { path, headers, ignore } = ctx.render(ctx.check);
    // A guard's answer is a verdict, not a fault: a 503 carrying its document is not retried.
    const sent = await send(
      ctx,
      { method: "GET", path, ...(headers ? { headers } : {}) },
      { expects: (answer) => isVerdictDocument(answer.text) },
    );
    const base = { exchange: sent.exchange, assertions: [] };
    const { response } = sent;
    if (!response) return { ...base, outcome: "errored", detail: `GET ${path}: ${sent.failure?.message}` };

    const body = parseJsonBody(response.text);
    const answer = body.ok ? guardAnswer.safeParse(body.value) : undefined;
    if (!answer?.success) {
      const why = body.ok ? "expected { pass: boolean, violations: [...] }" : body.reason;
      const explained = explainAnswer(response);
      return {
        ...base,
        outcome: "failed",
        detail: `guard answered ${response.status} with an unexpected shape: ${why}${explained.detail ? ` — ${explained.detail}` : ""}`,
        ...(explained.hint ? { hint: explained.hint } : {}),
      };
    }
    const violations = answer.data.violations;
    const active = violations.filter((v) => !isIgnored(v, ignore));
    const ignored = violations.filter((v) => isIgnored(v, ignore));
    const tables = table(active, ignored);
    const ok2xx = response.status >= 200 && response.status < 300;
    const ignoredNote = ignored.length ? ` (${ignored.length} ignored)` : "";

    if (violations.length > 0 && active.length === 0) {
      return {
        ...base,
        outcome: "passed",
        detail: `every violation is acknowledged${ignoredNote}`,
        tables,
      };
    }
    if (answer.data.pass && ok2xx) {
      return { ...base, outcome: "passed", detail: `pass: true${ignoredNote}`, tables };
    }
    const first = active[0];
    const detail = first
      ? `${active.length} blocking violation${active.length > 1 ? "s" : ""}: ${first.reason}${first.route ? ` on ${first.route}` : ""}${ignoredNote}`
      : answer.data.pass
        ? `guard answered ${response.status} with pass: true`
        : "pass: false with no violations listed";
    return { ...base, outcome: "failed", detail, tables };
  },
};
