// Runs before every test file.
import { beforeEach, expect } from "vitest";
// No test may leave loopback: names resolve only to 127.0.0.0/8, never through the system resolver.
import "./loopback-dns.mjs";

// Every test must assert something: a test whose `expect` never runs (inside a `catch` that is
// never reached, or behind an `if` that never holds) passes whatever the code does.
beforeEach(() => {
  expect.hasAssertions();
});
