import { describe, expect, it } from "vitest";
import { type Hop, redirectTarget } from "../../src/http/redirect.js";

const credentials = {
  Authorization: "Bearer secret",
  Cookie: "session=1",
  "Proxy-Authorization": "Basic x",
  "X-Api-Key": "k",
  "X-Signature": "sig",
  Accept: "application/json",
};

function hop(overrides: Partial<Hop> = {}): Hop {
  return {
    method: "GET",
    url: new URL("http://127.0.0.1:8080/a"),
    headers: credentials,
    body: undefined,
    ...overrides,
  };
}

describe("redirectTarget", () => {
  it("resolves a relative Location and keeps credentials on the same origin", () => {
    const next = redirectTarget(hop(), 302, "/b?x=1");
    expect(next?.url.href).toBe("http://127.0.0.1:8080/b?x=1");
    expect(next?.headers).toEqual(credentials);
  });

  it("drops credentials and caller-marked headers for another host", () => {
    const next = redirectTarget(hop(), 301, "http://127.0.0.2:8080/b", ["x-signature"]);
    expect(next?.headers).toEqual({ Accept: "application/json" });
  });

  it("treats another port or scheme as another origin", () => {
    expect(redirectTarget(hop(), 302, "http://127.0.0.1:8081/b")?.headers).not.toHaveProperty(
      "Authorization",
    );
    expect(redirectTarget(hop(), 302, "https://127.0.0.1:8080/b")?.headers).not.toHaveProperty(
      "Authorization",
    );
  });

  it("drops a caller-set Host header for another origin", () => {
    const next = redirectTarget(hop({ headers: { Host: "api.example" } }), 302, "http://127.0.0.2/b");
    expect(next?.headers).toEqual({});
  });

  it("turns a 303 into a GET without body", () => {
    const post = hop({
      method: "POST",
      body: "{}",
      headers: { "Content-Type": "application/json", "Idempotency-Key": "k" },
    });
    const next = redirectTarget(post, 303, "/done");
    expect(next).toMatchObject({ method: "GET", body: undefined, headers: { "Idempotency-Key": "k" } });
    expect(next?.headers).not.toHaveProperty("Content-Type");
  });

  it("keeps method and body on 307 and 308", () => {
    for (const status of [307, 308]) {
      const next = redirectTarget(hop({ method: "PUT", body: "data" }), status, "/b");
      expect(next).toMatchObject({ method: "PUT", body: "data" });
    }
  });

  it("turns POST into GET on 301/302, as fetch does", () => {
    expect(redirectTarget(hop({ method: "POST", body: "x" }), 302, "/b")).toMatchObject({
      method: "GET",
      body: undefined,
    });
    expect(redirectTarget(hop({ method: "PUT", body: "x" }), 302, "/b")).toMatchObject({
      method: "PUT",
      body: "x",
    });
  });

  it("keeps HEAD a HEAD on 303", () => {
    expect(redirectTarget(hop({ method: "HEAD" }), 303, "/b")?.method).toBe("HEAD");
  });

  it("does not follow other statuses, a missing Location or a non-http scheme", () => {
    expect(redirectTarget(hop(), 200, "/b")).toBeUndefined();
    expect(redirectTarget(hop(), 304, "/b")).toBeUndefined();
    expect(redirectTarget(hop(), 302, undefined)).toBeUndefined();
    expect(redirectTarget(hop(), 302, "ftp://127.0.0.1/file")).toBeUndefined();
  });
});
