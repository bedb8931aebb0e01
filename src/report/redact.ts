// One redaction module for every reporter: a secret must not reach logs, the summary, the
// reports or annotations in any form a request or a response may carry it in.

export const MASK = "***";

/**
 * Shorter secrets are ignored: masking every "a" or "on" would shred the report into
 * noise while protecting nothing a guesser could not enumerate.
 */
const MIN_SECRET_LENGTH = 3;

/**
 * A secret inside a longer base64 payload (Basic `user:pass`, a token in a base64 JSON blob)
 * is only covered by the characters it fully determines; under this length those cores are
 * too short to mask without hitting unrelated text.
 */
const MIN_EMBEDDED_BASE64 = 8;

const CREDENTIAL_HEADERS: ReadonlySet<string> = new Set([
  "authorization",
  "proxy-authorization",
  "cookie",
  "set-cookie",
  "x-api-key",
  "x-auth-token",
]);
const CREDENTIAL_HEADER_PART = /token|secret|signature|password|passwd|api-?key|session|credential/i;

export interface Redactor {
  /** Registers a secret found at run time (a captured token); masked everywhere from now on. */
  add(secret: string): void;
  text(s: string): string;
  /** Masks credential headers by name whatever their value, then every known secret in the rest. */
  headers(h: Readonly<Record<string, string>>): Record<string, string>;
  /** A redacted copy of JSON-shaped data: every string value is masked, keys are left alone. */
  deep<T>(value: T): T;
}

export function isCredentialHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return CREDENTIAL_HEADERS.has(lower) || CREDENTIAL_HEADER_PART.test(lower);
}

/**
 * The base64 characters that depend only on the secret when it starts at each of the three
 * byte alignments inside a longer payload (the GitHub runner masks the same shifted forms).
 */
function embeddedBase64(bytes: Buffer): string[] {
  const cores: string[] = [];
  for (let shift = 0; shift < 3; shift++) {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString("base64");
    const core = encoded.slice(Math.ceil((shift * 8) / 6), Math.floor(((shift + bytes.length) * 8) / 6));
    if (core.length >= MIN_EMBEDDED_BASE64) cores.push(core, core.replace(/\+/g, "-").replace(/\//g, "_"));
  }
  return cores;
}

/** The forms a value takes on the wire: raw, URL and form encoded, JSON-escaped, base64 and base64url. */
function variants(secret: string): string[] {
  const bytes = Buffer.from(secret, "utf8");
  const uri = encodeURIComponent(secret);
  return [
    secret,
    uri,
    uri.replace(/%20/g, "+"),
    // URLSearchParams percent-encodes more than encodeURIComponent (`!'()~`): both forms occur.
    new URLSearchParams([["", secret]]).toString().slice(1),
    JSON.stringify(secret).slice(1, -1),
    bytes.toString("base64"),
    bytes.toString("base64url"),
    ...embeddedBase64(bytes),
  ];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function createRedactor(secrets: readonly string[] = []): Redactor {
  const patterns = new Set<string>();
  let matcher: RegExp | undefined;
  let stale = false;

  function add(secret: string): void {
    // A multi-line secret (a PEM key) is also masked line by line, as logs often split it.
    const parts = secret.includes("\n") ? [secret, ...secret.split(/\r?\n/)] : [secret];
    for (const part of parts) {
      if (part.trim().length < MIN_SECRET_LENGTH) continue;
      for (const v of variants(part)) {
        if (v.length >= MIN_SECRET_LENGTH && !patterns.has(v)) {
          patterns.add(v);
          stale = true;
        }
      }
    }
  }

  function compiled(): RegExp | undefined {
    if (stale) {
      // Longest first, so at any position the longest known form wins the alternation; the
      // lookahead makes every position a candidate, so overlapping secrets are both masked.
      const alternation = [...patterns]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join("|");
      matcher = new RegExp(`(?=(${alternation}))`, "g");
      stale = false;
    }
    return matcher;
  }

  function text(s: string): string {
    const re = compiled();
    if (!re || s.length < MIN_SECRET_LENGTH) return s;
    let out = "";
    let copiedTo = 0;
    let maskEnd = -1;
    for (const m of s.matchAll(re)) {
      const start = m.index;
      const end = start + (m[1]?.length ?? 0);
      if (start > maskEnd) {
        // A new masked span: flush the clear text before it.
        if (maskEnd >= 0) out += MASK;
        out += s.slice(copiedTo, start);
        maskEnd = end;
      } else if (end > maskEnd) {
        maskEnd = end;
      }
      copiedTo = Math.max(copiedTo, maskEnd);
    }
    if (maskEnd < 0) return s;
    return out + MASK + s.slice(copiedTo);
  }

  function headers(h: Readonly<Record<string, string>>): Record<string, string> {
    return Object.fromEntries(
      Object.entries(h).map(([name, value]) => [name, isCredentialHeader(name) ? MASK : text(String(value))]),
    );
  }

  function walk(value: unknown): unknown {
    if (typeof value === "string") return text(value);
    if (Array.isArray(value)) return value.map(walk);
    if (value !== null && typeof value === "object") {
      const proto = Object.getPrototypeOf(value);
      // Only plain data is copied; a Date or Buffer is not report data and is returned as is.
      if (proto !== Object.prototype && proto !== null) return value;
      // fromEntries defines own properties, so a "__proto__" key stays data and triggers no setter.
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    }
    return value;
  }

  for (const s of secrets) add(s);
  return { add, text, headers, deep: <T>(value: T) => walk(value) as T };
}
