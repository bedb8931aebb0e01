// One redaction module for every reporter: a secret must not reach logs, the summary, the
// reports or annotations in any form a request or a response may carry it in.
import { escapeRegexText } from "../text/template-syntax.js";
import { isCredentialHeader } from "./credential-headers.js";

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

/**
 * Where the gate cut a text short: the `…` of a truncated preview, or `\n… (body cut)` after a body
 * excerpt. Both are cut before redaction, so a secret that straddles the cut arrives here as a bare
 * prefix, which no whole-secret pattern matches.
 */
const CUT_MARK = /\n?…/g;
/** A shorter prefix before a cut is left alone: it gives a guesser almost nothing. */
const MIN_CUT_PREFIX = 4;

export interface Redactor {
  /** Registers a secret found at run time (a captured token); masked everywhere from now on. */
  add(secret: string): void;
  text(s: string): string;
  /** Masks credential headers by name whatever their value, then every known secret in the rest. */
  headers(h: Readonly<Record<string, string>>): Record<string, string>;
  /** A redacted copy of JSON-shaped data: every string value is masked, keys are left alone. */
  deep<T>(value: T): T;
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

/**
 * How the reporters write a value into markup (src/report/markdown.ts, junit.ts): HTML and XML
 * entities, and markdown's backslash escapes. The final pass over the rendered summary must know
 * these forms, or a secret with `_`, `&` or `<` in it would slip past as `tok\_x` or `a&amp;b`.
 */
function markupForms(secret: string): string[] {
  const entities = secret.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const html = entities.replace(/"/g, "&quot;");
  const markdown = secret.replace(/[\\`*_[\]~|$]/g, "\\$&");
  const inline = markdown
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
  return [entities, html, html.replace(/'/g, "&apos;"), markdown, inline];
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
    ...markupForms(secret),
    // A secret a template put into a `matches` pattern is escaped there, and shows so as the expected value.
    escapeRegexText(secret),
    JSON.stringify(escapeRegexText(secret)).slice(1, -1),
    ...markupForms(escapeRegexText(secret)),
  ];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The letter after the backslash of JSON's short escapes. */
const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  "\b": "b",
  "\f": "f",
  "\n": "n",
  "\r": "r",
  "\t": "t",
};

// No JSON serializer escapes these, so they only ever appear as themselves.
const NEVER_ESCAPED = /^[A-Za-z0-9 _.~-]$/;

/**
 * A regex source for the secret inside a JSON string however the service's serializer escaped it:
 * each UTF-16 unit as itself (where JSON allows), as its short escape or as `\uXXXX` in either case.
 * Serializers differ: Go escapes `<>&`, PHP escapes `/`, Python every non-ASCII character, .NET
 * both and in upper case — one literal JSON form would miss all of those. Any run of backslashes
 * may lead an escape: an error message that quotes the request body is JSON inside JSON, escaped
 * twice, and a reporter that parses it once would otherwise bring the secret back.
 */
function jsonEscapedSource(secret: string): string {
  let source = "";
  for (let i = 0; i < secret.length; i++) {
    const unit = secret.charCodeAt(i);
    const char = secret.charAt(i);
    if (NEVER_ESCAPED.test(char)) {
      source += escapeRegExp(char);
      continue;
    }
    const forms: string[] = [];
    if (unit >= 0x20 && char !== '"' && char !== "\\") forms.push(escapeRegExp(char));
    const short = SHORT_ESCAPES[char];
    if (short) forms.push(`\\\\+${escapeRegExp(short)}`);
    const hex = [...unit.toString(16).padStart(4, "0")];
    forms.push(`\\\\+u${hex.map((h) => (/[a-f]/.test(h) ? `[${h}${h.toUpperCase()}]` : h)).join("")}`);
    source += forms.length === 1 ? forms[0] : `(?:${forms.join("|")})`;
  }
  return source;
}

/**
 * V8 refuses a regular expression whose pattern runs to some tens of kB ("Regular expression too
 * large"): a 33 kB certificate chain given as a secret did that once. Alternations are built in
 * chunks under this size, and a form longer than it is found without a regex.
 */
const MAX_REGEX_SOURCE = 8_000;

/**
 * Regexes over alternatives (longest first), each under MAX_REGEX_SOURCE, that report a match at
 * every position, overlaps included. Alternatives longer than that are left out: the caller finds
 * them another way.
 */
function alternations(entries: readonly (readonly [source: string, length: number])[]): RegExp[] {
  const sorted = entries.filter(([source]) => source.length <= MAX_REGEX_SOURCE).sort((a, b) => b[1] - a[1]);
  const regexes: RegExp[] = [];
  let chunk: string[] = [];
  let size = 0;
  const flush = () => {
    if (chunk.length) regexes.push(new RegExp(`(?=(${chunk.join("|")}))`, "g"));
    chunk = [];
    size = 0;
  };
  for (const [source] of sorted) {
    if (size + source.length + 1 > MAX_REGEX_SOURCE) flush();
    chunk.push(source);
    size += source.length + 1;
  }
  flush();
  return regexes;
}

/** Every occurrence of `form` in `s`, overlapping ones included, as spans. */
function occurrences(s: string, form: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let at = s.indexOf(form); at !== -1; at = s.indexOf(form, at + 1)) spans.push([at, at + form.length]);
  return spans;
}

export function createRedactor(secrets: readonly string[] = []): Redactor {
  const patterns = new Set<string>();
  // Secret → the regex source of its JSON-escaped forms; matched by a second regex, spans merged.
  const jsonForms = new Map<string, string>();
  let literalMatchers: RegExp[] = [];
  let jsonMatchers: RegExp[] = [];
  /** Forms too long for a regex (a whole certificate chain): searched for as they are. */
  let longForms: string[] = [];
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
      // A secret no serializer escapes has no JSON form beyond its raw one, already a pattern.
      const json = jsonEscapedSource(part);
      if (!jsonForms.has(part) && json !== escapeRegExp(part)) {
        jsonForms.set(part, json);
        stale = true;
      }
    }
  }

  function compiled(): void {
    if (stale) {
      // Longest first, so at any position the longest known form wins the alternation; the
      // lookahead makes every position a candidate, so overlapping secrets are both masked.
      const literal = [...patterns].map((p) => [escapeRegExp(p), p.length] as const);
      literalMatchers = alternations(literal);
      longForms = [...patterns].filter((p) => escapeRegExp(p).length > MAX_REGEX_SOURCE);
      // A JSON form too long for a regex is left out: its plain JSON escaping is among the literal
      // forms, and a multi-line secret's lines (each a secret of its own) have short JSON forms.
      jsonMatchers = alternations([...jsonForms].map(([part, source]) => [source, part.length] as const));
      stale = false;
    }
  }

  function text(s: string): string {
    if (s.length < MIN_SECRET_LENGTH) return s;
    compiled();
    // Escaped JSON forms need a backslash; without one the literal forms cover everything.
    const res = [...literalMatchers, ...(s.includes("\\") ? jsonMatchers : [])];
    const spans: [number, number][] = [];
    for (const re of res) {
      for (const m of s.matchAll(re)) {
        const length = m[1]?.length ?? 0;
        if (length > 0) spans.push([m.index, m.index + length]);
      }
    }
    for (const form of longForms) spans.push(...occurrences(s, form));
    if (s.includes("…")) spans.push(...cutPrefixes(s));
    if (spans.length === 0) return s;
    spans.sort((a, b) => a[0] - b[0]);
    let out = "";
    let copiedTo = 0;
    let maskEnd = -1;
    for (const [start, end] of spans) {
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
    return out + MASK + s.slice(copiedTo);
  }

  /** The longest prefix of a known form that ends right at a cut mark, for every cut mark. */
  function cutPrefixes(s: string): [number, number][] {
    const spans: [number, number][] = [];
    for (const mark of s.matchAll(CUT_MARK)) {
      const end = mark.index;
      let longest = 0;
      for (const form of patterns) {
        for (let k = Math.min(form.length - 1, end); k > Math.max(longest, MIN_CUT_PREFIX - 1); k--) {
          if (s.startsWith(form.slice(0, k), end - k)) {
            longest = k;
            break;
          }
        }
      }
      if (longest > 0) spans.push([end - longest, end]);
    }
    return spans;
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
