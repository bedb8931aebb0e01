// Real gates behind the golden reports: the engine runs a check list against fixture services on
// 127.0.0.1 that fail in every class a report must explain (a 401 naming its secret, a 503 with
// the service's error, a JSON expectation, a release guard's 503 with 4 violations on 2 routes,
// a flow whose task ends failed, an SLO breach over a window, a certificate near expiry, a
// redirect to a page), then the volatile parts — ports, durations, dates, backoff jitter — are
// replaced by fixed values so the rendering compares byte for byte.
import { createServer as createHttpsServer, type Server as HttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { runChecks } from "../../src/engine/gate.js";
import { prepareGate } from "../../src/engine/prepare.js";
import type { GateResult } from "../../src/engine/results.js";
import { createRedactor } from "../../src/secrets/redact.js";
import { makeCert } from "../checks/support/certs.js";
import {
  type FixtureServer,
  type Handler,
  json,
  sequence,
  startFixtureServer,
  text,
} from "./fixture-server.js";

export const SECRETS = { REPORTING_TOKEN: "rpt_live_9f8e7d6c5b4a3210" };
/** The ports every golden shows, whatever the servers got. */
export const SERVICE_PORT = 8080;
export const TLS_PORT = 8443;
/** Fixed dates for the certificate's validity window: the real ones move every day. */
const VALID_FROM = "2026-11-29";
const VALID_TO_NEAR = "2026-12-05";
const VALID_TO_FAR = "2027-01-29";

const RUN: NonNullable<GateResult["run"]> = {
  id: "4242",
  attempt: "1",
  sha: "0123456789abcdef0123456789abcdef01234567",
  url: "https://github.com/acme/shop/actions/runs/4242",
};

/** The mixed gate: nine checks, every failure class, one flaky pass, one warning. */
export const MIXED_GATE = `
version: 1
defaults:
  timeout: 2s
  retries: 1
checks:
  - name: health
    request: GET /health

  - name: list reports
    request:
      method: GET
      path: /v1/reports
      headers:
        Authorization: Bearer {{ secrets.REPORTING_TOKEN }}
    expect:
      status: 200
      json:
        $.data: { type: array }

  - name: list tasks
    request: GET /v1/tasks?limit=5
    expect:
      status: 200

  - name: order contract
    request: GET /v1/orders/ord_1
    expect:
      json:
        $.status: { in: [pending, paid, shipped] }
        $.total: { type: number }

  - name: docs api
    request: GET /docs
    expect:
      headers:
        content-type: /^application\\/json/

  - release-guard

  - name: photo task
    type: flow
    steps:
      - name: create task
        request: { method: POST, path: /v1/tasks, json: { kind: photo } }
        expect: { status: 201 }
        capture: { taskId: $.id }
      - name: wait for completion
        request: GET /v1/tasks/{{ taskId }}
        until: { json: { $.status: completed } }
        fail-when: { json: { $.status: failed } }
        poll: { interval: 100ms, timeout: 5s }
      - name: fetch photo
        request: GET /v1/tasks/{{ taskId }}/photo

  - name: error budget
    type: metrics
    window: 1s
    ratio:
      of: { metric: http_requests_total, labels: { code: { matches: "5.." } } }
      to: { metric: http_requests_total }
      below: 0.01

  - name: certificate
    type: tls
    severity: warning
    host: 127.0.0.1
    port: TLS_PORT_HERE
    min-days: 14
    insecure: true
`;

/** The same service, healthy, behind a shorter gate. */
export const PASSING_GATE = `
version: 1
defaults:
  timeout: 2s
  retries: 1
checks:
  - name: health
    request: GET /health
  - name: list tasks
    request: GET /v1/tasks?limit=5
    expect:
      status: 200
      json:
        $.data: { type: array }
  - name: release-guard
    type: release-guard
    ignore:
      - { reason: latency_p99_breach, route: "GET /notifications/recent" }
  - name: error budget
    type: metrics
    window: 1s
    ratio:
      of: { metric: http_requests_total, labels: { code: { matches: "5.." } } }
      to: { metric: http_requests_total }
      below: 0.01
  - name: certificate
    type: tls
    host: 127.0.0.1
    port: TLS_PORT_HERE
    insecure: true
`;

function requestId(n: number): Record<string, string> {
  return { "x-request-id": `req_${String(n).padStart(4, "0")}` };
}

function metrics(errorsPerScrape: number): Handler {
  return (_req, res, { hit }) => {
    const ok = 1000 + (hit - 1) * (100 - errorsPerScrape);
    const failed = 10 + (hit - 1) * errorsPerScrape;
    const body = [
      "# TYPE http_requests_total counter",
      `http_requests_total{code="200"} ${ok}`,
      `http_requests_total{code="503"} ${failed}`,
      "",
    ].join("\n");
    text(body, { headers: { "content-type": "text/plain; version=0.0.4" } })(_req, res, { hit } as never);
  };
}

function brokenRoutes(): Record<string, Handler> {
  const task = (status: string, extra: object = {}) =>
    json({ id: "tsk_0001", kind: "photo", status, ...extra }, { headers: requestId(7) });
  return {
    "/health": sequence(json({ error: "warming up" }, { status: 503 }), json({ ok: true })),
    "/v1/reports": json(
      {
        type: "https://api.acme.test/problems/unauthorized",
        title: "Unauthorized",
        status: 401,
        code: "token_expired",
        detail: "the reporting token expired on 2026-11-28",
      },
      {
        status: 401,
        headers: {
          "content-type": "application/problem+json",
          "www-authenticate": 'Bearer error="invalid_token"',
          ...requestId(1),
        },
      },
    ),
    "/v1/tasks": (req, res, ctx) =>
      req.method === "POST"
        ? json({ id: "tsk_0001", kind: "photo", status: "queued" }, { status: 201, headers: requestId(6) })(
            req,
            res,
            ctx,
          )
        : json(
            { error: { code: "DB_UNAVAILABLE", message: "primary database unreachable" } },
            { status: 503, headers: { "retry-after": "0", ...requestId(2) } },
          )(req, res, ctx),
    "/v1/orders/ord_1": json(
      { id: "ord_1", status: "archived", total: "41.50", currency: "EUR" },
      { headers: requestId(3) },
    ),
    "/docs": (_req, res) => {
      res.writeHead(302, { location: "/docs/html", "content-length": "0" });
      res.end();
    },
    "/docs/html": text("<!doctype html><title>API docs</title><h1>API docs</h1>", {
      headers: { "content-type": "text/html; charset=utf-8", ...requestId(4) },
    }),
    "/ops/release-guard": json(
      {
        pass: false,
        violations: [
          {
            reason: "error_rate_critical",
            route: "GET /notifications/recent",
            evidence: "5xx 7.9% > 1% over 10m",
          },
          { reason: "latency_p99_breach", route: "GET /notifications/recent", evidence: "p99 2.4s > 800ms" },
          { reason: "schema_drift", route: "POST /orders", evidence: "column orders.total_cents dropped" },
          { reason: "pending_migration", route: "POST /orders", evidence: "0042_split_totals not applied" },
        ],
      },
      { status: 503, headers: requestId(5) },
    ),
    "/v1/tasks/tsk_0001": sequence(
      task("running"),
      task("running"),
      task("failed", { error: { code: "capture_failed", message: "camera offline" } }),
    ),
    "/metrics": metrics(4),
  };
}

function healthyRoutes(): Record<string, Handler> {
  return {
    "/health": json({ ok: true }),
    "/v1/tasks": json({ data: [{ id: "tsk_0001", status: "completed" }] }, { headers: requestId(2) }),
    "/ops/release-guard": json({
      pass: false,
      violations: [
        { reason: "latency_p99_breach", route: "GET /notifications/recent", evidence: "p99 900ms > 800ms" },
      ],
    }),
    "/metrics": metrics(0),
  };
}

async function startTlsServer(validForDays: number): Promise<HttpsServer> {
  const { key, cert } = makeCert(-1, validForDays);
  const server = createHttpsServer({ key, cert }, (_req, res) => res.end("ok"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

const DAY_MS = 86_400_000;

/** Replaces what changes from run to run, in every string and number of the result. */
function normalise(
  result: GateResult,
  ports: { service: number; tls: number },
  days: { from: string; to: string },
  fixedTo: string,
): GateResult {
  let textOf = JSON.stringify(result);
  textOf = textOf
    .replaceAll(`127.0.0.1:${ports.service}`, `127.0.0.1:${SERVICE_PORT}`)
    .replaceAll(`127.0.0.1:${ports.tls}`, `127.0.0.1:${TLS_PORT}`)
    .replace(new RegExp(`${days.from}T\\d\\d:\\d\\d:\\d\\dZ`, "g"), `${VALID_FROM}T09:30:00Z`)
    .replace(new RegExp(`${days.to}T\\d\\d:\\d\\d:\\d\\dZ`, "g"), `${fixedTo}T21:30:00Z`)
    .replaceAll(days.to, fixedTo);
  const walk = (value: unknown, key = ""): unknown => {
    if (Array.isArray(value)) return value.map((v) => walk(v));
    if (value !== null && typeof value === "object")
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    if (typeof value === "number") {
      if (key === "durationMs") return 12;
      if (key === "waitedMs") return value > 0 ? 200 : 0;
    }
    if (typeof value === "string") {
      if (key === "date") return "Mon, 30 Nov 2026 09:30:00 GMT";
      // Measured times inside sentences: `200 in 7ms`, `after waiting 1.5s`.
      return value
        .replace(/\b(\d{3} in )\d+(?:\.\d+)?m?s\b/g, "$112ms")
        .replace(/\b(after waiting )\d+(?:\.\d+)?m?s\b/g, "$1200ms");
    }
    return value;
  };
  const clean = walk(JSON.parse(textOf)) as GateResult;
  return { ...clean, startedAt: "2026-11-30T09:30:00.000Z", durationMs: 1840, run: RUN };
}

export interface GoldenServices {
  readonly service: FixtureServer;
  readonly tls: HttpsServer;
  readonly days: { readonly from: string; readonly to: string };
  close(): Promise<void>;
}

async function startServices(broken: boolean): Promise<GoldenServices> {
  const service = await startFixtureServer(broken ? brokenRoutes() : healthyRoutes());
  const validFor = broken ? 5.5 : 60.5;
  const tls = await startTlsServer(validFor);
  const now = Date.now();
  return {
    service,
    tls,
    days: { from: isoDay(now - DAY_MS), to: isoDay(now + validFor * DAY_MS) },
    close: async () => {
      await service.close();
      tls.closeAllConnections();
      await new Promise((resolve) => tls.close(resolve));
    },
  };
}

/** Runs `yaml` through the real engine against a fresh broken or healthy service; the result is normalised. */
export async function runGoldenGate(
  yaml: string,
  options: { broken: boolean; label: string },
): Promise<GateResult> {
  const services = await startServices(options.broken);
  try {
    const tlsPort = (services.tls.address() as AddressInfo).port;
    const prepared = prepareGate({
      configText: yaml.replace("TLS_PORT_HERE", String(tlsPort)),
      source: "golden.yml",
      secrets: SECRETS,
      vars: {},
      label: options.label,
      env: {},
    });
    const result = await runChecks({
      config: prepared.config,
      baseUrl: services.service.url,
      label: options.label,
      mode: "enforce",
      concurrency: 4,
      timeoutMs: 30_000,
      failFast: false,
      only: [],
      scope: prepared.scope,
      redactor: createRedactor(Object.values(SECRETS)),
      run: RUN,
    });
    return normalise(
      result,
      { service: services.service.port, tls: tlsPort },
      services.days,
      options.broken ? VALID_TO_NEAR : VALID_TO_FAR,
    );
  } finally {
    await services.close();
  }
}
