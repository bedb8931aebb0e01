// Adversarial input for durations and status expectations: parsing never throws, never yields NaN,
// a negative number or a timer Node cannot arm (a `timeout: 1000h` gate used to time out the moment it
// started); the schemas answer with their one message; status matching agrees with a plain oracle.
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import {
  DURATION_MESSAGE,
  DURATION_TOO_LONG_MESSAGE,
  duration,
  STATUS_MESSAGE,
  statusSpec,
} from "../../src/assert/expect-schema.js";
import { describeStatus, statusMatches } from "../../src/assert/status.js";
import { formatDuration, MAX_DURATION_MS, parseDuration } from "../../src/text/duration.js";
import { createTally, RUNS } from "./tally.js";

const tally = createTally("duration-status");
afterAll(() => tally.write());

const UNITS: Readonly<Record<string, number>> = { "": 1, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const durationText = fc.oneof(
  fc
    .tuple(
      fc.oneof(
        fc.nat({ max: 10_000_000 }).map(String),
        fc.double({ min: 0, max: 1e6, noNaN: true }).map(String),
      ),
      fc.constantFrom(...Object.keys(UNITS), "d", "us", "M", "H", "sec", "min"),
      fc.constantFrom("", " ", "\t", "\n"),
    )
    .map(([n, unit, space]) => `${space}${n}${space}${unit}${space}`),
  fc.string({ maxLength: 12 }),
  fc.constantFrom("-1s", "1e3", "1e400s", "Infinity", "NaN", "0x10", "1_000", "١٠s", "10s10s", ".5s", "5.s"),
  fc.constantFrom(`${"9".repeat(400)}ms`, "99999999999999999999h", "596h", "597h", "1000h", "2147483647"),
);

describe("durations under adversarial input", () => {
  it("parseDuration: never throws; undefined or a whole, finite, timer-safe number of ms", () => {
    fc.assert(
      fc.property(
        fc.oneof(durationText, fc.double(), fc.integer()),
        tally.count("parseDuration(any input)", (value: string | number) => {
          const ms = parseDuration(value);
          if (ms === undefined) return;
          expect(Number.isFinite(ms)).toBe(true);
          expect(ms).toBeGreaterThanOrEqual(0);
          expect(ms).toBeLessThanOrEqual(MAX_DURATION_MS);
          if (typeof value === "string") expect(Number.isInteger(ms)).toBe(true);
          expect(formatDuration(ms)).not.toBe("");
        }),
      ),
      { numRuns: RUNS },
    );
  });

  it("parseDuration: `<n><unit>` is n times the unit, within the timer limit", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 100_000 }),
        fc.constantFrom(...Object.keys(UNITS)),
        tally.count("parseDuration(n unit) = n × unit", (n: number, unit: string) => {
          const expected = n * UNITS[unit]!;
          expect(parseDuration(`${n}${unit}`)).toBe(expected <= MAX_DURATION_MS ? expected : undefined);
        }),
      ),
      { numRuns: RUNS },
    );
  });

  it("the duration schema accepts a duration or answers with its message", () => {
    fc.assert(
      fc.property(
        fc.oneof(durationText, fc.anything()),
        tally.count("duration schema(any value)", (value: unknown) => {
          const parsed = duration.safeParse(value);
          if (parsed.success) {
            expect(parsed.data).toBe(parseDuration(value as string | number));
          } else {
            const messages = parsed.error.issues.map((i) => i.message);
            expect([DURATION_MESSAGE, DURATION_TOO_LONG_MESSAGE]).toContain(messages[0]);
          }
        }),
      ),
      { numRuns: RUNS },
    );
  });

  it("refuses a duration Node cannot wait for, with a message that says so", () => {
    tally.add("timer-overflow durations", 3);
    const parsed = duration.safeParse("1000h");
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe(DURATION_TOO_LONG_MESSAGE);
    expect(parseDuration(2 ** 31)).toBeUndefined();
    expect(parseDuration("596h")).toBe(596 * 3_600_000);
  });
});

/** The oracle: what a status expectation means, written the obvious way. */
function oracle(spec: unknown, status: number): boolean {
  const items = Array.isArray(spec) ? spec : [spec];
  return items.some((item) =>
    typeof item === "number"
      ? item === status
      : /^[1-5]xx$/i.test(item)
        ? String(status)[0] === item[0] && status >= 100 && status <= 599
        : Number(item) === status,
  );
}

const statusItem = fc.oneof(
  fc.integer({ min: 100, max: 599 }),
  fc.constantFrom("1xx", "2xx", "3XX", "4xx", "5Xx"),
  fc.integer({ min: 100, max: 599 }).map(String),
);

describe("status expectations under adversarial input", () => {
  it("the status schema accepts a spec or answers with its one message", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          statusItem,
          fc.array(statusItem, { maxLength: 4 }),
          fc.anything(),
          fc.constantFrom(
            "6xx",
            "0xx",
            "2XXX",
            "200 ",
            "20",
            99,
            600,
            200.5,
            -200,
            "",
            [],
            [null],
            "2xx,3xx",
          ),
        ),
        tally.count("status schema(any value)", (value: unknown) => {
          const parsed = statusSpec.safeParse(value);
          if (!parsed.success) {
            expect(parsed.error.issues.map((i) => i.message)).toContain(STATUS_MESSAGE);
          }
        }),
      ),
      { numRuns: RUNS },
    );
  });

  it("statusMatches agrees with the oracle for every valid spec and every status code", () => {
    fc.assert(
      fc.property(
        fc.oneof(statusItem, fc.array(statusItem, { minLength: 1, maxLength: 4 })),
        fc.integer({ min: 0, max: 999 }),
        tally.count("statusMatches = oracle", (spec, status: number) => {
          const parsed = statusSpec.parse(spec);
          expect(statusMatches(parsed, status)).toBe(oracle(parsed, status));
          expect(describeStatus(parsed)).not.toBe("");
        }),
      ),
      { numRuns: RUNS },
    );
  });

  it("with no spec only a 2xx matches", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999 }),
        tally.count("default status is 2xx", (status: number) => {
          expect(statusMatches(undefined, status)).toBe(status >= 200 && status <= 299);
        }),
      ),
      { numRuns: RUNS / 4 },
    );
  });
});
