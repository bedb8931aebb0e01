import { describe, expect, it } from "vitest";
import { renderJunit } from "../../src/report/junit.js";
import { blockedResult, check, exchange, gate } from "./fixtures.js";

/** A small well-formedness check: tags nest and close, text and attributes hold no raw markup. */
function expectWellFormed(xml: string): void {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  const body = xml.replace(/^<\?xml[^>]*\?>/, "");
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w-]*)((?:\s+[\w-]+="[^"<]*")*)\s*(\/?)>/g;
  let last = 0;
  for (const m of body.matchAll(tag)) {
    const text = body.slice(last, m.index);
    expect(text).not.toMatch(/[<>]|&(?!(?:amp|lt|gt|quot|apos|#\d+);)/);
    last = m.index + m[0].length;
    const [, closing, name, , selfClosing] = m;
    if (closing) expect(stack.pop()).toBe(name);
    else if (!selfClosing) stack.push(name ?? "");
  }
  expect(body.slice(last).trim()).toBe("");
  expect(stack).toEqual([]);
  expect(xml).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f]/);
}

describe("renderJunit", () => {
  it("writes one suite with counts and one testcase per check", () => {
    const xml = renderJunit(blockedResult);
    expectWellFormed(xml);
    expect(xml).toContain(
      '<testsuite name="deploy-gate (eu-west)" tests="10" failures="4" errors="0" skipped="1" time="4.210" timestamp="2025-03-01T09:30:00">',
    );
    expect(xml.match(/<testcase /g)).toHaveLength(10);
    expect(xml).toContain('<testcase classname="deploy-gate.eu-west" name="list tasks" time="0.132">');
    expect(xml).toContain('<failure message="status: expected 200, got 401" type="assertion">');
    expect(xml).toContain("status: expected 200, got 401 — the service refused the credential");
    expect(xml).toContain("what to do: check or rotate the credential");
  });

  it("marks a flaky pass with properties and a note", () => {
    const xml = renderJunit(blockedResult);
    expect(xml).toContain(
      [
        '<testcase classname="deploy-gate.eu-west" name="create task idempotently" time="0.640">',
        "      <properties>",
        '        <property name="flaky" value="true"/>',
        '        <property name="attempts" value="3"/>',
        "      </properties>",
        "      <system-out>flaky: failed at first and passed on a retry (3 attempts); same resource t_81f3 twice; changed body got 409</system-out>",
      ].join("\n"),
    );
  });

  it("reports a failing warning check as a failure of type warning that does not block", () => {
    const xml = renderJunit(blockedResult);
    expect(xml).toMatch(/<failure message="[^"]*\(warning: does not block the deployment\)" type="warning">/);
  });

  it("keeps errored, timed-out and cancelled apart from failed, and skips with the reason", () => {
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
    expectWellFormed(xml);
    expect(xml).toContain('tests="4" failures="0" errors="3" skipped="1"');
    expect(xml).toContain('<error message="connection refused" type="errored">');
    expect(xml).toContain("no response (ECONNREFUSED)");
    expect(xml).toContain('<error message="gate deadline passed" type="timed-out">');
    expect(xml).toContain('<error message="job cancelled" type="cancelled">');
    expect(xml).toContain('<skipped message="needs &quot;down&quot;, which failed"/>');
    expect(xml).toContain('classname="deploy-gate.default"');
  });

  it("escapes markup and strips characters XML cannot hold", () => {
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
    expectWellFormed(xml);
    expect(xml).toContain('name="a&lt;b&gt;&amp;&quot;c&apos; ]]&gt; end"');
    expect(xml).toContain("$.x: expected &lt;, got &amp;");
    expect(xml).toContain('classname="deploy-gate.eu-west-1"');
    expect(xml).toContain('<testsuite name="deploy-gate (EU West/1)"');
  });
});
