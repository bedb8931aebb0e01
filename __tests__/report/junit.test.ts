import { describe, expect, it } from "vitest";
import { renderJunit } from "../../src/report/junit.js";
import { junitSchemaErrors, readWithJunitConsumers } from "../support/reports.js";
import { blockedResult, check, exchange, gate, passedResult } from "./fixtures.js";

/** Valid against the Jenkins JUnit XSD (libxml2), which also proves it well-formed. */
async function expectValid(xml: string): Promise<void> {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  expect(await junitSchemaErrors(xml)).toEqual([]);
  expect(xml).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f]/);
}

describe("renderJunit", () => {
  it("writes one suite with counts and one testcase per check", async () => {
    const xml = renderJunit(blockedResult);
    await expectValid(xml);
    expect(xml).toContain('<testsuites name="deploy-gate" tests="10" failures="3" errors="0" time="4.210">');
    expect(xml).toContain(
      '<testsuite name="deploy-gate (eu-west)" tests="10" failures="3" errors="0" skipped="1" time="4.210" timestamp="2025-03-01T09:30:00">',
    );
    expect(xml.match(/<testcase /g)).toHaveLength(10);
    expect(xml).toContain('<testcase classname="deploy-gate.eu-west" name="list tasks" time="0.132">');
    expect(xml).toContain('<failure message="status: expected 200, got 401" type="assertion">');
    expect(xml).toContain("status: expected 200, got 401 — the service refused the credential");
    expect(xml).toContain("what to do: check or rotate the credential");
  });

  it("marks a flaky pass, a pass, with a note carrying flaky and attempts", () => {
    const xml = renderJunit(blockedResult);
    expect(xml).toContain(
      [
        '<testcase classname="deploy-gate.eu-west" name="create task idempotently" time="0.640">',
        "      <system-out>[[PROPERTY|flaky=true]]",
        "[[PROPERTY|attempts=3]]",
        "flaky: failed at first and passed on a retry (3 attempts); same resource t_81f3 twice; changed body got 409</system-out>",
        "    </testcase>",
      ].join("\n"),
    );
  });

  it("reports a failing warning check in system-out, never as a failure or an error", () => {
    const xml = renderJunit(blockedResult);
    const warning = /<testcase [^>]*name="error rate"[^>]*>([\s\S]*?)<\/testcase>/.exec(xml)?.[1] ?? "";
    expect(warning).not.toMatch(/<failure|<error/);
    expect(warning).toContain("<system-out>[[PROPERTY|severity=warning]]\n[[PROPERTY|outcome=failed]]\n");
    expect(warning).toContain("warning (does not block the deployment): failed (warning)");
    expect(warning).toContain(
      "ratio http_errors_total / http_requests_total: expected below 0.02, got 0.031",
    );
  });

  it("keeps errored, timed-out and cancelled apart from failed, and skips with the reason", async () => {
    const xml = renderJunit(
      gate([
        check({
          name: "down",
          outcome: "errored",
          detail: "connection refused",
          exchange: exchange({ status: undefined, error: "ECONNREFUSED", attempts: [] }),
        }),
        check({ name: "slow", outcome: "timed-out", detail: "gate deadline passed" }),
        check({ name: "stopped", outcome: "cancelled", detail: "job cancelled" }),
        check({ name: "opt", outcome: "skipped", detail: 'needs "down", which failed' }),
      ]),
    );
    await expectValid(xml);
    expect(xml).toContain('tests="4" failures="0" errors="3" skipped="1"');
    expect(xml).toContain('<error message="connection refused" type="errored">');
    expect(xml).toContain("no response (ECONNREFUSED)");
    expect(xml).toContain('<error message="gate deadline passed" type="timed-out">');
    expect(xml).toContain('<error message="job cancelled" type="cancelled">');
    expect(xml).toContain('<skipped>needs "down", which failed</skipped>');
    expect(xml).toContain('classname="deploy-gate.default"');
  });

  it("escapes markup and strips characters XML cannot hold", async () => {
    const nasty = `a<b>&"c'\u0000\u0007\u001b[31m\ud800 ]]> end`;
    const xml = renderJunit(
      gate(
        [
          check({
            name: nasty,
            outcome: "failed",
            detail: nasty,
            assertions: [{ target: "$.x", expected: "<", actual: "&", passed: false, message: nasty }],
          }),
        ],
        { label: "EU West/1" },
      ),
    );
    await expectValid(xml);
    expect(xml).toContain('name="a&lt;b&gt;&amp;&quot;c&apos; ]]&gt; end"');
    expect(xml).toContain("$.x: expected &lt;, got &amp;");
    expect(xml).toContain('classname="deploy-gate.eu-west-1"');
    expect(xml).toContain('<testsuite name="deploy-gate (EU West/1)"');
  });

  it("gives a failed gate with no failing critical check a failing testcase of its own", async () => {
    const nothing = renderJunit(
      gate([check({ name: "billing", outcome: "skipped", detail: "if: vars.BILLING is falsy" })], {
        verdict: "failed",
      }),
    );
    await expectValid(nothing);
    expect(nothing).toContain('tests="2" failures="1" errors="0" skipped="1"');
    expect(nothing).toContain(
      [
        '<testcase classname="deploy-gate.default" name="gate verdict" time="4.210">',
        '      <failure message="nothing was checked: no critical check ran" type="gate">nothing was checked: no critical check ran',
        "billing: if: vars.BILLING is falsy</failure>",
      ].join("\n"),
    );
    const invalid = renderJunit(
      gate([], { verdict: "failed", error: "checks[1].expect.status: expected a status code" }),
    );
    await expectValid(invalid);
    expect(invalid).toContain(
      '<failure message="the gate could not run: checks[1].expect.status: expected a status code" type="gate">',
    );
    expect(renderJunit(blockedResult)).not.toContain('name="gate verdict"');
    expect(renderJunit(passedResult)).not.toContain('name="gate verdict"');
  });
});

describe("what JUnit consumers read", () => {
  const warned = gate([
    check({ name: "GET /health" }),
    check({ name: "retried", flaky: true, attempts: 2 }),
    check({
      name: "slow p95",
      type: "prometheus",
      severity: "warning",
      outcome: "failed",
      detail: "p95 0.9s",
    }),
    check({ name: "down replica", severity: "warning", outcome: "errored", detail: "connection refused" }),
    check({ name: "billing", outcome: "skipped", detail: "if: vars.BILLING is falsy" }),
  ]);

  it("a passing gate with failed warning checks and a flaky pass reads as passing, with 0 failures", async () => {
    expect(warned.verdict).toBe("passed");
    const xml = renderJunit(warned);
    await expectValid(xml);
    expect(await readWithJunitConsumers(xml)).toEqual({
      testResultsParser: { status: "PASS", failed: 0, errors: 0, failedCases: [] },
      junit2json: { failures: 0, errors: 0, failedCases: [] },
    });
  });

  it("a blocked gate reads as failed, naming the failing checks", async () => {
    const xml = renderJunit(blockedResult);
    const reading = await readWithJunitConsumers(xml);
    expect(reading.testResultsParser).toMatchObject({ status: "FAIL", failed: 3, errors: 0 });
    expect(reading.testResultsParser.failedCases).toEqual(["list tasks", "release-guard", "task lifecycle"]);
    expect(reading.junit2json).toEqual({
      failures: 3,
      errors: 0,
      failedCases: ["list tasks", "release-guard", "task lifecycle"],
    });
  });

  it("a gate that checked nothing reads as failed", async () => {
    const xml = renderJunit(
      gate([check({ name: "opt", outcome: "skipped", detail: "only" })], { verdict: "failed" }),
    );
    const reading = await readWithJunitConsumers(xml);
    expect(reading.testResultsParser.status).toBe("FAIL");
    expect(reading.junit2json.failedCases).toEqual(["gate verdict"]);
  });

  it("an unreachable service reads as errors", async () => {
    const xml = renderJunit(
      gate([
        check({ name: "GET /health", outcome: "errored", detail: "connection refused" }),
        check({ name: "GET /slow", outcome: "timed-out", detail: "no response within 1s" }),
      ]),
    );
    const reading = await readWithJunitConsumers(xml);
    expect(reading.testResultsParser).toMatchObject({ status: "FAIL", failed: 0, errors: 2 });
    expect(reading.junit2json).toMatchObject({ failures: 0, errors: 2 });
  });
});
