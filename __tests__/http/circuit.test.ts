import { describe, expect, it } from "vitest";
import { CircuitBreaker } from "../../src/http/circuit.js";

const api = new URL("http://127.0.0.1:8080/health");
const other = new URL("http://127.0.0.1:9090/health");

describe("CircuitBreaker", () => {
  it("opens after the threshold of consecutive 5xx and names the host", () => {
    const circuit = new CircuitBreaker({ threshold: 3 });
    circuit.record(api, 500);
    circuit.record(api, 503);
    expect(circuit.openReason(api)).toBeUndefined();
    circuit.record(api, 502);
    expect(circuit.openReason(api)).toBe(
      "circuit open: 3 consecutive 5xx from 127.0.0.1:8080; not sending more requests",
    );
  });

  it("defaults to 5", () => {
    const circuit = new CircuitBreaker();
    for (let i = 0; i < 4; i++) circuit.record(api, 503);
    expect(circuit.openReason(api)).toBeUndefined();
    circuit.record(api, 503);
    expect(circuit.openReason(api)).toContain("5 consecutive 5xx");
  });

  it("resets on any non-5xx answer", () => {
    const circuit = new CircuitBreaker({ threshold: 2 });
    circuit.record(api, 503);
    circuit.record(api, 404);
    circuit.record(api, 503);
    expect(circuit.openReason(api)).toBeUndefined();
  });

  it("counts per origin", () => {
    const circuit = new CircuitBreaker({ threshold: 2 });
    circuit.record(api, 503);
    circuit.record(other, 503);
    expect(circuit.openReason(api)).toBeUndefined();
    circuit.record(new URL("/other-path", api), 500);
    expect(circuit.openReason(api)).toBeDefined();
    expect(circuit.openReason(other)).toBeUndefined();
  });

  it("stays open once open, even if a late answer succeeds", () => {
    const circuit = new CircuitBreaker({ threshold: 2 });
    circuit.record(api, 503);
    circuit.record(api, 503);
    circuit.record(api, 200);
    expect(circuit.openReason(api)).toBeDefined();
  });
});
