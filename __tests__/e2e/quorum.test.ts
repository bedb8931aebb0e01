// Quorum fan-in (SPEC section 6) through the bundled action, over real leg reports: three region
// legs ran against a loopback service (eu-west failed, us-east and ap-south passed) and a fourth,
// sa-east, could not reach a judgement. The fan-in passes when at least the quorum of legs passed,
// still naming the failed leg with its reason and its run; a quorum larger than the legs found
// is an error naming both numbers; an inconclusive leg never counts as a pass.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FixtureServer, json, startFixtureServer } from "../support/fixture-server.js";
import { type ActionRun, runAction } from "../support/run-action.js";

const CHECKS = `
checks:
  - GET /health
  - name: list orders
    request: GET /v1/orders
`;
// sa-east compares with a baseline it was not given: it cannot judge.
const UNSURE = `
checks:
  - GET /health
  - name: orders vs stable
    request: GET /v1/orders
    compare: { status: same }
`;

let service: FixtureServer;
let workspace: string;
const legs: Record<string, ActionRun> = {};

function leg(label: string, checks = CHECKS) {
  return runAction({
    inputs: {
      "base-url": `${service.url}/${label}`,
      checks,
      label,
      retries: "0",
      "report-dir": path.join(workspace, "legs", label),
    },
  });
}

function fanIn(glob: string, inputs: Record<string, string> = {}) {
  return runAction({ inputs: { "merge-reports": glob, ...inputs }, env: { GITHUB_WORKSPACE: workspace } });
}

const THREE = "legs/eu-west/*.json\nlegs/us-east/*.json\nlegs/ap-south/*.json";
const UNSURE_THREE = "legs/us-east/*.json\nlegs/ap-south/*.json\nlegs/sa-east/*.json";

beforeAll(async () => {
  const ok = json({ ok: true });
  service = await startFixtureServer({
    "/eu-west/health": ok,
    "/eu-west/v1/orders": json(
      { error: { code: "DB_UNAVAILABLE", message: "primary down" } },
      { status: 503 },
    ),
    "/us-east/health": ok,
    "/us-east/v1/orders": json({ data: [] }),
    "/ap-south/health": ok,
    "/ap-south/v1/orders": json({ data: [] }),
    "/sa-east/health": ok,
    "/sa-east/v1/orders": json({ data: [] }),
  });
  workspace = mkdtempSync(path.join(tmpdir(), "deploy-gate-quorum-"));
  const runs = await Promise.all([leg("eu-west"), leg("us-east"), leg("ap-south"), leg("sa-east", UNSURE)]);
  for (const run of runs) legs[JSON.parse(readFileSync(run.outputs.report!, "utf8")).label] = run;
});
afterAll(() => service.close());

const head = (run: ActionRun) => run.summary.split("### Legs")[0] ?? "";
const mergedOf = (run: ActionRun) => JSON.parse(readFileSync(run.outputs.report!, "utf8"));

describe("the legs", () => {
  it("ran for real: eu-west failed, us-east and ap-south passed, sa-east was inconclusive", () => {
    expect(legs["eu-west"]?.outputs.result).toBe("failed");
    expect(legs["us-east"]?.outputs.result).toBe("passed");
    expect(legs["ap-south"]?.outputs.result).toBe("passed");
    expect(legs["sa-east"]?.outputs.result).toBe("inconclusive");
  });
});

describe("quorum through dist", () => {
  it("all (the default): one failed leg of three fails the fan-in", async () => {
    const run = await fanIn(THREE);
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe("failed");
    expect(head(run)).toContain("## ❌ deploy-gate: blocked — 1 of 3 legs failed: eu-west");
    expect(mergedOf(run).quorum).toEqual({ given: "all", required: 3, legs: 3, passed: 2, met: false });
  });

  it("quorum 2: two of three passed, so it passes — and still names the failed leg, its reason and its run", async () => {
    const run = await fanIn(THREE, { quorum: "2" });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({
      result: "passed",
      failed: "1",
      "failed-checks": JSON.stringify(["list orders (eu-west)"]),
    });
    const first = head(run);
    expect(first).toMatch(/^## ✅ deploy-gate: passed — 2 of 3 legs passed, quorum 2; eu-west failed\n/);
    expect(first).toContain("**Failed legs (within the quorum of 2: not blocking):**");
    expect(first).toMatch(
      /^- \*\*eu-west\*\* — 1 of 2 checks failed · \[its run\]\(https:\/\/github\.com\/acme\/shop\/actions\/runs\/4242\)\n {2}- ❌ \*\*list orders\*\* — 503 Service Unavailable \(expected 2xx\) · DB\\_UNAVAILABLE: primary down → /m,
    );
    expect(first).toContain("**Quorum:** 2 (2 needed, 2 passed)");
    expect(mergedOf(run)).toMatchObject({
      verdict: "passed",
      quorum: { given: "2", required: 2, legs: 3, passed: 2, met: true },
    });
    expect(run.stdout).not.toMatch(/^::error/m);
  });

  it("quorum 66%: rounded up to 2 of 3 legs, passes", async () => {
    const run = await fanIn(THREE, { quorum: "66%" });
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe("passed");
    expect(head(run)).toContain(
      "## ✅ deploy-gate: passed — 2 of 3 legs passed, quorum 66% (2 of 3); eu-west failed",
    );
    expect(mergedOf(run).quorum).toMatchObject({ given: "66%", required: 2, met: true });
  });

  it("quorum 3: two passed is too few, and the failed leg blocks", async () => {
    const run = await fanIn(THREE, { quorum: "3" });
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe("failed");
    expect(head(run)).toContain("## ❌ deploy-gate: blocked — 2 of 3 legs passed, quorum 3: eu-west failed");
    expect(head(run)).toContain("**Blocked by:**");
    expect(run.stdout).toContain(
      "::error::deploy-gate blocked the deployment — 2 of 3 legs passed, quorum 3: eu-west failed — failed checks: list orders (eu-west)",
    );
  });

  it("a quorum larger than the legs found is an error naming both numbers", async () => {
    const run = await fanIn(THREE, { quorum: "4" });
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe("failed");
    expect(run.stdout).toContain(
      "::error::quorum: 4 legs must pass, but merge-reports found 3 leg reports; check that every leg uploaded its report, or lower the quorum",
    );
    expect(run.summary).toContain("fan-in failed");
  });

  it("an inconclusive leg does not pass: quorum 3 over two passes and one inconclusive is inconclusive", async () => {
    const closed = await fanIn(UNSURE_THREE, { quorum: "3" });
    expect(closed.code).toBe(1);
    expect(closed.outputs).toMatchObject({ result: "inconclusive", inconclusive: "1", failed: "0" });
    expect(head(closed)).toContain(
      "## ❔ deploy-gate: inconclusive — 2 of 3 legs passed, quorum 3: sa-east could not reach a judgement; failing closed (on-inconclusive: fail)",
    );
    expect(head(closed)).toContain("**Could not reach a judgement:**");
    expect(head(closed)).toMatch(/- \*\*sa-east\*\* — 1 of 2 checks could not reach a judgement/);
    expect(head(closed)).toContain("**orders vs stable** — no baseline");

    // on-inconclusive: hold lets the fan-in step succeed with result=inconclusive, as a gate does.
    const held = await fanIn(UNSURE_THREE, { quorum: "3", "on-inconclusive": "hold" });
    expect(held.code, held.stdout).toBe(0);
    expect(held.outputs.result).toBe("inconclusive");
    expect(mergedOf(held)).toMatchObject({ verdict: "inconclusive", onInconclusive: "hold" });

    // quorum 2: the two passes are enough, the inconclusive leg is named but does not hold it up.
    const enough = await fanIn(UNSURE_THREE, { quorum: "2" });
    expect(enough.code).toBe(0);
    expect(enough.outputs.result).toBe("passed");
    expect(head(enough)).toContain(
      "passed — 2 of 3 legs passed, quorum 2; sa-east could not reach a judgement",
    );
  });

  it("with the default quorum an inconclusive leg makes the fan-in inconclusive, and a failed one failed", async () => {
    const unsure = await fanIn(UNSURE_THREE);
    expect(unsure.outputs.result).toBe("inconclusive");
    expect(unsure.code).toBe(1);
    const failed = await fanIn(`${THREE}\nlegs/sa-east/*.json`);
    expect(failed.outputs.result).toBe("failed");
  });
});
