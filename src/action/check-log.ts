// Each check in the action's log: its headline as it finishes, and a collapsed group with its
// evidence once the gate is over. The icons and words are the reports' own (report/outcomes.ts).
import * as core from "@actions/core";
import type { CheckResult } from "../engine/results.js";
import { describeOutcome } from "../report/describe.js";
import { failureEvidence } from "../report/evidence.js";
import { checkEmoji, outcomeWord } from "../report/outcomes.js";
import type { Redactor } from "../secrets/redact.js";
import { oneLine } from "../text/display-text.js";
import { formatDuration } from "../text/duration.js";
import { plural } from "../text/plural.js";

/** A log line stays one readable line whatever a service or a config put in it. */
const MAX_LOG_LINE = 1000;

/** `❌ list tasks — failed in 132ms`: the log line as a check finishes, and its group's title. */
export function headline(result: CheckResult): string {
  const icon = checkEmoji(result);
  return `${icon} ${result.name} — ${describeOutcome(result)} in ${formatDuration(result.durationMs)}`;
}

export function logCheck(result: CheckResult, redactor: Redactor): void {
  const line = (text: string) => core.info(oneLine(redactor.text(text), MAX_LOG_LINE));
  core.startGroup(oneLine(redactor.text(headline(result)), MAX_LOG_LINE));
  line(result.detail);
  if (result.warning) line(`warning: ${result.warning}`);
  if (result.hint) line(`hint: ${result.hint}`);
  // The deciding request and failed expectations, the failed step's for a flow: as every report has them.
  const { exchange: ex, failedAssertions } = failureEvidence(result);
  if (ex) line(`${ex.method} ${ex.url} → ${ex.status ?? ex.error}`);
  const spent = [
    result.retries > 0 ? plural(result.retries, "retry", "retries") : "",
    result.polls > 0 ? `${plural(result.polls, "poll")} over ${formatDuration(result.waitedMs)}` : "",
    result.heldBack > 0 ? `${plural(result.heldBack, "request")} held back by an open circuit` : "",
  ].filter(Boolean);
  if (spent.length > 0) line(spent.join(" · "));
  for (const a of failedAssertions) {
    line(`✗ ${a.target}: expected ${a.expected}, got ${a.actual}`);
  }
  for (const s of result.steps ?? []) line(`  step ${s.name}: ${outcomeWord(s.outcome)} — ${s.detail}`);
  for (const note of result.log ?? []) line(note);
  core.endGroup();
}
