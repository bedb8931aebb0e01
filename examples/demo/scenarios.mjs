// The runnable scenarios of `npm run demo -- --scenario <name>`, one per kind of team: the
// config that team would adopt, the demo-only secrets it is run with, how the demo service is
// started for it, and the faults `--broken[=FAULT]` can break it with (the first is the
// default). Data only: examples/demo/run.mjs runs them, examples/demo/server.mjs --scenario
// starts the service as they need it.

/** @type {Record<string, import("./scenarios.d.mts").Scenario>} */
export const SCENARIOS = {
  tasks: {
    summary:
      "tasks API: idempotent create, poll to a terminal state, evidence shape, error model, 429 backoff, signed webhooks",
    config: "examples/scenarios/tasks.yml",
    label: "tasks",
    runner: "cli",
    secrets: { TASKS_API_TOKEN: "demo-token", TASKS_WEBHOOK_SECRET: "demo-webhook-secret" },
    // 8 writes at once, one more a second: enough for the gate's probes until its burst.
    server: { writeRateLimit: { burst: 8, perSecond: 1 } },
    faults: ["capture-failed", "idempotency-ignored", "webhook-unverified"],
  },
  streams: {
    summary:
      "payments streaming after a blue/green deploy: readiness, authed reads, synthetic create + settle on a mock chain, settlement SLO, rollback hook",
    config: "examples/scenarios/streams.yml",
    label: "green",
    // Through the bundled action, as the runner starts it: the rollback hook (on-failure-url)
    // is the action's, so only this way does the demo show the signed event arrive.
    runner: "action",
    secrets: { STREAMS_API_TOKEN: "demo-token" },
    rollback: { path: "/deploy/rollback", secret: "demo-rollback-secret" },
    server: {},
    faults: ["settlement-slo"],
  },
  "release-guard": {
    summary:
      "backend release guard: { pass, violations } at /ops/release-guard, an acknowledged violation ignored",
    config: "examples/scenarios/release-guard.yml",
    label: "api",
    runner: "cli",
    secrets: {},
    // A violation the service always reports, which the config acknowledges under `ignore`.
    server: {
      guardNotices: [
        {
          reason: "error-budget",
          route: "GET /v0/orders",
          evidence: "5xx ratio 2.3% > 1% on the legacy v0 API (being retired: OPS-1432)",
        },
      ],
    },
    faults: ["migration-missing"],
  },
  saas: {
    summary:
      "multi-tenant SaaS API: health, metrics, JWKS-verified login and refresh, tenant gating, fixture seed, optional billing/AI",
    config: "examples/scenarios/saas.yml",
    label: "saas",
    runner: "cli",
    secrets: { SMOKE_USER_PASSWORD: "demo-smoke-password" },
    // What a workflow step does before the gate: sign the smoke user in, pass the JWT as a secret.
    signIn: {
      path: "/auth/login",
      email: "smoke@acme.example",
      password: "SMOKE_USER_PASSWORD",
      secret: "SMOKE_JWT",
    },
    // Print each check's requests and answers after the report, from the JSON report.
    exchanges: true,
    server: {},
    faults: ["signing-drift", "tenant-leak"],
  },
};

/** Scenarios that are not a gate run against the demo service, and where to see them instead. */
export const NOT_RUNNABLE = {
  pipeline:
    "the release workflow itself: examples/workflows/release-pipeline.yml (tag-triggered; production deploys need the gate on staging). " +
    "Its wiring is tested by __tests__/demo/release-pipeline.test.ts; the gate it runs is `--scenario tasks`.",
};
