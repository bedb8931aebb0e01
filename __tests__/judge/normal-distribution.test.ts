import { describe, expect, it } from "vitest";
import { erfc, normalSurvival } from "../../src/judge/normal-distribution.js";

const SCALE = 10n ** 80n;

function bigSqrt(n: bigint): bigint {
  let x = n;
  let next = (x + 1n) / 2n;
  while (next < x) {
    x = next;
    next = (x + n / x) / 2n;
  }
  return x;
}

/**
 * erfc(numerator / denominator) by an independent route: the Maclaurin series of erf summed in
 * 80-digit fixed point, where the cancellation that ruins it in doubles costs nothing.
 */
function seriesErfc(numerator: number, denominator: number): number {
  const pi = 314159265358979323846264338327950288419716939937510582097494459230781640628620899n;
  const twoOverSqrtPi = (2n * SCALE * SCALE) / bigSqrt(pi * SCALE);
  const x = (BigInt(numerator) * SCALE) / BigInt(denominator);
  let power = x; // x^(2k+1) / k!
  let sum = 0n;
  for (let k = 0n; power !== 0n; k++) {
    const term = power / (2n * k + 1n);
    sum += k % 2n === 0n ? term : -term;
    power = (((power * x) / SCALE) * x) / SCALE / (k + 1n);
  }
  const erf = (sum * twoOverSqrtPi) / SCALE;
  return Number(SCALE - erf) / 1e80;
}

describe("erfc", () => {
  // erf(0.5), erf(1), erf(2) to 15 decimals: Abramowitz & Stegun, Table 7.1.
  it("matches the tabulated error function", () => {
    expect(erfc(0.5)).toBeCloseTo(1 - 0.520499877813047, 15);
    expect(erfc(1)).toBeCloseTo(1 - 0.842700792949715, 15);
    expect(erfc(2)).toBeCloseTo(1 - 0.995322265018953, 15);
    expect(erfc(0)).toBe(1);
  });

  it("agrees with an 80-digit series to 1e-13 relative across all three of Cody's intervals", () => {
    for (let k = -40; k <= 120; k++) {
      const expected = seriesErfc(k, 20);
      expect(Math.abs(erfc(k / 20) - expected) / expected).toBeLessThan(1e-13);
    }
  });

  it("keeps the deep tail instead of rounding it to zero", () => {
    expect(erfc(10) / seriesErfc(10, 1)).toBeCloseTo(1, 12);
    expect(erfc(30)).toBe(0);
    expect(erfc(-30)).toBe(2);
    expect(erfc(Number.NaN)).toBeNaN();
  });
});

describe("normalSurvival", () => {
  // The two-sided 5% and one-sided 5% critical values of the standard normal (scipy norm.ppf(0.975), norm.ppf(0.95)).
  it("puts 2.5% beyond 1.959963984540054 and 5% beyond 1.6448536269514722", () => {
    expect(normalSurvival(1.959963984540054)).toBeCloseTo(0.025, 14);
    expect(normalSurvival(1.6448536269514722)).toBeCloseTo(0.05, 14);
    expect(normalSurvival(-1.6448536269514722)).toBeCloseTo(0.95, 14);
    expect(normalSurvival(0)).toBe(0.5);
  });
});
