import { expect } from "vitest";
import { HttpFailure, type HttpRequest } from "../../src/http/types.js";

/** A GET with test-friendly defaults: 5s per attempt, no retries, a deadline 30s away. */
export function httpRequest(url: string, overrides: Partial<HttpRequest> = {}): HttpRequest {
  return {
    method: "GET",
    url,
    headers: {},
    timeoutMs: 5000,
    retries: 0,
    deadline: Date.now() + 30_000,
    ...overrides,
  };
}

/** The HttpFailure a request rejects with; fails the test when it resolves or throws anything else. */
export async function failureOf(promise: Promise<unknown>): Promise<HttpFailure> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HttpFailure);
  return error as HttpFailure;
}
