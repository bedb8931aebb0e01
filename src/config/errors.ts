import { clipText } from "../text/bounded.js";
import { clip } from "../text/clip.js";

export type ConfigPath = readonly PropertyKey[];

const IDENT = /^[A-Za-z_][\w-]*$/;
// One line per issue, and never a wall of text: a message quotes config text, which can be long.
const MAX_LINE = 2000;

/** `checks[2].expect.status`, with indexes counted from 0 and odd keys quoted. */
export function formatPath(path: ConfigPath): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else {
      const k = String(key);
      out += IDENT.test(k) ? (out ? `.${k}` : k) : `[${JSON.stringify(k)}]`;
    }
  }
  return out;
}

export interface ConfigIssue {
  /** The place as printed: `checks[2] ("list tasks", line 14).expect.status`, or an input's name. */
  readonly path: string;
  readonly message: string;
  /** The place in the config document, so the check's name and the line can be added to `path`. */
  readonly at?: ConfigPath;
  /** Where to look for the line when it is deeper than `at` (the unknown field itself). */
  readonly lineAt?: ConfigPath;
}

/** An issue at a place in the config document. */
export function issueAt(at: ConfigPath, message: string, lineAt?: ConfigPath): ConfigIssue {
  return { path: formatPath(at), message, at, ...(lineAt ? { lineAt } : {}) };
}

/** What can be said about a place beyond its path: the check's name and the line it is on. */
export interface PlaceNotes {
  nameOf(index: number): string | undefined;
  lineOf?(at: ConfigPath): number | undefined;
}

/**
 * `checks[2] ("list tasks", line 14).expect.status`; outside a check, `defaults.timeout (line 3)`.
 * The line is the offending key's where it can be found, else the nearest enclosing one's.
 */
export function formatPlace(at: ConfigPath, notes: PlaceNotes, lineAt: ConfigPath = at): string {
  const line = notes.lineOf?.(lineAt);
  const index = at[0] === "checks" && typeof at[1] === "number" ? at[1] : undefined;
  if (index === undefined) {
    const path = formatPath(at);
    if (line === undefined) return path;
    return path ? `${path} (line ${line})` : `line ${line}`;
  }
  const name = notes.nameOf(index);
  const note = [
    name === undefined ? "" : JSON.stringify(clip(name, 80)),
    line === undefined ? "" : `line ${line}`,
  ]
    .filter(Boolean)
    .join(", ");
  const rest = formatPath(at.slice(2));
  return `checks[${index}]${note ? ` (${note})` : ""}${rest && !rest.startsWith("[") ? "." : ""}${rest}`;
}

/** Re-labels every issue that has a place in the document with the check's name and the line. */
export function placeIssues(issues: readonly ConfigIssue[], notes: PlaceNotes): ConfigIssue[] {
  return issues.map((i) => (i.at ? { ...i, path: formatPlace(i.at, notes, i.lineAt) } : i));
}

function oneLine(text: string): string {
  return clipText(text.replace(/\r?\n/g, " "), MAX_LINE);
}

/** A bad config: found before any request is sent, every issue naming its place. */
export class ConfigError extends Error {
  override name = "ConfigError";
  constructor(
    readonly issues: readonly ConfigIssue[],
    readonly source?: string,
  ) {
    super(
      (source ? `invalid config in ${source}:\n` : "") +
        issues.map((i) => oneLine(i.path ? `${i.path}: ${i.message}` : i.message)).join("\n"),
    );
  }
}
