// What every surface of the demo service answers with: routes, JSON answers in the documented
// error model `{ "error": { "code", "message" } }`, and request-body parsing. Node built-ins only.
import { createHash } from "node:crypto";

export const JSON_TYPE = "application/json; charset=utf-8";

/** A route: `auth` is "token" (the static bearer token), "jwt" (checked by the handler) or false. */
export function route(method, template, handler, { auth = false } = {}) {
  return {
    method,
    template,
    segments: template.split("/").filter(Boolean),
    handler,
    auth: auth === true ? "token" : auth,
  };
}

export function json(status, value, headers = {}) {
  return { status, headers: { "content-type": JSON_TYPE, ...headers }, body: JSON.stringify(value) };
}

export function error(code, message) {
  return { error: { code, message } };
}

export function parseJson(buffer) {
  try {
    return { ok: true, value: JSON.parse(buffer.toString("utf8").replace(/^\uFEFF/, "")) };
  } catch {
    return { ok: false };
  }
}

/** The body as a JSON object, or a 400 answer saying what was expected. */
export function jsonObject(ctx, example) {
  const parsed = parseJson(ctx.body);
  if (
    !parsed.ok ||
    parsed.value === null ||
    typeof parsed.value !== "object" ||
    Array.isArray(parsed.value)
  ) {
    return { answer: json(400, error("VALIDATION", `request body must be a JSON object like ${example}`)) };
  }
  return { value: parsed.value };
}

/** JSON with sorted object keys: two bodies that differ only in key order or spacing are equal. */
export function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

/** What an idempotency key is bound to: the request body, whatever its key order or spacing. */
export function fingerprint(value) {
  return createHash("sha256").update(canonicalJson(value)).digest("hex");
}

/** The `Idempotency-Key` header: undefined when absent, a 400 answer when malformed. */
export function idempotencyKey(ctx) {
  const key = ctx.req.headers["idempotency-key"];
  if (key === undefined) return { key: undefined };
  if (typeof key !== "string" || key.length === 0 || key.length > 255) {
    return { answer: json(400, error("VALIDATION", "Idempotency-Key must be 1 to 255 characters")) };
  }
  return { key };
}

/** The 409 both surfaces answer when an Idempotency-Key comes back with another body. */
export function idempotencyConflict() {
  return json(
    409,
    error(
      "IDEMPOTENCY_CONFLICT",
      "this Idempotency-Key was already used with a different request body; reuse the original body or send a new key",
    ),
  );
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
