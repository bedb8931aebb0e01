import { describe, expect, it } from "vitest";
import { CircuitBreaker } from "../../src/http/circuit.js";
import { judgeAttempt } from "../../src/http/transient.js";

const api = new URL("http://127.0.0.1:8080/health");
const other = new URL("http://127.0.0.1:9090/health");
const failed = judgeAttempt({ kind: "answer", status: 503 });
const ok = judgeAttempt({ kind: "answer", status: 200 });
const excused = judgeAttempt({ kind: "answer", status: 503 }, { waiting: true });

function fail(circuit: CircuitBreaker, url: URL, times: number, now = 0): void {
  for (let i = 0; i < times; i++) circuit.record(url, failed, "503 Service Unavailable", false, now);
}

describe("CircuitBreaker", () => {
  it("opens after the threshold of consecutive failures and holds requests back, naming why", () => {
    const circuit = new CircuitBreaker({ threshold: 3, cooldownMs: 5000 });
    fail(circuit, api, 2);
    expect(circuit.admit(api, 0)).toEqual({ go: true, probe: false });
    fail(circuit, api, 1, 1000);
    expect(circuit.admit(api, 1000)).toMatchObject({
      go: false,
      confirmed: false,
      probing: false,
      retryInMs: 5000,
      reason:
        "held back: the circuit for 127.0.0.1:8080 is open after 3 consecutive failures (last: 503 Service Unavailable)",
    });
    expect(circuit.records().get(api.origin)).toEqual({
      opened: 1,
      heldBack: 1,
      failedProbes: 0,
      reason: "3 consecutive failures (last: 503 Service Unavailable)",
    });
  });

  it("defaults to 5 failures and a 5 s cool-down", () => {
    const circuit = new CircuitBreaker();
    fail(circuit, api, 4);
    expect(circuit.admit(api, 0).go).toBe(true);
    fail(circuit, api, 1);
    expect(circuit.admit(api, 4999).go).toBe(false);
    expect(circuit.admit(api, 5000)).toEqual({ go: true, probe: true });
  });

  it("an answer resets the count; a failure the check waits through neither counts nor resets", () => {
    const circuit = new CircuitBreaker({ threshold: 2 });
    fail(circuit, api, 1);
    circuit.record(api, ok, "200 OK", false, 0);
    fail(circuit, api, 1);
    expect(circuit.admit(api, 0).go).toBe(true);
    for (let i = 0; i < 10; i++) circuit.record(api, excused, "503 Service Unavailable", false, 0);
    expect(circuit.admit(api, 0).go).toBe(true);
    fail(circuit, api, 1);
    expect(circuit.admit(api, 0).go).toBe(false);
  });

  it("counts per origin", () => {
    const circuit = new CircuitBreaker({ threshold: 2 });
    fail(circuit, api, 1);
    fail(circuit, other, 1);
    expect(circuit.admit(api, 0).go).toBe(true);
    fail(circuit, new URL("/other-path", api), 1);
    expect(circuit.admit(api, 0).go).toBe(false);
    expect(circuit.admit(other, 0).go).toBe(true);
  });

  it("after the cool-down one probe goes through; others wait for it; a good answer closes the circuit", () => {
    const circuit = new CircuitBreaker({ threshold: 1, cooldownMs: 100 });
    fail(circuit, api, 1, 0);
    expect(circuit.admit(api, 100)).toEqual({ go: true, probe: true });
    expect(circuit.admit(api, 100).go).toBe(false);
    circuit.record(api, ok, "200 OK", true, 120);
    expect(circuit.admit(api, 120)).toEqual({ go: true, probe: false });
  });

  it("a failed probe opens it for another cool-down", () => {
    const circuit = new CircuitBreaker({ threshold: 1, cooldownMs: 100 });
    fail(circuit, api, 1, 0);
    expect(circuit.admit(api, 100).go).toBe(true);
    circuit.record(api, excused, "connection refused", true, 110);
    expect(circuit.admit(api, 150)).toMatchObject({ go: false, confirmed: true });
    expect(circuit.admit(api, 210)).toEqual({ go: true, probe: true });
    expect(circuit.records().get(api.origin)).toMatchObject({ opened: 1, failedProbes: 1 });
  });

  it("an answer that was in flight when it opened closes it, and wakes what it held back", async () => {
    const circuit = new CircuitBreaker({ threshold: 2, cooldownMs: 60_000 });
    fail(circuit, api, 2);
    const held = circuit.admit(api, 0);
    expect(held.go).toBe(false);
    let woken = false;
    if (!held.go) void held.decided.then(() => (woken = true));
    circuit.record(api, ok, "200 OK", false, 0);
    await Promise.resolve();
    expect(woken).toBe(true);
    expect(circuit.admit(api, 0)).toEqual({ go: true, probe: false });
  });

  it("requests that wait for the probe are told its answer", async () => {
    const circuit = new CircuitBreaker({ threshold: 1, cooldownMs: 100 });
    fail(circuit, api, 1, 0);
    expect(circuit.admit(api, 100)).toEqual({ go: true, probe: true });
    const held = circuit.admit(api, 100);
    expect(held).toMatchObject({ go: false, probing: true, confirmed: false });
    circuit.record(api, failed, "503 Service Unavailable", true, 110);
    if (!held.go) await held.decided;
    expect(circuit.admit(api, 120)).toMatchObject({ go: false, confirmed: true });
  });

  it("a probe cut short lets the next request probe instead", () => {
    const circuit = new CircuitBreaker({ threshold: 1, cooldownMs: 0 });
    fail(circuit, api, 1, 0);
    expect(circuit.admit(api, 1)).toEqual({ go: true, probe: true });
    circuit.abandonProbe(api);
    expect(circuit.admit(api, 2)).toEqual({ go: true, probe: true });
  });
});
