import { expect, it } from "vitest";
import { formatLatency } from "../../src/judge/latency-label.js";

it("labels sub-10ms latencies to a tenth, then whole milliseconds, then seconds", () => {
  expect([0, 0.44, 9.94, 9.95, 87.4, 999.4, 999.5, 1250, 12_345].map(formatLatency)).toEqual([
    "0ms",
    "0.4ms",
    "9.9ms",
    "10ms",
    "87ms",
    "999ms",
    "1s",
    "1.25s",
    "12.35s",
  ]);
});
