// `compare: { shape: same }`: a release may add fields to its JSON answer, never drop one or change
// its type, or the clients written against the stable release break. The shape is what that needs:
// every field path with its JSON type, the elements of a list collapsed to `[*]`, no values at all
// (so a shape never carries a secret or personal data into a report).

/** Field path (`$.data[*].id`) → JSON type (`string`; `null|string` when the elements of a list differ). */
export type Shape = Readonly<Record<string, string>>;

export interface ShapeOf {
  readonly shape: Shape;
  /** More paths than `maxPaths` (or nesting deeper than 32): the shape holds the first ones, in document order. */
  readonly cut: boolean;
}

export interface ShapeChange {
  readonly path: string;
  readonly baseline: string;
  readonly candidate: string;
}

export interface ShapeDifference {
  /** Paths the baseline's answer had that the candidate's lacks. */
  readonly missing: readonly string[];
  /** Paths whose values now take a type the baseline's never did. */
  readonly changed: readonly ShapeChange[];
}

/** Deeper than this a document is not an API answer a check compares; the shape stops there. */
const MAX_DEPTH = 32;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value === "object" ? "object" : typeof value;
}

/** `$.name`, or `$['odd-name']` in RFC 9535's normalized form when the name is not an identifier. */
function member(path: string, name: string): string {
  if (IDENTIFIER.test(name)) return `${path}.${name}`;
  return `${path}['${name.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}']`;
}

/** The shape of a parsed JSON document, with at most `maxPaths` paths. */
export function jsonShape(document: unknown, maxPaths = 200): ShapeOf {
  const types = new Map<string, Set<string>>();
  let cut = false;
  const note = (path: string, type: string): boolean => {
    let seen = types.get(path);
    if (!seen) {
      if (types.size >= maxPaths) {
        cut = true;
        return false;
      }
      seen = new Set();
      types.set(path, seen);
    }
    seen.add(type);
    return true;
  };
  const walk = (value: unknown, path: string, depth: number): void => {
    const type = typeOf(value);
    if (!note(path, type)) return;
    if (depth >= MAX_DEPTH) {
      cut ||= type === "array" || type === "object";
      return;
    }
    if (type === "array") {
      for (const element of value as unknown[]) walk(element, `${path}[*]`, depth + 1);
    } else if (type === "object") {
      for (const [name, child] of Object.entries(value as Record<string, unknown>)) {
        walk(child, member(path, name), depth + 1);
      }
    }
  };
  walk(document, "$", 0);
  const shape: Record<string, string> = {};
  for (const [path, seen] of types) shape[path] = [...seen].sort().join("|");
  return { shape, cut };
}

/**
 * A path under a list the candidate answered empty cannot be seen, so it is not missing: an empty
 * result page is not a dropped field.
 */
function underEmptyList(path: string, candidate: Shape, paths: readonly string[]): boolean {
  for (let at = path.indexOf("[*]"); at !== -1; at = path.indexOf("[*]", at + 1)) {
    const list = path.slice(0, at);
    const elements = `${list}[*]`;
    if (candidate[list]?.split("|").includes("array") && !paths.some((p) => p.startsWith(elements))) {
      return true;
    }
  }
  return false;
}

/**
 * How the candidate's shape departs from the baseline's: paths it lost and types it changed. New
 * paths, and a path that now takes fewer types than before, are compatible and not reported. A
 * candidate shape that was cut cannot show a path is missing, so only type changes are reported.
 */
export function shapeDifference(baseline: Shape, candidate: ShapeOf): ShapeDifference {
  const missing: string[] = [];
  const changed: ShapeChange[] = [];
  const paths = Object.keys(candidate.shape);
  for (const [path, was] of Object.entries(baseline)) {
    const now = candidate.shape[path];
    if (now === undefined) {
      if (!candidate.cut && !underEmptyList(path, candidate.shape, paths)) missing.push(path);
      continue;
    }
    const allowed = new Set(was.split("|"));
    if (now.split("|").some((type) => !allowed.has(type)))
      changed.push({ path, baseline: was, candidate: now });
  }
  return { missing, changed };
}
