// The signing schemes against the owners' published examples.
import { createHmac } from "node:crypto";
import { Webhook, WebhookVerificationError } from "svix";
import { describe, expect, it } from "vitest";
import { signatureHeaders, standardWebhooksKey } from "../../src/checks/webhook-signatures.js";

describe("webhook signature schemes", () => {
  it("standard-webhooks: the specification's example signature", () => {
    const headers = signatureHeaders({
      scheme: "standard-webhooks",
      secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
      body: '{"test": 2432232314}',
      timestamp: 1614265330,
      id: "msg_p5jXN8AQM9LWM0D4loKWxJek",
    });
    expect(headers).toEqual({
      "webhook-id": "msg_p5jXN8AQM9LWM0D4loKWxJek",
      "webhook-timestamp": "1614265330",
      "webhook-signature": "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
    });
  });

  it("svix: the example in Svix's docs, under the svix-* header names", () => {
    // docs.svix.com, "How to Verify Webhooks with the Svix Libraries" (the same vector is in
    // the svix-webhooks repository's library tests).
    const headers = signatureHeaders({
      scheme: "svix",
      secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
      body: '{"test": 2432232314}',
      timestamp: 1614265330,
      id: "msg_p5jXN8AQM9LWM0D4loKWxJek",
    });
    expect(headers).toEqual({
      "svix-id": "msg_p5jXN8AQM9LWM0D4loKWxJek",
      "svix-timestamp": "1614265330",
      "svix-signature": "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
    });
  });

  it("svix: Svix's own library verifies a fresh event and refuses it under another secret", () => {
    const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const body = '{"type":"invoice.paid"}';
    const headers = signatureHeaders({
      scheme: "svix",
      secret,
      body,
      timestamp: Math.floor(Date.now() / 1000),
      id: "msg_2",
    });
    expect(new Webhook(secret).verify(body, headers)).toEqual({ type: "invoice.paid" });
    expect(() => new Webhook("whsec_cm90YXRlZA==").verify(body, headers)).toThrow(WebhookVerificationError);
  });

  it("github: the example from GitHub's webhook validation docs", () => {
    const headers = signatureHeaders({
      scheme: "github",
      secret: "It's a Secret to Everybody",
      body: "Hello, World!",
      timestamp: 0,
      id: "d1",
    });
    expect(headers["X-Hub-Signature-256"]).toBe(
      "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17",
    );
  });

  it("stripe: t=…,v1=hex HMAC of `{t}.{body}` keyed with the whole whsec_ string", () => {
    const secret = "whsec_test_secret";
    const headers = signatureHeaders({
      scheme: "stripe",
      secret,
      body: '{"id":"evt_1"}',
      timestamp: 1700000000,
      id: "x",
    });
    const expected = createHmac("sha256", secret).update('1700000000.{"id":"evt_1"}').digest("hex");
    expect(headers).toEqual({ "Stripe-Signature": `t=1700000000,v1=${expected}` });
  });

  it("hmac-sha256: hex of the raw body in the configured header", () => {
    const headers = signatureHeaders({
      scheme: "hmac-sha256",
      secret: "k",
      body: "abc",
      timestamp: 0,
      id: "x",
      header: "X-Hook-Sig",
    });
    expect(headers).toEqual({ "X-Hook-Sig": createHmac("sha256", "k").update("abc").digest("hex") });
  });

  it("standard-webhooks secrets must be base64 after whsec_", () => {
    expect(standardWebhooksKey("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")?.length).toBe(24);
    expect(standardWebhooksKey("whsec_not base64!")).toBeUndefined();
    for (const scheme of ["standard-webhooks", "svix"] as const) {
      expect(() =>
        signatureHeaders({ scheme, secret: "whsec_%%%", body: "", timestamp: 0, id: "x" }),
      ).toThrow(`a ${scheme} secret is whsec_ followed by base64`);
    }
  });
});
