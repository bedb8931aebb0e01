const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const DURATION = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/;

/**
 * The longest duration accepted (about 24.8 days): Node timers cannot wait longer, and a longer one
 * fires at once — a `timeout: 1000h` gate would time out the moment it started.
 */
export const MAX_DURATION_MS = 2 ** 31 - 1;

function milliseconds(value: string | number): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : undefined;
  const m = DURATION.exec(value);
  if (!m) return undefined;
  const ms = Number(m[1]) * (UNIT_MS[m[2] ?? "ms"] ?? 1);
  return Number.isFinite(ms) ? Math.round(ms) : undefined;
}

/**
 * Parses `250ms`, `10s`, `5m`, `1h` or a number of milliseconds; undefined when it is none of those
 * or longer than MAX_DURATION_MS.
 */
export function parseDuration(value: string | number): number | undefined {
  const ms = milliseconds(value);
  return ms !== undefined && ms <= MAX_DURATION_MS ? ms : undefined;
}

/** A well-formed duration that is longer than MAX_DURATION_MS. */
export function isTooLongDuration(value: string | number): boolean {
  const ms = milliseconds(value);
  return ms !== undefined && ms > MAX_DURATION_MS;
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1).replace(/\.?0+$/, "")}s`;
  if (ms < 3_600_000) {
    const m = Math.floor(ms / 60_000);
    const s = Math.round((ms % 60_000) / 1000);
    return s ? `${m}m${s}s` : `${m}m`;
  }
  const h = Math.floor(ms / 3_600_000);
  const m = Math.round((ms % 3_600_000) / 60_000);
  return m ? `${h}h${m}m` : `${h}h`;
}

export const DURATION_MESSAGE = "expected a duration like 250ms, 10s, 5m, 1h or a number of milliseconds";
export const DURATION_TOO_LONG_MESSAGE = "expected a duration of at most 24 days (596h)";

/** Why a value that parseDuration refused is refused, in the words of every place that reads one. */
export function durationProblem(value: string | number): string {
  return isTooLongDuration(value) ? DURATION_TOO_LONG_MESSAGE : DURATION_MESSAGE;
}
