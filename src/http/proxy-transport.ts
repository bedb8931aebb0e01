// Sends a request through the runner's proxy (http_proxy / https_proxy, with credentials if the proxy
// URL has them) using @actions/http-client, which opens a CONNECT tunnel per request. transport.ts
// imports this module only when a proxy applies, so the library and undici stay off the start-up path.

import type * as http from "node:http";
import { Readable } from "node:stream";
import { HttpClient } from "@actions/http-client";
import type { RequestHandler } from "@actions/http-client/lib/interfaces";
import { MAX_DURATION_MS } from "../text/duration.js";
import type { WireRequest } from "./transport.js";

// Carries a dispatch id from `send()` to the handler that prepares the socket options; never sent.
const DISPATCH_HEADER = "x-deploy-gate-dispatch";
// Our own per-attempt timer governs; the library's idle timer (3 min by default) would cut long attempts
// with an error that says nothing.
const SOCKET_TIMEOUT_MS = MAX_DURATION_MS;

interface Dispatch {
  readonly signal: AbortSignal;
  readonly userAgent: string | undefined;
}

export class ProxyTransport {
  private readonly clients = new Map<string, HttpClient>();
  private readonly dispatches = new Map<string, Dispatch>();
  private nextId = 0;

  /** `headers` are final, User-Agent and Content-Length included. */
  async send(request: WireRequest, headers: http.OutgoingHttpHeaders): Promise<http.IncomingMessage> {
    const id = String(this.nextId++);
    this.dispatches.set(id, { signal: request.signal, userAgent: headers["user-agent"] });
    // The library streams anything that is not a string.
    const data = Buffer.isBuffer(request.body) ? Readable.from([request.body]) : request.body;
    try {
      // The library's own get() passes null for "no body"; its typings just do not say so.
      const response = await this.clientFor(request.url).request(
        request.method,
        request.url.href,
        data ?? (null as unknown as string),
        { ...headers, [DISPATCH_HEADER]: id },
      );
      return response.message;
    } finally {
      this.dispatches.delete(id);
    }
  }

  close(): void {
    for (const client of this.clients.values()) client.dispose();
    this.clients.clear();
  }

  // One library client per scheme: each caches a single tunnelling agent for its scheme.
  private clientFor(url: URL): HttpClient {
    let client = this.clients.get(url.protocol);
    if (!client) {
      const handler: RequestHandler = {
        // Runs synchronously inside request(), on the exact options handed to http.request().
        prepareRequest: (options) => {
          const headers = options.headers as http.OutgoingHttpHeaders;
          const dispatch = this.dispatches.get(String(headers[DISPATCH_HEADER]));
          delete headers[DISPATCH_HEADER];
          if (!dispatch) return;
          options.signal = dispatch.signal;
          headers["user-agent"] = dispatch.userAgent;
        },
        // 401 challenges are answers for the check to judge, not for the client to handle.
        canHandleAuthentication: () => false,
        handleAuthentication: () => Promise.reject(new Error("authentication handlers are not used")),
      };
      // The library sets its own User-Agent (with the runner's orchestration id); prepareRequest puts the
      // request's back.
      client = new HttpClient(undefined, [handler], {
        keepAlive: true,
        allowRedirects: false,
        allowRetries: false,
        socketTimeout: SOCKET_TIMEOUT_MS,
      });
      this.clients.set(url.protocol, client);
    }
    return client;
  }
}
