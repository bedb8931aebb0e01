// Mutated example configs through the bundled CLI and the bundled action (issue #11): random
// mutations of every config under examples/ (deleted keys, wrong types, odd strings, regex and
// JSONPath fragments, durations, huge numbers, deep nesting, duplicate names, unknown fields and
// types, `needs` cycles, broken YAML) and of how they reach the gate (inline, a file, a missing
// file, an odd `only` or `label`) never produce an uncaught error, a line over 2,000 characters or
// a request to the service for a config the gate refused; the action always writes its outputs and
// step summary. The properties are listed in support/config-mutants.ts.
//
// Spawning is the cost: each adapter runs LANES properties at once, each its own fast-check run
// with its own seed, so LANES processes run side by side and a failure still shrinks. A failing
// lane reports its shrunk mutant (what was mutated, the config text) and the seed to replay it.
//
//   MUTATIONS_SEED=123 MUTATIONS_RUNS=400 npx vitest run __tests__/adversarial/config-mutations.test.ts
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { writeFigures } from "../faults/figures.js";
import {
  type Adapter,
  loadExamples,
  type Mutant,
  type MutantOutcome,
  makeMutant,
  mutantArbitrary,
  runMutant,
  showText,
} from "../support/config-mutants.js";

/** Fixed, so CI is reproducible; override for deeper local runs. */
const SEED = Number(process.env.MUTATIONS_SEED ?? 20_251_111);
/** Mutants per adapter. */
const RUNS = Number(process.env.MUTATIONS_RUNS ?? 160);
/** Processes per adapter running at once. */
const LANES = Number(process.env.MUTATIONS_LANES ?? 4);

const examples = loadExamples();

interface Figures {
  tried: number;
  ran: number;
  refused: number;
  unclassified: number;
  violated: number;
  failedLanes: number;
  elapsedMs: number;
}
const figures: Record<Adapter, Figures> = {
  cli: { tried: 0, ran: 0, refused: 0, unclassified: 0, violated: 0, failedLanes: 0, elapsedMs: 0 },
  action: { tried: 0, ran: 0, refused: 0, unclassified: 0, violated: 0, failedLanes: 0, elapsedMs: 0 },
};

const NAMES: Record<Adapter, string> = { cli: "bundled CLI", action: "bundled action" };

afterAll(() => {
  const properties = (Object.keys(figures) as Adapter[]).flatMap((adapter) => [
    { property: `${NAMES[adapter]}: mutants refused as invalid`, inputs: figures[adapter].refused },
    { property: `${NAMES[adapter]}: mutants that ran to a verdict`, inputs: figures[adapter].ran },
    ...(figures[adapter].unclassified
      ? [
          {
            property: `${NAMES[adapter]}: mutants neither ran nor refused`,
            inputs: figures[adapter].unclassified,
          },
        ]
      : []),
  ]);
  writeFigures("adversarial-config-mutations", {
    area: "config mutations",
    properties,
    inputs: properties.reduce((sum, p) => sum + p.inputs, 0),
    seed: SEED,
    runsPerAdapter: RUNS,
    lanes: LANES,
    examples: examples.map((e) => e.file),
    adapters: figures,
  });
  for (const adapter of Object.keys(figures) as Adapter[]) {
    const f = figures[adapter];
    console.log(
      `config mutations, ${NAMES[adapter]} (seed ${SEED}, ${RUNS} runs in ${LANES} lanes): ${f.tried} mutants tried ` +
        `(shrinking included) — ${f.ran} ran, ${f.refused} refused as invalid, ${f.unclassified} neither; ` +
        `${f.violated} broke a property; ${(f.elapsedMs / 1000).toFixed(1)}s`,
    );
  }
});

function record(outcome: MutantOutcome): void {
  const f = figures[outcome.adapter];
  f.tried++;
  if (outcome.verdict === "ran") f.ran++;
  else if (outcome.verdict === "refused") f.refused++;
  else f.unclassified++;
  if (outcome.violations.length > 0) f.violated++;
}

async function holds(adapter: Adapter, mutant: Mutant): Promise<void> {
  const outcome = await runMutant(adapter, mutant);
  record(outcome);
  if (outcome.violations.length > 0) {
    throw new Error(
      `${NAMES[adapter]} (exit ${outcome.code ?? outcome.signal}, ${outcome.requests} request(s)):\n` +
        `${outcome.violations.map((v) => `  - ${v}`).join("\n")}\n` +
        `config (${mutant.spec.source}, ${mutant.example.file} mutated):\n${showText(mutant.text)}\n` +
        `what it printed (stderr, then stdout):\n${outcome.transcript.split("\n").slice(0, 40).join("\n")}`,
    );
  }
}

/** LANES fast-check runs side by side; every lane's counterexample is reported, not just the first. */
async function lanes(adapter: Adapter): Promise<string[]> {
  const started = Date.now();
  const perLane = Math.ceil(RUNS / LANES);
  const settled = await Promise.allSettled(
    Array.from({ length: LANES }, (_, lane) =>
      fc.assert(
        fc.asyncProperty(mutantArbitrary(examples), (mutant) => holds(adapter, mutant)),
        { seed: SEED + lane, numRuns: perLane, includeErrorInReport: true },
      ),
    ),
  );
  figures[adapter].elapsedMs = Date.now() - started;
  const failures = settled.flatMap((s, lane) =>
    s.status === "rejected" ? [`lane ${lane} (seed ${SEED + lane}): ${(s.reason as Error).message}`] : [],
  );
  figures[adapter].failedLanes = failures.length;
  return failures;
}

/** Generous: a failing lane shrinks, and every shrink step is a spawn. */
const TIMEOUT_MS = 240_000 + Math.ceil(RUNS / LANES) * 4_000;

describe("mutated example configs", () => {
  // The harness itself: each example, unmutated, gets the secrets and vars it needs and runs to a
  // verdict through both adapters, so a mutant that is still valid really runs.
  it("runs every config under examples/, unmutated, to a verdict through both adapters", async () => {
    expect(examples.length).toBeGreaterThanOrEqual(12);
    const jobs = examples.flatMap((_, i) =>
      (["cli", "action"] as const).map((adapter) => ({
        adapter,
        mutant: makeMutant(examples, {
          example: i,
          mutations: [],
          format: "yaml",
          source: "file",
          only: undefined,
          label: undefined,
        }),
      })),
    );
    const outcomes: { file: string; outcome: MutantOutcome }[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: LANES }, async () => {
        while (next < jobs.length) {
          const { adapter, mutant } = jobs[next++]!;
          const outcome = await runMutant(adapter, mutant);
          record(outcome);
          outcomes.push({ file: mutant.example.file, outcome });
        }
      }),
    );
    const wrong = outcomes.flatMap(({ file, outcome: o }) =>
      o.verdict === "ran" && o.violations.length === 0
        ? []
        : [
            `${NAMES[o.adapter]}, ${file}: ${o.verdict ?? "no verdict"}, ${o.requests} request(s), ` +
              `${o.violations.join("; ")}\n${o.transcript}`,
          ],
    );
    expect(wrong, wrong.join("\n\n")).toEqual([]);
  }, 120_000);

  for (const adapter of ["cli", "action"] as const) {
    it(
      `the ${NAMES[adapter]} never crashes, writes no line over 2,000 characters and sends nothing for a refused config`,
      async () => {
        const failures = await lanes(adapter);
        expect(failures.length, failures.join("\n\n────────\n\n")).toBe(0);
      },
      TIMEOUT_MS,
    );
  }
});
