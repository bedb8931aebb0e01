// Webhook receivers on 127.0.0.1 that verify each scheme as its owner documents it, and the
// broken ones real deployments ship: no verification, no timestamp tolerance, a rotated secret.
// The Svix receiver is built on Svix's own library, handed only the svix-* headers.
import { createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { Webhook } from "svix";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { json, runChecks, startServer, type TestServer } from "../support/gate.js";

const HEX_SECRET = "hook-secret-4f1d9c";
const STRIPE_SECRET = "whsec_stripe4f1d9cTestSecretValue";
const SW_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const SVIX_SECRET = "whsec_c3ZpeC1yZWNlaXZlci1zZWNyZXQtNGYxZA==";
const TOLERANCE_S = 300;

type Flaw = "none" | "no-verification" | "no-timestamp-check" | "other-secret";
let flaw: Flaw = "none";
let server: TestServer;
const deliveries: { headers: IncomingHttpHeaders; body: string }[] = [];

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function hmac(key: string | Buffer, data: string, encoding: "hex" | "base64"): string {
  return createHmac("sha256", key).update(data).digest(encoding);
}

function fresh(ts: number): boolean {
  return flaw === "no-timestamp-check" || Math.abs(Date.now() / 1000 - ts) <= TOLERANCE_S;
}

/** Each receiver as its scheme's documentation describes verification. */
const verify: Record<string, (h: IncomingHttpHeaders, body: string, secret: string) => boolean> = {
  "/hooks/plain": (h, body, secret) => same(String(h["x-signature"] ?? ""), hmac(secret, body, "hex")),
  "/hooks/custom": (h, body, secret) => same(String(h["x-acme-signature"] ?? ""), hmac(secret, body, "hex")),
  "/hooks/github": (h, body, secret) =>
    same(String(h["x-hub-signature-256"] ?? ""), `sha256=${hmac(secret, body, "hex")}`),
  "/hooks/stripe": (h, body, secret) => {
    const parts = Object.fromEntries(
      String(h["stripe-signature"] ?? "")
        .split(",")
        .map((p) => p.split("=") as [string, string]),
    );
    const t = Number(parts.t);
    return fresh(t) && same(parts.v1 ?? "", hmac(secret, `${parts.t}.${body}`, "hex"));
  },
  "/hooks/standard": (h, body, secret) =>
    standardVerify(
      String(h["webhook-id"] ?? ""),
      String(h["webhook-timestamp"] ?? ""),
      String(h["webhook-signature"] ?? ""),
      body,
      secret,
    ),
  "/hooks/svix": (h, body, secret) => {
    const headers = {
      "svix-id": String(h["svix-id"] ?? ""),
      "svix-timestamp": String(h["svix-timestamp"] ?? ""),
      "svix-signature": String(h["svix-signature"] ?? ""),
    };
    // Svix's library refuses a timestamp more than 5 minutes off and cannot be told not to.
    if (flaw === "no-timestamp-check") {
      return standardVerify(
        headers["svix-id"],
        headers["svix-timestamp"],
        headers["svix-signature"],
        body,
        secret,
      );
    }
    try {
      new Webhook(secret).verify(body, headers);
      return true;
    } catch {
      return false;
    }
  },
};

/** Standard Webhooks verification: any `v1,` signature of "{id}.{timestamp}.{body}", a fresh timestamp. */
function standardVerify(id: string, ts: string, signature: string, body: string, secret: string): boolean {
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const expected = hmac(key, `${id}.${ts}.${body}`, "base64");
  const signatures = signature.split(" ").map((s) => s.split(",")[1] ?? "");
  return fresh(Number(ts)) && signatures.some((s) => same(s, expected));
}
const SECRETS: Record<string, string> = {
  "/hooks/plain": HEX_SECRET,
  "/hooks/custom": HEX_SECRET,
  "/hooks/github": HEX_SECRET,
  "/hooks/stripe": STRIPE_SECRET,
  "/hooks/standard": SW_SECRET,
  "/hooks/svix": SVIX_SECRET,
};

beforeAll(async () => {
  server = await startServer((req, res, body) => {
    deliveries.push({ headers: req.headers, body });
    const path = req.url ?? "";
    const check = verify[path];
    if (!check) return json(res, 404, { message: "no route" });
    if (flaw === "no-verification") return json(res, 202, { received: true });
    const secret = flaw === "other-secret" ? "rotated-secret" : (SECRETS[path] ?? "");
    const secretForScheme =
      flaw === "other-secret" && (path === "/hooks/standard" || path === "/hooks/svix")
        ? "whsec_cm90YXRlZA=="
        : secret;
    if (!check(req.headers, body, secretForScheme))
      return json(res, 401, { error: { code: "BAD_SIGNATURE", message: "signature mismatch" } });
    return json(res, 202, { received: true });
  });
});
afterAll(() => server.close());
beforeEach(() => {
  flaw = "none";
  deliveries.length = 0;
});

const SECRETS_INPUT = { HOOK_SECRET: HEX_SECRET, STRIPE_SECRET, SW_SECRET, SVIX_SECRET };

function hook(scheme: string, path: string, secret: string, extra = ""): string {
  return `
- name: hook
  type: webhook
  scheme: ${scheme}
  path: ${path}
  secret: "{{ secrets.${secret} }}"
  payload: { type: order.created, data: { id: "ord_1" } }
${extra}`;
}

const SCHEMES: [string, string, string, number][] = [
  ["hmac-sha256", "/hooks/plain", "HOOK_SECRET", 2],
  ["github", "/hooks/github", "HOOK_SECRET", 2],
  ["svix", "/hooks/svix", "SVIX_SECRET", 3],
  ["stripe", "/hooks/stripe", "STRIPE_SECRET", 3],
  ["standard-webhooks", "/hooks/standard", "SW_SECRET", 3],
];

describe("webhook check", () => {
  for (const [scheme, path, secret, sends] of SCHEMES) {
    it(`${scheme}: a receiver that verifies accepts the valid event and rejects the forged${sends === 3 ? " and the stale" : ""} one`, async () => {
      const { check, reported } = await runChecks(hook(scheme, path, secret), server.url, {
        secrets: SECRETS_INPUT,
      });
      expect(check.outcome, check.detail).toBe("passed");
      expect(deliveries).toHaveLength(sends);
      expect(check.tables?.[0]?.rows.map((r) => [r[0], r[2], r[3]])).toEqual(
        [
          ["valid signature", "202", "ok"],
          ["forged signature", "401", "ok"],
          ["valid signature, timestamp 1h old", "401", "ok"],
        ].slice(0, sends),
      );
      expect(JSON.parse(deliveries[0]?.body ?? "")).toEqual({ type: "order.created", data: { id: "ord_1" } });
      expect(deliveries[0]?.headers["content-type"]).toBe("application/json");
      expect(reported).not.toContain(SECRETS_INPUT[secret as keyof typeof SECRETS_INPUT]);
    });
  }

  it("signs hmac-sha256 in the configured header", async () => {
    const { check } = await runChecks(
      hook("hmac-sha256", "/hooks/custom", "HOOK_SECRET", "  header: X-Acme-Signature\n"),
      server.url,
      {
        secrets: SECRETS_INPUT,
      },
    );
    expect(check.outcome, check.detail).toBe("passed");
    expect(deliveries[0]?.headers["x-acme-signature"]).toMatch(/^[0-9a-f]{64}$/);
  });

  for (const [scheme, path, secret, sends] of SCHEMES) {
    it(`${scheme}: a receiver that accepts a forged signature fails the check as a security hole`, async () => {
      flaw = "no-verification";
      const { check, gate } = await runChecks(hook(scheme, path, secret), server.url, {
        secrets: SECRETS_INPUT,
      });
      expect(check.outcome).toBe("failed");
      const stale = sends === 3;
      expect(check.detail).toBe(
        stale
          ? "SECURITY: receiver accepted a forged signature (202) and a replayed event with a 1h-old timestamp (202)"
          : "SECURITY: receiver accepted a forged signature (202)",
      );
      expect(check.tables?.[0]?.rows[1]?.[3]).toBe("ACCEPTED");
      expect(gate.verdict).toBe("failed");
    });
  }

  for (const [scheme, path, secret] of SCHEMES.filter(([, , , sends]) => sends === 3)) {
    it(`${scheme}: a receiver that never checks the timestamp fails on the replayed event`, async () => {
      flaw = "no-timestamp-check";
      const { check } = await runChecks(hook(scheme, path, secret), server.url, { secrets: SECRETS_INPUT });
      expect(check.outcome).toBe("failed");
      expect(check.detail).toBe("SECURITY: receiver accepted a replayed event with a 1h-old timestamp (202)");
      expect(check.assertions[0]).toMatchObject({
        target: "valid signature, timestamp 1h old",
        expected: "400, 401 or 403",
        actual: "202",
        passed: false,
      });
    });
  }

  it("fails when the receiver refuses the validly signed event, with its own words", async () => {
    flaw = "other-secret";
    const { check } = await runChecks(hook("standard-webhooks", "/hooks/standard", "SW_SECRET"), server.url, {
      secrets: SECRETS_INPUT,
    });
    expect(check.outcome).toBe("failed");
    expect(check.detail).toBe(
      "the validly signed event was refused (401), expected 2xx: check the secret and the scheme — BAD_SIGNATURE: signature mismatch",
    );
    expect(check.hint).toBe("check or rotate the credential");
  });

  it("svix: sends only the svix-* headers, which a receiver built on them needs", async () => {
    const { check } = await runChecks(hook("svix", "/hooks/svix", "SVIX_SECRET"), server.url, {
      secrets: SECRETS_INPUT,
    });
    expect(check.outcome, check.detail).toBe("passed");
    const sent = deliveries[0]?.headers ?? {};
    expect(sent["svix-id"]).toMatch(/^msg_[0-9a-f]{32}$/);
    expect(sent["svix-signature"]).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
    expect(Object.keys(sent).filter((h) => h.startsWith("webhook-"))).toEqual([]);
    // The same receiver refuses Standard Webhooks' header names: it reads no webhook-* header.
    deliveries.length = 0;
    const standard = await runChecks(hook("standard-webhooks", "/hooks/svix", "SVIX_SECRET"), server.url, {
      secrets: SECRETS_INPUT,
    });
    expect(standard.check.outcome).toBe("failed");
    expect(standard.check.detail).toMatch(/^the validly signed event was refused \(401\), expected 2xx/);
  });

  it("svix: fails when the receiver was given another secret, and refuses a secret that is not whsec_ base64", async () => {
    flaw = "other-secret";
    const { check } = await runChecks(hook("svix", "/hooks/svix", "SVIX_SECRET"), server.url, {
      secrets: SECRETS_INPUT,
    });
    expect(check.outcome).toBe("failed");
    expect(check.detail).toMatch(/^the validly signed event was refused \(401\)/);
    deliveries.length = 0;
    const bad = await runChecks(hook("svix", "/hooks/svix", "BAD"), server.url, {
      secrets: { BAD: "whsec_!!" },
    });
    expect(bad.check.outcome).toBe("errored");
    expect(bad.check.detail).toBe("the secret is not a Svix secret: expected whsec_ followed by base64");
    expect(deliveries).toHaveLength(0);
  });

  it("honours custom accepted/rejected statuses and stale-age", async () => {
    const { check } = await runChecks(
      hook(
        "stripe",
        "/hooks/stripe",
        "STRIPE_SECRET",
        "  accepted: 202\n  rejected: 401\n  stale-age: 10m\n",
      ),
      server.url,
      { secrets: SECRETS_INPUT },
    );
    expect(check.outcome, check.detail).toBe("passed");
    const stale = String(deliveries[2]?.headers["stripe-signature"]).match(/^t=(\d+),/)?.[1];
    expect(Math.round(Date.now() / 1000 - Number(stale))).toBeGreaterThanOrEqual(599);
    expect(check.tables?.[0]?.rows[2]?.[0]).toBe("valid signature, timestamp 10m old");
  });

  it("reports an unreachable receiver as errored and a bad Standard Webhooks secret before sending", async () => {
    const { check } = await runChecks(hook("github", "/hooks/github", "HOOK_SECRET"), "http://127.0.0.1:9", {
      secrets: SECRETS_INPUT,
    });
    expect(check.outcome).toBe("errored");
    expect(check.detail).toMatch(/^POST \/hooks\/github \(valid signature\): /);
    const bad = await runChecks(hook("standard-webhooks", "/hooks/standard", "BAD"), server.url, {
      secrets: { BAD: "whsec_???" },
    });
    expect(bad.check.outcome).toBe("errored");
    expect(bad.check.detail).toBe(
      "the secret is not a Standard Webhooks secret: expected whsec_ followed by base64",
    );
    expect(deliveries).toHaveLength(0);
  });
});
