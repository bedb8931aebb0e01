import { describe, expect, it } from "vitest";
import type { GateResult } from "../../src/engine/results.js";
import { DEFAULT_SUMMARY_BYTES, MIN_SUMMARY_BYTES, renderSummary } from "../../src/report/summary.js";
import { blockedResult, check, exchange, gate, passedResult } from "./fixtures.js";

function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

/** Every <details> closes, and never before it opened: no section was cut in the middle. */
function expectBalancedDetails(md: string): void {
  // Inside a fenced block a tag is literal text, not structure.
  const structure = md.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, "");
  let depth = 0;
  for (const tag of structure.match(/<\/?details>/g) ?? []) {
    depth += tag === "<details>" ? 1 : -1;
    expect(depth).toBeGreaterThanOrEqual(0);
  }
  expect(depth).toBe(0);
}

describe("renderSummary", () => {
  it("says why it blocked right under the heading", () => {
    const md = renderSummary(blockedResult);
    const [heading, , blockedBy, , first] = md.split("\n");
    expect(heading).toBe(
      "## ❌ deploy-gate (eu-west): blocked — 3 of 10 checks failed, 1 warning, 1 skipped",
    );
    expect(blockedBy).toBe("**Blocked by:**");
    expect(first).toBe(
      "- **list tasks** — 401 Unauthorized (expected 200) · INVALID\\_TOKEN: the access token expired at 2025-03-01T09:00:00Z → check or rotate the credential",
    );
  });

  it("heads a passing gate with its check count", () => {
    expect(renderSummary(passedResult).split("\n")[0]).toBe("## ✅ deploy-gate: passed — 9 checks");
  });

  it("says plainly that a dry run would have blocked", () => {
    const md = renderSummary({ ...blockedResult, mode: "dry-run", verdict: "passed" });
    expect(md.split("\n")[0]).toBe(
      "## ⚠️ deploy-gate (eu-west): would have blocked (dry run) — 3 of 10 checks failed, 1 warning, 1 skipped",
    );
    expect(md).toContain("**Would have blocked:**");
    expect(md).toContain(
      "dry run — nothing was blocked, but in enforce mode this gate would have blocked the deployment",
    );
  });

  it("reports an interrupted gate", () => {
    const result = gate(
      [
        check({ name: "a" }),
        check({ name: "slow", outcome: "cancelled", detail: "cancelled before it finished" }),
      ],
      { interrupted: "cancelled" },
    );
    const md = renderSummary(result);
    expect(md.split("\n")[0]).toBe("## ❌ deploy-gate: blocked — 1 of 2 checks failed, gate cancelled");
    expect(md).toContain("**⛔ Interrupted:** the job was cancelled");
    expect(md).toContain("| 🚫 cancelled | slow |");
  });

  it("marks flaky passes, warnings and skipped checks with their reason", () => {
    const md = renderSummary(blockedResult);
    expect(md).toContain("| ✅ passed (flaky: 1 retry) | create task idempotently | idempotency | 640ms |");
    expect(md).toContain("| ⚠️ failed (warning) | error rate | metrics |");
    expect(md).toContain(
      "| ⏭️ skipped | billing webhook | webhook | — | if: vars.ENABLE\\_BILLING is falsy |",
    );
  });

  it("escapes service-provided HTML, pipes and markdown everywhere", () => {
    const hostile = "<script>alert(1)</script></details>|x|`y`";
    const result = gate([
      check({
        name: hostile,
        outcome: "failed",
        detail: hostile,
        assertions: [{ target: "$.a|b", expected: "<b>", actual: "x\n|y|", passed: false, message: hostile }],
        exchange: exchange({
          responseHeaders: { "x-note": "a|b<i>", "content-type": "text/html" },
          bodyExcerpt: "<script>alert(1)</script>\n</details>\n```\n````\nend",
        }),
      }),
      check({
        name: "tabled",
        outcome: "failed",
        tables: [{ title: "T <t>", columns: ["c|1"], rows: [["<img src=x onerror=alert(1)>"]] }],
      }),
    ]);
    const md = renderSummary(result);
    // Outside the code fence, no raw tag from the service survives.
    const fenced = /`````\n([\s\S]*?)\n`````/.exec(md);
    expect(fenced?.[1]).toBe("<script>alert(1)</script>\n</details>\n```\n````\nend");
    const outside = md.replace(fenced?.[0] ?? "", "");
    expect(outside).not.toContain("<script>");
    expect(outside).not.toContain("<img");
    expect(outside).toContain("&lt;script&gt;alert(1)&lt;/script&gt;&lt;/details&gt;\\|x\\|\\`y\\`");
    expect(outside).toContain("| \\$.a\\|b | &lt;b&gt; | x \\|y\\| |");
    expect(outside).toContain("| x-note | a\\|b&lt;i&gt; |");
    expectBalancedDetails(md);
    // The <summary> line is HTML, where markdown escapes would show: HTML escaping only.
    expect(md).toContain("<summary>❌ <b>&lt;script&gt;alert(1)&lt;/script&gt;&lt;/details&gt;|x|`y`</b>");
  });

  it("lists a passed check's evidence tables (acknowledged violations) after the failures", () => {
    const guard = check({
      name: "release-guard",
      type: "release-guard",
      detail: "passed: 1 violation acknowledged by ignore",
      tables: [
        {
          title: "Ignored violations",
          columns: ["reason", "route", "evidence"],
          rows: [["drift", "/v1/x", "e"]],
        },
      ],
    });
    const md = renderSummary(gate([guard]));
    expect(md).toContain(
      [
        "### Evidence from passed checks",
        "",
        "<details>",
        "<summary>✅ <b>release-guard</b> · passed · passed: 1 violation acknowledged by ignore</summary>",
        "",
        "**Ignored violations**",
        "",
        "| reason | route | evidence |",
        "|---|---|---|",
        "| drift | /v1/x | e |",
        "",
        "</details>",
      ].join("\n"),
    );
    expect(md).not.toContain("### Failure details");
  });

  it("reports a bake window's runs and failures", () => {
    const baked = check({
      name: "canary",
      outcome: "failed",
      detail: "bake: 2 of 10 runs failed",
      bake: { runs: 10, failures: 2, failureLimit: 0 },
    });
    expect(renderSummary(gate([baked]))).toContain("**Bake:** 2 of 10 runs failed (limit 0)");
  });

  it("masks credential headers by name even if the engine missed them", () => {
    const result = gate([
      check({
        name: "a",
        outcome: "failed",
        exchange: exchange({ responseHeaders: { "Set-Cookie": "sid=abc", "x-upstream-token": "t0k" } }),
      }),
    ]);
    const md = renderSummary(result);
    expect(md).toContain("| Set-Cookie | \\*\\*\\* |");
    expect(md).not.toContain("sid=abc");
    expect(md).not.toContain("t0k");
  });

  it("bounds the body excerpt to 2 KB and says so", () => {
    const body = "é".repeat(3000);
    const md = renderSummary(
      gate([check({ name: "a", outcome: "failed", exchange: exchange({ bodyExcerpt: body }) })]),
    );
    expect(md).toContain("**Response body (first 2 KB; the JSON report has the whole excerpt):**");
    const shown = /```\n(é+)\n```/.exec(md)?.[1] ?? "";
    expect(shown.length).toBe(1024);
  });

  it("refuses a budget too small for its heading", () => {
    expect(() => renderSummary(passedResult, { maxBytes: MIN_SUMMARY_BYTES - 1 })).toThrow(RangeError);
  });
});

describe("renderSummary budget", () => {
  function manyFailures(n: number): GateResult {
    const body = JSON.stringify({ error: { code: "E", message: "ü😀".repeat(300) }, pad: "x".repeat(700) });
    return gate(
      Array.from({ length: n }, (_, i) =>
        check({
          name: `check ${i} 🚦`,
          outcome: "failed",
          detail: `status: expected 200, got 500 (${i})`,
          assertions: [{ target: "status", expected: "200", actual: "500", passed: false, message: "" }],
          exchange: exchange({ url: `https://api.example.com/v1/items/${i}`, bodyExcerpt: body }),
        }),
      ),
    );
  }

  it("keeps 2000 failures with 2 KB bodies under the limit, whole sections only, with a note", () => {
    const result = manyFailures(2000);
    const md = renderSummary(result);
    expect(Buffer.byteLength(md, "utf8")).toBeLessThanOrEqual(DEFAULT_SUMMARY_BYTES);
    expect(Buffer.from(md, "utf8").toString("utf8")).toBe(md);
    expect(md).not.toContain("\uFFFD");
    expectBalancedDetails(md);
    const shown = count(md, "<summary>❌");
    expect(shown).toBeGreaterThan(100);
    expect(shown).toBeLessThan(2000);
    expect(md.trimEnd().split("\n").at(-1)).toBe(
      `> Summary truncated: ${2000 - shown} more failure details omitted (see the JSON report)`,
    );
    // The table came first and is whole.
    expect(count(md, "| ❌ failed | check ")).toBe(2000);
  });

  it("truncates the table itself when it alone would pass the budget", () => {
    const md = renderSummary(manyFailures(2000), { maxBytes: 40_000 });
    expect(Buffer.byteLength(md, "utf8")).toBeLessThanOrEqual(40_000);
    const rows = count(md, "| ❌ failed | check ");
    expect(rows).toBeGreaterThan(10);
    expect(md).toContain(
      `> Table truncated: showing ${rows} of 2000 checks, failures first (see the JSON report)`,
    );
    expect(md).toContain("> Summary truncated: 2000 more failure details omitted (see the JSON report)");
    expectBalancedDetails(md);
  });

  it("stays under the smallest budget even when every heading line is long and escapes expand", () => {
    const hostile = "&".repeat(5000);
    const checks = [...Array(20)].map((_, i) =>
      check({
        name: `${i}${hostile}`,
        outcome: "failed",
        severity: i % 2 ? "warning" : "critical",
        detail: hostile,
        hint: hostile,
        exchange: exchange({ status: 400, bodyExcerpt: JSON.stringify({ message: hostile }) }),
      }),
    );
    const md = renderSummary(gate(checks, { label: hostile, baseUrl: `https://h/${"😀".repeat(500)}` }), {
      maxBytes: MIN_SUMMARY_BYTES,
    });
    expect(Buffer.byteLength(md, "utf8")).toBeLessThanOrEqual(MIN_SUMMARY_BYTES);
    expect(md).toContain("> Summary truncated:");
    expectBalancedDetails(md);
  });

  it("shows failures first in a truncated table", () => {
    const passing = Array.from({ length: 3000 }, (_, i) => check({ name: `ok ${i}` }));
    const md = renderSummary(gate([...passing, check({ name: "the broken one", outcome: "failed" })]), {
      maxBytes: MIN_SUMMARY_BYTES,
    });
    expect(md).toContain(
      "### Checks\n\n| result | check | type | duration | detail |\n|---|---|---|---|---|\n| ❌ failed | the broken one |",
    );
    expect(md).toContain("> Summary truncated: 1 more failure details omitted");
  });
});
