// Text that reaches a result came from a config or a service and may be any length: a 10 kB
// request path, a header, an expected value. Results keep each string to a bound, so every line
// a report or a log writes from them stays a line a person can read.

/** The bound for a string in a result (a URL, a detail, an expected or actual value, a cell). */
export const MAX_RESULT_TEXT = 1000;

/**
 * At most `max` characters, ending in `…` when cut; never splits a surrogate pair (half an emoji
 * renders as a replacement character). Every clip in the gate is this one.
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** A copy of JSON-shaped data with every string value clipped; `exempt` keys keep their own bound. */
export function boundStrings<T>(value: T, exempt: ReadonlySet<string> = new Set(), max = MAX_RESULT_TEXT): T {
  const walk = (v: unknown, key?: string): unknown => {
    if (typeof v === "string") return key !== undefined && exempt.has(key) ? v : clipText(v, max);
    if (Array.isArray(v)) return v.map((item) => walk(item));
    if (v !== null && typeof v === "object")
      return Object.fromEntries(Object.entries(v).map(([k, child]) => [k, walk(child, k)]));
    return v;
  };
  return walk(value) as T;
}
