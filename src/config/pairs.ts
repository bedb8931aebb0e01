// `secrets` / `vars` values: `NAME=value` lines or a JSON object (so `${{ toJSON(secrets) }}` works).
import { ConfigError } from "./errors.js";

export function parsePairs(text: string, place: string): Record<string, string> {
  const trimmed = text.trim();
  if (!trimmed) return {};
  if (trimmed.startsWith("{")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch {
      // Never echo the text: it may hold secret values.
      throw new ConfigError([
        {
          path: place,
          message: "looks like JSON but does not parse; expected a JSON object or NAME=value lines",
        },
      ]);
    }
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
      throw new ConfigError([{ path: place, message: "expected a JSON object or NAME=value lines" }]);
    }
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(parsed)) {
      if (v === null || v === undefined) continue;
      out[k] = typeof v === "string" ? v : JSON.stringify(v);
    }
    return out;
  }
  const out: Record<string, string> = {};
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const eq = line.indexOf("=");
    const name = eq > 0 ? line.slice(0, eq).trim() : "";
    if (!/^[A-Za-z_][\w.-]*$/.test(name)) {
      throw new ConfigError([{ path: `${place}, line ${i + 1}`, message: "expected NAME=value" }]);
    }
    out[name] = line.slice(eq + 1);
  }
  return out;
}
