import { describe, expect, it } from "vitest";
import { errorRate, formatPercent } from "../../src/judge/error-rate.js";

describe("errorRate", () => {
  it("is the share of failed answers", () => {
    expect(errorRate(0, 50)).toBe(0);
    expect(errorRate(1, 50)).toBe(0.02);
    expect(errorRate(50, 50)).toBe(1);
  });

  it("has no rate when nothing was answered: a missing signal never passes", () => {
    expect(errorRate(0, 0)).toBeUndefined();
  });

  it("refuses counts that cannot be", () => {
    expect(() => errorRate(3, 2)).toThrow("failures must be a whole number from 0 to the total, got 3 of 2");
    expect(() => errorRate(-1, 2)).toThrow(RangeError);
    expect(() => errorRate(0.5, 2)).toThrow(RangeError);
    expect(() => errorRate(Number.NaN, 2)).toThrow(RangeError);
  });
});

describe("formatPercent", () => {
  it("shows at most two decimals, without trailing zeros", () => {
    expect(formatPercent(0)).toBe("0%");
    expect(formatPercent(1)).toBe("100%");
    expect(formatPercent(0.02)).toBe("2%");
    expect(formatPercent(0.07)).toBe("7%");
    expect(formatPercent(0.015)).toBe("1.5%");
    expect(formatPercent(1 / 3)).toBe("33.33%");
  });

  it("never rounds one failure in a million away to 0%, nor a single success to 100%", () => {
    expect(formatPercent(1e-6)).toBe("<0.01%");
    expect(formatPercent(1 - 1e-6)).toBe(">99.99%");
  });

  it("refuses a rate outside 0..1", () => {
    expect(() => formatPercent(1.5)).toThrow("a rate must be from 0 to 1, got 1.5");
    expect(() => formatPercent(Number.NaN)).toThrow(RangeError);
  });
});
