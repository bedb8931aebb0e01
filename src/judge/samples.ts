// Every judgement sorts its samples first, and a NaN would sort anywhere and quietly move every figure.

/** A sorted copy of the samples; throws on a value that is not a finite number. */
export function sortedSamples(samples: readonly number[]): number[] {
  for (const value of samples) {
    if (!Number.isFinite(value)) throw new RangeError(`a sample must be a finite number, got ${value}`);
  }
  return [...samples].sort((a, b) => a - b);
}
