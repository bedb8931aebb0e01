import { describe, expect, it } from "vitest";
import { validateSchema } from "../../src/assert/schema.js";

const taskSchema = {
  type: "object",
  required: ["id", "status"],
  properties: {
    id: { type: "string", format: "uuid" },
    status: { enum: ["queued", "running", "done"] },
    items: { type: "array", items: { type: "object", properties: { n: { type: "integer" } } } },
    "a/b": { type: "number" },
  },
};

describe("validateSchema", () => {
  it("passes a valid document with one assertion", async () => {
    const results = await validateSchema(taskSchema, {
      id: "3f1c6a3e-8a7b-4c2d-9e0f-1a2b3c4d5e6f",
      status: "done",
    });
    expect(results).toEqual([
      {
        target: "schema",
        expected: "valid against the schema",
        actual: "valid",
        passed: true,
        message: "schema: valid",
      },
    ]);
  });

  it("names the instance path of every error", async () => {
    const results = await validateSchema(taskSchema, {
      id: "not-a-uuid",
      status: "lost",
      items: [{ n: 1 }, { n: "2" }],
      "a/b": "x",
    });
    expect(results.every((r) => !r.passed)).toBe(true);
    const byTarget = Object.fromEntries(results.map((r) => [r.target, r]));
    expect(Object.keys(byTarget).sort()).toEqual([
      "schema /a~1b",
      "schema /id",
      "schema /items/1/n",
      "schema /status",
    ]);
    expect(byTarget["schema /items/1/n"]).toMatchObject({
      expected: "must be integer",
      actual: '"2"',
      message: 'schema /items/1/n: must be integer, got "2"',
    });
    expect(byTarget["schema /a~1b"]?.actual).toBe('"x"');
    expect(byTarget["schema /id"]?.expected).toBe('must match format "uuid"');
  });

  it("names the parent object for a missing required property", async () => {
    const [result] = await validateSchema(taskSchema, { id: "3f1c6a3e-8a7b-4c2d-9e0f-1a2b3c4d5e6f" });
    expect(result?.target).toBe("schema /");
    expect(result?.message).toMatch(/^schema \/: must have required property 'status', got \{"id":/);
  });

  it("reports at most 10 errors, then how many more", async () => {
    const schema = { type: "array", items: { type: "string" } };
    const results = await validateSchema(
      schema,
      Array.from({ length: 25 }, (_, i) => i),
    );
    expect(results).toHaveLength(11);
    expect(results[10]?.message).toBe("schema: 15 more schema errors not shown");
  });

  it("validates with draft 2020-12 by default and honours draft-07 when declared", async () => {
    const prefix = { type: "array", prefixItems: [{ type: "string" }], items: false };
    expect((await validateSchema(prefix, ["a"]))[0]?.passed).toBe(true);
    expect((await validateSchema(prefix, ["a", "b"]))[0]?.passed).toBe(false);
    const draft7 = {
      $schema: "http://json-schema.org/draft-07/schema#",
      type: "array",
      items: [{ type: "string" }],
      additionalItems: false,
    };
    expect((await validateSchema(draft7, ["a"]))[0]?.passed).toBe(true);
    expect((await validateSchema(draft7, ["a", 1]))[0]?.passed).toBe(false);
  });

  it("compiles a schema with an $id again after the config is re-rendered", async () => {
    const schema = () => ({ $id: "https://example.com/task", type: "object", required: ["id"] });
    expect((await validateSchema(schema(), { id: 1 }))[0]?.passed).toBe(true);
    expect((await validateSchema(schema(), {}))[0]?.passed).toBe(false);
  });

  it("fails closed on a schema it cannot use", async () => {
    const [bad] = await validateSchema({ type: 5 }, {});
    expect(bad?.passed).toBe(false);
    expect(bad?.message).toMatch(/^schema: cannot be used: schema is invalid/);
    const [ref] = await validateSchema({ $ref: "#/$defs/missing" }, {});
    expect(ref?.message).toMatch(/can't resolve reference/);
    const [format] = await validateSchema({ type: "string", format: "credit-card" }, "x");
    expect(format?.passed).toBe(false);
    expect(format?.message).toMatch(/unknown format "credit-card".*not checked/);
  });

  it("checks the built-in formats", async () => {
    const cases: [string, string, string][] = [
      ["date-time", "2024-05-01T12:30:00Z", "2024-13-01T12:30:00Z"],
      ["date", "2024-05-01", "2024-5-1"],
      ["time", "12:30:00+02:00", "25:00:00Z"],
      ["email", "ops@example.com", "ops@"],
      ["uri", "https://example.com/x", "/relative"],
      ["uuid", "3f1c6a3e-8a7b-4c2d-9e0f-1a2b3c4d5e6f", "3f1c6a3e"],
      ["ipv4", "10.0.0.1", "10.0.0.256"],
      ["ipv6", "::1", "::g"],
    ];
    for (const [format, good, bad] of cases) {
      const schema = { type: "string", format };
      expect((await validateSchema(schema, good))[0]?.passed, `${format} ${good}`).toBe(true);
      expect((await validateSchema(schema, bad))[0]?.passed, `${format} ${bad}`).toBe(false);
    }
  });
});
