// `on-empty`: what a metrics assertion or a Prometheus query that found no data decides. No data
// is not evidence of health, so the default fails closed; `inconclusive` hands the decision to
// `on-inconclusive` (a release with no traffic yet can be held for a person), `pass` accepts it.
import { z } from "zod";

export const onEmpty = z.enum(["fail", "pass", "inconclusive"]).meta({
  description:
    "what no data decides: fail (the default: fail closed), pass, or inconclusive (on-inconclusive decides)",
});
export type OnEmpty = z.infer<typeof onEmpty>;

/** `on-empty`, else the older `allow-empty: true` (pass), else fail. */
export function emptyAction(given: OnEmpty | undefined, allowEmpty?: boolean): OnEmpty {
  return given ?? (allowEmpty ? "pass" : "fail");
}
