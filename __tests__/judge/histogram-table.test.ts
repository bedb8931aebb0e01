import { describe, expect, it } from "vitest";
import { histogramTable } from "../../src/judge/histogram-table.js";

describe("histogramTable", () => {
  it("renders buckets as a markdown table with counts and bars", () => {
    const samples = [40, 42, 45, 47, 48, 50, 51, 52, 55, 58, 61, 70, 95, 130];
    expect(histogramTable(samples, 4)).toBe(
      [
        "| Latency | Samples | |",
        "| --- | ---: | --- |",
        "| 40ms – 63ms | 11 | ████████████████████ |",
        "| 63ms – 85ms | 1 | ██ |",
        "| 85ms – 108ms | 1 | ██ |",
        "| 108ms – 130ms | 1 | ██ |",
      ].join("\n"),
    );
  });

  it("shows one row for samples that are all the same", () => {
    expect(histogramTable([12, 12])).toBe(
      ["| Latency | Samples | |", "| --- | ---: | --- |", "| 12ms | 2 | ████████████████████ |"].join("\n"),
    );
  });

  it("has no table for no samples", () => {
    expect(histogramTable([])).toBeUndefined();
  });
});
