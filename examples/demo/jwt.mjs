// ES256 signing keys and JWTs with node:crypto alone: the demo must run with no npm install, and
// a fixture this small does not need a JOSE library (the tests verify its tokens with jose).
import { createHash, createPublicKey, generateKeyPairSync, sign, verify } from "node:crypto";

export function base64url(input) {
  return Buffer.from(input).toString("base64url");
}

/** A fresh P-256 key; its kid is the RFC 7638 thumbprint of the public key. */
export function signingKey() {
  const { publicKey, privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const jwk = publicKey.export({ format: "jwk" });
  const kid = base64url(
    createHash("sha256")
      .update(JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y }))
      .digest(),
  );
  return {
    privateKey,
    publicKey,
    publicJwk: { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y, kid, use: "sig", alg: "ES256" },
  };
}

export function signJwt(key, payload) {
  const header = { alg: "ES256", typ: "JWT", kid: key.publicJwk.kid };
  const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
  // JWS wants the raw r||s signature (IEEE P1363), not DER.
  const signature = sign("sha256", Buffer.from(input), { key: key.privateKey, dsaEncoding: "ieee-p1363" });
  return `${input}.${signature.toString("base64url")}`;
}

/**
 * The claims of a JWT signed by one of `keys` (public JWKs by kid), unexpired and for `audience`;
 * otherwise `{ why }`.
 */
export function verifyJwt(token, keys, { audience, now = Date.now() }) {
  const parts = typeof token === "string" ? token.split(".") : [];
  if (parts.length !== 3) return { why: "not a JWT" };
  const [h, p, s] = parts;
  let header;
  let claims;
  try {
    header = JSON.parse(Buffer.from(h, "base64url").toString("utf8"));
    claims = JSON.parse(Buffer.from(p, "base64url").toString("utf8"));
  } catch {
    return { why: "not a JWT" };
  }
  const jwk = keys.get(header?.kid);
  if (header?.alg !== "ES256" || !jwk) return { why: "signed by an unknown key" };
  const ok = verify(
    "sha256",
    Buffer.from(`${h}.${p}`),
    { key: createPublicKey({ key: jwk, format: "jwk" }), dsaEncoding: "ieee-p1363" },
    Buffer.from(s, "base64url"),
  );
  if (!ok) return { why: "bad signature" };
  if (typeof claims.exp !== "number" || claims.exp * 1000 <= now) return { why: "expired" };
  if (claims.aud !== audience) return { why: `not for audience ${audience}` };
  return { claims };
}
