import { describe, expect, it } from "vitest";
import { jsonShape, shapeDifference } from "../../src/judge/shape.js";

const tasks = {
  data: [
    { id: "tsk_1", title: "a", due: null, tags: ["x"] },
    { id: "tsk_2", title: "b", due: "2025-03-01", tags: [] },
  ],
  next: null,
  total: 2,
  "x-trace": { "it's": true },
};

describe("jsonShape", () => {
  it("names every field path with its type, list elements collapsed to [*], and no value", () => {
    const { shape, cut } = jsonShape(tasks);
    expect(cut).toBe(false);
    expect(shape).toEqual({
      $: "object",
      "$.data": "array",
      "$.data[*]": "object",
      "$.data[*].id": "string",
      "$.data[*].title": "string",
      "$.data[*].due": "null|string",
      "$.data[*].tags": "array",
      "$.data[*].tags[*]": "string",
      "$.next": "null",
      "$.total": "number",
      "$['x-trace']": "object",
      "$['x-trace']['it\\'s']": "boolean",
    });
    expect(JSON.stringify(shape)).not.toContain("tsk_1");
  });

  it("keeps the first paths in document order when there are more than the bound", () => {
    const wide = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`f${i}`, i]));
    const { shape, cut } = jsonShape(wide, 10);
    expect(cut).toBe(true);
    expect(Object.keys(shape)).toEqual(["$", ...Array.from({ length: 9 }, (_, i) => `$.f${i}`)]);
  });

  it("stops at 32 levels and says the shape was cut", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 40; i++) deep = { a: deep };
    const { shape, cut } = jsonShape(deep);
    expect(cut).toBe(true);
    expect(Object.keys(shape)).toHaveLength(33);
  });

  it("a scalar document has one path", () => {
    expect(jsonShape("ok").shape).toEqual({ $: "string" });
  });
});

describe("shapeDifference", () => {
  const baseline = jsonShape(tasks).shape;

  it("finds nothing between an answer and itself, nor when fields were added", () => {
    expect(shapeDifference(baseline, jsonShape(tasks))).toEqual({ missing: [], changed: [] });
    const more = { ...tasks, page: 1, data: tasks.data.map((t) => ({ ...t, owner: "me" })) };
    expect(shapeDifference(baseline, jsonShape(more))).toEqual({ missing: [], changed: [] });
  });

  it("names a dropped field and a changed type", () => {
    const broken = {
      ...tasks,
      total: "2",
      data: tasks.data.map(({ title: _title, ...t }) => t),
    };
    expect(shapeDifference(baseline, jsonShape(broken))).toEqual({
      missing: ["$.data[*].title"],
      changed: [{ path: "$.total", baseline: "number", candidate: "string" }],
    });
  });

  it("a value that may now be null where it never was is a change; fewer types is not", () => {
    const nullable = { ...tasks, data: [{ ...tasks.data[0], id: null }] };
    expect(shapeDifference(baseline, jsonShape(nullable)).changed).toEqual([
      { path: "$.data[*].id", baseline: "string", candidate: "null" },
    ]);
    const alwaysDue = { ...tasks, data: [{ ...tasks.data[1] }] };
    expect(shapeDifference(baseline, jsonShape(alwaysDue))).toEqual({ missing: [], changed: [] });
  });

  it("an empty list hides its elements' fields without dropping them", () => {
    const empty = { ...tasks, data: [] };
    expect(shapeDifference(baseline, jsonShape(empty))).toEqual({ missing: [], changed: [] });
    // …but the list itself must still be there, and still a list.
    const gone = { next: null, total: 0, "x-trace": { "it's": true } };
    expect(shapeDifference(baseline, jsonShape(gone)).missing).toEqual([
      "$.data",
      "$.data[*]",
      "$.data[*].id",
      "$.data[*].title",
      "$.data[*].due",
      "$.data[*].tags",
      "$.data[*].tags[*]",
    ]);
  });

  it("a root that is no longer an object is a change at $", () => {
    expect(shapeDifference(baseline, jsonShape([1])).changed).toEqual([
      { path: "$", baseline: "object", candidate: "array" },
    ]);
  });

  it("a cut candidate shape reports type changes only", () => {
    const cut = { shape: { $: "object", "$.total": "string" }, cut: true };
    expect(shapeDifference(baseline, cut)).toEqual({
      missing: [],
      changed: [{ path: "$.total", baseline: "number", candidate: "string" }],
    });
  });
});
