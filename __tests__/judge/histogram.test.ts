import { describe, expect, it } from "vitest";
import { histogram } from "../../src/judge/histogram.js";

describe("histogram", () => {
  it("counts samples into equal-width buckets, the slowest in the last", () => {
    expect(histogram([3, 1, 2, 4, 5, 6, 7, 8, 9, 10], 3)).toEqual([
      { from: 1, to: 4, count: 3 },
      { from: 4, to: 7, count: 3 },
      { from: 7, to: 10, count: 4 },
    ]);
  });

  it("keeps empty buckets, so a gap before a tail shows", () => {
    expect(histogram([10, 11, 50], 4)?.map((bucket) => bucket.count)).toEqual([2, 0, 0, 1]);
  });

  it("makes one bucket of samples that are all the same", () => {
    expect(histogram([12, 12, 12], 8)).toEqual([{ from: 12, to: 12, count: 3 }]);
  });

  it("has no histogram of no samples", () => {
    expect(histogram([], 8)).toBeUndefined();
  });

  it("refuses a bucket count that is not a positive whole number, and non-finite samples", () => {
    expect(() => histogram([1, 2], 0)).toThrow("a histogram needs a whole number of buckets, got 0");
    expect(() => histogram([1, 2], 2.5)).toThrow(RangeError);
    expect(() => histogram([1, Number.NaN], 2)).toThrow(RangeError);
  });
});
