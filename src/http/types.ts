import type { CircuitRecord } from "./circuit.js";

export interface HttpRequest {
  readonly method: string;
  /** Absolute URL, already joined to the base URL and with its query string. */
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string | Buffer;
  /** Per-attempt timeout. */
  readonly timeoutMs: number;
  /** Retries for transient failures (src/http/transient.ts). */
  readonly retries: number;
  /** Epoch ms after which no attempt starts and no wait is begun; a wait that would pass it fails at once. */
  readonly deadline: number;
  readonly signal?: AbortSignal;
  /** Overrides the client's maximum body size (bytes). */
  readonly maxBodyBytes?: number;
  /**
   * Header names (any case) that carry secrets, dropped like every credential header
   * (src/secrets/credential-headers.ts) when a redirect leads to another origin.
   */
  readonly sensitiveHeaders?: readonly string[];
  /** A poll: the check is waiting through not-yet answers and failures (never retried, never counted). */
  readonly waiting?: boolean;
  /** An answer the check asked for, even a 5xx: not retried, not counted against the service. */
  readonly expects?: (answer: { readonly status: number; readonly text: string }) => boolean;
}

/** Why an attempt got no answer. `held-back`: not sent, the origin's circuit was open. */
export type HttpFailureKind = "timeout" | "connection" | "held-back" | "deadline" | "aborted" | "protocol";

/** One try of a request (with the redirects it followed). */
export interface AttemptRecord {
  readonly status?: number;
  /** Why no answer came, when none did. */
  readonly error?: string;
  readonly failure?: HttpFailureKind;
  readonly durationMs: number;
  /** How long the client waited before this attempt (backoff or Retry-After). */
  readonly waitedMs: number;
  /**
   * The server had closed this reused keep-alive connection: the request was sent again at once
   * on a fresh one, which is not a retry.
   */
  readonly staleConnection?: true;
}

/** A hop that answered with a redirect: the URL asked and the 3xx it answered. */
export interface Redirect {
  readonly url: string;
  readonly status: number;
}

/**
 * A secret, variable or environment value, by name (never the value), that a template put into
 * a request: `{ header: "Authorization", from: "secrets.REPORTING_TOKEN" }`, `{ query: "key", … }`,
 * or neither when it went into the URL's path or host.
 */
export interface TemplateUse {
  readonly header?: string;
  readonly query?: string;
  readonly from: string;
}

/** One HTTP request/response as a report shows it; headers are already redacted. */
export interface Exchange {
  readonly method: string;
  /** The URL that answered: after redirects, the last one. */
  readonly url: string;
  /** The URL the check asked for, when redirects led elsewhere. */
  readonly requestedUrl?: string;
  /** The hops that answered with a redirect, in order (the first is `requestedUrl`). */
  readonly redirects?: readonly Redirect[];
  /** Which secrets and variables the request carried, by name. */
  readonly credentials?: readonly TemplateUse[];
  readonly status?: number;
  readonly responseHeaders?: Readonly<Record<string, string>>;
  /** Bounded excerpt of the response body (decoded text). */
  readonly bodyExcerpt?: string;
  readonly durationMs: number;
  readonly attempts: readonly AttemptRecord[];
  /** Set when no response arrived: connection refused, timeout, held back by the circuit, deadline. */
  readonly error?: string;
  /** What kind of failure `error` is. */
  readonly failure?: HttpFailureKind;
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
  /** The hops that answered with a redirect before `url`, in order. */
  readonly redirects?: readonly Redirect[];
  readonly attempts: readonly AttemptRecord[];
}

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

/** What the gate saw of one origin: whether it answered at all, and what its circuit did. */
export interface OriginRecord {
  readonly origin: string;
  /** Attempts that got an HTTP answer (any status). */
  readonly answered: number;
  /** Attempts that got no answer (connection error, timeout, malformed answer). */
  readonly unanswered: number;
  /** Attempts since the last answer that got none: the origin stopped answering when this is high. */
  readonly unansweredSinceLastAnswer: number;
  /** The last attempt's failure, when it got no answer. */
  readonly lastError?: string;
  readonly lastFailure?: HttpFailureKind;
  readonly circuit?: CircuitRecord;
}

export interface HttpClient {
  /** Resolves with any response that is not retried away (including 4xx/5xx); rejects with HttpFailure. */
  send(request: HttpRequest): Promise<HttpResponse>;
  /** Every origin this client sent requests to, in the order first seen. */
  origins(): OriginRecord[];
  /** Releases keep-alive sockets. */
  close(): void;
}
