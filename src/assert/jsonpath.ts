// JSONPath (RFC 9535) over response bodies, through jsonpath-rfc9535: a generated parser, no eval.
// The library parses the expression on every query and offers no way to run a parsed one, so
// there is nothing to cache here; parsing costs microseconds next to the request itself.
import { type JsonValue, query } from "jsonpath-rfc9535";
import parseJsonPath from "jsonpath-rfc9535/parser";
import { truncate } from "./preview.js";

export type JsonBody =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly reason: string };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function syntaxError(path: string): string | undefined {
  try {
    parseJsonPath(path);
    return undefined;
  } catch (error) {
    return messageOf(error);
  }
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
        : `invalid JSONPath ${JSON.stringify(path)}: ${syntax}`;
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
