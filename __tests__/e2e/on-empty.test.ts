// on-empty through the bundled action against a real loopback exporter: a selector that matches
// no series fails closed by default, and with on-empty: inconclusive the gate says it could not
// judge (what was seen included), which on-inconclusive then decides.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "../support/gate.js";
import { readReport } from "../support/reports.js";
import { runAction } from "../support/run-action.js";

let exporter: TestServer;

beforeAll(async () => {
  exporter = await startServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/plain; version=0.0.4" });
    res.end(
      [
        "# TYPE http_requests_total counter",
        'http_requests_total{route="/v1/tasks",code="200"} 120',
        "",
      ].join("\n"),
    );
  });
});
afterAll(() => exporter.close());

const CHECKS = (onEmpty: string) => `- name: orders errors
  type: metrics
  ${onEmpty}
  expect:
    - { metric: http_requests_total, labels: { route: /v1/orders, code: "200" }, below: 5 }
`;

describe("on-empty through dist", () => {
  it("fails closed by default, naming what the exporter does have", async () => {
    const run = await runAction({ inputs: { "base-url": exporter.url, checks: CHECKS("") } });
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe("failed");
    expect(run.summary).toContain("seen: /v1/tasks");
  });

  it("on-empty: inconclusive → result inconclusive; on-inconclusive decides whether the step fails", async () => {
    const closed = await runAction({
      inputs: { "base-url": exporter.url, checks: CHECKS("on-empty: inconclusive") },
    });
    expect(closed.code).toBe(1);
    expect(closed.outputs).toMatchObject({ result: "inconclusive", inconclusive: "1", failed: "0" });
    const check = readReport(closed.outputs.report!).checks[0]!;
    expect(check.outcome).toBe("inconclusive");
    expect(check.detail).toBe(
      'no data: http_requests_total{route="/v1/orders",code="200"} is absent: no series of http_requests_total has route="/v1/orders"; seen: /v1/tasks (on-empty: inconclusive)',
    );
    expect(closed.summary).toContain("**Could not reach a judgement:**");

    const passed = await runAction({
      inputs: {
        "base-url": exporter.url,
        checks: CHECKS("on-empty: inconclusive"),
        "on-inconclusive": "pass",
      },
    });
    expect(passed.code).toBe(0);
    expect(passed.outputs).toMatchObject({ result: "passed", inconclusive: "1" });
  });
});
