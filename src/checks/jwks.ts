// The published JSON Web Key Set: non-empty, unique kids, every key importable, no private key
// material; with `token`, that JWT's signature verifies against the set (no signing drift).
// All key handling is jose's; private members are named (kid and member), never echoed.
import type { decodeProtectedHeader, JWK } from "jose";
import { z } from "zod";
import type { AssertionResult } from "../assert/assertion-result.js";
import { parseJsonBody } from "../assert/jsonpath.js";
import { explainAnswer } from "../http/explain.js";
import { send } from "./send.js";
import type { CheckRun, CheckType } from "./types.js";

// jose is loaded only when a jwks check runs: start-up is on every deploy's critical path.
const loadJose = () => import("jose");

const fields = {
  /** A path on the base URL or an absolute URL (an identity provider's JWKS). */
  path: z.string().min(1).default("/.well-known/jwks.json"),
  headers: z.record(z.string(), z.union([z.string(), z.null()])).optional(),
  /** A JWT the service issued; its signature must verify against the set. */
  token: z.string().min(1).optional(),
};

/** RFC 7518 private (and symmetric) key members; `oth` carries further RSA primes. */
export const PRIVATE_MEMBERS = ["d", "p", "q", "dp", "dq", "qi", "oth", "k"] as const;

type Key = Record<string, unknown>;

/** The algorithm to import a key for when it names none. */
function importAlgorithm(key: Key): string | undefined {
  if (typeof key.alg === "string") return key.alg;
  const enc = key.use === "enc";
  switch (key.kty) {
    case "RSA":
      return enc ? "RSA-OAEP-256" : "RS256";
    case "EC":
      if (enc) return "ECDH-ES";
      return ({ "P-256": "ES256", "P-384": "ES384", "P-521": "ES512" } as Record<string, string>)[
        String(key.crv)
      ];
    case "OKP":
      return key.crv === "X25519" || key.crv === "X448" ? "ECDH-ES" : "EdDSA";
    case "oct":
      return "HS256";
    default:
      return undefined;
  }
}

function keyName(key: Key, index: number): string {
  return typeof key.kid === "string" ? `kid "${key.kid}"` : `keys[${index}] (no kid)`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

interface KeyReport {
  readonly problems: string[];
}

/** Every string inside a member's value (`oth` is a list of objects). */
function stringsOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(stringsOf);
  return [];
}

async function inspectKey(
  key: unknown,
  index: number,
  kidCount: ReadonlyMap<string, number>,
  setSize: number,
  mask: (value: string) => void,
): Promise<KeyReport> {
  const problems: string[] = [];
  if (typeof key !== "object" || key === null || Array.isArray(key))
    return { problems: [`keys[${index}] is not a JSON object`] };
  const k = key as Key;
  const name = keyName(k, index);
  const leaked = PRIVATE_MEMBERS.filter((m) => Object.hasOwn(k, m));
  // Leaked material is in the response body the report excerpts: mask it before anything is reported.
  for (const m of leaked) for (const v of stringsOf(k[m])) mask(v);
  if (leaked.length > 0) {
    const what = leaked.includes("k") ? "a symmetric secret" : "private key material";
    problems.push(
      `SECURITY: ${name} publishes ${what} (member${leaked.length > 1 ? "s" : ""} ${leaked.join(", ")}): rotate that key now`,
    );
  }
  if (typeof k.kid === "string" && (kidCount.get(k.kid) ?? 0) > 1)
    problems.push(`kid "${k.kid}" is used by ${kidCount.get(k.kid)} keys`);
  if (k.kid === undefined && setSize > 1) problems.push(`${name}: with several keys every key needs a kid`);
  if (k.kid !== undefined && typeof k.kid !== "string") problems.push(`keys[${index}].kid is not a string`);
  if (typeof k.kty !== "string") {
    problems.push(`${name} has no kty`);
    return { problems };
  }
  const alg = importAlgorithm(k);
  if (alg === undefined) {
    problems.push(`${name}: no algorithm known for kty ${k.kty}${k.crv ? ` / crv ${String(k.crv)}` : ""}`);
    return { problems };
  }
  // Import only the public members: importability is about what verifiers will do with it.
  const pub = Object.fromEntries(
    Object.entries(k).filter(([m]) => !(PRIVATE_MEMBERS as readonly string[]).includes(m) || k.kty === "oct"),
  );
  try {
    const { importJWK } = await loadJose();
    await importJWK(pub as JWK, alg);
  } catch (error) {
    problems.push(`${name} cannot be imported (${k.kty}, ${alg}): ${messageOf(error)}`);
  }
  return { problems };
}

export const jwksCheck: CheckType<typeof fields> = {
  type: "jwks",
  fields,
  async run(ctx): Promise<CheckRun> {
    const check = ctx.render(ctx.check);
    if (check.token) ctx.addSecret(check.token);
    const sent = await send(ctx, {
      method: "GET",
      path: check.path,
      headers: { Accept: "application/json", ...check.headers },
    });
    const line = `GET ${check.path}`;
    const assertions: AssertionResult[] = [];
    const base = { exchange: sent.exchange };
    const { response } = sent;
    if (!response)
      return {
        ...base,
        outcome: "errored",
        detail: `${line}: ${sent.failure?.message ?? "no response"}`,
        assertions,
      };
    const failed = (detail: string, extra: Partial<CheckRun> = {}): CheckRun => ({
      ...base,
      outcome: "failed",
      detail,
      assertions,
      ...extra,
    });
    if (response.status < 200 || response.status > 299) {
      const explained = explainAnswer(response);
      return failed(
        `${line} answered ${response.status}, expected 2xx${explained.detail ? ` — ${explained.detail}` : ""}`,
        explained.hint ? { hint: explained.hint } : {},
      );
    }
    const body = parseJsonBody(response.text);
    if (!body.ok) return failed(`${line}: ${body.reason}`);
    const keys = (body.value as { keys?: unknown } | null)?.keys;
    if (!Array.isArray(keys)) return failed(`${line}: expected a JSON Web Key Set { "keys": [...] }`);
    if (keys.length === 0) return failed(`${line}: the key set is empty: no token can be verified`);

    const kidCount = new Map<string, number>();
    for (const k of keys) {
      const kid = (k as Key | null)?.kid;
      if (typeof kid === "string") kidCount.set(kid, (kidCount.get(kid) ?? 0) + 1);
    }
    const reports = await Promise.all(
      keys.map((k, i) => inspectKey(k, i, kidCount, keys.length, (v) => ctx.addSecret(v))),
    );
    const rows = keys.map((k, i) => {
      const key = (typeof k === "object" && k !== null ? k : {}) as Key;
      const problems = reports[i]?.problems ?? [];
      return [
        typeof key.kid === "string" ? key.kid : "",
        String(key.kty ?? ""),
        String(key.alg ?? ""),
        String(key.use ?? ""),
        problems.length ? problems.join("; ") : "ok",
      ];
    });
    const tables = [{ title: "JWKS keys", columns: ["kid", "kty", "alg", "use", "result"], rows }];
    const problems = reports.flatMap((r) => r.problems);
    for (const p of problems)
      assertions.push({
        target: "key set",
        expected: "public, importable keys with unique kids",
        actual: p,
        passed: false,
        message: p,
      });
    if (problems.length > 0) {
      // Leaked key material outranks every other problem.
      const first = problems.find((p) => p.startsWith("SECURITY")) ?? problems[0]!;
      return failed(`${first}${problems.length > 1 ? ` (+${problems.length - 1} more)` : ""}`, { tables });
    }

    const kids = [...kidCount.keys()];
    let verified = "";
    if (check.token) {
      const token = check.token;
      let header: ReturnType<typeof decodeProtectedHeader>;
      const { compactVerify, createLocalJWKSet, decodeProtectedHeader } = await loadJose();
      try {
        header = decodeProtectedHeader(token);
      } catch (error) {
        return failed(`token is not a JWT: ${messageOf(error)}`, { tables });
      }
      const alg = header.alg ?? "no alg";
      const drift = (why: string): CheckRun => {
        assertions.push({
          target: "token signature",
          expected: "verifies against the key set",
          actual: why,
          passed: false,
          message: why,
        });
        return failed(`signing drift: ${why}`, { tables });
      };
      if (header.kid !== undefined && !kidCount.has(header.kid)) {
        return drift(
          `the token's kid "${header.kid}" (${alg}) is not in the key set (kids: ${kids.join(", ") || "none"}): the issuer signs with a key the JWKS does not publish`,
        );
      }
      try {
        await compactVerify(token, createLocalJWKSet({ keys: keys as JWK[] }));
      } catch (error) {
        const code = (error as { code?: string }).code;
        const key = header.kid !== undefined ? `the published key "${header.kid}"` : "any published key";
        const why =
          code === "ERR_JWS_SIGNATURE_VERIFICATION_FAILED"
            ? `the token (${alg}) does not verify against ${key}: it was signed by a key the JWKS does not publish`
            : `the token (${alg}${header.kid !== undefined ? `, kid "${header.kid}"` : ""}) cannot be verified against the set: ${messageOf(error)}`;
        return drift(why);
      }
      assertions.push({
        target: "token signature",
        expected: "verifies against the key set",
        actual: "verified",
        passed: true,
        message: "token verified",
      });
      verified = `; the token (${alg}${header.kid !== undefined ? `, kid "${header.kid}"` : ""}) verifies`;
    }
    return {
      ...base,
      outcome: "passed",
      detail: `${keys.length} key${keys.length > 1 ? "s" : ""} (${kids.join(", ") || "no kids"})${verified}`,
      assertions,
      tables,
    };
  },
};
