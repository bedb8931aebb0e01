// Counts every adversarial input a property actually evaluated (not the configured numRuns), so the
// figure in docs/reliability.md is what ran. Each file writes .tmp/reliability/adversarial-<area>.json.
import { writeFigures } from "../faults/figures.js";

/** Runs per property: enough to find the shallow bugs, small enough to keep the suites near a minute. */
export const RUNS = 2000;

export interface PropertyFigures {
  readonly property: string;
  inputs: number;
}

export interface Tally {
  /** Wraps a predicate so that each input it sees is counted under `property`. */
  count<A extends unknown[], R>(property: string, predicate: (...args: A) => R): (...args: A) => R;
  /** Counts hand-written inputs (alias bombs, the deep-nesting ladder, …). */
  add(property: string, inputs: number): void;
  write(): void;
}

export function createTally(area: string): Tally {
  const properties = new Map<string, PropertyFigures>();
  const entry = (property: string) => {
    let e = properties.get(property);
    if (!e) {
      e = { property, inputs: 0 };
      properties.set(property, e);
    }
    return e;
  };
  return {
    count(property, predicate) {
      const e = entry(property);
      return (...args) => {
        e.inputs++;
        return predicate(...args);
      };
    },
    add(property, inputs) {
      entry(property).inputs += inputs;
    },
    write() {
      const list = [...properties.values()];
      writeFigures(`adversarial-${area}`, {
        area,
        properties: list,
        inputs: list.reduce((sum, p) => sum + p.inputs, 0),
      });
    },
  };
}

/** Own property names of the built-in prototypes, to prove nothing was added to them. */
export function prototypeSnapshot(): string {
  return JSON.stringify(
    [Object.prototype, Array.prototype, Function.prototype, String.prototype].map((p) =>
      Object.getOwnPropertyNames(p).sort(),
    ),
  );
}

export function assertNoPollution(before: string): void {
  const probe = {} as Record<string, unknown>;
  if (probe.polluted !== undefined || probe.isAdmin !== undefined || prototypeSnapshot() !== before) {
    throw new Error("a built-in prototype was modified");
  }
}
