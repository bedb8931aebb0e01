// Short, readable renderings of JSON values for `expected` / `actual`. Bounded work: a huge
// response body costs no more than the preview length, whatever its size or depth.
import { clipText } from "../text/bounded.js";

export const PREVIEW_LIMIT = 200;

/** Cuts text to `limit` characters, marking the cut with an ellipsis. */
export function truncate(text: string, limit = PREVIEW_LIMIT): string {
  return clipText(text, limit);
}

/** JSON-like text of a value (`"queued"`, `[1,2]`, `{"id":3}`), at most `limit` characters. */
export function previewJson(value: unknown, limit = PREVIEW_LIMIT): string {
  const parts: string[] = [];
  let length = 0;
  // Returns false once the budget is spent, so callers stop walking the value.
  const write = (text: string): boolean => {
    parts.push(text);
    length += text.length;
    return length <= limit;
  };
  const walk = (v: unknown): boolean => {
    if (typeof v === "string") return write(JSON.stringify(v.length > limit ? v.slice(0, limit) : v));
    if (typeof v === "number") return write(Number.isFinite(v) ? JSON.stringify(v) : String(v));
    if (v === null || typeof v !== "object") return write(String(v));
    if (Array.isArray(v)) {
      if (!write("[")) return false;
      for (let i = 0; i < v.length; i++) {
        if ((i > 0 && !write(",")) || !walk(v[i])) return false;
      }
      return write("]");
    }
    if (!write("{")) return false;
    let first = true;
    for (const key of Object.keys(v)) {
      if (!first && !write(",")) return false;
      first = false;
      if (!walk(key) || !write(":") || !walk((v as Record<string, unknown>)[key])) return false;
    }
    return write("}");
  };
  walk(value);
  return truncate(parts.join(""), limit);
}
