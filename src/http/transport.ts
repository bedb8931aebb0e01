// Sends one HTTP request through @actions/http-client (which honours the runner's proxy settings) and
// hands back the raw response stream; redirects, retries and body reading are the caller's.

import * as http from "node:http";
import { Readable } from "node:stream";
import { HttpClient as ActionsHttpClient } from "@actions/http-client";
import type { RequestHandler } from "@actions/http-client/lib/interfaces";

export interface WireRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | Buffer | undefined;
  /** Aborting it destroys the request, or the response while its body is being read. */
  readonly signal: AbortSignal;
  /** Send on a new connection instead of a pooled keep-alive one. */
  readonly freshConnection: boolean;
}

/** No response arrived. */
export class DispatchError extends Error {
  readonly code: string | undefined;

  constructor(
    /** The request went out on a pooled keep-alive connection (which the server may have closed). */
    readonly reusedSocket: boolean,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = "DispatchError";
    this.code = (cause as NodeJS.ErrnoException | undefined)?.code;
  }
}

interface Dispatch {
  readonly signal: AbortSignal;
  /** The caller's own User-Agent, which the library would replace with the client's. */
  readonly userAgent: string | undefined;
  readonly freshConnection: boolean;
  reusedSocket: boolean;
}

// Carries a dispatch id from `request()` to the handler that prepares the socket options; never sent.
const DISPATCH_HEADER = "x-deploy-gate-dispatch";
// Our own per-attempt timer governs; the library's idle timer (3 min by default) would cut long attempts
// with an error that says nothing.
const SOCKET_TIMEOUT_MS = 2 ** 31 - 1;

export class Transport {
  private readonly clients = new Map<string, ActionsHttpClient>();
  private readonly dispatches = new Map<string, Dispatch>();
  private nextId = 0;

  constructor(private readonly userAgent: string) {}

  async send(request: WireRequest): Promise<http.IncomingMessage> {
    const id = String(this.nextId++);
    const dispatch: Dispatch = {
      signal: request.signal,
      userAgent: headerValue(request.headers, "user-agent"),
      freshConnection: request.freshConnection,
      reusedSocket: false,
    };
    this.dispatches.set(id, dispatch);
    const headers: http.OutgoingHttpHeaders = { ...request.headers, [DISPATCH_HEADER]: id };
    let data: string | NodeJS.ReadableStream | undefined;
    if (Buffer.isBuffer(request.body)) {
      // The library sets Content-Length for strings only; binary bodies go as a stream.
      if (headerValue(request.headers, "content-length") === undefined) {
        headers["content-length"] = request.body.length;
      }
      data = Readable.from([request.body]);
    } else {
      data = request.body;
    }
    try {
      // The library's own get() passes null for "no body"; its typings just do not say so.
      const response = await this.clientFor(request.url).request(
        request.method,
        request.url.href,
        data ?? (null as unknown as string),
        headers,
      );
      return response.message;
    } catch (error) {
      throw new DispatchError(dispatch.reusedSocket, error);
    } finally {
      this.dispatches.delete(id);
    }
  }

  /** Releases keep-alive sockets. */
  close(): void {
    for (const client of this.clients.values()) client.dispose();
    this.clients.clear();
  }

  // One library client per scheme: each caches a single agent, and an http agent cannot carry https.
  private clientFor(url: URL): ActionsHttpClient {
    let client = this.clients.get(url.protocol);
    if (!client) {
      const handler: RequestHandler = {
        prepareRequest: (options) => this.prepare(options),
        // 401 challenges are answers for the check to judge, not for the client to handle.
        canHandleAuthentication: () => false,
        handleAuthentication: () => Promise.reject(new Error("authentication handlers are not used")),
      };
      client = new ActionsHttpClient(this.userAgent, [handler], {
        keepAlive: true,
        allowRedirects: false,
        allowRetries: false,
        socketTimeout: SOCKET_TIMEOUT_MS,
      });
      this.clients.set(url.protocol, client);
    }
    return client;
  }

  // Runs synchronously inside request(), on the exact options handed to http.request().
  private prepare(options: http.RequestOptions): void {
    const headers = options.headers as http.OutgoingHttpHeaders;
    const dispatch = this.dispatches.get(String(headers[DISPATCH_HEADER]));
    delete headers[DISPATCH_HEADER];
    if (!dispatch) return;
    options.signal = dispatch.signal;
    if (dispatch.userAgent !== undefined) headers["user-agent"] = dispatch.userAgent;
    // Behind a proxy the agent is a tunnel, which opens a connection per request anyway.
    const agent = options.agent;
    if (!(agent instanceof http.Agent)) return;
    if (dispatch.freshConnection) {
      options.agent = false;
      return;
    }
    // The agent hands out an idle pooled socket whenever it has one, in this same synchronous call.
    const idle = agent.freeSockets[agent.getName(options)];
    dispatch.reusedSocket = idle?.some((socket) => !socket.destroyed) ?? false;
  }
}

function headerValue(headers: Readonly<Record<string, string>>, name: string): string | undefined {
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === name) return value;
  }
  return undefined;
}
