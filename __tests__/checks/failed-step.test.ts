// One decision about which step decided a flow (src/checks/failed-step.ts): the engine takes the
// check's outcome from it (timed out or errored) and the reports show its evidence. The engine and
// the reports each used to find it with their own copy of the rule.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { failedStep } from "../../src/checks/failed-step.js";
import type { StepResult } from "../../src/checks/types.js";
import { failureEvidence } from "../../src/report/evidence.js";
import { runChecks, startServer, type TestServer } from "../support/gate.js";

function step(name: string, outcome: StepResult["outcome"]): StepResult {
  return { name, outcome, detail: "", durationMs: 1, assertions: [] };
}

describe("failedStep", () => {
  it("is the last step that neither passed nor was skipped", () => {
    expect(failedStep([step("a", "passed"), step("b", "failed"), step("c", "skipped")])?.name).toBe("b");
    expect(failedStep([step("a", "errored"), step("b", "timed-out")])?.name).toBe("b");
    expect(failedStep([step("a", "passed"), step("b", "skipped")])).toBeUndefined();
    expect(failedStep(undefined)).toBeUndefined();
  });
});

describe("a flow whose second step gets no answer in time", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer((req, res) => {
      if (req.url === "/hang") return; // never answers
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"id":"t-1"}');
    });
  });
  afterAll(() => server.close());

  it("is timed out, and its evidence is that step's request", async () => {
    const yaml = `
- type: flow
  name: create then read
  timeout: 200ms
  retries: 0
  steps:
    - { request: POST /tasks, capture: { id: $.id } }
    - { request: GET /hang }
`;
    const { check } = await runChecks(yaml, server.url);
    expect(check.outcome).toBe("timed-out");
    expect(failedStep(check.steps)?.name).toBe("GET /hang");
    const { exchange } = failureEvidence(check);
    expect(exchange?.url).toBe(`${server.url}/hang`);
    expect(exchange?.failure).toBe("timeout");
  });
});
