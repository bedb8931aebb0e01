// Runs before every test file.
import fc from "fast-check";
import { beforeEach, expect } from "vitest";
// No test may leave loopback: names resolve only to 127.0.0.0/8, never through the system resolver.
import "./loopback-dns.mjs";

// Every test must assert something: a test whose `expect` never runs (inside a `catch` that is
// never reached, or behind an `if` that never holds) passes whatever the code does.
beforeEach(() => {
  expect.hasAssertions();
});

// Property tests draw from one fixed seed, so CI is reproducible: a red run means a change broke
// something, not that a new random input turned up. `FC_SEED=<n>` replays another seed and
// `FC_SEED=random` explores (print the seed a failure reports and fix it as a regular test).
const seed = process.env.FC_SEED;
if (seed !== "random") fc.configureGlobal({ seed: seed === undefined ? 20261129 : Number(seed) });
