// Runs the selected checks as a DAG: independent checks at most `concurrency` at once,
// dependent ones after their needs, everything inside the gate's deadline.
import { setMaxListeners } from "node:events";
import { failedStep } from "../checks/failed-step.js";
import { checkTypes } from "../checks/registry.js";
import type { CheckOutcome, CheckRun, RequestSettings } from "../checks/types.js";
import type { CheckConfig, GateConfig } from "../config/load.js";
import { evaluateCondition, renderDeep, type TemplateScope } from "../config/templates.js";
import { createHttpClient } from "../http/client.js";
import type { HttpClient, OriginRecord } from "../http/types.js";
import type { Redactor } from "../secrets/redact.js";
import { boundStrings, clipText, MAX_RESULT_TEXT } from "../text/bounded.js";
import { formatDuration, MAX_DURATION_MS } from "../text/duration.js";
import { VERSION } from "../version.js";
import { BakeProgress, NO_REQUESTS, type Ran, runBake } from "./bake.js";
import { baselineFor, type LoadedBaseline, loadBaselineReport } from "./baseline.js";
import { selectChecks } from "./plan.js";
import { renderedNames } from "./rendered-names.js";
import { requestLedger } from "./request-ledger.js";
import { type CheckResult, countResults, type GateResult, gateVerdict, isFailing } from "./results.js";
import type { GateSettings } from "./settings.js";

/**
 * What the engine is told: the run's settings (documented once, in GateSettings), and what the
 * adapters built from them — the validated config, the template scope, the redactor.
 */
export interface GateOptions
  extends Pick<
      GateSettings,
      | "baseUrl"
      | "label"
      | "mode"
      | "concurrency"
      | "timeoutMs"
      | "requestTimeoutMs"
      | "retries"
      | "failFast"
      | "only"
      | "baselineUrl"
      | "baselineReport"
    >,
    Partial<Pick<GateSettings, "workspace" | "onInconclusive">> {
  readonly config: GateConfig;
  readonly scope: TemplateScope;
  readonly redactor: Redactor;
  /** Cancellation from outside (SIGINT/SIGTERM). */
  readonly signal?: AbortSignal;
  readonly http?: HttpClient;
  readonly run?: GateResult["run"];
  readonly onCheckStart?: (check: CheckConfig) => void;
  readonly onCheckDone?: (result: CheckResult) => void;
}

const BUILTIN_TIMEOUT_MS = 10_000;
const BUILTIN_RETRIES = 2;

/** The check's own `timeout` and `retries` win over the inputs, which win over the config's `defaults`. */
function requestSettings(
  check: CheckConfig,
  options: GateOptions,
  headers: RequestSettings["headers"],
): RequestSettings {
  const { defaults } = options.config;
  return {
    timeoutMs: check.timeout ?? options.requestTimeoutMs ?? defaults.timeout ?? BUILTIN_TIMEOUT_MS,
    retries: check.retries ?? options.retries ?? defaults.retries ?? BUILTIN_RETRIES,
    headers,
  };
}

function skipped(check: CheckConfig, detail: string): CheckResult {
  return base(check, "skipped", detail, 0);
}

function base(check: CheckConfig, outcome: CheckOutcome, detail: string, durationMs: number): CheckResult {
  return {
    name: check.name,
    type: check.type,
    severity: check.severity,
    tags: check.tags,
    outcome,
    detail,
    durationMs,
    ...NO_REQUESTS,
    flaky: false,
    assertions: [],
  };
}

/** No answer within the request timeout is `timed out`, apart from other errors (SPEC §5). */
function outcomeOf(run: CheckRun): CheckOutcome {
  if (run.outcome !== "errored") return run.outcome;
  const deciding = run.exchange ?? failedStep(run.steps)?.exchange;
  return deciding?.failure === "timeout" ? "timed-out" : "errored";
}

function fromRun(
  check: CheckConfig,
  { run, tally }: Ran,
  durationMs: number,
  bake: CheckResult["bake"],
): CheckResult {
  // A pass that needed a retry is flaky; so is a bake that passed with failed runs within its limit.
  const shaky = tally.retries > 0 || (bake?.failures ?? 0) > 0;
  return {
    ...base(check, outcomeOf(run), run.detail, durationMs),
    ...(run.hint ? { hint: run.hint } : {}),
    ...(run.warning !== undefined && run.outcome === "passed" ? { warning: run.warning } : {}),
    ...tally,
    flaky: run.outcome === "passed" && shaky,
    assertions: run.assertions,
    ...(run.exchange ? { exchange: run.exchange } : {}),
    ...(run.steps ? { steps: run.steps } : {}),
    ...(run.tables ? { tables: run.tables } : {}),
    ...(run.samples ? { samples: run.samples } : {}),
    ...(run.observed ? { observed: run.observed } : {}),
    ...(run.comparison ? { comparison: run.comparison } : {}),
  };
}

export async function runChecks(options: GateOptions): Promise<GateResult> {
  const startedAt = new Date();
  const started = Date.now();
  const deadline = started + options.timeoutMs;
  const { config, redactor } = options;
  const http = options.http ?? createHttpClient();
  const controller = new AbortController();
  // Every in-flight request listens on this one signal.
  setMaxListeners(0, controller.signal);
  const checks = selectChecks(config.checks, options.only);
  // Checks that wait (bake windows, polling, flows) are on the critical path: start them first
  // so the quick ones run in their shadow. Results keep config order.
  const startOrder = [...checks].sort((a, b) => waits(b) - waits(a));
  const results = new Map<string, CheckResult>();
  // A running bake's progress, so a deadline that cuts it reports what it saw, not a timeout.
  const running = new Map<string, { check: CheckConfig; started: number; bake?: BakeProgress }>();
  let stopped: "timed-out" | "cancelled" | undefined;
  // Set when the deadline or a cancellation cut a check short; a bake it cut is inconclusive instead.
  let interrupted: GateResult["interrupted"];
  let stopStarting: string | undefined;

  const names = renderedNames();
  const defaultHeaders = renderDeep(config.defaults.headers ?? {}, options.scope, {}, names.observe);
  // Read once, before any check runs; only when a selected check compares and no URL is given.
  let baselineReport: LoadedBaseline | undefined;
  if (options.baselineReport && !options.baselineUrl && checks.some((c) => c.spec.compare !== undefined)) {
    baselineReport = await loadBaselineReport(
      options.baselineReport,
      options.label,
      options.workspace ?? process.cwd(),
    );
  }

  const finish = (result: CheckResult) => {
    const clean = redact(result, redactor);
    results.set(clean.name, clean);
    running.delete(clean.name);
    if (!stopStarting && options.failFast && clean.severity === "critical" && isFailing(clean.outcome)) {
      stopStarting = clean.name;
    }
    options.onCheckDone?.(clean);
  };

  const execute = async (check: CheckConfig): Promise<void> => {
    const type = checkTypes.get(check.type)!;
    const checkStarted = Date.now();
    const notes: string[] = [];
    running.set(check.name, { check, started: checkStarted });
    options.onCheckStart?.(check);
    const request = requestSettings(check, options, defaultHeaders);
    const once = async (windowDeadline: number): Promise<Ran> => {
      const ledger = requestLedger(http);
      try {
        const run = await type.run({
          check: check.spec as never,
          baseUrl: options.baseUrl,
          http: ledger.client,
          render: (value, captures) => renderDeep(value, options.scope, captures, names.observe),
          request,
          baseline: baselineFor(check.name, options, baselineReport),
          deadline: Math.min(deadline, windowDeadline),
          signal: controller.signal,
          addSecret: (value) => redactor.add(value),
          redact: (text) => redactor.text(text),
          containsSecret: (value) => redactor.text(value) !== value,
          namesIn: (value) => names.namesIn(value),
          log: (line) => {
            if (notes.length < 100) notes.push(line);
          },
        });
        return { run, tally: ledger.tally() };
      } catch (error) {
        // A bug in one check ends that check, never the gate.
        const message = firstLine(error instanceof Error ? error.message : String(error));
        const run: CheckRun = {
          outcome: "errored",
          detail: `internal error in check "${check.name}": ${message}`,
          assertions: [],
        };
        return { run, tally: ledger.tally() };
      }
    };
    let ran: Ran;
    let bake: CheckResult["bake"];
    if (check.bake) {
      const progress = new BakeProgress(check.bake, checkStarted);
      running.set(check.name, { check, started: checkStarted, bake: progress });
      const baked = await runBake(check.bake, progress, once, deadline, controller.signal);
      if (!baked) return; // stopped from outside, and reported there
      ({ ran, bake } = baked);
    } else {
      ran = await once(deadline);
    }
    const { run } = ran;
    if (results.has(check.name)) return; // already reported as timed out or cancelled
    // A request cut by the gate deadline can settle a moment before the gate's own timer fires.
    // (A bake has judged that itself: a run the deadline cut does not count.)
    if (!bake && run.outcome !== "passed" && Date.now() >= deadline) return stop("timed-out");
    finish({
      ...fromRun(check, ran, Date.now() - checkStarted, bake),
      ...(notes.length ? { log: notes } : {}),
      ...(bake ? { bake } : {}),
    });
  };

  // An error outside any check's own run (in the engine, or a redaction it calls) ends the gate at
  // once and reaches the adapter's last resort; it must never leave the gate waiting for a check
  // whose result will not come.
  let crash: (error: unknown) => void = () => undefined;
  const crashed = new Promise<never>((_, reject) => {
    crash = reject;
  });

  /** Why a check whose needs have all finished cannot run: the first that did not pass. */
  const unmetNeed = (check: CheckConfig): string | undefined => {
    const needs = check.needs.map((n) => results.get(n));
    if (needs.some((r) => r === undefined)) return undefined;
    const failedNeed = needs.find((r) => r && r.outcome !== "passed");
    if (!failedNeed) return undefined;
    const why =
      failedNeed.outcome === "skipped" || failedNeed.outcome === "inconclusive"
        ? `was ${failedNeed.outcome}`
        : failedNeed.outcome;
    return `needs "${failedNeed.name}", which ${why}`;
  };

  const schedule = new Promise<void>((resolve) => {
    const inFlight = new Set<Promise<void>>();
    const pump = () => {
      let progressed = true;
      while (progressed && !stopped) {
        progressed = false;
        for (const check of startOrder) {
          if (results.has(check.name) || running.has(check.name)) continue;
          const needs = check.needs.map((n) => results.get(n));
          if (needs.some((r) => r === undefined)) continue;
          progressed = true;
          const unmet = unmetNeed(check);
          if (unmet) {
            finish(skipped(check, unmet));
          } else if (stopStarting) {
            finish(skipped(check, `not started: fail-fast after "${stopStarting}" failed`));
          } else if (check.if !== undefined && !evaluateCondition(check.if, options.scope)) {
            finish(skipped(check, `if: ${String(check.if)} is false`));
          } else if (inFlight.size >= options.concurrency) {
            progressed = false;
            break;
          } else {
            const p: Promise<void> = execute(check)
              .then(() => {
                inFlight.delete(p);
                pump();
              })
              .catch(crash);
            inFlight.add(p);
          }
        }
      }
      if (results.size === checks.length) resolve();
    };
    pump();
  });

  const stop = (why: "timed-out" | "cancelled") => {
    if (stopped) return;
    stopped = why;
    if (why === "cancelled") interrupted = why;
    controller.abort();
    const word =
      why === "timed-out" ? `gate timeout of ${formatDuration(options.timeoutMs)} reached` : "job cancelled";
    for (const [name, run] of running) {
      if (!run.bake || results.has(name)) continue;
      // Not a timeout: the bake's runs so far, too few to judge.
      const cut = run.bake.cut(why === "timed-out" ? "deadline" : "cancelled");
      finish({ ...fromRun(run.check, cut.ran, Date.now() - run.started, cut.bake), bake: cut.bake });
    }
    // What waited on a bake just cut is skipped as it would have been a moment later, not timed out.
    for (let progressed = true; progressed; ) {
      progressed = false;
      for (const check of checks) {
        if (results.has(check.name) || running.has(check.name)) continue;
        const unmet = unmetNeed(check);
        if (unmet) {
          finish(skipped(check, unmet));
          progressed = true;
        }
      }
    }
    for (const check of checks) {
      if (results.has(check.name)) continue;
      const run = running.get(check.name);
      interrupted = why;
      finish({
        ...base(
          check,
          why,
          run ? `${word} while running` : `${word} before it started`,
          run ? Date.now() - run.started : 0,
        ),
      });
    }
  };

  // Node fires a timer of more than 2^31-1 ms at once; config validation refuses such timeouts.
  const interrupt = (why: "timed-out" | "cancelled") => {
    try {
      stop(why);
    } catch (error) {
      crash(error);
    }
  };
  const timer = setTimeout(
    () => interrupt("timed-out"),
    Math.min(MAX_DURATION_MS, Math.max(0, deadline - Date.now())),
  );
  const onCancel = () => interrupt("cancelled");
  options.signal?.addEventListener("abort", onCancel, { once: true });
  if (options.signal?.aborted) onCancel();
  const interruptedP = new Promise<void>((resolve) => {
    controller.signal.addEventListener("abort", () => resolve(), { once: true });
  });
  try {
    await Promise.race([schedule, interruptedP, crashed]);
  } catch (error) {
    // The checks still running stop: their results would never be reported.
    controller.abort();
    throw error;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", onCancel);
    if (!options.http) http.close();
  }

  const ordered = checks.map((c) => results.get(c.name)!);
  const counts = countResults(ordered);
  const failedChecks = ordered
    .filter((c) => c.severity === "critical" && isFailing(c.outcome))
    .map((c) => c.name);
  // Nothing proved is not a pass: a gate whose every critical check was skipped checked nothing.
  const nothingChecked =
    !stopped && !ordered.some((c) => c.severity === "critical" && c.outcome !== "skipped");
  const origins = boundStrings(redactor.deep(http.origins()));
  const unreachable = unreachableBase(options.baseUrl, origins);
  return {
    version: 1,
    tool: { name: "deploy-gate", version: VERSION },
    label: options.label,
    mode: options.mode,
    baseUrl: clipText(redactor.text(options.baseUrl), MAX_RESULT_TEXT),
    verdict: gateVerdict(ordered, { interrupted: interrupted !== undefined, nothingChecked }),
    ...(options.onInconclusive ? { onInconclusive: options.onInconclusive } : {}),
    ...(interrupted ? { interrupted } : {}),
    ...(nothingChecked ? { nothingChecked } : {}),
    ...(unreachable ? { unreachable } : {}),
    ...(origins.length > 0 ? { origins } : {}),
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - started,
    counts,
    failedChecks,
    checks: ordered,
    ...(options.run ? { run: options.run } : {}),
  };
}

/**
 * The base URL's origin, when not one request could connect to it. A service that accepts
 * connections but never answers is not unreachable: its checks time out, each saying so.
 */
function unreachableBase(baseUrl: string, origins: readonly OriginRecord[]): GateResult["unreachable"] {
  let origin: string;
  try {
    origin = new URL(baseUrl).origin;
  } catch {
    return undefined;
  }
  const seen = origins.find((o) => o.origin === origin);
  if (!seen || seen.answered > 0 || seen.lastFailure !== "connection") return undefined;
  return { origin, error: seen.lastError ?? "no answer" };
}

/** How long a check tends to take: 2 for a bake window, 1 for polling or a flow, else 0. */
function waits(check: CheckConfig): number {
  if (check.bake) return 2;
  const spec = check.spec as { until?: unknown; "fail-when"?: unknown };
  return check.type === "flow" || spec.until !== undefined || spec["fail-when"] !== undefined ? 1 : 0;
}

function firstLine(text: string): string {
  return clipText(text.split("\n", 1)[0] ?? "", 300);
}

/** A body excerpt has its own, larger bound (src/checks/send.ts): it is the evidence. */
const OWN_BOUND: ReadonlySet<string> = new Set(["bodyExcerpt"]);

/** Redacted, then every string bounded: what every reporter may show of a check. */
function redact(result: CheckResult, redactor: Redactor): CheckResult {
  const withHeaders = (ex: CheckResult["exchange"]) =>
    ex?.responseHeaders ? { ...ex, responseHeaders: redactor.headers({ ...ex.responseHeaders }) } : ex;
  const steps = result.steps?.map((s) => (s.exchange ? { ...s, exchange: withHeaders(s.exchange)! } : s));
  const clean = redactor.deep({
    ...result,
    ...(result.exchange ? { exchange: withHeaders(result.exchange)! } : {}),
    ...(steps ? { steps } : {}),
  });
  return boundStrings(clean, OWN_BOUND);
}
