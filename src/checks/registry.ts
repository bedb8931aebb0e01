// `type` → runner. Adding a check type is one new file and one line here.
import { flowCheck } from "./flow.js";
import { httpCheck } from "./http.js";
import { idempotencyCheck } from "./idempotency.js";
import { jwksCheck } from "./jwks.js";
import { metricsCheck } from "./metrics.js";
import { prometheusCheck } from "./prometheus.js";
import { rateLimitCheck } from "./rate-limit.js";
import { releaseGuardCheck } from "./release-guard.js";
import { tlsCheck } from "./tls.js";
import type { CheckType } from "./types.js";
import { webhookCheck } from "./webhook.js";

// biome-ignore lint/suspicious/noExplicitAny: each entry's run() takes its own config type; the schema check makes that safe.
export const CHECK_TYPES: readonly CheckType<any>[] = [
  httpCheck,
  flowCheck,
  releaseGuardCheck,
  idempotencyCheck,
  webhookCheck,
  rateLimitCheck,
  jwksCheck,
  metricsCheck,
  prometheusCheck,
  tlsCheck,
];

// biome-ignore lint/suspicious/noExplicitAny: as above.
export const checkTypes: ReadonlyMap<string, CheckType<any>> = new Map(CHECK_TYPES.map((t) => [t.type, t]));
