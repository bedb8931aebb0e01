// Every test must assert something: a test whose `expect` never runs (inside a `catch` that is
// never reached, or behind an `if` that never holds) passes whatever the code does.
import { beforeEach, expect } from "vitest";

beforeEach(() => {
  expect.hasAssertions();
});
