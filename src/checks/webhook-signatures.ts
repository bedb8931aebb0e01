// Webhook signature schemes, exactly as their owners define them:
// - hmac-sha256: hex HMAC-SHA256 of the raw body in one header (X-Signature by default);
// - github: `X-Hub-Signature-256: sha256=<hex HMAC of the body>`;
// - stripe: `Stripe-Signature: t=<unix seconds>,v1=<hex HMAC of "{t}.{body}">`, keyed with the
//   whole `whsec_…` string as UTF-8 (what Stripe's libraries do);
// - standard-webhooks: `webhook-id`, `webhook-timestamp` and `webhook-signature: v1,<base64 HMAC
//   of "{id}.{timestamp}.{body}">`, keyed with the base64-decoded part after `whsec_`;
// - svix: the same signature under `svix-id`, `svix-timestamp` and `svix-signature`, the names
//   Svix sends (a receiver built on them reads no `webhook-*` header).
import { createHmac } from "node:crypto";

export const WEBHOOK_SCHEMES = ["hmac-sha256", "github", "svix", "stripe", "standard-webhooks"] as const;
export type WebhookScheme = (typeof WEBHOOK_SCHEMES)[number];

/** Schemes that sign a timestamp, so a receiver can refuse a replayed (stale) event. */
export const TIMESTAMPED: ReadonlySet<WebhookScheme> = new Set(["svix", "stripe", "standard-webhooks"]);

/** Schemes keyed with the base64 after `whsec_`, by the names their owners give such a secret. */
export const BASE64_KEYED: ReadonlyMap<WebhookScheme, string> = new Map([
  ["svix", "Svix"],
  ["standard-webhooks", "Standard Webhooks"],
]);

export interface SignInput {
  readonly scheme: WebhookScheme;
  readonly secret: string;
  readonly body: string;
  /** Unix seconds; used by the timestamped schemes. */
  readonly timestamp: number;
  /** The message id (`webhook-id`, GitHub's delivery id). */
  readonly id: string;
  /** The header hmac-sha256 puts its signature in. */
  readonly header?: string;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** The HMAC key of a Standard Webhooks (or Svix) secret; undefined when it is not `whsec_` + base64. */
export function standardWebhooksKey(secret: string): Buffer | undefined {
  const encoded = secret.startsWith("whsec_") ? secret.slice("whsec_".length) : secret;
  if (!BASE64.test(encoded) || encoded.length % 4 !== 0) return undefined;
  const key = Buffer.from(encoded, "base64");
  return key.length > 0 ? key : undefined;
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac("sha256", key).update(data, "utf8").digest();
}

/** `v1,<base64 HMAC of "{id}.{timestamp}.{body}">` under the base64-decoded key. */
function standardSignature(
  scheme: WebhookScheme,
  secret: string,
  id: string,
  timestamp: number,
  body: string,
) {
  const key = standardWebhooksKey(secret);
  if (!key) throw new Error(`a ${scheme} secret is whsec_ followed by base64`);
  return `v1,${hmac(key, `${id}.${timestamp}.${body}`).toString("base64")}`;
}

/** The headers that sign `body` under `scheme`. Throws when a Standard Webhooks or Svix secret is not base64. */
export function signatureHeaders(input: SignInput): Record<string, string> {
  const { scheme, secret, body, timestamp, id } = input;
  switch (scheme) {
    case "hmac-sha256":
      return { [input.header ?? "X-Signature"]: hmac(secret, body).toString("hex") };
    case "github":
      return {
        "X-Hub-Signature-256": `sha256=${hmac(secret, body).toString("hex")}`,
        "X-GitHub-Delivery": id,
      };
    case "stripe":
      return {
        "Stripe-Signature": `t=${timestamp},v1=${hmac(secret, `${timestamp}.${body}`).toString("hex")}`,
      };
    case "svix":
      return {
        "svix-id": id,
        "svix-timestamp": String(timestamp),
        "svix-signature": standardSignature(scheme, secret, id, timestamp, body),
      };
    case "standard-webhooks":
      return {
        "webhook-id": id,
        "webhook-timestamp": String(timestamp),
        "webhook-signature": standardSignature(scheme, secret, id, timestamp, body),
      };
  }
}
