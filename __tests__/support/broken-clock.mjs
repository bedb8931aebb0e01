// Loaded into the bundled action or CLI with `node --import` by the last-resort tests: a runtime
// whose clock cannot format a date, as an invalid Date cannot. No code path of deploy-gate expects
// `toISOString` to throw, so the error reaches the last-resort handler the way a real bug would;
// deploy-gate itself has no hook for tests.
Date.prototype.toISOString = function toISOString() {
  throw new RangeError("Invalid time value");
};
