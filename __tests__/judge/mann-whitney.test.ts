import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mannWhitney } from "../../src/judge/mann-whitney.js";
import { normalSurvival } from "../../src/judge/normal-distribution.js";
import { latencies, seededRandom } from "./seeded-random.js";

describe("mannWhitney against published results", () => {
  // scipy.stats.mannwhitneyu docs, Examples (1.14-1.16): males = [19, 22, 16, 29, 24],
  // females = [20, 11, 17, 12]; U1 = 17.0, method="asymptotic" p = 0.11134688653314041.
  // (Without the continuity correction scipy gives 0.0864107329737; we always correct.)
  it("matches scipy's worked example", () => {
    const result = mannWhitney([19, 22, 16, 29, 24], [20, 11, 17, 12]);
    expect(result?.u).toBe(17);
    expect(result?.p).toBeCloseTo(0.11134688653314041, 14);
    expect(mannWhitney([20, 11, 17, 12], [19, 22, 16, 29, 24])?.u).toBe(3);
  });

  // ClickHouse docs, mannWhitneyUTest: mannWhitneyUTest('greater') of [10, 11, 12] against [1, 2, 3]
  // returns (9, 0.04042779918503192), continuity correction on.
  it("matches ClickHouse's documented one-sided example", () => {
    const result = mannWhitney([10, 11, 12], [1, 2, 3], { alternative: "greater" });
    expect(result?.u).toBe(9);
    expect(result?.p).toBeCloseTo(0.04042779918503192, 13);
  });

  // ClickHouse tests/queries/0_stateless/01560_mann_whitney.{sql,reference}: 20 against 20 values with
  // four tied pairs, two-sided with continuity correction: (223, 0.5426959774289482).
  it("matches ClickHouse's regression test on samples with ties", () => {
    const first = [
      310, 195, 530, 155, 530, 245, 385, 450, 465, 545, 170, 180, 125, 180, 230, 75, 430, 480, 495, 295,
    ];
    const second = [
      116, 171, 176, 421, 111, 326, 481, 111, 346, 441, 261, 411, 206, 521, 456, 446, 296, 51, 426, 261,
    ];
    const result = mannWhitney(first, second);
    expect(result?.u).toBe(223);
    expect(result?.p).toBeCloseTo(0.5426959774289482, 14);
  });

  // NAG Library Mark 26.2, g08amc example (nagdoc_cl26.2/examples/data/g08amce.d, baseresults/g08amce.r):
  // 16 against 23 values that are almost all ties. Test statistic 86.0000, normal statistic -2.8039,
  // approximate (lower) tail probability 0.0025.
  it("matches NAG's g08amc example, where almost every value is tied", () => {
    const group1 = [13, 6, 12, 7, 12, 7, 10, 7, 10, 7, 16, 7, 10, 8, 9, 8];
    const group2 = [17, 6, 10, 8, 15, 8, 15, 10, 15, 10, 14, 10, 14, 11, 14, 11, 13, 12, 13, 12, 13, 12, 12];
    const result = mannWhitney(group1, group2);
    expect(result?.u).toBe(86);
    expect(result?.z).toBeCloseTo(-2.8039, 4);
    // NAG's lower tail for group 1 is the upper tail for group 2 measured against group 1.
    const reversed = mannWhitney(group2, group1, { alternative: "greater" });
    expect(reversed?.u).toBe(16 * 23 - 86);
    expect(reversed?.p).toBeCloseTo(0.0025, 4);
  });
});

/** U, tie term and the normal approximation straight from their definitions, to check the rank walk. */
function byDefinition(candidate: number[], baseline: number[]) {
  let u = 0;
  for (const c of candidate) for (const b of baseline) u += c > b ? 1 : c === b ? 0.5 : 0;
  const counts = new Map<number, number>();
  for (const value of [...candidate, ...baseline]) counts.set(value, (counts.get(value) ?? 0) + 1);
  let tieTerm = 0;
  for (const t of counts.values()) tieTerm += t ** 3 - t;
  const [n1, n2] = [candidate.length, baseline.length];
  const n = n1 + n2;
  const sigma = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
  return { u, sigma, distance: u - (n1 * n2) / 2 };
}

describe("mannWhitney by its definition", () => {
  it("gives tied values their average rank (hand-computed)", () => {
    // Pooled: 1c 2c 2c 2b 3c 3b 4b; ranks 1, 3, 3, 3, 5.5, 5.5, 7; R1 = 12.5, U1 = 12.5 - 10 = 2.5.
    // Ties of 3 and 2: Σ(t³ - t) = 30; σ = sqrt(12/12 · (8 - 30/42)); z = -(6 - 2.5 - 0.5) / σ.
    const result = mannWhitney([1, 2, 2, 3], [2, 3, 4]);
    const sigma = Math.sqrt(8 - 30 / 42);
    expect(result?.u).toBe(2.5);
    expect(result?.z).toBeCloseTo(-3 / sigma, 14);
    expect(result?.p).toBeCloseTo(2 * normalSurvival(3 / sigma), 14);
  });

  it("agrees with a pairwise count and the closed form on 50 against 50 tied latencies", () => {
    const random = seededRandom(50);
    const candidate = latencies(random, 50, 24).map(Math.round);
    const baseline = latencies(random, 50, 20).map(Math.round);
    const { u, sigma, distance } = byDefinition(candidate, baseline);
    expect(new Set([...candidate, ...baseline]).size).toBeLessThan(60);

    const twoSided = mannWhitney(candidate, baseline);
    expect(twoSided?.u).toBe(u);
    expect(twoSided?.z).toBeCloseTo((Math.sign(distance) * (Math.abs(distance) - 0.5)) / sigma, 12);
    expect(twoSided?.p).toBeCloseTo(2 * normalSurvival((Math.abs(distance) - 0.5) / sigma), 12);

    const greater = mannWhitney(candidate, baseline, { alternative: "greater" });
    expect(greater?.z).toBeCloseTo((distance - 0.5) / sigma, 12);
    expect(greater?.p).toBeCloseTo(normalSurvival((distance - 0.5) / sigma), 12);
  });
});

describe("mannWhitney one-sided", () => {
  it("gives a slower candidate a small p and a faster one a p near 1", () => {
    const slow = [120, 130, 125, 140, 135, 128, 150, 132];
    const fast = [100, 104, 98, 110, 101, 99, 107, 103];
    expect(mannWhitney(slow, fast, { alternative: "greater" })?.p).toBeLessThan(0.001);
    expect(mannWhitney(fast, slow, { alternative: "greater" })?.p).toBeGreaterThan(0.999);
  });
});

describe("mannWhitney with nothing to judge", () => {
  it("finds no evidence of a difference when every value is the same", () => {
    expect(mannWhitney([5, 5, 5], [5, 5])).toEqual({ u: 3, z: 0, p: 1 });
    expect(mannWhitney([5], [5], { alternative: "greater" })).toEqual({ u: 0.5, z: 0, p: 1 });
  });

  it("is undefined when either side has no samples", () => {
    expect(mannWhitney([], [1, 2])).toBeUndefined();
    expect(mannWhitney([1, 2], [])).toBeUndefined();
    expect(mannWhitney([], [])).toBeUndefined();
  });

  it("refuses a sample that is not a finite number", () => {
    expect(() => mannWhitney([1, Number.NaN], [2])).toThrow(RangeError);
    expect(() => mannWhitney([1], [Number.NEGATIVE_INFINITY])).toThrow(RangeError);
  });
});

describe("mannWhitney properties", () => {
  const side = fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 40 });

  it("splits the n1·n2 pairs between the two sides and gives a p in [0, 1]", () => {
    fc.assert(
      fc.property(side, side, (x, y) => {
        const forward = mannWhitney(x, y)!;
        const backward = mannWhitney(y, x)!;
        expect(forward.u + backward.u).toBe(x.length * y.length);
        expect(forward.p).toBe(backward.p);
        expect(forward.p).toBeGreaterThanOrEqual(0);
        expect(forward.p).toBeLessThanOrEqual(1);
      }),
      { seed: 14, numRuns: 300 },
    );
  });

  it("makes the two-sided p twice the smaller one-sided p, at most 1", () => {
    fc.assert(
      fc.property(side, side, (x, y) => {
        const greater = mannWhitney(x, y, { alternative: "greater" })!.p;
        const less = mannWhitney(y, x, { alternative: "greater" })!.p;
        expect(mannWhitney(x, y)!.p).toBeCloseTo(Math.min(1, 2 * Math.min(greater, less)), 14);
      }),
      { seed: 14, numRuns: 300 },
    );
  });
});
