import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCredentialHeader } from "../../src/secrets/credential-headers.js";
import { createRedactor, MASK } from "../../src/secrets/redact.js";
import { escapeRegexText } from "../../src/text/template-syntax.js";

const SECRET = "s3cr3t value/+&=!'()~ü";

describe("createRedactor().text", () => {
  it("masks the raw value", () => {
    expect(createRedactor([SECRET]).text(`token is ${SECRET}.`)).toBe(`token is ${MASK}.`);
  });

  it.each([
    ["encodeURIComponent", encodeURIComponent(SECRET)],
    ["form encoding with +", encodeURIComponent(SECRET).replace(/%20/g, "+")],
    ["URLSearchParams encoding", new URLSearchParams({ k: SECRET }).toString().slice(2)],
    ["a JSON string", JSON.stringify(SECRET).slice(1, -1)],
    ["base64", Buffer.from(SECRET).toString("base64")],
    ["base64url", Buffer.from(SECRET).toString("base64url")],
    // What a template puts into a `matches` pattern, shown as the expected value.
    ["a regex-escaped pattern", escapeRegexText(SECRET)],
    ["a regex-escaped pattern in JSON", JSON.stringify(escapeRegexText(SECRET)).slice(1, -1)],
  ])("masks the value as %s", (_form, encoded) => {
    const out = createRedactor([SECRET]).text(`x=${encoded}&y=1`);
    expect(out).toBe(`x=${MASK}&y=1`);
  });

  it("masks a secret inside a Basic credential's base64 at every alignment", () => {
    const redactor = createRedactor(["hunter2-password"]);
    for (const user of ["u", "us", "use", "deploy-bot"]) {
      const basic = Buffer.from(`${user}:hunter2-password`).toString("base64");
      const out = redactor.text(`Authorization: Basic ${basic}`);
      expect(out).toContain(MASK);
      // What is left visible is at most the edge characters shared with the user name.
      const visible = out.replace(`Authorization: Basic `, "").replace(MASK, "");
      expect(visible.length).toBeLessThanOrEqual(Math.ceil(((user.length + 1) * 8) / 6) + 4);
    }
  });

  it("covers a Basic pair added as a whole", () => {
    const basic = Buffer.from("deploy-bot:pw-123").toString("base64");
    expect(createRedactor(["deploy-bot:pw-123"]).text(`Basic ${basic}`)).toBe(`Basic ${MASK}`);
  });

  it("replaces the longest known form first and merges overlapping secrets", () => {
    const redactor = createRedactor(["abc", "abcdef"]);
    expect(redactor.text("[abcdef]")).toBe(`[${MASK}]`);
    const overlapping = createRedactor(["key-123", "123-tail"]);
    expect(overlapping.text("<key-123-tail>")).toBe(`<${MASK}>`);
  });

  it("ignores secrets shorter than 3 characters, which would shred the text", () => {
    const redactor = createRedactor(["a", "on", ""]);
    expect(redactor.text("a dragon on a cloud")).toBe("a dragon on a cloud");
  });

  it("masks each line of a multi-line secret too", () => {
    const pem = "-----BEGIN KEY-----\nMIIBOgIBAAJBAKj34GkxFhD9\n-----END KEY-----";
    expect(createRedactor([pem]).text("line: MIIBOgIBAAJBAKj34GkxFhD9")).toBe(`line: ${MASK}`);
  });

  it("masks secrets added after creation, rebuilding its matcher", () => {
    const redactor = createRedactor(["first-secret"]);
    expect(redactor.text("captured-token first-secret")).toBe(`captured-token ${MASK}`);
    redactor.add("captured-token");
    expect(redactor.text("captured-token first-secret")).toBe(`${MASK} ${MASK}`);
  });

  it("treats regex metacharacters in secrets literally", () => {
    const redactor = createRedactor(["a.b*c(d)"]);
    expect(redactor.text("axbbc(d) a.b*c(d)")).toBe(`axbbc(d) ${MASK}`);
  });

  it("returns text without secrets unchanged", () => {
    expect(createRedactor().text("nothing to hide")).toBe("nothing to hide");
  });

  it("never leaves a secret in any text around it (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 3, maxLength: 30 }),
        fc.string(),
        fc.string(),
        (secret, before, after) => {
          // A secret made of mask characters could be rebuilt from the mask itself.
          fc.pre(secret.trim().length >= 3 && !secret.includes("*"));
          const out = createRedactor([secret]).text(`${before}${secret}${after}`);
          expect(out).not.toContain(secret);
        },
      ),
    );
  });
});

describe("createRedactor().headers", () => {
  it("masks credential headers by name whatever their value", () => {
    const out = createRedactor().headers({
      Authorization: "Bearer abc",
      "proxy-authorization": "Basic x",
      Cookie: "a=b",
      "set-cookie": "session=1",
      "X-Api-Key": "k",
      "x-auth-token": "t",
      "x-csrf-token": "t",
      "x-hub-signature-256": "sha256=00",
      "x-client-secret": "s",
      "x-session-id": "s",
      "x-db-password": "p",
      "content-type": "application/json",
    });
    expect(Object.entries(out).filter(([, v]) => v !== MASK)).toEqual([["content-type", "application/json"]]);
  });

  it("masks known secrets in other headers", () => {
    const out = createRedactor(["tok-12345"]).headers({ location: "https://h/cb?token=tok-12345" });
    expect(out).toEqual({ location: `https://h/cb?token=${MASK}` });
  });

  it("leaves challenge headers readable", () => {
    expect(isCredentialHeader("www-authenticate")).toBe(false);
    expect(isCredentialHeader("Stripe-Signature")).toBe(true);
  });
});

describe("createRedactor().deep", () => {
  it("masks every string in nested data without touching keys or the input", () => {
    const input = { "tok-12345": "tok-12345", list: ["a tok-12345 b", 3, null, { deep: "tok-12345" }], n: 1 };
    const frozen = structuredClone(input);
    const out = createRedactor(["tok-12345"]).deep(input);
    expect(out).toEqual({ "tok-12345": MASK, list: [`a ${MASK} b`, 3, null, { deep: MASK }], n: 1 });
    expect(input).toEqual(frozen);
  });

  it("keeps a __proto__ key as data and never touches the prototype", () => {
    const input = JSON.parse('{"__proto__": {"polluted": "tok-12345"}, "ok": "tok-12345"}');
    const out = createRedactor(["tok-12345"]).deep(input) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(out, "__proto__")?.value).toEqual({ polluted: MASK });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("large secrets", () => {
  // A certificate chain within GitHub's 48 kB secret limit once made the redactor build one regular
  // expression V8 refused ("Regular expression too large"), and the gate crashed outside any check.
  const chain = Array.from({ length: 4 }, (_, i) => {
    const der = Buffer.alloc(6000, i + 1).toString("base64");
    return `-----BEGIN CERTIFICATE-----\n${der.replace(/(.{64})/g, "$1\n")}\n-----END CERTIFICATE-----`;
  }).join("\n");
  const blob = "a/b+c=&<>".repeat(5000);

  it("masks a 40 kB certificate chain, whole, line by line and JSON-escaped", () => {
    expect(chain.length).toBeGreaterThan(32_000);
    const redactor = createRedactor([chain, "tok-12345"]);
    expect(redactor.text(`chain: ${chain} and tok-12345`)).toBe(`chain: ${MASK} and ${MASK}`);
    const line = chain.split("\n")[5]!;
    expect(redactor.text(`a line: ${line}.`)).toBe(`a line: ${MASK}.`);
    expect(redactor.text(JSON.stringify({ pem: chain }))).not.toContain(line);
  });

  it("masks a 45 kB single-line secret wherever it appears, overlaps included", () => {
    const redactor = createRedactor([blob]);
    expect(redactor.text(`x${blob}${blob}y`)).toBe(`x${MASK}y`);
    expect(redactor.text(JSON.stringify(blob))).toBe(`"${MASK}"`);
  });
});
