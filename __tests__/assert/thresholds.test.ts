// Shared threshold text (src/assert/thresholds.ts): the metrics and prometheus checks used to
// each hold a copy of formatNumber and of the breach wording; both now say it from here.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { breach, breaks, formatNumber, thresholdText } from "../../src/assert/thresholds.js";

describe("formatNumber", () => {
  it("keeps six significant digits and writes the special values as Prometheus does", () => {
    expect(formatNumber(0.1 + 0.2)).toBe("0.3");
    expect(formatNumber(1234567)).toBe("1234570");
    expect(formatNumber(0.000123456789)).toBe("0.000123457");
    expect(formatNumber(42)).toBe("42");
    expect([formatNumber(Number.NaN), formatNumber(Infinity), formatNumber(-Infinity)]).toEqual([
      "NaN",
      "+Inf",
      "-Inf",
    ]);
  });
});

describe("thresholdText", () => {
  it("reads equals, above, below in that order, joined by and", () => {
    expect(thresholdText({ below: 0.05 })).toBe("< 0.05");
    expect(thresholdText({ below: 10, above: 1 })).toBe("> 1 and < 10");
    expect(thresholdText({ equals: 0, above: -1, below: 1 })).toBe("= 0 and > -1 and < 1");
    expect(thresholdText({})).toBe("");
  });
});

describe("breach and breaks", () => {
  it("name the first bound broken, NaN meeting none", () => {
    expect(breach(0.07, { below: 0.05 })).toBe("not below 0.05");
    expect(breach(0.5, { above: 0.9, below: 0.1 })).toBe("not below 0.1");
    expect(breach(0.5, { above: 0.9 })).toBe("not above 0.9");
    expect(breach(4, { equals: 5 })).toBe("not 5");
    expect(breach(Number.NaN, { below: 1 })).toBe("NaN");
    expect(breach(0.01, { below: 0.05, above: 0 })).toBeUndefined();
    // A bound is strict: a value at it breaks it.
    expect(breach(0.05, { below: 0.05 })).toBe("not below 0.05");
  });

  it("breaks says the value with the bound", () => {
    expect(breaks(0.0712345678, { below: 0.05 })).toBe("is 0.0712346, not below 0.05");
    expect(breaks(4, { equals: 5 })).toBe("is 4, not 5");
    expect(breaks(Number.NaN, { above: 0 })).toBe("is NaN");
    expect(breaks(1, { above: 0 })).toBeUndefined();
  });

  it("is the only copy: the metrics and prometheus checks define none of their own", () => {
    for (const file of ["src/checks/metrics.ts", "src/checks/prometheus.ts"]) {
      const source = readFileSync(file, "utf8");
      expect(source).toContain('from "../assert/thresholds.js"');
      expect(source).not.toMatch(/function (formatNumber|thresholdText|breaks?|breach)\b/);
    }
  });
});
