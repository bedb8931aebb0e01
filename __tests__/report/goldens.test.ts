// The golden reports, from real runs: the engine runs a mixed gate against fixture services that
// fail in every class (__tests__/support/golden-gates.ts), and a passing one; a fan-in merges the
// two as matrix legs. Each summary is compared with its committed golden, then rendered with
// GitHub's own markdown engine (cmark-gfm, with GitHub's extensions and raw HTML kept, as the
// step summary is shown) and checked as on-call would read it: no raw HTML shown as text, every
// <details> closed, every table a table, and above the checks table, for each blocking check,
// its name, its cause and its next step — each said once in the whole summary.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { renderHtmlSync } from "cmark-gfm";
import { beforeAll, describe, expect, it } from "vitest";
import type { GateResult } from "../../src/engine/results.js";
import { mergeLegReports } from "../../src/fan-in/merge.js";
import { renderMergedSummary } from "../../src/fan-in/merge-summary.js";
import { renderConsoleReport } from "../../src/report/console.js";
import { failingChecks } from "../../src/report/describe.js";
import { diagnose } from "../../src/report/diagnosis.js";
import { renderJsonReport } from "../../src/report/json-report.js";
import { renderSummary } from "../../src/report/summary.js";
import { MIXED_GATE, PASSING_GATE, runGoldenGate, SECRETS } from "../support/golden-gates.js";
import { reportSchemaErrors } from "../support/reports.js";

const OUTPUTS = path.join(path.dirname(fileURLToPath(import.meta.url)), "__outputs__");
const update = process.env.UPDATE_GOLDEN === "1";

/** As github.com renders a step summary: GFM tables, strikethrough, autolinks, the tag filter, raw HTML kept. */
function renderGithub(markdown: string): string {
  return renderHtmlSync(markdown, {
    unsafe: true,
    extensions: { table: true, strikethrough: true, autolink: true, tagfilter: true },
  });
}

/** What a reader sees: the text of the rendered HTML. */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]+>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

/** Delimiter rows of the markdown's tables, outside fenced code. */
function markdownTables(markdown: string): number {
  const outside = markdown.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, "");
  return outside.split("\n").filter((line) => /^\|(?:\s*:?-{3,}:?\s*\|)+$/.test(line)).length;
}

/** The structure GitHub would show: HTML tags stay tags, <details> balance, tables parse. */
function expectRendersCleanly(markdown: string): string {
  const html = renderGithub(markdown);
  for (const tag of ["details", "summary", "b", "br", "table"]) {
    expect(html, `a <${tag}> shown as text`).not.toMatch(new RegExp(`&lt;/?${tag}[ &]`, "i"));
  }
  let depth = 0;
  for (const tag of html.match(/<\/?details>/g) ?? []) {
    depth += tag === "<details>" ? 1 : -1;
    expect(depth).toBeGreaterThanOrEqual(0);
  }
  expect(depth, "every <details> is closed").toBe(0);
  expect(count(html, "<summary>")).toBe(count(html, "<details>"));
  expect(count(html, "<table>"), "every markdown table renders as a table").toBe(markdownTables(markdown));
  return html;
}

/** The rendered first screen: everything above the given heading. */
function firstScreen(html: string, heading: string): string {
  const at = html.indexOf(`<h3>${heading}</h3>`);
  expect(at, `the summary has a ${heading} heading`).toBeGreaterThan(0);
  return html.slice(0, at);
}

function golden(file: string, rendered: string): void {
  const target = path.join(OUTPUTS, file);
  if (update) {
    mkdirSync(OUTPUTS, { recursive: true });
    writeFileSync(target, rendered);
  }
  expect(
    existsSync(target),
    `${path.relative(process.cwd(), target)} is missing; write it with ` +
      "UPDATE_GOLDEN=1 npx vitest run __tests__/report/goldens.test.ts, read it, and commit it",
  ).toBe(true);
  expect(rendered).toBe(readFileSync(target, "utf8"));
}

let blocked: GateResult;
let passed: GateResult;

beforeAll(async () => {
  blocked = await runGoldenGate(MIXED_GATE, { broken: true, label: "eu-west" });
  passed = await runGoldenGate(PASSING_GATE, { broken: false, label: "us-east" });
}, 60_000);

function fanIn(): string {
  const legs = [blocked, passed].map((result) => ({
    file: `legs/${result.label}/deploy-gate-report-${result.label}.json`,
    result,
  }));
  return renderMergedSummary(mergeLegReports(legs, { label: "", mode: "enforce" }));
}

const GOLDENS: [string, () => string][] = [
  ["summary-blocked.md", () => renderSummary(blocked)],
  ["summary-passed.md", () => renderSummary(passed)],
  ["summary-fan-in.md", fanIn],
  ["console-blocked.txt", () => renderConsoleReport(blocked, { color: false })],
];

describe("golden reports from real runs", () => {
  it("ran the gates for real: the mixed gate blocked on every failure class, the other passed", () => {
    expect(blocked.verdict).toBe("failed");
    expect(blocked.checks.map((c) => [c.name, c.outcome, c.flaky])).toEqual([
      ["health", "passed", true],
      ["list reports", "failed", false],
      ["list tasks", "failed", false],
      ["order contract", "failed", false],
      ["docs api", "failed", false],
      ["release-guard", "failed", false],
      ["photo task", "failed", false],
      ["error budget", "failed", false],
      ["certificate", "failed", false],
    ]);
    expect(passed.verdict).toBe("passed");
    // Both reports are what the published schema describes, the new exchange fields included.
    for (const r of [blocked, passed])
      expect(reportSchemaErrors(JSON.parse(renderJsonReport(r)))).toEqual([]);
  });

  it.each(GOLDENS)("%s matches the committed golden (UPDATE_GOLDEN=1 rewrites it)", (file, render) => {
    golden(file, render());
  });

  it("every committed golden is one this suite renders", () => {
    expect(readdirSync(OUTPUTS).sort()).toEqual(GOLDENS.map(([file]) => file).sort());
  });

  it("README's picture of the step summary is the blocked golden's first screen", () => {
    const readme = readFileSync("README.md", "utf8");
    const picture = /<!-- first-screen:start -->\n([\s\S]*?)\n<!-- first-screen:end -->/.exec(readme)?.[1];
    const md = readFileSync(path.join(OUTPUTS, "summary-blocked.md"), "utf8");
    const head = md.slice(0, md.indexOf("### Checks")).trimEnd();
    expect(picture?.split("\n").map((l) => l.replace(/^> ?/, ""))).toEqual(head.split("\n"));
  });

  it("no golden shows a secret's value", () => {
    for (const [, render] of GOLDENS) expect(render()).not.toContain(SECRETS.REPORTING_TOKEN);
  });
});

describe("the blocked summary as GitHub renders it", () => {
  it("renders cleanly: tags are tags, every <details> closes, every table is a table", () => {
    const html = expectRendersCleanly(renderSummary(blocked));
    expect(count(html, "<details>")).toBe(8);
  });

  it("says, above the checks table, each blocking check's name, cause and next step — each once", () => {
    const md = renderSummary(blocked);
    const html = renderGithub(md);
    const top = visibleText(firstScreen(html, "Checks"));
    const all = visibleText(html);
    const { critical, warnings } = failingChecks(blocked);
    expect(critical).toHaveLength(7);
    for (const check of [...critical, ...warnings]) {
      const { why, next } = diagnose(check);
      expect(top).toContain(check.name);
      expect(top, `${check.name}: its cause is on the first screen`).toContain(why);
      expect(top, `${check.name}: its next step is on the first screen`).toContain(next);
      expect(count(all, why), `${check.name}: its cause is said once`).toBe(1);
      expect(count(all, next), `${check.name}: its next step is said once`).toBe(1);
    }
    // Every failure is named, none summed up as "(+N more)".
    expect(top).not.toMatch(/\(\+\d+ more\)/);
  });

  it("gives each class its own cause and next step", () => {
    const top = visibleText(firstScreen(renderGithub(renderSummary(blocked)), "Checks"));
    const line = (name: string) => top.split("\n").find((l) => l.startsWith(`${name} — `)) ?? "";
    expect(line("list reports")).toBe(
      "list reports — 401 Unauthorized (expected 200) · token_expired: the reporting token expired on 2026-11-28 (knock-on: $.data fails on the error body) → check or rotate secrets.REPORTING_TOKEN (sent as Authorization)",
    );
    expect(line("list tasks")).toContain(
      "DB_UNAVAILABLE: primary database unreachable → still 503 after 2 attempts",
    );
    expect(line("list tasks")).toContain("x-request-id req_0002");
    expect(line("order contract")).toContain(
      '$.status · expected one of ["pending","paid","shipped"], got "archived"',
    );
    expect(line("docs api")).toContain("GET /docs was redirected (302) to GET /docs/html");
    expect(line("release-guard")).toBe(
      'release-guard — 503 Service Unavailable: 4 blocking violations on 2 routes · GET /notifications/recent: error_rate_critical, latency_p99_breach; POST /orders: schema_drift, pending_migration → fix them, or acknowledge one the release accepts with the check\'s ignore: [{ reason: error_rate_critical, route: "GET /notifications/recent" }]',
    );
    expect(line("photo task")).toBe(
      'photo task — step 2 of 3 (wait for completion) · $.status is "failed": capture_failed: camera offline → the service failed the work itself: trace tsk_0001 in the service\'s logs',
    );
    expect(line("error budget")).toContain("0.04 (4 / 100), expected < 0.01");
    expect(line("error budget")).toContain("over 1s");
    expect(line("certificate")).toContain("in 5 days: less than min-days 14 → renew it before 2026-12-05");
  });

  it("links the commit and the run", () => {
    expect(renderSummary(blocked)).toContain(
      "**Commit:** [`0123456789ab`](https://github.com/acme/shop/commit/0123456789abcdef0123456789abcdef01234567) · **Run:** [4242](https://github.com/acme/shop/actions/runs/4242) (attempt 1)",
    );
  });

  it("keeps the evidence below: the configured request and where it was redirected, every step, no routine headers", () => {
    const md = renderSummary(blocked);
    expect(md).toContain(
      "**Request:** `GET http://127.0.0.1:8080/docs` → 302 → `http://127.0.0.1:8080/docs/html` → 200 OK",
    );
    expect(md).toContain("| 3 | fetch photo | ⏭️ not run | — | not run: step 2 failed |");
    expect(md).not.toMatch(/^\| (date|connection|keep-alive|content-length) \|/m);
    expect(md).toContain("| x-request-id | req\\_0002 |");
    // A guard's violations table is its evidence: no JSON body repeating it.
    const guard = md.slice(md.indexOf("<b>release-guard</b>"), md.indexOf("<b>photo task</b>"));
    expect(guard).toContain("**Release guard violations**");
    expect(guard).not.toContain("```");
  });

  it("records the configured request, the redirect hops and the secret's name in the JSON report", () => {
    const byName = (name: string) => blocked.checks.find((c) => c.name === name);
    expect(byName("list reports")?.exchange?.credentials).toEqual([
      { header: "Authorization", from: "secrets.REPORTING_TOKEN" },
    ]);
    expect(byName("docs api")?.exchange).toMatchObject({
      url: "http://127.0.0.1:8080/docs/html",
      requestedUrl: "http://127.0.0.1:8080/docs",
      redirects: [{ url: "http://127.0.0.1:8080/docs", status: 302 }],
    });
    expect(byName("photo task")?.steps?.map((s) => [s.name, s.outcome])).toEqual([
      ["create task", "passed"],
      ["wait for completion", "failed"],
      ["fetch photo", "skipped"],
    ]);
  });
});

describe("the passed and fan-in summaries as GitHub renders them", () => {
  it("renders the passed summary cleanly", () => {
    expectRendersCleanly(renderSummary(passed));
  });

  it("puts each failed leg, its checks' causes and its run above the legs table", () => {
    const md = fanIn();
    const html = expectRendersCleanly(md);
    const top = firstScreen(html, "Legs");
    expect(top).toContain('<a href="https://github.com/acme/shop/actions/runs/4242">its run</a>');
    const text = visibleText(top);
    expect(text).toContain("eu-west — 7 of 9 checks failed");
    for (const check of failingChecks(blocked).critical) expect(text).toContain(diagnose(check).why);
    // No base URL or report path columns: the label has room.
    expect(md).toContain("| result | label | passed | failed | skipped | warnings | duration | run |");
  });
});
