// A slower p95 blocks a release only when the shift is significant, so noise between two runs does not.
import { normalSurvival } from "./normal-distribution.js";
import { sortedSamples } from "./samples.js";

/** `greater`: the candidate is stochastically greater (slower) than the baseline. */
export type Alternative = "two-sided" | "greater";

export interface MannWhitneyOptions {
  alternative?: Alternative;
}

export interface MannWhitneyResult {
  /** U of the candidate: how many (candidate, baseline) pairs the candidate wins, ties counting half. */
  u: number;
  /** The continuity-corrected normal score p was read from; positive when the candidate ranks higher. */
  z: number;
  p: number;
}

interface RankSums {
  candidateRankSum: number;
  /** Σ (t³ - t) over groups of t tied values, for the variance's tie correction. */
  tieTerm: number;
  allTied: boolean;
}

/** Walks both sorted sides at once, giving each group of tied values the average of its ranks. */
function rankSums(candidate: readonly number[], baseline: readonly number[]): RankSums {
  let i = 0;
  let j = 0;
  let ranked = 0;
  let candidateRankSum = 0;
  let tieTerm = 0;
  let largestTie = 0;
  while (i < candidate.length || j < baseline.length) {
    const value = Math.min(candidate[i] ?? Number.POSITIVE_INFINITY, baseline[j] ?? Number.POSITIVE_INFINITY);
    const start = i;
    while (candidate[i] === value) i++;
    const fromCandidate = i - start;
    const baselineStart = j;
    while (baseline[j] === value) j++;
    const tied = fromCandidate + (j - baselineStart);
    candidateRankSum += fromCandidate * (ranked + (tied + 1) / 2);
    tieTerm += tied ** 3 - tied;
    largestTie = Math.max(largestTie, tied);
    ranked += tied;
  }
  return { candidateRankSum, tieTerm, allTied: largestTie === ranked };
}

/**
 * The Mann-Whitney U test by its normal approximation, with the tie-corrected variance and a 0.5
 * continuity correction: scipy's `mannwhitneyu(candidate, baseline, method="asymptotic")` and R's
 * `wilcox.test(candidate, baseline, exact = FALSE, correct = TRUE)`. Undefined when either side is
 * empty: no samples is no evidence.
 */
export function mannWhitney(
  candidate: readonly number[],
  baseline: readonly number[],
  options: MannWhitneyOptions = {},
): MannWhitneyResult | undefined {
  const sortedCandidate = sortedSamples(candidate);
  const sortedBaseline = sortedSamples(baseline);
  const n1 = sortedCandidate.length;
  const n2 = sortedBaseline.length;
  if (n1 === 0 || n2 === 0) return undefined;

  const { candidateRankSum, tieTerm, allTied } = rankSums(sortedCandidate, sortedBaseline);
  const u = candidateRankSum - (n1 * (n1 + 1)) / 2;
  // Every value equal: the ranks carry no information, and the variance below is zero.
  if (allTied) return { u, z: 0, p: 1 };

  const n = n1 + n2;
  const sigma = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
  const distance = u - (n1 * n2) / 2;
  if (options.alternative === "greater") {
    const z = (distance - 0.5) / sigma;
    return { u, z, p: normalSurvival(z) };
  }
  const z = (Math.sign(distance) * Math.max(0, Math.abs(distance) - 0.5)) / sigma;
  return { u, z, p: Math.min(1, 2 * normalSurvival(Math.abs(z))) };
}
