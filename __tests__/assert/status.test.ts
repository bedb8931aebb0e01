import { describe, expect, it } from "vitest";
import { describeStatus, statusMatches } from "../../src/assert/status.js";

describe("statusMatches", () => {
  it("defaults to any 2xx", () => {
    expect(statusMatches(undefined, 200)).toBe(true);
    expect(statusMatches(undefined, 299)).toBe(true);
    expect(statusMatches(undefined, 199)).toBe(false);
    expect(statusMatches(undefined, 301)).toBe(false);
    expect(statusMatches(undefined, 500)).toBe(false);
  });

  it("matches an exact code given as a number or a string", () => {
    expect(statusMatches(404, 404)).toBe(true);
    expect(statusMatches(404, 405)).toBe(false);
    expect(statusMatches("404", 404)).toBe(true);
    expect(statusMatches("404", 400)).toBe(false);
  });

  it("matches classes in either case", () => {
    expect(statusMatches("4xx", 404)).toBe(true);
    expect(statusMatches("4XX", 499)).toBe(true);
    expect(statusMatches("4xx", 500)).toBe(false);
    expect(statusMatches("5xx", 503)).toBe(true);
  });

  it("matches any item of a list", () => {
    expect(statusMatches([200, 201], 201)).toBe(true);
    expect(statusMatches([200, "3xx"], 302)).toBe(true);
    expect(statusMatches([200, "3xx"], 404)).toBe(false);
  });
});

describe("describeStatus", () => {
  it("reads like the config", () => {
    expect(describeStatus(undefined)).toBe("2xx");
    expect(describeStatus(200)).toBe("200");
    expect(describeStatus("4XX")).toBe("4xx");
    expect(describeStatus([200, 201])).toBe("200 or 201");
    expect(describeStatus([200, 201, "3xx"])).toBe("200, 201 or 3xx");
  });
});
