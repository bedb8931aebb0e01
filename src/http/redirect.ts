// Which request a redirect calls for, and what it must no longer carry.
import { isCredentialHeader } from "../secrets/credential-headers.js";

export interface Hop {
  readonly method: string;
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | Buffer | undefined;
}

const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);
// Headers that describe a body, dropped with it (fetch's "request-body-header names").
const BODY_HEADERS: readonly string[] = [
  "content-type",
  "content-length",
  "content-encoding",
  "content-language",
  "content-location",
  "transfer-encoding",
];

/**
 * The request to send for a redirect response, or undefined when there is nothing to follow.
 * Another origin (scheme, host or port) gets no credentials: credential headers (by name),
 * `sensitiveHeaders`, and a caller-set Host, which named the old host.
 */
export function redirectTarget(
  hop: Hop,
  status: number,
  location: string | undefined,
  sensitiveHeaders: readonly string[] = [],
): Hop | undefined {
  if (!REDIRECT_STATUSES.has(status) || !location) return undefined;
  let url: URL;
  try {
    url = new URL(location, hop.url);
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  // As fetch does: 303 turns anything but HEAD into GET, 301/302 turn POST into GET, 307/308 resend as is.
  const toGet =
    (status === 303 && hop.method !== "HEAD") ||
    ((status === 301 || status === 302) && hop.method === "POST");
  const dropped = new Set<string>();
  if (toGet) for (const name of BODY_HEADERS) dropped.add(name);
  const crossOrigin = url.origin !== hop.url.origin;
  if (crossOrigin) for (const name of [...sensitiveHeaders, "host"]) dropped.add(name.toLowerCase());
  const headers = Object.fromEntries(
    Object.entries(hop.headers).filter(
      ([name]) => !dropped.has(name.toLowerCase()) && !(crossOrigin && isCredentialHeader(name)),
    ),
  );
  return { method: toGet ? "GET" : hop.method, url, headers, body: toGet ? undefined : hop.body };
}
