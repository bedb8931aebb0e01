// A webhook receiver must accept a correctly signed event and refuse a forged signature and
// (for timestamped schemes) a replayed, stale one. Accepting either is a security hole.
import { randomBytes, randomUUID } from "node:crypto";
import { z } from "zod";
import type { AssertionResult } from "../assert/assertion-result.js";
import { duration, type StatusSpec, statusSpec } from "../assert/expect-schema.js";
import { describeStatus, statusMatches } from "../assert/status.js";
import { explainResponse } from "../http/explain.js";
import { formatDuration } from "../text/duration.js";
import { type Sent, send } from "./send.js";
import type { CheckRun, CheckType } from "./types.js";
import {
  BASE64_KEYED,
  signatureHeaders,
  standardWebhooksKey,
  TIMESTAMPED,
  WEBHOOK_SCHEMES,
  type WebhookScheme,
} from "./webhook-signatures.js";

const fields = {
  path: z.string().min(1),
  scheme: z.enum(WEBHOOK_SCHEMES).default("hmac-sha256"),
  secret: z.string().min(1),
  /** A JSON value (sent as JSON) or a string (sent as is). */
  payload: z.unknown().default({ type: "deploy-gate.test" }),
  /** Signature header of the hmac-sha256 scheme. */
  header: z.string().min(1).default("X-Signature"),
  headers: z.record(z.string(), z.union([z.string(), z.null()])).optional(),
  accepted: statusSpec.optional(),
  rejected: statusSpec.default([400, 401, 403]),
  "stale-age": duration.default(3_600_000),
};

type Kind = "valid" | "forged" | "stale";

interface Delivery {
  readonly kind: Kind;
  readonly label: string;
  readonly expected: StatusSpec | undefined;
  readonly sent: Sent;
}

function forgedSecret(scheme: WebhookScheme): string {
  const key = randomBytes(32);
  return BASE64_KEYED.has(scheme) ? `whsec_${key.toString("base64")}` : key.toString("hex");
}

function messageId(): string {
  return `msg_${randomUUID().replaceAll("-", "")}`;
}

export const webhookCheck: CheckType<typeof fields> = {
  type: "webhook",
  fields,
  async run(ctx): Promise<CheckRun> {
    const check = ctx.render(ctx.check);
    const { scheme, secret, path } = check;
    ctx.addSecret(secret);
    const fail = (
      outcome: "failed" | "errored",
      detail: string,
      extra: Partial<CheckRun> = {},
    ): CheckRun => ({
      outcome,
      detail,
      assertions: [],
      ...extra,
    });
    const keyName = BASE64_KEYED.get(scheme);
    if (keyName && !standardWebhooksKey(secret)) {
      return fail("errored", `the secret is not a ${keyName} secret: expected whsec_ followed by base64`);
    }

    const body = typeof check.payload === "string" ? check.payload : JSON.stringify(check.payload);
    const spec = {
      method: "POST",
      path,
      headers: { "Content-Type": "application/json", ...check.headers },
      body,
    };
    const staleAge = formatDuration(check["stale-age"]);
    const deliver = async (
      kind: Kind,
      label: string,
      expected: StatusSpec | undefined,
    ): Promise<Delivery> => {
      const now = Math.floor(Date.now() / 1000);
      const timestamp = kind === "stale" ? now - Math.round(check["stale-age"] / 1000) : now;
      const headers = signatureHeaders({
        scheme,
        secret: kind === "forged" ? forgedSecret(scheme) : secret,
        body,
        timestamp,
        id: scheme === "github" ? randomUUID() : messageId(),
        header: check.header,
      });
      return { kind, label, expected, sent: await send(ctx, spec, { headers }) };
    };

    const deliveries: Delivery[] = [await deliver("valid", "valid signature", check.accepted)];
    deliveries.push(await deliver("forged", "forged signature", check.rejected));
    if (TIMESTAMPED.has(scheme)) {
      deliveries.push(await deliver("stale", `valid signature, timestamp ${staleAge} old`, check.rejected));
    }

    const tables = [
      {
        title: `Webhook deliveries (${scheme})`,
        columns: ["event", "expected", "status", "result"],
        rows: deliveries.map((d) => {
          const status = d.sent.response?.status;
          const ok = status !== undefined && statusMatches(d.expected, status);
          const verdict =
            status === undefined
              ? "no answer"
              : ok
                ? "ok"
                : d.kind === "valid"
                  ? "REJECTED"
                  : accepted(status)
                    ? "ACCEPTED"
                    : "wrong status";
          return [
            d.label,
            describeStatus(d.expected),
            status === undefined ? (d.sent.failure?.message ?? "") : String(status),
            verdict,
          ];
        }),
      },
    ];
    const noAnswer = deliveries.find((d) => !d.sent.response);
    if (noAnswer) {
      return fail(
        "errored",
        `POST ${path} (${noAnswer.label}): ${noAnswer.sent.failure?.message ?? "no response"}`,
        {
          exchange: noAnswer.sent.exchange,
          tables,
        },
      );
    }

    const assertions: AssertionResult[] = deliveries.map((d) => {
      const status = d.sent.response?.status ?? 0;
      const passed = statusMatches(d.expected, status);
      return {
        target: d.label,
        expected: describeStatus(d.expected),
        actual: String(status),
        passed,
        message: passed ? `${d.label}: ${status}` : problem(d, status, staleAge),
      };
    });
    const broken = deliveries.filter((_, i) => !assertions[i]?.passed);
    if (broken.length === 0) {
      const statuses = deliveries.map((d) => d.sent.response?.status).join(" / ");
      return {
        outcome: "passed",
        detail: `${scheme}: valid event accepted, ${TIMESTAMPED.has(scheme) ? "forged and stale events" : "forged event"} rejected (${statuses})`,
        assertions,
        exchange: deliveries[0]!.sent.exchange,
        tables,
      };
    }
    // A hole the receiver leaves open outranks a valid event it refuses.
    const holes = broken.filter((d) => d.kind !== "valid" && accepted(d.sent.response?.status ?? 0));
    const deciding = holes[0] ?? broken.find((d) => d.kind === "valid") ?? broken[0]!;
    const status = deciding.sent.response?.status ?? 0;
    let detail: string;
    if (holes.length > 0) {
      detail = `SECURITY: receiver accepted ${holes.map((d) => `${d.kind === "forged" ? "a forged signature" : `a replayed event with a ${staleAge}-old timestamp`} (${d.sent.response?.status})`).join(" and ")}`;
    } else {
      detail = problem(deciding, status, staleAge);
    }
    const explained =
      status >= 400
        ? explainResponse(
            status,
            deciding.sent.response?.headers ?? {},
            deciding.sent.response?.text ?? "",
            1,
          )
        : {};
    if (explained.detail && deciding.kind === "valid") detail += ` — ${explained.detail}`;
    return fail("failed", detail, {
      assertions: [...assertions.filter((a) => !a.passed), ...assertions.filter((a) => a.passed)],
      exchange: deciding.sent.exchange,
      tables,
      ...(deciding.kind === "valid" && explained.hint ? { hint: explained.hint } : {}),
    });
  },
};

/** `1h`, not formatDuration's `60m`: the age reads as the receivers' tolerances are written. */
function accepted(status: number): boolean {
  return status >= 200 && status < 300;
}

function problem(d: Delivery, status: number, staleAge: string): string {
  const expected = describeStatus(d.expected);
  if (d.kind === "valid")
    return `the validly signed event was refused (${status}), expected ${expected}: check the secret and the scheme`;
  if (accepted(status)) {
    return d.kind === "forged"
      ? `SECURITY: receiver accepted a forged signature (${status})`
      : `SECURITY: receiver accepted a replayed event with a ${staleAge}-old timestamp (${status})`;
  }
  return `${d.label} answered ${status}, expected ${expected}`;
}
