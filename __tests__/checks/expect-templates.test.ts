// Templates in expectation values against a real loopback service: captures in a flow's later
// expectations, an empty capture refused before the step's request, and sampled expectations
// rendered once for every sample.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, runChecks, startServer, type TestServer } from "../support/gate.js";

let service: TestServer;
const seen: string[] = [];

beforeAll(async () => {
  service = await startServer((req, res) => {
    seen.push(req.url ?? "");
    if (req.url === "/orders") return json(res, 201, { id: "ord-7", owner: "" });
    if (req.url?.startsWith("/orders/")) return json(res, 200, { id: "ord-7", owner: "team-a" });
    if (req.url === "/about/new") return json(res, 200, { version: "v1.2.3" }, { "x-build": "1.2.3+(b)" });
    if (req.url === "/about/other") return json(res, 200, { version: "v1x2x3" }, { "x-build": "1x2x3+b" });
    json(res, 404, {});
  });
});
afterAll(() => service.close());

describe("templates in expectations", () => {
  it("a flow compares a later answer with what an earlier step captured", async () => {
    const { check } = await runChecks(
      `- type: flow
  name: order
  steps:
    - request: POST /orders
      capture: { orderId: $.id }
    - request: "GET /orders/{{ orderId }}"
      expect: { json: { $.id: "{{ orderId }}" } }
`,
      service.url,
    );
    expect(check.outcome, check.detail).toBe("passed");
    expect(check.steps?.[1]?.assertions.find((a) => a.target === "$.id")?.expectedFrom).toBe("{{ orderId }}");
  });

  it("refuses to compare with a capture that came back empty, without sending the step", async () => {
    seen.length = 0;
    const { check } = await runChecks(
      `- type: flow
  name: order
  steps:
    - request: POST /orders
      capture: { owner: $.owner }
    - request: GET /orders/ord-7
      expect: { json: { $.owner: "{{ owner }}" } }
`,
      service.url,
    );
    expect(check.outcome).toBe("failed");
    expect(check.steps?.[1]?.detail).toBe(
      "GET /orders/ord-7: not sent: {{ owner }} is empty (the earlier step captured an empty value), and an expectation on an empty value proves nothing",
    );
    expect(seen).toEqual(["/orders"]);
  });

  it("a sampled check renders its expectation: every sample compares with the value, not the template", async () => {
    const { check } = await runChecks(
      `- name: owner
  request: GET /orders/ord-7
  sample: { count: 5 }
  expect: { json: { $.owner: "{{ vars.OWNER }}" } }
`,
      service.url,
      { vars: { OWNER: "team-a" } },
    );
    expect(check.outcome, check.detail).toBe("passed");
    expect(check.samples?.errors).toBe(0);
  });

  it("a template inside a pattern is text to find: 1.2.3 does not match 1x2x3, and ( is not a group", async () => {
    const yaml = (path: string) => `- name: version
  request: GET ${path}
  expect:
    json: { $.version: { matches: "^v{{ vars.VERSION }}$" } }
    headers: { x-build: '/^{{ vars.VERSION }}\\+{{ vars.SUFFIX }}$/' }
  retries: 0
`;
    const vars = { VERSION: "1.2.3", SUFFIX: "(b)" };
    const served = await runChecks(yaml("/about/new"), service.url, { vars });
    expect(served.check.outcome, served.check.detail).toBe("passed");
    // Read as pattern syntax, `.` would match the x of another build's version: a false pass.
    const other = await runChecks(yaml("/about/other"), service.url, { vars });
    expect(other.check.outcome).toBe("failed");
    const failed = other.check.assertions.filter((a) => !a.passed).map((a) => a.target);
    expect(failed.sort()).toEqual(["$.version", "header x-build"]);
  });
});
