import { describe, expect, it, vi } from "vitest";
import { evaluateExpect } from "../../src/assert/expect.js";
import type { HttpResponse } from "../../src/http/types.js";

// Counts loads of ajv while still using the real module (a CommonJS export, hence the wrapping).
const loads = vi.hoisted(() => ({ count: 0 }));
vi.mock("ajv/dist/2020.js", async (importOriginal) => {
  loads.count++;
  return { default: await importOriginal() };
});

const text = '{"id":1}';
const response: HttpResponse = {
  status: 200,
  headers: {},
  body: Buffer.from(text),
  text,
  truncated: false,
  durationMs: 5,
  url: "http://127.0.0.1/",
  attempts: [],
};

describe("ajv loading", () => {
  it("is deferred until a schema expectation is evaluated", async () => {
    await evaluateExpect({ json: { "$.id": 1 } }, response);
    expect(loads.count).toBe(0);
    const schema = { type: "object", required: ["id"] };
    expect((await evaluateExpect({ schema }, response)).every((r) => r.passed)).toBe(true);
    await evaluateExpect({ schema: { type: "object" } }, response);
    expect(loads.count).toBe(1);
  });
});
