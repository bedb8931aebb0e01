import type { AttemptRecord } from "../engine/results.js";

export interface HttpRequest {
  readonly method: string;
  /** Absolute URL, already joined to the base URL and with its query string. */
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string | Buffer;
  /** Per-attempt timeout. */
  readonly timeoutMs: number;
  /** Retries for transient failures (connection errors, timeouts, 502/503/504, 429). */
  readonly retries: number;
  /** Epoch ms after which no attempt starts and no wait is begun; a wait that would pass it fails at once. */
  readonly deadline: number;
  readonly signal?: AbortSignal;
  /** Overrides the client's maximum body size (bytes). */
  readonly maxBodyBytes?: number;
  /**
   * Header names (any case) that carry secrets, dropped like Authorization, Cookie, Proxy-Authorization
   * and X-Api-Key when a redirect leads to another origin.
   */
  readonly sensitiveHeaders?: readonly string[];
}

export interface HttpResponse {
  readonly status: number;
  /** Lower-cased names; repeated headers joined with ", " (set-cookie with "\n"). */
  readonly headers: Readonly<Record<string, string>>;
  /** Decoded (gzip/deflate/br) body bytes, at most maxBodyBytes. */
  readonly body: Buffer;
  /** UTF-8 text of the body with a leading BOM removed. */
  readonly text: string;
  /** The body was longer than the limit and was cut. */
  readonly truncated: boolean;
  /** Duration of the last attempt. */
  readonly durationMs: number;
  /** Final URL after redirects. */
  readonly url: string;
  readonly attempts: readonly AttemptRecord[];
}

export type HttpFailureKind = "timeout" | "connection" | "circuit-open" | "deadline" | "aborted" | "protocol";

/** No usable response: the request errored (as opposed to an answer that failed expectations). */
export class HttpFailure extends Error {
  constructor(
    readonly kind: HttpFailureKind,
    message: string,
    readonly attempts: readonly AttemptRecord[],
  ) {
    super(message);
    this.name = "HttpFailure";
  }
}

export interface HttpClient {
  /** Resolves with any response that is not retried away (including 4xx/5xx); rejects with HttpFailure. */
  send(request: HttpRequest): Promise<HttpResponse>;
  /** Releases keep-alive sockets. */
  close(): void;
}
