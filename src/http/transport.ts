// Sends one HTTP request and hands back the raw response stream; redirects, retries and body reading
// are the caller's. Requests go out through node:http / node:https with one keep-alive agent per
// scheme. Only a request that the runner's proxy settings apply to loads @actions/http-client (and
// undici with it, ~80 ms of start-up) to be routed through the proxy.

import * as http from "node:http";
import * as https from "node:https";
import { getProxyUrl } from "@actions/http-client/lib/proxy";
import type { ProxyTransport } from "./proxy-transport.js";

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

export class Transport {
  private readonly agents = new Map<string, http.Agent>();
  private proxied: Promise<ProxyTransport> | undefined;

  constructor(private readonly userAgent: string) {}

  async send(request: WireRequest): Promise<http.IncomingMessage> {
    const headers = wireHeaders(request, this.userAgent);
    // The same test (http_proxy / https_proxy, no_proxy, loopback never proxied) that
    // @actions/http-client applies itself, so the two can never disagree about a URL.
    if (getProxyUrl(request.url)?.hostname) {
      try {
        this.proxied ??= import("./proxy-transport.js").then((m) => new m.ProxyTransport());
        return await (await this.proxied).send(request, headers);
      } catch (error) {
        throw new DispatchError(false, error);
      }
    }
    return this.sendDirect(request, headers);
  }

  /** Releases keep-alive sockets. */
  close(): void {
    for (const agent of this.agents.values()) agent.destroy();
    this.agents.clear();
    this.proxied?.then(
      (proxied) => proxied.close(),
      () => undefined,
    );
    this.proxied = undefined;
  }

  private sendDirect(request: WireRequest, headers: http.OutgoingHttpHeaders): Promise<http.IncomingMessage> {
    const { url } = request;
    const secure = url.protocol === "https:";
    const options: https.RequestOptions = {
      // node:http wants an IPv6 literal without its brackets.
      hostname: url.hostname.replace(/^\[(.*)\]$/, "$1"),
      port: url.port ? Number(url.port) : secure ? 443 : 80,
      path: `${url.pathname}${url.search}`,
      method: request.method,
      headers,
      // `false`: a one-off agent, so a new connection that is closed after the response.
      agent: request.freshConnection ? false : this.agentFor(url.protocol),
      signal: request.signal,
    };
    return new Promise((resolve, reject) => {
      const req = (secure ? https : http).request(options, resolve);
      // Node sets reusedSocket when the agent hands this request an idle pooled socket; errors after the
      // response arrived surface on the response stream, where the body reader sees them.
      req.on("error", (error) => reject(new DispatchError(req.reusedSocket, error)));
      req.end(request.body);
    });
  }

  // One agent per scheme (an http agent cannot carry https). No socket cap and no idle timeout: the
  // gate's own concurrency bounds the sockets, a cap would queue requests inside their attempt timer,
  // and the per-attempt timer is the only one that may cut a request.
  private agentFor(protocol: string): http.Agent {
    let agent = this.agents.get(protocol);
    if (!agent) {
      const options: http.AgentOptions = { keepAlive: true, maxSockets: Number.POSITIVE_INFINITY };
      agent = protocol === "https:" ? new https.Agent(options) : new http.Agent(options);
      this.agents.set(protocol, agent);
    }
    return agent;
  }
}

/** Lower-cased names; the caller's User-Agent or the client's; Content-Length for any body. */
function wireHeaders(request: WireRequest, userAgent: string): http.OutgoingHttpHeaders {
  const headers: http.OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(request.headers)) headers[name.toLowerCase()] = value;
  headers["user-agent"] ??= userAgent;
  if (request.body !== undefined) headers["content-length"] = Buffer.byteLength(request.body);
  return headers;
}
