// The forms a secret takes on the wire and in what services echo back: how a leak would look in
// anything the gate writes. Shared by the secret-hygiene run and the redactor's property tests.

/** `\uXXXX` for every non-ASCII UTF-16 unit (Python's json.dumps with ensure_ascii, PHP's default). */
function asciiJson(s: string): string {
  return JSON.stringify(s)
    .slice(1, -1)
    .replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export function secretForms(secret: string): Record<string, string> {
  const bytes = Buffer.from(secret, "utf8");
  const json = JSON.stringify(secret).slice(1, -1);
  return {
    raw: secret,
    "URL-encoded": encodeURIComponent(secret),
    "form-encoded": new URLSearchParams([["", secret]]).toString().slice(1),
    "form-encoded (%20 as +)": encodeURIComponent(secret).replace(/%20/g, "+"),
    "JSON-escaped": json,
    "JSON-escaped, PHP (\\/ and \\uXXXX)": asciiJson(secret).replace(/\//g, "\\/"),
    "JSON-escaped, Python (\\uXXXX)": asciiJson(secret),
    "JSON-escaped, Go (\\u003c \\u003e \\u0026)": json.replace(
      /[<>&]/g,
      (c) => `\\u00${c.charCodeAt(0).toString(16)}`,
    ),
    "JSON-escaped, .NET (upper-case \\uXXXX)": asciiJson(secret)
      .replace(/[<>&'+]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`)
      // Only real escapes: a "u" after an odd run of backslashes. After an even run it is an escaped
      // backslash and then text, as in the JSON form of the secret `\uaaaa`.
      .replace(
        /(?<!\\)((?:\\\\)*)\\u([0-9a-f]{4})/g,
        (_m, pairs: string, hex: string) => `${pairs}\\u${hex.toUpperCase()}`,
      ),
    "JSON-escaped twice (JSON inside a JSON string)": JSON.stringify(json).slice(1, -1),
    base64: bytes.toString("base64"),
    base64url: bytes.toString("base64url"),
  };
}

/** Distinct forms only: a plain alphanumeric secret has one form for several encodings. */
export function distinctForms(secret: string): [name: string, form: string][] {
  const seen = new Set<string>();
  return Object.entries(secretForms(secret)).filter(([, form]) => {
    if (seen.has(form)) return false;
    seen.add(form);
    return true;
  });
}

/** How a report writes a value into markup: HTML/XML entities and markdown's backslash escapes. */
export function markupForms(secret: string): Record<string, string> {
  const entities = secret.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const markdown = secret.replace(/[\\`*_[\]~|$]/g, "\\$&");
  return {
    "HTML-escaped": entities.replace(/"/g, "&quot;"),
    "XML attribute": entities.replace(/"/g, "&quot;").replace(/'/g, "&apos;"),
    "markdown-escaped": markdown,
    "inline markdown in HTML": markdown
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;"),
  };
}
