import { describe, expect, it } from "vitest";
import { errorRate } from "../../src/judge/error-rate.js";
import { parsePercentagePoints, parseRate, parseRatio } from "../../src/judge/thresholds.js";

describe("parseRate", () => {
  it("reads a percentage as a fraction", () => {
    expect(parseRate("1%")).toEqual({ ok: true, value: 0.01 });
    expect(parseRate("0.5%")).toEqual({ ok: true, value: 0.005 });
    expect(parseRate("0%")).toEqual({ ok: true, value: 0 });
    expect(parseRate("100%")).toEqual({ ok: true, value: 1 });
    expect(parseRate(" 2 % ")).toEqual({ ok: true, value: 0.02 });
  });

  it("gives the very double an error rate exactly at the threshold has", () => {
    // 0.7 / 100 is 0.006999999999999999 in floating point, which 7 failures in 1000 would exceed.
    expect(parseRate("0.7%")).toEqual({ ok: true, value: errorRate(7, 1000) });
    expect(parseRate("1.3%")).toEqual({ ok: true, value: errorRate(13, 1000) });
  });

  it("rejects malformed rates with a message for the config error", () => {
    expect(parseRate("1")).toEqual({
      ok: false,
      message: 'expected a percentage like "1%" or "0.5%", got "1"',
    });
    expect(parseRate(0.01)).toEqual({
      ok: false,
      message:
        'expected a percentage like "1%" or "0.5%" (with the % sign: a bare 0.01 could mean 1% or 0.01%), got 0.01',
    });
    expect(parseRate("101%")).toEqual({ ok: false, message: 'a rate cannot be over 100%, got "101%"' });
    for (const bad of ["", "%", "-1%", ".5%", "1.%", "1e2%", "1%%", "one%", "0x10%", "1pp"]) {
      expect(parseRate(bad).ok, bad).toBe(false);
    }
  });
});

describe("parsePercentagePoints", () => {
  it("reads a rise in percentage points as a fraction", () => {
    expect(parsePercentagePoints("+0.5pp")).toEqual({ ok: true, value: 0.005 });
    expect(parsePercentagePoints("0.5pp")).toEqual({ ok: true, value: 0.005 });
    expect(parsePercentagePoints("+0pp")).toEqual({ ok: true, value: 0 });
    expect(parsePercentagePoints("+0.7pp")).toEqual({ ok: true, value: errorRate(7, 1000) });
  });

  it("rejects a fall, a percentage and anything else", () => {
    expect(parsePercentagePoints("-0.5pp")).toEqual({
      ok: false,
      message: 'expected percentage points like "+0.5pp", got "-0.5pp"',
    });
    expect(parsePercentagePoints("+101pp")).toEqual({
      ok: false,
      message: 'a rise cannot be over 100 points, got "+101pp"',
    });
    for (const bad of ["0.5%", "+0.5", "0.5 p", "++1pp", 0.5]) {
      expect(parsePercentagePoints(bad).ok, String(bad)).toBe(false);
    }
  });
});

describe("parseRatio", () => {
  it("reads a multiplier", () => {
    expect(parseRatio("1.2x")).toEqual({ ok: true, value: 1.2 });
    expect(parseRatio("2x")).toEqual({ ok: true, value: 2 });
    expect(parseRatio("1.5×")).toEqual({ ok: true, value: 1.5 });
    expect(parseRatio(" 1 x ")).toEqual({ ok: true, value: 1 });
  });

  it("rejects a bare number, zero and anything else", () => {
    expect(parseRatio(1.2)).toEqual({
      ok: false,
      message:
        'expected a multiplier like "1.2x" (with the x: a bare number would read as milliseconds), got 1.2',
    });
    expect(parseRatio("0x")).toEqual({ ok: false, message: 'a multiplier must be above 0, got "0x"' });
    for (const bad of ["1.2", "x1.2", "120%", "-1x", "1.2xx", ""]) {
      expect(parseRatio(bad).ok, bad).toBe(false);
    }
  });
});
