import { describe, expect, it } from "vitest";
import { sparkline } from "../../src/judge/sparkline.js";

describe("sparkline", () => {
  it("draws each bucket's height relative to the fullest", () => {
    // Value i appears i + 1 times, one value per bucket.
    const rising = [0, 1, 2, 3, 4, 5, 6, 7].flatMap((value) => Array<number>(value + 1).fill(value));
    expect(sparkline(rising)).toBe("0ms ▁▂▃▄▅▆▇█ 7ms");
  });

  it("leaves empty buckets blank and keeps a lone slow sample visible", () => {
    const samples = [10, 12, 12, 14, 15, 15, 15, 16, 18, 40, 90];
    expect(sparkline(samples)).toBe("10ms █  ▁   ▁ 90ms");
  });

  it("takes the number of buckets", () => {
    expect(sparkline([100, 200, 300, 1500], 2)).toBe("100ms █▃ 1.5s");
  });

  it("draws one full bar for samples that are all the same", () => {
    expect(sparkline([12, 12, 12])).toBe("12ms █ 12ms");
  });

  it("has nothing to draw for no samples", () => {
    expect(sparkline([])).toBeUndefined();
  });
});
