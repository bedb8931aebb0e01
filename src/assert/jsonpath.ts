// JSONPath (RFC 9535) over response bodies, through jsonpath-rfc9535: a generated parser, no eval.
// The library parses the expression on every query and offers no way to run a parsed one, so
// there is nothing to cache here; parsing costs microseconds next to the request itself.
import { type JsonValue, query } from "jsonpath-rfc9535";
import parseJsonPath from "jsonpath-rfc9535/parser";
import { truncate } from "./preview.js";
import { iRegexpProblem } from "./regex.js";

export type JsonBody =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly reason: string };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// A name after a dot (RFC 9535 member-name-shorthand): a letter, `_` or non-ASCII, then those or digits.
const SHORTHAND_NAME = /^[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*$/;
// What ends a dotted name when looking for one the parser refused: structure, quotes, space.
const DOTTED = /(\.\.?)([^.[\]()?@$,=!<>&|'"\s*]+)/g;

function bracketed(name: string): string {
  return /^\d+$/.test(name) ? `[${name}]` : `['${name.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}']`;
}

/** The path with every dotted name that is not a valid shorthand in brackets, when that parses. */
function bracketForm(path: string): { fixed: string; name: string } | undefined {
  let name: string | undefined;
  const fixed = path.replace(DOTTED, (all, dots: string, member: string) => {
    if (SHORTHAND_NAME.test(member)) return all;
    name ??= member;
    return `${dots === ".." ? ".." : ""}${bracketed(member)}`;
  });
  if (name === undefined || syntaxError(fixed) !== undefined) return undefined;
  return { fixed, name };
}

interface ParserError {
  readonly found?: string | null;
  readonly location?: { readonly start?: { readonly offset?: number } };
}

function describeSyntax(path: string, error: unknown): string {
  const shown = JSON.stringify(truncate(path, 200));
  const fix = bracketForm(path);
  if (fix) {
    const odd = [...fix.name].find((ch) => !/[\w\u0080-\uffff]/.test(ch));
    const why = odd === undefined ? "cannot start a dotted name" : "cannot appear in a dotted name";
    return `invalid JSONPath ${shown}: ${JSON.stringify(odd ?? fix.name.charAt(0))} ${why}; use the bracket form ${truncate(fix.fixed, 200)}`;
  }
  const { found, location } = (error ?? {}) as ParserError;
  const at = location?.start?.offset;
  if (at === undefined) return `invalid JSONPath ${shown}: ${truncate(messageOf(error), 120)}`;
  if (found === null || found === undefined)
    return `invalid JSONPath ${shown}: it ends too early (at character ${at + 1})`;
  return `invalid JSONPath ${shown}: unexpected ${JSON.stringify(found)} at character ${at + 1}`;
}

function syntaxError(path: string): unknown {
  try {
    parseJsonPath(path);
    return undefined;
  } catch (error) {
    return error ?? new Error("does not parse");
  }
}

/** Regular expressions in `match()` / `search()` calls: literal patterns found anywhere in the parsed path. */
function* functionPatterns(node: unknown): Generator<[string, string]> {
  if (Array.isArray(node)) {
    for (const child of node) yield* functionPatterns(child);
    return;
  }
  if (node === null || typeof node !== "object") return;
  const n = node as { type?: unknown; name?: unknown; arguments?: unknown };
  if (
    n.type === "FunctionExpr" &&
    (n.name === "match" || n.name === "search") &&
    Array.isArray(n.arguments)
  ) {
    const pattern = n.arguments[1] as { type?: unknown; value?: unknown } | undefined;
    if (pattern?.type === "Literal" && typeof pattern.value === "string") yield [n.name, pattern.value];
  }
  for (const child of Object.values(node)) yield* functionPatterns(child);
}

/**
 * Why a JSONPath is not usable, in one readable line (never the parser's list of expected
 * characters), or undefined. Checked for every path when the config loads.
 */
export function jsonPathProblem(path: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = parseJsonPath(path);
  } catch (error) {
    return describeSyntax(path, error);
  }
  for (const [fn, pattern] of functionPatterns(parsed)) {
    const problem = iRegexpProblem(pattern);
    if (problem) {
      return `invalid JSONPath ${JSON.stringify(truncate(path, 200))}: the pattern ${JSON.stringify(truncate(pattern, 120))} of ${fn}() is not a valid regular expression (${problem}); compare with == for the literal`;
    }
  }
  return undefined;
}

/** Every node the path selects, in document order. Throws an Error naming the path when it is invalid. */
export function queryJson(doc: unknown, path: string): unknown[] {
  try {
    return query(doc as JsonValue, path);
  } catch (error) {
    // Parse again only on this error path, to tell a bad expression from a failed evaluation.
    const syntax = syntaxError(path);
    const text =
      syntax === undefined
        ? `cannot evaluate JSONPath ${JSON.stringify(path)}: ${messageOf(error)}`
        : describeSyntax(path, syntax);
    throw new Error(truncate(text, 300), { cause: error });
  }
}

/**
 * Parses a response body for JSON expectations. Fails closed: an empty or non-JSON body is a
 * reason, never a value. JSON.parse keeps `__proto__` as an ordinary own key, and parsed values
 * are only read, never merged into other objects.
 */
export function parseJsonBody(text: string): JsonBody {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    if (text.trim() === "") return { ok: false, reason: "body is empty" };
    return { ok: false, reason: truncate(`body is not JSON: ${messageOf(error)}`) };
  }
}
