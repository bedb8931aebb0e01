import { describe, expect, it } from "vitest";
import { type Alternative, mannWhitney } from "../../src/judge/mann-whitney.js";
import { latencies, seededRandom } from "./seeded-random.js";

// A gate that blocks healthy releases gets switched off, and one that never rejects proves nothing:
// comparing a service with itself must reject about alpha of the time, within a binomial margin.
const TRIALS = 2000;
const ALPHA = 0.05;
const MARGIN = 3 * Math.sqrt((ALPHA * (1 - ALPHA)) / TRIALS); // three standard errors, about 1.5 points

function rejectionRate(seed: number, alternative: Alternative, draw: (random: () => number) => number[]) {
  const random = seededRandom(seed);
  let rejected = 0;
  for (let trial = 0; trial < TRIALS; trial++) {
    if (mannWhitney(draw(random), draw(random), { alternative })!.p < ALPHA) rejected++;
  }
  return rejected / TRIALS;
}

describe("Mann-Whitney A/A: two samples of one service", () => {
  it.each<Alternative>(["two-sided", "greater"])("rejects about 5%% of the time (%s)", (alternative) => {
    const rate = rejectionRate(20240614, alternative, (random) => latencies(random, 40, 20));
    expect(rate).toBeLessThanOrEqual(ALPHA + MARGIN);
    expect(rate).toBeGreaterThanOrEqual(ALPHA - MARGIN);
  });

  // A 20 ms timer leaves about four distinct values: without the tie correction of the variance the
  // test goes blind here (under 1% rejected); with it, it stays near 5%.
  it("rejects about 5% of the time on a coarse timer where almost every value ties", () => {
    const coarse = (random: () => number) => latencies(random, 40, 20).map((ms) => Math.round(ms / 20) * 20);
    const rate = rejectionRate(7, "two-sided", coarse);
    expect(rate).toBeLessThanOrEqual(ALPHA + MARGIN);
    expect(rate).toBeGreaterThanOrEqual(ALPHA - MARGIN);
  });

  it("does reject a candidate 30% slower most of the time", () => {
    const random = seededRandom(30);
    let rejected = 0;
    for (let trial = 0; trial < 500; trial++) {
      const candidate = latencies(random, 40, 26);
      const baseline = latencies(random, 40, 20);
      if (mannWhitney(candidate, baseline, { alternative: "greater" })!.p < ALPHA) rejected++;
    }
    expect(rejected / 500).toBeGreaterThan(0.6);
  });
});
