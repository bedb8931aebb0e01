// What the gate found about the service as a whole, said once at the top of every report instead
// of once per check: the base URL could not be reached, it stopped answering, a circuit held
// requests back, or nothing was checked at all.
import type { CheckResult, GateResult } from "../engine/results.js";
import { plural } from "../text/plural.js";
import { failureEvidence } from "./evidence.js";

export interface Finding {
  readonly kind: "unreachable" | "stopped-answering" | "circuit" | "nothing-checked";
  /** One line, plain text. */
  readonly text: string;
}

/** Origins answer a few requests then stop: two unanswered in a row after an answer is a service going down. */
const STOPPED_AFTER = 2;

function hostOf(origin: string): string {
  try {
    return new URL(origin).host;
  } catch {
    return origin;
  }
}

/** The failing checks whose deciding request got no answer from the unreachable base URL. */
export function unreachableChecks(result: GateResult): CheckResult[] {
  const { unreachable } = result;
  if (!unreachable) return [];
  return result.checks.filter((c) => {
    if (c.outcome === "passed" || c.outcome === "skipped") return false;
    const exchange = failureEvidence(c).exchange;
    if (!exchange || exchange.status !== undefined) return false;
    try {
      return new URL(exchange.url).origin === unreachable.origin;
    } catch {
      return false;
    }
  });
}

function skipReasons(result: GateResult): string {
  const skipped = result.checks.filter((c) => c.severity === "critical" && c.outcome === "skipped");
  if (skipped.length === 0) return "no critical check was selected";
  const shown = skipped.slice(0, 5).map((c) => `${c.name} (${c.detail})`);
  const more = skipped.length > shown.length ? `, and ${skipped.length - shown.length} more` : "";
  return `every critical check was skipped: ${shown.join("; ")}${more}`;
}

export function gateFindings(result: GateResult): Finding[] {
  const findings: Finding[] = [];
  if (result.nothingChecked) {
    findings.push({
      kind: "nothing-checked",
      text: `nothing was checked — ${skipReasons(result)} → check the if, only or needs that skipped them`,
    });
  }
  const unreachable = result.unreachable?.origin;
  if (result.unreachable) {
    const failed = unreachableChecks(result).length;
    const circuit = result.origins?.find((o) => o.origin === unreachable)?.circuit;
    const parts = [
      `base URL unreachable: ${result.unreachable.error} — no request got an answer`,
      failed > 0 ? `${plural(failed, "check")} failed on it` : "",
      circuit ? `its circuit held back ${plural(circuit.heldBack, "request")}` : "",
    ];
    // The cause of every check it failed, so it carries their next step too, said once here.
    const next = "→ check that the deployment is up and that the base URL points at it";
    findings.push({ kind: "unreachable", text: `${parts.filter(Boolean).join("; ")} ${next}` });
  }
  for (const o of result.origins ?? []) {
    // Said once, in the unreachable line above.
    if (o.origin === unreachable) continue;
    const host = hostOf(o.origin);
    if (o.answered > 0 && o.unansweredSinceLastAnswer >= STOPPED_AFTER) {
      findings.push({
        kind: "stopped-answering",
        text: `${host} stopped answering during the gate: the last ${o.unansweredSinceLastAnswer} requests got no answer (${o.lastError ?? "no answer"})`,
      });
    }
    if (o.circuit) {
      const { opened, reason, failedProbes, heldBack } = o.circuit;
      const times = opened > 1 ? ` (${opened} times)` : "";
      const probes =
        failedProbes > 0 ? `; ${plural(failedProbes, "probe")} after the cool-down failed too` : "";
      findings.push({
        kind: "circuit",
        text: `circuit opened for ${host}${times} after ${reason}${probes}; it held back ${plural(heldBack, "request")}`,
      });
    }
  }
  return findings;
}
