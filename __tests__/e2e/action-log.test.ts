// The action's log, as on-call reads it in the job: each check's collapsed group holds the
// deciding request and the failed expectations — for a flow, its failed step's — as the summary
// does. Through the bundled action against the broken demo service.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDemoServer } from "../../examples/demo/server.mjs";
import { type ActionRun, runAction } from "../support/run-action.js";

let demo: Awaited<ReturnType<typeof startDemoServer>>;
let run: ActionRun;

beforeAll(async () => {
  demo = await startDemoServer({ broken: true, completeAfterMs: 100, lifetimeMs: 60_000 });
  run = await runAction({
    inputs: {
      "base-url": demo.url,
      config: "examples/demo/gate.yml",
      secrets: "API_TOKEN=demo-token",
      retries: "0",
    },
  });
}, 60_000);

afterAll(async () => {
  await demo?.close();
});

/** The lines of the log group whose title starts with `icon name — `. */
function group(name: string): string[] {
  const lines = run.stdout.split("\n");
  const start = lines.findIndex((l) => l.startsWith("::group::") && l.includes(` ${name} — `));
  const end = lines.indexOf("::endgroup::", start);
  return start < 0 ? [] : lines.slice(start + 1, end);
}

describe("the action's log groups", () => {
  it("show a failed flow's deciding request and failed expectation, from its failed step", () => {
    expect(run.code).toBe(1);
    const lines = group("task lifecycle");
    expect(lines.some((l) => /^GET http:\/\/127\.0\.0\.1:\d+\/v1\/tasks\/tsk_\w+ → 200$/.test(l))).toBe(true);
    expect(lines.some((l) => l.startsWith("✗ $.evidence.photos: expected "))).toBe(true);
  });

  it("show a failed request's own evidence", () => {
    const lines = group("list tasks");
    expect(lines.some((l) => /^GET http:\/\/127\.0\.0\.1:\d+\/v1\/tasks\?limit=5 → 503$/.test(l))).toBe(true);
  });
});
