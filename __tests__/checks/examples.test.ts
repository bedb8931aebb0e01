// Every protocol-check example loads through the real config loader: schema, templates,
// names and needs, exactly as the action would load it.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { prepareGate } from "../../src/engine/prepare.js";

const ROOT = resolve(import.meta.dirname, "..", "..");
const TYPES = ["idempotency", "webhook", "rate-limit", "jwks", "metrics", "prometheus", "tls"];
const SECRETS = Object.fromEntries(
  [
    "API_TOKEN",
    "STRIPE_WEBHOOK_SECRET",
    "EVENTS_WEBHOOK_SECRET",
    "GITHUB_WEBHOOK_SECRET",
    "PARTNER_WEBHOOK_SECRET",
    "SVIX_WEBHOOK_SECRET",
    "SMOKE_JWT",
    "PROMETHEUS_TOKEN",
  ].map((k) => [k, `${k.toLowerCase()}-value`]),
);

describe("protocol check examples", () => {
  for (const type of TYPES) {
    it(`examples/checks/${type}.yml loads and uses the ${type} type`, () => {
      const text = readFileSync(join(ROOT, "examples/checks", `${type}.yml`), "utf8");
      expect(text.split("\n")[0]).toBe(
        "# yaml-language-server: $schema=../../schema/deploy-gate.schema.json",
      );
      const { config } = prepareGate({
        configText: text,
        source: `${type}.yml`,
        secrets: SECRETS,
        vars: {},
        label: "",
        env: {},
      });
      expect(config.checks.length).toBeGreaterThan(0);
      expect(config.checks.every((c) => c.type === type)).toBe(true);
    });
  }
});
