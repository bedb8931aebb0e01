// The metrics check against a real /metrics endpoint on 127.0.0.1 whose counters move with
// each scrape, so windows and ratios see real increases.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { json, runChecks, startServer, type TestServer } from "../support/gate.js";

let server: TestServer;
let scrapes = 0;
let perScrape = { ok: 100, errors: 0 };
let counts = { ok: 0, errors: 0 };
let resetOnSecond = false;
let body: string | undefined;

function exposition(): string {
  const lines = [
    "# HELP http_requests_total Requests by status.",
    "# TYPE http_requests_total counter",
    `http_requests_total{method="GET",code="200"} ${counts.ok}`,
    `http_requests_total{method="POST",code="201"} ${counts.ok / 2}`,
  ];
  if (counts.errors > 0) lines.push(`http_requests_total{method="GET",code="503"} ${counts.errors}`);
  lines.push(
    "# TYPE queue_depth gauge",
    'queue_depth{queue="emails"} 3',
    'queue_depth{queue="webhooks"} 4',
    "# TYPE request_seconds histogram",
    'request_seconds_bucket{le="0.1"} 90',
    'request_seconds_bucket{le="0.5"} 98',
    'request_seconds_bucket{le="+Inf"} 100',
    "request_seconds_sum 7.5",
    "request_seconds_count 100",
    'build_info{version="1.4.2",path="C:\\\\srv\\\\api",note="say \\"hi\\"\\nbye"} 1',
    "cache_hit_ratio NaN",
  );
  return `${lines.join("\n")}\n`;
}

beforeAll(async () => {
  server = await startServer((req, res) => {
    if (req.url === "/metrics") {
      scrapes++;
      if (resetOnSecond && scrapes === 2) counts = { ok: 0, errors: 0 };
      counts = { ok: counts.ok + perScrape.ok, errors: counts.errors + perScrape.errors };
      res.writeHead(200, { "content-type": "text/plain; version=0.0.4" });
      return res.end(body ?? exposition());
    }
    json(res, 404, { message: "no route" });
  });
});
afterAll(() => server.close());
beforeEach(() => {
  scrapes = 0;
  perScrape = { ok: 100, errors: 0 };
  counts = { ok: 1000, errors: 0 };
  resetOnSecond = false;
  body = undefined;
});

describe("metrics check", () => {
  it("passes exists / equals / below / above over summed series, histogram series and escaped labels", async () => {
    const yaml = `
- name: metrics
  type: metrics
  expect:
    - { metric: http_requests_total, exists: true }
    - { metric: http_requests_total, labels: { code: { matches: "2.." } }, above: 1000 }
    - { metric: queue_depth, below: 10, above: 6 }
    - { metric: queue_depth, labels: { queue: emails }, equals: 3 }
    - { metric: request_seconds_bucket, labels: { le: "0.5" }, equals: 98 }
    - { metric: request_seconds_count, equals: 100 }
    - { metric: build_info, labels: { path: 'C:\\srv\\api', note: "say \\"hi\\"\\nbye" }, equals: 1 }
    - { metric: legacy_requests_total, exists: false }
`;
    const { check } = await runChecks(yaml, server.url);
    expect(check.outcome, check.detail).toBe("passed");
    expect(check.detail).toBe("8 assertions hold (11 samples)");
    const rows = check.tables?.[0]?.rows ?? [];
    expect(rows[1]).toEqual(['http_requests_total{code=~"2.."}', "> 1000", "1650", "2", "ok"]);
    expect(rows[2]).toEqual(["queue_depth", "> 6 and < 10", "7", "2", "ok"]);
  });

  it("fails when a metric is absent, naming whether the metric or only the labels are missing", async () => {
    const yaml = `
- name: metrics
  type: metrics
  expect:
    - { metric: orders_created_total, above: 0 }
    - { metric: http_requests_total, labels: { code: "500" }, below: 5 }
    - { metric: payments_total, exists: true }
`;
    const { check } = await runChecks(yaml, server.url);
    expect(check.outcome).toBe("failed");
    expect(check.detail).toBe("orders_created_total is absent: the metric is not exposed (+2 more)");
    expect(check.assertions.filter((a) => !a.passed).map((a) => a.message)).toEqual([
      "orders_created_total is absent: the metric is not exposed",
      'http_requests_total{code="500"} is absent: no series of http_requests_total has code="500"; seen: 200, 201',
      "payments_total is absent: the metric is not exposed",
    ]);
  });

  it("fails on a threshold, and fails closed on NaN", async () => {
    const yaml = `
- name: metrics
  type: metrics
  expect:
    - { metric: queue_depth, below: 5 }
    - { metric: cache_hit_ratio, above: 0.5 }
`;
    const { check } = await runChecks(yaml, server.url);
    expect(check.outcome).toBe("failed");
    expect(check.assertions.filter((a) => !a.passed).map((a) => a.message)).toEqual([
      "queue_depth is 7, not below 5",
      "cache_hit_ratio is NaN",
    ]);
  });

  it("window: asserts on the increase between two scrapes", async () => {
    const yaml = `
- name: traffic
  type: metrics
  window: 200ms
  expect:
    - { metric: http_requests_total, labels: { method: GET }, equals: 100 }
    - { metric: queue_depth, equals: 0 }
`;
    const { check } = await runChecks(yaml, server.url);
    expect(check.outcome, check.detail).toBe("passed");
    expect(scrapes).toBe(2);
    expect(check.tables?.[0]?.title).toBe("Metrics (increase over 200ms)");
  });

  it("ratio: passes under the SLO and fails with the measured rate over it", async () => {
    const slo = `
- name: error rate
  type: metrics
  window: 200ms
  ratio:
    of: { metric: http_requests_total, labels: { code: { matches: "5.." } } }
    to: { metric: http_requests_total, labels: { method: GET } }
    below: 0.01
`;
    perScrape = { ok: 1000, errors: 2 };
    counts = { ok: 1000, errors: 1 };
    const ok = await runChecks(slo, server.url);
    expect(ok.check.outcome, ok.check.detail).toBe("passed");
    expect(ok.check.detail).toBe("1 assertion holds over 200ms (12 samples); ratio 0.00199601 (2 / 1002)");

    scrapes = 0;
    perScrape = { ok: 100, errors: 25 };
    const bad = await runChecks(slo, server.url);
    expect(bad.check.outcome).toBe("failed");
    expect(bad.check.detail).toBe(
      'http_requests_total{code=~"5.."} / http_requests_total{method="GET"} over 200ms is 0.2, not below 0.01',
    );
    expect(bad.check.tables?.[0]?.rows[0]).toEqual([
      'http_requests_total{code=~"5.."} / http_requests_total{method="GET"}',
      "< 0.01",
      "0.2 (25 / 125)",
      "",
      "FAILED",
    ]);
  });

  it("ratio: an error series that does not exist yet counts as zero; no traffic fails closed", async () => {
    const slo = (metric: string) => `
- name: error rate
  type: metrics
  window: 100ms
  ratio:
    of: { metric: ${metric}, labels: { code: { matches: "5.." } } }
    to: { metric: http_requests_total }
    below: 0.01
`;
    const none = await runChecks(slo("http_requests_total"), server.url);
    expect(none.check.outcome, none.check.detail).toBe("passed");
    // Zero errors, or a mistyped label value? The values seen make the difference visible.
    expect(none.check.detail).toBe(
      '1 assertion holds over 100ms (11 samples); ratio 0 (0 / 150); numerator: no series of http_requests_total has code=~"5.."; seen: 200, 201',
    );

    const typo = await runChecks(slo("http_request_total"), server.url);
    expect(typo.check.detail).toBe(
      "ratio numerator http_request_total is not exposed (check the metric name)",
    );

    perScrape = { ok: 0, errors: 0 };
    const idle = await runChecks(slo("http_requests_total"), server.url);
    expect(idle.check.outcome).toBe("failed");
    expect(idle.check.detail).toBe(
      "ratio undefined: http_requests_total did not increase over 100ms (no traffic to judge)",
    );
    // No traffic is no data: on-empty: inconclusive leaves the judgement to on-inconclusive.
    const unsure = await runChecks(`${slo("http_requests_total")}  on-empty: inconclusive\n`, server.url);
    expect(unsure.check.outcome).toBe("inconclusive");
    expect(unsure.check.detail).toBe(
      "no data: ratio undefined: http_requests_total did not increase over 100ms (no traffic to judge) (on-empty: inconclusive)",
    );
    expect(unsure.gate.verdict).toBe("inconclusive");
  });

  it("on-empty: a selector that matched no series fails by default, and is inconclusive or passes when asked", async () => {
    const yaml = (onEmpty: string) => `
- name: metrics
  type: metrics
  ${onEmpty}
  expect:
    - { metric: http_requests_total, labels: { code: "500" }, below: 5 }
    - { metric: queue_depth, below: 10 }
`;
    const strict = await runChecks(yaml(""), server.url);
    expect(strict.check.outcome).toBe("failed");
    const seen =
      'http_requests_total{code="500"} is absent: no series of http_requests_total has code="500"; seen: 200, 201';
    expect(strict.check.detail).toBe(seen);

    const unsure = await runChecks(yaml("on-empty: inconclusive"), server.url);
    expect(unsure.check.outcome).toBe("inconclusive");
    // Still says what was seen, so a mistyped label value is visible.
    expect(unsure.check.detail).toBe(`no data: ${seen} (on-empty: inconclusive)`);
    expect(unsure.check.tables?.[0]?.rows.map((r) => r[4])).toEqual(["NO DATA", "ok"]);

    const lenient = await runChecks(yaml("on-empty: pass"), server.url);
    expect(lenient.check.outcome).toBe("passed");
    expect(lenient.check.tables?.[0]?.rows.map((r) => r[4])).toEqual(["no data (on-empty: pass)", "ok"]);

    // A real failure beside the missing data decides: failed, not inconclusive.
    const broken = await runChecks(
      `${yaml("on-empty: inconclusive")}    - { metric: queue_depth, below: 1 }\n`,
      server.url,
    );
    expect(broken.check.outcome).toBe("failed");
    expect(broken.check.detail).toBe("queue_depth is 7, not below 1");

    // exists: true is an assertion about presence, not a value: on-empty does not touch it.
    const exists = await runChecks(
      "- { name: m, type: metrics, on-empty: inconclusive, expect: [{ metric: payments_total, exists: true }] }",
      server.url,
    );
    expect(exists.check.outcome).toBe("failed");
  });

  it("window: a counter reset counts the new value as the increase, as PromQL does", async () => {
    resetOnSecond = true;
    const yaml = `
- name: traffic
  type: metrics
  window: 100ms
  expect: [{ metric: http_requests_total, labels: { method: GET }, equals: 100 }]
`;
    const { check } = await runChecks(yaml, server.url);
    expect(check.outcome, check.detail).toBe("passed");
  });

  it("fails on an exposition that does not parse, naming the line, and on an error status", async () => {
    body = "# TYPE up gauge\nup 1\nup{job=api} 1\n";
    const { check } = await runChecks(
      "- { name: m, type: metrics, expect: [{ metric: up, equals: 1 }] }",
      server.url,
    );
    expect(check.outcome).toBe("failed");
    expect(check.detail).toBe(
      "GET /metrics: not Prometheus text exposition: line 3: expected a quoted value for label job",
    );
    const missing = await runChecks("- { name: m, type: metrics, path: /stats }", server.url);
    expect(missing.check.detail).toBe("GET /stats answered 404, expected 2xx — no route");
  });

  it("rejects an assertion without a comparison as a config error", async () => {
    await expect(
      runChecks("- { name: m, type: metrics, expect: [{ metric: up }] }", server.url),
    ).rejects.toThrow('checks[0] ("m").expect[0]: give exists, equals, below or above');
  });
});

// Routes as a typical service labels them: 14 of 100 orders answered 5xx.
const ROUTES = `# TYPE http_requests_total counter
http_requests_total{route="/v1/orders/",code="200"} 86
http_requests_total{route="/v1/orders/",code="500"} 9
http_requests_total{route="/v1/orders/",code="503"} 5
http_requests_total{route="/v1/tasks",code="200"} 900
http_requests_total{route="/5../",code="200"} 1
http_requests_total{code="200"} 7
`;

describe("metrics labels are exact", () => {
  beforeEach(() => {
    body = ROUTES;
  });

  it("a value in slashes is the value itself, not a regex (route /v1/tasks no longer crashes)", async () => {
    const yaml = `
- name: routes
  type: metrics
  expect:
    - { metric: http_requests_total, labels: { route: /v1/orders/ }, equals: 100 }
    - { metric: http_requests_total, labels: { route: /v1/tasks }, equals: 900 }
    - { metric: http_requests_total, labels: { route: { equals: /5../ } }, equals: 1 }
    - { metric: http_requests_total, labels: { route: "" }, equals: 7 }
    - { metric: http_requests_total, labels: { route: { matches: "/v1/.*" }, code: { matches: "5.." } }, equals: 14 }
    - { metric: http_requests_total, labels: { route: { matches: "v1/orders" } }, exists: false }
`;
    const { check } = await runChecks(yaml, server.url);
    expect(check.outcome, check.detail).toBe("passed");
    expect(check.tables?.[0]?.rows.map((r) => r[0])).toEqual([
      'http_requests_total{route="/v1/orders/"}',
      'http_requests_total{route="/v1/tasks"}',
      'http_requests_total{route="/5../"}',
      'http_requests_total{route=""}',
      'http_requests_total{route=~"/v1/.*",code=~"5.."}',
      'http_requests_total{route=~"v1/orders"}',
    ]);
  });

  it("14% 5xx on /v1/orders/ fails a < 0.05 error-rate ratio (once read as a regex, it matched nothing and passed)", async () => {
    const yaml = `
- name: orders error rate
  type: metrics
  ratio:
    of: { metric: http_requests_total, labels: { route: /v1/orders/, code: { matches: "5.." } } }
    to: { metric: http_requests_total, labels: { route: /v1/orders/ } }
    below: 0.05
`;
    const { check } = await runChecks(yaml, server.url);
    expect(check.outcome).toBe("failed");
    expect(check.detail).toBe(
      'http_requests_total{route="/v1/orders/",code=~"5.."} / http_requests_total{route="/v1/orders/"} is 0.14, not below 0.05',
    );
  });

  it("a selector that matches no series names the values its labels do have", async () => {
    const yaml = `
- name: typo
  type: metrics
  expect:
    - { metric: http_requests_total, labels: { route: /v1/orders }, below: 1 }
    - { metric: http_requests_total, labels: { route: /v1/tasks, code: { matches: "5.." } }, exists: true }
  ratio:
    of: { metric: http_requests_total, labels: { code: "500" } }
    to: { metric: http_requests_total, labels: { route: /v1/order } }
    below: 0.05
`;
    const { check } = await runChecks(yaml, server.url);
    expect(check.outcome).toBe("failed");
    expect(check.assertions.filter((a) => !a.passed).map((a) => a.message)).toEqual([
      'http_requests_total{route="/v1/orders"} is absent: no series of http_requests_total has route="/v1/orders"; seen: (none), /5../, /v1/orders/, /v1/tasks',
      'http_requests_total{route="/v1/tasks",code=~"5.."} is absent: no series of http_requests_total has route="/v1/tasks", code=~"5.." together; seen route: (none), /5../, /v1/orders/, /v1/tasks; code: 200, 500, 503',
      'ratio denominator http_requests_total{route="/v1/order"} is absent: no series of http_requests_total has route="/v1/order"; seen: (none), /5../, /v1/orders/, /v1/tasks',
    ]);
  });

  it("an old /regex/ label value is a config error showing both fixes, before any scrape", async () => {
    scrapes = 0;
    const config = (value: string) =>
      `- { name: m, type: metrics, expect: [{ metric: http_requests_total, labels: { code: ${value} }, exists: true }] }`;
    await expect(runChecks(config('"/5../"'), server.url)).rejects.toThrow(
      'checks[0] ("m").expect[0].labels.code: "/5../" is now matched exactly (PromQL =), not as a regular expression; write { matches: "5.." } for the regex or { equals: "/5../" } for the literal',
    );
    await expect(runChecks(config('{ matches: "5(" }'), server.url)).rejects.toThrow(
      'checks[0] ("m").expect[0].labels.code.matches: "5(" is not a valid regular expression (unterminated group); use { equals: "5(" } for the literal',
    );
    expect(scrapes).toBe(0);
  });
});
