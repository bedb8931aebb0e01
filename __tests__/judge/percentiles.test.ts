import { describe, expect, it } from "vitest";
import { percentile, percentiles } from "../../src/judge/percentiles.js";

const oneTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe("percentile (nearest-rank)", () => {
  // The worked examples of the nearest-rank method in Wikipedia's "Percentile" article.
  it("matches the textbook nearest-rank examples", () => {
    const five = [15, 20, 35, 40, 50];
    expect([5, 30, 40, 50, 100].map((p) => percentile(five, p))).toEqual([15, 20, 20, 35, 50]);
    const ten = [3, 6, 7, 8, 8, 10, 13, 15, 16, 20];
    expect([25, 50, 75, 100].map((p) => percentile(ten, p))).toEqual([7, 8, 15, 20]);
  });

  it("always answers with a sample that was observed, never an interpolation", () => {
    expect(percentile([10, 20], 50)).toBe(10);
    expect(percentile([10, 20], 50.1)).toBe(20);
    expect(percentile([100, 1, 10], 67)).toBe(100);
  });

  it("gives every percentile of a single sample as that sample", () => {
    expect([0.1, 50, 99, 100].map((p) => percentile([42], p))).toEqual([42, 42, 42, 42]);
  });

  it("lands on the tied value wherever a run of ties covers the rank", () => {
    const samples = [1, 5, 5, 5, 5, 5, 5, 5, 5, 9];
    expect([10, 11, 50, 90, 91].map((p) => percentile(samples, p))).toEqual([1, 5, 5, 5, 9]);
  });

  it("does not let float error push an exact rank to the next sample", () => {
    // 16.1 * 1000 / 100 is 161.00000000000003 in floating point; the rank is exactly 161.
    expect(percentile(oneTo(1000), 16.1)).toBe(161);
    expect(percentile(oneTo(1000), 16.11)).toBe(162);
  });

  it("has no percentile of no samples: a missing signal is not a zero", () => {
    expect(percentile([], 50)).toBeUndefined();
  });

  it("refuses a percentile outside (0, 100] and a sample that is not a finite number", () => {
    expect(() => percentile([1], 0)).toThrow(RangeError);
    expect(() => percentile([1], 100.5)).toThrow("a percentile must be in (0, 100], got 100.5");
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
    expect(() => percentile([1, Number.NaN, 3], 50)).toThrow("a sample must be a finite number, got NaN");
    expect(() => percentile([1, Number.POSITIVE_INFINITY], 50)).toThrow(RangeError);
  });
});

describe("percentiles", () => {
  it("summarises 1..100 as p50 50, p95 95, p99 99, max 100", () => {
    expect(percentiles(oneTo(100))).toEqual({ count: 100, p50: 50, p95: 95, p99: 99, max: 100 });
  });

  it("summarises 1..20: p95 is the 19th sample and p99 the 20th", () => {
    expect(percentiles(oneTo(20))).toEqual({ count: 20, p50: 10, p95: 19, p99: 20, max: 20 });
  });

  it("sorts a copy and leaves the caller's samples in their order", () => {
    const samples = [30, 10, 20];
    expect(percentiles(samples)).toEqual({ count: 3, p50: 20, p95: 30, p99: 30, max: 30 });
    expect(samples).toEqual([30, 10, 20]);
  });

  it("summarises all-tied samples as that value", () => {
    expect(percentiles([7, 7, 7])).toEqual({ count: 3, p50: 7, p95: 7, p99: 7, max: 7 });
  });

  it("is undefined for no samples", () => {
    expect(percentiles([])).toBeUndefined();
  });
});
