// Annotations for failed checks, planned as data so the action adapter only emits them.
// GitHub shows at most 10 error and 10 warning annotations per step and drops the rest
// silently, so past a cap the last slot says how many more failed instead.
import type { CheckResult, GateResult } from "../engine/results.js";
import { oneLine, stripControl } from "../text/display-text.js";
import { bakeLine } from "./bake.js";
import { describeOutcome, failingChecks, gateState, gateTitle } from "./describe.js";
import { diagnose } from "./diagnosis.js";
import { failureEvidence } from "./evidence.js";
import { gateFindings, unreachableChecks } from "./findings.js";

export interface Annotation {
  readonly level: "error" | "warning";
  readonly title: string;
  readonly message: string;
}

export interface AnnotationLimits {
  readonly maxErrors?: number;
  readonly maxWarnings?: number;
}

const MAX_ASSERTION_LINES = 5;
const MAX_MESSAGE_CHARS = 4000;

/** The check's diagnosis (the summary's words), then its failed assertions as expected vs actual. */
function message(check: CheckResult, dryRun: boolean): string {
  const evidence = failureEvidence(check);
  const d = diagnose(check);
  const lines = [
    `${describeOutcome(check)}: ${oneLine(d.what ? `${d.what} · ${d.why}` : d.why, 600)}`,
    `what to do: ${oneLine(d.next, 400)}`,
  ];
  if (check.bake?.marks) lines.push(`bake: ${bakeLine(check.bake, "glyph")}`);
  for (const a of evidence.failedAssertions.slice(0, MAX_ASSERTION_LINES)) {
    lines.push(oneLine(`${a.target}: expected ${a.expected}, got ${a.actual}`, 300));
  }
  if (evidence.failedAssertions.length > MAX_ASSERTION_LINES) {
    lines.push(`… ${evidence.failedAssertions.length - MAX_ASSERTION_LINES} more failed assertions`);
  }
  if (check.severity === "warning") lines.push("(warning: does not block the deployment)");
  else if (dryRun) lines.push("(dry run: would have blocked the deployment)");
  return stripControl(lines.join("\n")).slice(0, MAX_MESSAGE_CHARS);
}

function capped(
  level: Annotation["level"],
  checks: readonly CheckResult[],
  max: number,
  result: GateResult,
): Annotation[] {
  const title = gateTitle(result.label);
  const dryRun = gateState(result) === "would-block";
  const listed = checks.length > max ? Math.max(0, max - 1) : checks.length;
  const annotations: Annotation[] = checks.slice(0, listed).map((c) => ({
    level,
    title: oneLine(`${title}: ${c.name}`, 200),
    message: message(c, dryRun),
  }));
  const rest = checks.length - listed;
  if (rest > 0 && max > 0) {
    const what = listed > 0 ? `${rest} more checks failed` : `${rest} checks failed`;
    annotations.push({ level, title, message: `${what} — see the step summary` });
  }
  return annotations;
}

/**
 * One error per failed critical check, one warning per failed warning check, within the caps.
 * What the gate found about the service as a whole (unreachable, nothing checked) is one error,
 * and the checks that failed only because of it get no annotation of their own.
 */
export function planAnnotations(result: GateResult, limits: AnnotationLimits = {}): Annotation[] {
  const { maxErrors = 10, maxWarnings = 10 } = limits;
  const { critical, warnings } = failingChecks(result);
  const unreachable = new Set(unreachableChecks(result));
  const findings: Annotation[] = gateFindings(result)
    .filter((f) => f.kind === "unreachable" || f.kind === "nothing-checked")
    .map((f) => ({
      level: "error",
      title: gateTitle(result.label),
      message: oneLine(f.text, MAX_MESSAGE_CHARS),
    }));
  return [
    ...findings,
    ...capped(
      "error",
      critical.filter((c) => !unreachable.has(c)),
      Math.max(0, maxErrors - findings.length),
      result,
    ),
    ...capped(
      "warning",
      warnings.filter((c) => !unreachable.has(c)),
      maxWarnings,
      result,
    ),
  ];
}
