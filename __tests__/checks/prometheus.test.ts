// The prometheus check against a REAL Prometheus server scraping a node:http service on 127.0.0.1
// every second: the binary PROMETHEUS_BIN names, else `prometheus` on PATH (Debian's package, which
// scripts/ci-prereqs.sh installs when it can).
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closedPort, runChecks, startServer, type TestServer } from "../support/gate.js";
import { runAction } from "../support/run-action.js";

const READY_WITHIN_MS = 45_000;
const PROMETHEUS = process.env.PROMETHEUS_BIN || "prometheus";

let service: TestServer;
let prometheus: ChildProcess | undefined;
let prometheusUrl = "";
let dir = "";
let stderr = "";

function prometheusInstalled(): boolean {
  return !spawnSync(PROMETHEUS, ["--version"], { stdio: "ignore" }).error;
}

/** Bounded wait until Prometheus has scraped the service and `up` says so. */
async function waitForTarget(): Promise<void> {
  const until = Date.now() + READY_WITHIN_MS;
  let last = "no answer yet";
  while (Date.now() < until) {
    if (prometheus?.exitCode !== null)
      throw new Error(`prometheus exited with ${prometheus?.exitCode}: ${stderr.slice(-2000)}`);
    try {
      const res = await fetch(`${prometheusUrl}/api/v1/query?query=${encodeURIComponent('up{job="svc"}')}`);
      const body = (await res.json()) as { data?: { result?: { value: [number, string] }[] } };
      const value = body.data?.result?.[0]?.value[1];
      // Two scrapes, so every series the service exposes is in the head block.
      if (value === "1") {
        const count = await fetch(
          `${prometheusUrl}/api/v1/query?query=${encodeURIComponent('count_over_time(up{job="svc"}[1m])')}`,
        );
        const n = ((await count.json()) as { data?: { result?: { value: [number, string] }[] } }).data
          ?.result?.[0]?.value[1];
        if (Number(n) >= 2) return;
        last = `${n} scrape(s) so far`;
      } else last = `up = ${value ?? "absent"}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await sleep(250);
  }
  throw new Error(
    `Prometheus did not report the service up within ${READY_WITHIN_MS}ms (${last}): ${stderr.slice(-2000)}`,
  );
}

beforeAll(async () => {
  if (!prometheusInstalled()) {
    throw new Error(
      process.env.PROMETHEUS_BIN
        ? `PROMETHEUS_BIN=${PROMETHEUS} does not run: point it at a prometheus binary`
        : "no prometheus on PATH: run scripts/ci-prereqs.sh, or set PROMETHEUS_BIN=/path/to/prometheus",
    );
  }
  service = await startServer((req, res) => {
    if (req.url !== "/metrics") {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, { "content-type": "text/plain; version=0.0.4" });
    res.end(
      [
        "# TYPE svc_error_ratio gauge",
        'svc_error_ratio{route="/orders"} 0.002',
        'svc_error_ratio{route="/search"} 0.03',
        "# TYPE svc_p95_seconds gauge",
        "svc_p95_seconds 0.21",
        "",
      ].join("\n"),
    );
  });
  dir = mkdtempSync(join(tmpdir(), "deploy-gate-prometheus-"));
  writeFileSync(
    join(dir, "prometheus.yml"),
    [
      "global: { scrape_interval: 1s, evaluation_interval: 1s }",
      "scrape_configs:",
      "  - job_name: svc",
      "    scrape_interval: 1s",
      `    static_configs: [{ targets: ["127.0.0.1:${service.port}"] }]`,
      "",
    ].join("\n"),
  );
  const port = await closedPort();
  prometheusUrl = `http://127.0.0.1:${port}`;
  prometheus = spawn(
    PROMETHEUS,
    [
      `--config.file=${join(dir, "prometheus.yml")}`,
      `--storage.tsdb.path=${join(dir, "data")}`,
      `--web.listen-address=127.0.0.1:${port}`,
      "--log.level=warn",
    ],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  prometheus.stderr?.on("data", (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-10_000);
  });
  await waitForTarget();
}, READY_WITHIN_MS + 15_000);

afterAll(async () => {
  const proc = prometheus;
  if (proc && proc.exitCode === null) {
    const exited = new Promise((resolve) => proc.once("exit", resolve));
    proc.kill("SIGTERM");
    await Promise.race([exited, sleep(5000)]);
    if (proc.exitCode === null) proc.kill("SIGKILL");
  }
  await service?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
}, 15_000);

function check(fields: string): string {
  return `- { name: slo, type: prometheus, url: "${prometheusUrl}", ${fields} }`;
}

describe("prometheus check (real Prometheus server)", () => {
  it("passes when every sample is under the threshold", async () => {
    const { check: c } = await runChecks(check("query: 'svc_error_ratio', below: 0.05"), service.url);
    expect(c.outcome, c.detail).toBe("passed");
    expect(c.detail).toBe("2 samples < 0.05, from 0.002 to 0.03");
    expect(c.tables?.[0]?.rows.map((r) => r[0])).toEqual([
      `svc_error_ratio{instance="127.0.0.1:${service.port}", job="svc", route="/orders"}`,
      `svc_error_ratio{instance="127.0.0.1:${service.port}", job="svc", route="/search"}`,
    ]);
  });

  it("fails naming the sample over the threshold", async () => {
    const { check: c } = await runChecks(check("query: 'svc_error_ratio', below: 0.01"), service.url);
    expect(c.outcome).toBe("failed");
    expect(c.detail).toBe(
      `1 of 2 samples break < 0.01: svc_error_ratio{instance="127.0.0.1:${service.port}", job="svc", route="/search"} = 0.03`,
    );
    const p95 = await runChecks(check("query: 'max(svc_p95_seconds)', above: 0.5"), service.url);
    expect(p95.check.detail).toBe("1 of 1 sample break > 0.5: {} = 0.21");
  });

  it("fails closed on an empty result unless on-empty (or the older allow-empty) says otherwise", async () => {
    const empty = await runChecks(check("query: 'svc_missing_metric', below: 1"), service.url);
    expect(empty.check.outcome).toBe("failed");
    expect(empty.check.detail).toBe(
      "the query returned no samples (fail closed; set on-empty: inconclusive or pass if that can be expected)",
    );
    for (const spelling of ["allow-empty: true", "on-empty: pass", "on-empty: pass, allow-empty: true"]) {
      const allowed = await runChecks(
        check(`query: 'svc_missing_metric', below: 1, ${spelling}`),
        service.url,
      );
      expect(allowed.check.outcome, spelling).toBe("passed");
      expect(allowed.check.detail).toBe("empty result (on-empty: pass)");
    }
    const unsure = await runChecks(
      check("query: 'svc_missing_metric', below: 1, on-empty: inconclusive"),
      service.url,
    );
    expect(unsure.check.outcome).toBe("inconclusive");
    expect(unsure.check.detail).toBe(
      "no data: the query returned no samples, so there is nothing to judge (on-empty: inconclusive)",
    );
    expect(unsure.gate.verdict).toBe("inconclusive");
    // Data present: on-empty changes nothing.
    const judged = await runChecks(
      check("query: 'max(svc_p95_seconds)', above: 0.5, on-empty: inconclusive"),
      service.url,
    );
    expect(judged.check.outcome).toBe("failed");
  });

  it("through the bundled action: no data with on-empty: inconclusive holds the release for approval", async () => {
    const checks = (onEmpty: string) => `- GET /metrics
- name: checkout error rate
  type: prometheus
  url: ${prometheusUrl}
  query: 'sum(rate(svc_checkout_errors_total[5m]))'
  below: 0.01
  ${onEmpty}
`;
    const held = await runAction({
      inputs: {
        "base-url": service.url,
        checks: checks("on-empty: inconclusive"),
        "on-inconclusive": "hold",
      },
    });
    expect(held.code, held.stdout).toBe(0);
    expect(held.outputs).toMatchObject({
      result: "inconclusive",
      inconclusive: "1",
      passed: "1",
      failed: "0",
    });
    const head = held.summary.split("### Checks")[0] ?? "";
    expect(head).toMatch(
      /^## ❔ deploy-gate: inconclusive — 1 of 2 checks could not reach a judgement; held for approval/,
    );
    expect(head).toContain(
      "- **checkout error rate** — no data · the query returned no samples, so there is nothing to judge (on-empty: inconclusive) → send the release some traffic",
    );
    // The default fails closed on the same empty answer.
    const closed = await runAction({ inputs: { "base-url": service.url, checks: checks("") } });
    expect(closed.code).toBe(1);
    expect(closed.outputs.result).toBe("failed");
    expect(JSON.parse(closed.outputs["failed-checks"]!)).toEqual(["checkout error rate"]);
  });

  it("refuses allow-empty and on-empty that contradict each other", async () => {
    await expect(
      runChecks(check("query: 'up', below: 1, allow-empty: true, on-empty: inconclusive"), service.url),
    ).rejects.toThrow(/allow-empty: true contradicts on-empty: inconclusive; give on-empty alone/);
  });

  it("shows Prometheus's own error text for a PromQL syntax error", async () => {
    const { check: c } = await runChecks(
      check("query: 'sum(rate(svc_error_ratio[5m])', below: 1"),
      service.url,
    );
    expect(c.outcome).toBe("failed");
    expect(c.detail).toMatch(/^Prometheus bad_data \(400\): invalid parameter "query": 1:\d+: parse error: /);
  });

  it("reports an unreachable server as errored, not failed", async () => {
    const port = await closedPort();
    const { check: c } = await runChecks(
      `- { name: slo, type: prometheus, url: "http://127.0.0.1:${port}", query: up, below: 1 }`,
      service.url,
    );
    expect(c.outcome).toBe("errored");
    expect(c.detail).toMatch(new RegExp(`^Prometheus at http://127\\.0\\.0\\.1:${port}: .*ECONNREFUSED`));
  });
});
