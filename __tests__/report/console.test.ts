import { describe, expect, it } from "vitest";
import { renderCheckLine, renderConsoleReport } from "../../src/report/console.js";
import { blockedResult, check, gate, passedResult } from "./fixtures.js";

const ESC = "\u001b";

describe("renderCheckLine", () => {
  it.each([
    [check({ name: "GET /health", durationMs: 38 }), "✔ GET /health · 38ms · 200 OK"],
    [
      check({ name: "idem", durationMs: 640, attempts: 3, retries: 2, flaky: true, detail: "same id" }),
      "✔ idem · passed (flaky: 2 retries) · 640ms · same id",
    ],
    [
      check({ name: "list", outcome: "failed", durationMs: 132, detail: "status: expected 200, got 401" }),
      "✖ list · failed · 132ms · status: expected 200, got 401",
    ],
    [
      check({ name: "rate", outcome: "failed", severity: "warning", detail: "0.03" }),
      "⚠ rate · failed (warning) · 42ms · 0.03",
    ],
    [
      check({ name: "opt", outcome: "skipped", detail: "if: vars.X is falsy" }),
      "↷ opt · skipped · if: vars.X is falsy",
    ],
    [
      check({ name: "slow", outcome: "timed-out", detail: "deadline" }),
      "⏱ slow · timed out · 42ms · deadline",
    ],
  ])("%#: %s", (c, line) => {
    expect(renderCheckLine(c, { color: false })).toBe(line);
  });

  it("colours only when asked", () => {
    const c = check({ name: "x", outcome: "failed" });
    expect(renderCheckLine(c, { color: false })).not.toContain(ESC);
    expect(renderCheckLine(c, { color: true })).toContain(`${ESC}[31m✖${ESC}[0m`);
  });

  it("strips escape sequences a service put in its text", () => {
    const c = check({ name: "x", detail: `ok${ESC}]0;pwned${ESC}\\ ${ESC}[2J\nnext` });
    expect(renderCheckLine(c, { color: false })).toBe("✔ x · 42ms · ok next");
  });
});

describe("renderConsoleReport", () => {
  it("shows each failure's diagnosis, each assertion once, aligned tables, and a final verdict line", () => {
    const text = renderConsoleReport(blockedResult, { color: false });
    expect(text).not.toContain(ESC);
    expect(text).toContain(
      [
        "✖ list tasks · failed · 132ms",
        "    401 Unauthorized (expected 200) · INVALID_TOKEN: the access token expired at 2025-03-01T09:00:00Z",
        "    → check or rotate the credential",
        "    GET https://api.example.com/v1/tasks?limit=5 → 401 Unauthorized",
        "    ✖ status: expected 200, got 401",
        "",
      ].join("\n"),
    );
    expect(text).toContain(
      [
        "      reason             route        evidence",
        "      ─────────────────  ───────────  ────────────────────────────────────────────",
        "      pending-migration  /v1/billing  migration 0042_add_invoice_index not applied",
        "      latency-budget     /v1/tasks    p99 1.9s | budget 800ms",
      ].join("\n"),
    );
    expect(text).toContain("Warnings, not blocking (1):");
    expect(text).toContain("Flaky, passed on a retry: create task idempotently (passed (flaky: 1 retry))");
    expect(text.split("\n").at(-1)).toBe(
      "✖ deploy-gate (eu-west): blocked — 3 of 10 checks failed, 1 warning, 1 skipped · 4.21s",
    );
  });

  it("keeps multi-line values indented under their label", () => {
    const c = check({
      name: "j",
      outcome: "failed",
      assertions: [{ target: "$", expected: '{\n  "a": 1\n}', actual: "null", passed: false, message: "" }],
    });
    expect(renderConsoleReport(gate([c]), { color: false })).toContain(
      '    ✖ $:\n        expected: {\n                    "a": 1\n                  }\n        actual:   null',
    );
  });

  it("pads table columns by display width, so wide characters keep them aligned", () => {
    const c = check({
      name: "t",
      outcome: "failed",
      tables: [
        {
          title: "T",
          columns: ["name", "state"],
          rows: [
            ["東京", "down"],
            ["eu-west", "up"],
          ],
        },
      ],
    });
    expect(renderConsoleReport(gate([c]), { color: false })).toContain(
      ["      name     state", "      ───────  ─────", "      東京     down", "      eu-west  up"].join("\n"),
    );
  });

  it("ends a passing gate with the verdict alone", () => {
    expect(renderConsoleReport(gate([check({ name: "a" })]), { color: false })).toBe(
      "✔ deploy-gate: passed — 1 check · 4.21s",
    );
    expect(renderConsoleReport(passedResult, { color: true })).toContain(
      `${ESC}[32m✔ deploy-gate: passed — 9 checks`,
    );
  });

  it("says a dry run would have blocked", () => {
    const text = renderConsoleReport(
      { ...blockedResult, mode: "dry-run", verdict: "passed" },
      { color: false },
    );
    expect(text.split("\n").at(-1)).toMatch(/^⚠ deploy-gate \(eu-west\): would have blocked \(dry run\)/);
  });
});
