// Adversarial input for the redactor, the one module between a secret and everything the gate writes:
// for any secret and any text around it, no wire form of the secret survives (raw, URL- and
// form-encoded, JSON-escaped the ways JavaScript, PHP and Python escape it, base64, base64url), and a
// secret inside a longer base64 payload (Basic `user:pass`) cannot be decoded back out of what is left.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isCredentialHeader } from "../../src/secrets/credential-headers.js";
import { createRedactor, MASK } from "../../src/secrets/redact.js";
import { markupForms, secretForms } from "../secrets/forms.js";
import { assertNoPollution, createTally, prototypeSnapshot, RUNS } from "./tally.js";

const tally = createTally("redactor");
let prototypes: string;
beforeAll(() => {
  prototypes = prototypeSnapshot();
});
afterAll(() => {
  assertNoPollution(prototypes);
  tally.write();
});

// No `*` (the mask itself) and no leading or trailing blank: the redactor judges length on trimmed text.
const SECRET_CHARS =
  "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~!$&'()+,;=:@/?#[]% \"\\<>{}|^`é中🔑\n";
const secretChar = fc.constantFrom(...[...SECRET_CHARS]);
const secret = (minLength: number) =>
  fc
    .string({ unit: secretChar, minLength, maxLength: 40 })
    .filter((s) => s.trim() === s && s.length >= minLength && !s.includes("\n"));
const context = fc.string({
  unit: fc.oneof(secretChar, fc.constantFrom("=", " ", "\n", ":", '"')),
  maxLength: 30,
});

/** Every maximal run of base64 characters, decoded at each of the four alignments. */
function decodedRuns(text: string): string[] {
  const out: string[] = [];
  for (const run of text.match(/[A-Za-z0-9+/\-_]{4,}/g) ?? []) {
    for (let shift = 0; shift < 4; shift++) {
      const piece = run.slice(shift).replace(/-/g, "+").replace(/_/g, "/");
      out.push(Buffer.from(piece.slice(0, piece.length - (piece.length % 4)), "base64").toString("latin1"));
    }
  }
  return out;
}

/** Every string value (not key) in a JSON-shaped value. */
function stringsOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(stringsOf);
  return [];
}

describe("the redactor under adversarial input", () => {
  it("no wire form of a secret survives, whatever surrounds it", () => {
    fc.assert(
      fc.property(
        secret(3),
        context,
        context,
        tally.count("every form of a secret in any text", (s: string, before: string, after: string) => {
          const redactor = createRedactor([s]);
          for (const [name, form] of Object.entries({ ...secretForms(s), ...markupForms(s) })) {
            const out = redactor.text(`${before}${form}${after}`);
            expect(out, `${name} of ${JSON.stringify(s)}`).not.toContain(form);
            expect(out).toContain(MASK);
          }
        }),
      ),
      { numRuns: RUNS },
    );
  });

  it("a secret inside a longer base64 payload (Basic auth, a token in a blob) cannot be decoded back", () => {
    const ascii = fc.string({
      unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~!@:"),
      maxLength: 12,
    });
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&()-_=+[]{};:,.<>?"),
          minLength: 8,
          maxLength: 32,
        }),
        ascii,
        ascii,
        fc.constantFrom("base64", "base64url" as const),
        tally.count(
          "secret embedded in base64 at any alignment",
          (s: string, user: string, tail: string, encoding) => {
            const redactor = createRedactor([s]);
            for (const payload of [
              `${user}:${s}`,
              `${user}${s}${tail}`,
              JSON.stringify({ user, token: s, tail }),
            ]) {
              const encoded = Buffer.from(payload).toString(encoding as BufferEncoding);
              const out = redactor.text(`Authorization: Basic ${encoded}`);
              for (const decoded of decodedRuns(out)) expect(decoded, payload).not.toContain(s);
            }
          },
        ),
      ),
      { numRuns: RUNS },
    );
  });

  it("a secret cut short by a preview or a body excerpt leaves no prefix before the cut", () => {
    fc.assert(
      fc.property(
        secret(8),
        fc.nat(),
        context,
        fc.constantFrom("…", "\n… (body cut)"),
        tally.count(
          "secret prefix at a truncation mark",
          (s: string, pick: number, before: string, mark: string) => {
            const k = 4 + (pick % (s.length - 4));
            const out = createRedactor([s]).text(`${before}${s.slice(0, k)}${mark}`);
            expect(out).not.toContain(`${s.slice(0, k)}${mark}`);
            expect(out.endsWith(`${MASK}${mark}`)).toBe(true);
          },
        ),
      ),
      { numRuns: RUNS },
    );
  });

  it("overlapping and nested secrets are all masked", () => {
    fc.assert(
      fc.property(
        fc.array(secret(3), { minLength: 2, maxLength: 5 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
        context,
        tally.count("several secrets, interleaved", (secrets: string[], picks: number[], filler: string) => {
          const redactor = createRedactor(secrets);
          const text = picks.map((p) => secrets[p % secrets.length]).join(filler);
          const out = redactor.text(text);
          for (const p of picks) expect(out).not.toContain(secrets[p % secrets.length]);
        }),
      ),
      { numRuns: RUNS },
    );
  });

  it("deep(): every string in any JSON value is redacted, keys kept, prototypes untouched", () => {
    fc.assert(
      fc.property(
        secret(4),
        fc.jsonValue({ maxDepth: 3 }),
        fc.dictionary(
          fc.constantFrom("__proto__", "constructor", "prototype", "k"),
          fc.string({ maxLength: 5 }),
        ),
        tally.count(
          "deep() over JSON with prototype keys",
          (s: string, json: unknown, hostile: Record<string, string>) => {
            const redactor = createRedactor([s]);
            const value = { json, hostile, where: [`token=${s}`, { nested: `Bearer ${s}` }] };
            const out = redactor.deep(value);
            for (const text of stringsOf(out)) expect(text).not.toContain(s);
            expect(Object.keys(out.hostile)).toEqual(Object.keys(hostile));
            assertNoPollution(prototypes);
          },
        ),
      ),
      { numRuns: RUNS / 2 },
    );
  });

  it("headers(): credential headers are masked whatever their value or case", () => {
    const credential = fc.constantFrom(
      "Authorization",
      "COOKIE",
      "set-cookie",
      "X-Api-Key",
      "X-Hub-Signature-256",
      "Stripe-Signature",
      "webhook-signature",
      "X-Auth-Token",
      "X-Session-Id",
      "Proxy-Authorization",
    );
    fc.assert(
      fc.property(
        credential,
        fc.string({ maxLength: 30 }),
        tally.count("credential headers by name", (name: string, value: string) => {
          expect(isCredentialHeader(name)).toBe(true);
          expect(createRedactor().headers({ [name]: value })[name]).toBe(MASK);
        }),
      ),
      { numRuns: RUNS / 4 },
    );
  });

  it("text without any secret comes back unchanged", () => {
    fc.assert(
      fc.property(
        fc.array(secret(6), { minLength: 1, maxLength: 3 }),
        fc.string({ maxLength: 200 }),
        tally.count("no false masking", (secrets: string[], text: string) => {
          const forms = secrets.flatMap((s) => Object.values(secretForms(s)));
          fc.pre(!forms.some((f) => text.includes(f)));
          // Cores of embedded base64 may match by chance only if the text holds base64-looking runs.
          fc.pre(!/[A-Za-z0-9+/]{8,}/.test(text));
          expect(createRedactor(secrets).text(text)).toBe(text);
        }),
      ),
      { numRuns: RUNS / 2 },
    );
  });

  // A hang guard, not a benchmark: catastrophic backtracking takes minutes; the bounds are ~10×
  // what this takes on a 2-core machine.
  it("stays fast with many secrets over a large text (no catastrophic matching)", () => {
    tally.add("large texts with 200 secrets", 1);
    const secrets = Array.from({ length: 200 }, (_, i) => `secret-${i}-${"x".repeat(i % 17)}-value`);
    const redactor = createRedactor(secrets);
    const text = `${"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa ".repeat(15_000)}${secrets[42]}`;
    const started = performance.now();
    const out = redactor.text(text);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(out).not.toContain(secrets[42]);
    // Secrets a serializer may escape, over a JSON-looking text full of backslashes: the slow path.
    tally.add("large texts with 200 secrets", 1);
    const special = Array.from({ length: 200 }, (_, i) => `p@ss/${i}&<key>+é-${"y".repeat(i % 13)}`);
    const slow = createRedactor(special);
    const escaped = JSON.stringify(special[7]).slice(1, -1).replace(/\//g, "\\/");
    const json = `${'{"k": "v\\n"} '.repeat(60_000)}${escaped}`;
    const began = performance.now();
    const masked = slow.text(json);
    expect(performance.now() - began).toBeLessThan(15_000);
    expect(masked).not.toContain(escaped);
  });
});
