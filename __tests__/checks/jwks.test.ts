// The JWKS check against key sets served on 127.0.0.1, keys made by jose at test time.
import { type CryptoKey, exportJWK, generateKeyPair, type JWK, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, runChecks, startServer, type TestServer } from "../support/gate.js";

let server: TestServer;
let idp: TestServer;
let rsaPublic: JWK;
let rsaPrivate: JWK;
let ecPublic: JWK;
let rsaKey: CryptoKey;
let foreignKey: CryptoKey;
let goodToken: string;
const sets: Record<string, unknown> = {};
const idpAuth: (string | undefined)[] = [];

beforeAll(async () => {
  const rsa = await generateKeyPair("RS256", { extractable: true });
  const ec = await generateKeyPair("ES256", { extractable: true });
  const foreign = await generateKeyPair("RS256");
  rsaKey = rsa.privateKey;
  foreignKey = foreign.privateKey;
  rsaPublic = { ...(await exportJWK(rsa.publicKey)), kid: "r1", alg: "RS256", use: "sig" };
  rsaPrivate = { ...(await exportJWK(rsa.privateKey)), kid: "r1", alg: "RS256", use: "sig" };
  ecPublic = { ...(await exportJWK(ec.publicKey)), kid: "e1", use: "sig" };
  goodToken = await new SignJWT({ sub: "smoke" })
    .setProtectedHeader({ alg: "RS256", kid: "r1" })
    .setIssuedAt()
    .sign(rsaKey);
  Object.assign(sets, {
    "/.well-known/jwks.json": { keys: [rsaPublic, ecPublic] },
    "/leaky": { keys: [rsaPrivate, ecPublic] },
    "/symmetric": { keys: [rsaPublic, { kty: "oct", kid: "hs", k: "c2VjcmV0LXNpZ25pbmcta2V5LXZhbHVl" }] },
    "/duplicate": { keys: [rsaPublic, { ...ecPublic, kid: "r1" }] },
    "/empty": { keys: [] },
    "/broken": { keys: [rsaPublic, { kty: "EC", crv: "P-256", kid: "bad", x: "AAAA", y: "AAAA" }] },
    "/not-a-set": [rsaPublic],
  });
  server = await startServer((req, res) => {
    const set = sets[req.url ?? ""];
    if (set === undefined) return json(res, 404, { error: { code: "NOT_FOUND", message: "no such route" } });
    json(res, 200, set);
  });
  idp = await startServer((req, res) => {
    idpAuth.push(req.headers.authorization);
    json(res, 200, { keys: [rsaPublic] });
  });
});
afterAll(async () => {
  await server.close();
  await idp.close();
});

describe("jwks check", () => {
  it("passes for a public set with unique kids, and a token that verifies", async () => {
    const { check, reported } = await runChecks(
      "- { name: keys, type: jwks, token: '{{ secrets.TOKEN }}' }",
      server.url,
      {
        secrets: { TOKEN: goodToken },
      },
    );
    expect(check.outcome, check.detail).toBe("passed");
    expect(check.detail).toBe('2 keys (r1, e1); the token (RS256, kid "r1") verifies');
    expect(check.tables?.[0]?.rows).toEqual([
      ["r1", "RSA", "RS256", "sig", "ok"],
      ["e1", "EC", "", "sig", "ok"],
    ]);
    expect(reported).not.toContain(goodToken);
  });

  it("fails when a private key member is published, naming kid and member, never the value", async () => {
    const { check, reported } = await runChecks("- { name: keys, type: jwks, path: /leaky }", server.url);
    expect(check.outcome).toBe("failed");
    expect(check.detail).toBe(
      'SECURITY: kid "r1" publishes private key material (members d, p, q, dp, dq, qi): rotate that key now',
    );
    for (const member of ["d", "p", "q", "dp", "dq", "qi"] as const) {
      const value = rsaPrivate[member];
      expect(typeof value).toBe("string");
      expect(reported).not.toContain(value);
    }
  });

  it("fails when a symmetric secret is published", async () => {
    const { check, reported } = await runChecks("- { name: keys, type: jwks, path: /symmetric }", server.url);
    expect(check.detail).toBe(
      'SECURITY: kid "hs" publishes a symmetric secret (member k): rotate that key now',
    );
    expect(reported).not.toContain("c2VjcmV0LXNpZ25pbmcta2V5LXZhbHVl");
  });

  it("fails on a duplicate kid, an empty set, an unimportable key and a body that is not a set", async () => {
    const duplicate = await runChecks("- { name: keys, type: jwks, path: /duplicate }", server.url);
    expect(duplicate.check.outcome).toBe("failed");
    expect(duplicate.check.detail).toBe('kid "r1" is used by 2 keys (+1 more)');
    const empty = await runChecks("- { name: keys, type: jwks, path: /empty }", server.url);
    expect(empty.check.detail).toBe("GET /empty: the key set is empty: no token can be verified");
    const broken = await runChecks("- { name: keys, type: jwks, path: /broken }", server.url);
    expect(broken.check.outcome).toBe("failed");
    expect(broken.check.detail).toMatch(/^kid "bad" cannot be imported \(EC, ES256\): /);
    const notSet = await runChecks("- { name: keys, type: jwks, path: /not-a-set }", server.url);
    expect(notSet.check.detail).toBe('GET /not-a-set: expected a JSON Web Key Set { "keys": [...] }');
  });

  it("reports signing drift for a token signed by a foreign key under a published kid", async () => {
    const forged = await new SignJWT({ sub: "smoke" })
      .setProtectedHeader({ alg: "RS256", kid: "r1" })
      .sign(foreignKey);
    const { check, reported } = await runChecks(
      "- { name: keys, type: jwks, token: '{{ secrets.TOKEN }}' }",
      server.url,
      {
        secrets: { TOKEN: forged },
      },
    );
    expect(check.outcome).toBe("failed");
    expect(check.detail).toBe(
      'signing drift: the token (RS256) does not verify against the published key "r1": it was signed by a key the JWKS does not publish',
    );
    expect(reported).not.toContain(forged);
  });

  it("reports signing drift for a token whose kid the set does not publish", async () => {
    const rotated = await new SignJWT({}).setProtectedHeader({ alg: "RS256", kid: "r2" }).sign(foreignKey);
    const { check } = await runChecks(
      "- { name: keys, type: jwks, token: '{{ secrets.TOKEN }}' }",
      server.url,
      {
        secrets: { TOKEN: rotated },
      },
    );
    expect(check.outcome).toBe("failed");
    expect(check.detail).toBe(
      'signing drift: the token\'s kid "r2" (RS256) is not in the key set (kids: r1, e1): the issuer signs with a key the JWKS does not publish',
    );
  });

  it("fails when the token is not a JWT, and explains a missing JWKS route", async () => {
    const { check } = await runChecks(
      "- { name: keys, type: jwks, token: '{{ secrets.TOKEN }}' }",
      server.url,
      {
        secrets: { TOKEN: "not-a-jwt-at-all" },
      },
    );
    expect(check.detail).toMatch(/^token is not a JWT: /);
    const missing = await runChecks("- { name: keys, type: jwks, path: /nowhere }", server.url);
    expect(missing.check.outcome).toBe("failed");
    expect(missing.check.detail).toBe("GET /nowhere answered 404, expected 2xx — NOT_FOUND: no such route");
    expect(missing.check.hint).toBe("check the route and base URL");
  });

  it("fetches a JWKS on another origin without the service's default credentials", async () => {
    const yaml = `
version: 1
defaults: { headers: { Authorization: "Bearer {{ secrets.API }}" } }
checks:
  - { name: idp keys, type: jwks, path: "${idp.url}/oauth/jwks" }
  - { name: own keys, type: jwks }
`;
    const { gate } = await runChecks(yaml, server.url, { secrets: { API: "service-token-123" } });
    expect(gate.checks.map((c) => c.outcome)).toEqual(["passed", "passed"]);
    expect(idpAuth).toEqual([undefined]);
  });
});
