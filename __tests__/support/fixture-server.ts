// A real node:http server on 127.0.0.x for integration tests: it records every request it receives and
// answers with a handler per path. The handler factories below are the misbehaving services a gate must
// survive (flaky 503s, 429s, hangs, resets, huge, compressed and odd bodies, redirects).

import { once } from "node:events";
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { pipeline } from "node:stream/promises";
import * as zlib from "node:zlib";

export interface RecordedRequest {
  readonly method: string;
  /** Path and query, as received. */
  readonly url: string;
  readonly path: string;
  /** Lower-cased names, as node:http gives them. */
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  readonly text: string;
  /** 1-based number of the TCP connection it arrived on. */
  readonly connection: number;
}

export interface HandlerContext {
  readonly request: RecordedRequest;
  /** Requests this path received so far, this one included. */
  readonly hit: number;
  /** Requests served on this connection before this one (0 on a fresh connection). */
  readonly servedOnConnection: number;
  readonly server: FixtureServer;
}

export type Handler = (
  req: IncomingMessage,
  res: ServerResponse,
  ctx: HandlerContext,
) => void | Promise<void>;

export interface FixtureServer {
  /** `http://host:port`, no trailing slash. */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  /** Every request received, in arrival order. */
  readonly requests: readonly RecordedRequest[];
  /** TCP connections accepted so far. */
  readonly connections: number;
  requestsTo(path: string): RecordedRequest[];
  /** Adds or replaces the handler for a path. */
  route(path: string, handler: Handler): void;
  /** Drops every open connection (hanging requests included) and stops listening. */
  close(): Promise<void>;
}

export interface FixtureServerOptions {
  /** Any 127.0.0.0/8 address: a second server on 127.0.0.2 is "another host" for redirect tests. */
  readonly host?: string;
}

/** Starts a server on a random port; paths without a handler answer 404. */
export async function startFixtureServer(
  routes: Readonly<Record<string, Handler>> = {},
  options: FixtureServerOptions = {},
): Promise<FixtureServer> {
  const host = options.host ?? "127.0.0.1";
  const handlers = new Map(Object.entries(routes));
  const requests: RecordedRequest[] = [];
  const hits = new Map<string, number>();
  const connectionIds = new WeakMap<Socket, number>();
  const served = new WeakMap<Socket, number>();
  let connections = 0;

  const server = createServer(async (req, res) => {
    const socket = req.socket;
    const body = await buffer(req);
    const url = new URL(req.url ?? "/", "http://fixture");
    const request: RecordedRequest = {
      method: req.method ?? "GET",
      url: req.url ?? "/",
      path: url.pathname,
      headers: req.headers,
      body,
      text: body.toString("utf8"),
      connection: connectionIds.get(socket) ?? 0,
    };
    requests.push(request);
    const hit = (hits.get(url.pathname) ?? 0) + 1;
    hits.set(url.pathname, hit);
    const servedOnConnection = served.get(socket) ?? 0;
    served.set(socket, servedOnConnection + 1);
    const handler = handlers.get(url.pathname);
    if (!handler) {
      sendJson(res, 404, { error: `no fixture route for ${request.method} ${url.pathname}` });
      return;
    }
    try {
      await handler(req, res, { request, hit, servedOnConnection, server: fixture });
    } catch (error) {
      if (res.headersSent) res.destroy();
      else sendJson(res, 500, { error: `fixture handler failed: ${String(error)}` });
    }
  });
  server.on("connection", (socket: Socket) => {
    connections++;
    connectionIds.set(socket, connections);
  });
  server.listen(0, host);
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;

  const fixture: FixtureServer = {
    url: `http://${host}:${port}`,
    host,
    port,
    requests,
    get connections() {
      return connections;
    },
    requestsTo: (path) => requests.filter((r) => r.path === path),
    route: (path, handler) => {
      handlers.set(path, handler);
    },
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, "close");
    },
  };
  return fixture;
}

function sendJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): void {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
    ...headers,
  });
  res.end(body);
}

export interface ResponseInit {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
}

export function json(value: unknown, init: ResponseInit = {}): Handler {
  return (_req, res) => sendJson(res, init.status ?? 200, value, { ...init.headers });
}

export function text(body: string | Buffer, init: ResponseInit = {}): Handler {
  return (_req, res) => {
    res.writeHead(init.status ?? 200, {
      "content-type": "text/plain; charset=utf-8",
      "content-length": Buffer.byteLength(body),
      ...init.headers,
    });
    res.end(body);
  };
}

/** Answers with method, path, headers and body of the request, as JSON. */
export function echo(): Handler {
  return (_req, res, { request }) =>
    sendJson(res, 200, {
      method: request.method,
      url: request.url,
      headers: request.headers,
      body: request.text,
    });
}

/** The nth request to the path gets the nth handler; the last one answers every request after. */
export function sequence(...handlers: Handler[]): Handler {
  return (req, res, ctx) => handlers[Math.min(ctx.hit, handlers.length) - 1]!(req, res, ctx);
}

/** `failures` answers with `status` (503 by default), then `after` (200 `{"ok":true}` by default). */
export function flaky(failures: number, options: { status?: number; after?: Handler } = {}): Handler {
  const failure = json({ error: "flaky" }, { status: options.status ?? 503 });
  return sequence(...Array<Handler>(failures).fill(failure), options.after ?? json({ ok: true }));
}

/**
 * 429 with `Retry-After` of `seconds` from the moment it answers, as delta-seconds or (`asDate`) as an
 * HTTP date; `times` times, then `after`.
 */
export function tooManyRequests(
  seconds: number,
  options: { asDate?: boolean; times?: number; after?: Handler } = {},
): Handler {
  const limited: Handler = (_req, res) => {
    const value = options.asDate ? new Date(Date.now() + seconds * 1000).toUTCString() : String(seconds);
    sendJson(res, 429, { error: "rate limited" }, { "retry-after": value });
  };
  return sequence(...Array<Handler>(options.times ?? 1).fill(limited), options.after ?? json({ ok: true }));
}

/** Never answers; the request stays open until the client gives up or the server closes. */
export function hang(): Handler {
  return () => {};
}

/** Answers after `ms`. */
export function slow(ms: number, then: Handler = json({ ok: true })): Handler {
  return async (req, res, ctx) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    if (!res.destroyed) await then(req, res, ctx);
  };
}

/** Promises a long body, sends `bytes` of it, then destroys the socket. */
export function destroyMidBody(bytes = 1024): Handler {
  return (_req, res) => {
    res.writeHead(200, { "content-type": "text/plain", "content-length": bytes * 100 });
    res.write(Buffer.alloc(bytes, "a"), () => res.socket?.destroy());
  };
}

/** Streams `totalBytes` (with backpressure) and stops as soon as the client goes away. */
export function streamBytes(
  totalBytes: number,
  options: { chunkBytes?: number; chunked?: boolean } = {},
): Handler {
  const chunk = Buffer.alloc(options.chunkBytes ?? 64 * 1024, "x");
  return async (_req, res) => {
    res.writeHead(200, {
      "content-type": "application/octet-stream",
      ...(options.chunked ? {} : { "content-length": String(totalBytes) }),
    });
    for (let left = totalBytes; left > 0 && !res.destroyed; left -= chunk.length) {
      if (!res.write(left >= chunk.length ? chunk : chunk.subarray(0, left))) {
        await Promise.race([once(res, "drain"), once(res, "close")]);
      }
    }
    if (!res.destroyed) res.end();
  };
}

/** Writes each part as its own chunk (Transfer-Encoding: chunked), `delayMs` apart. */
export function chunked(
  parts: readonly string[],
  options: { delayMs?: number; contentType?: string } = {},
): Handler {
  return async (_req, res) => {
    res.writeHead(200, { "content-type": options.contentType ?? "application/json" });
    for (const part of parts) {
      res.write(part);
      await new Promise((resolve) => setTimeout(resolve, options.delayMs ?? 5));
    }
    res.end();
  };
}

export type Encoding = "gzip" | "deflate" | "br";

function encoder(encoding: Encoding): zlib.Gzip | zlib.Deflate | zlib.BrotliCompress {
  switch (encoding) {
    case "gzip":
      return zlib.createGzip();
    case "deflate":
      return zlib.createDeflate();
    case "br":
      // Brotli's default quality (11) takes seconds on large inputs.
      return zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } });
  }
}

export async function compress(
  encoding: Encoding,
  body: string | Buffer | Iterable<Buffer>,
): Promise<Buffer> {
  const source = typeof body === "string" || Buffer.isBuffer(body) ? [Buffer.from(body)] : body;
  const stream = encoder(encoding);
  const [compressed] = await Promise.all([buffer(stream), pipeline(Readable.from(source), stream)]);
  return compressed;
}

/** `body` compressed with `encoding`, sent with the matching Content-Encoding. */
export function compressed(encoding: Encoding, body: string | Buffer, init: ResponseInit = {}): Handler {
  const ready = compress(encoding, body);
  return async (_req, res) => {
    const bytes = await ready;
    res.writeHead(init.status ?? 200, {
      "content-type": "application/json",
      "content-encoding": encoding,
      "content-length": bytes.length,
      ...init.headers,
    });
    res.end(bytes);
  };
}

function* zeros(bytes: number): Generator<Buffer> {
  const chunk = Buffer.alloc(1024 * 1024);
  for (let left = bytes; left > 0; left -= chunk.length)
    yield left >= chunk.length ? chunk : chunk.subarray(0, left);
}

/** A small compressed body that decodes to `decodedBytes` of zeros (64 MiB by default). */
export function compressionBomb(encoding: Encoding, decodedBytes = 64 * 1024 * 1024): Handler {
  const ready = compress(encoding, zeros(decodedBytes));
  return async (_req, res) => {
    const bytes = await ready;
    res.writeHead(200, {
      "content-type": "application/octet-stream",
      "content-encoding": encoding,
      "content-length": bytes.length,
    });
    res.end(bytes);
  };
}

/** `body` preceded by a UTF-8 byte order mark. */
export function withBom(body: string, contentType = "application/json"): Handler {
  return text(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)]), {
    headers: { "content-type": contentType },
  });
}

/** Claims JSON, sends a cut-off object. */
export function malformedJson(): Handler {
  return text('{"status": "ok", "items": [1, 2', { headers: { "content-type": "application/json" } });
}

export function redirect(location: string, status = 302): Handler {
  return (_req, res) => {
    res.writeHead(status, { location, "content-length": 0 });
    res.end();
  };
}

/**
 * Plays a server that closed an idle keep-alive connection just as the client reused it: the first
 * request to arrive on an already-used connection gets its socket destroyed, unanswered.
 */
export function closeReusedConnection(then: Handler = json({ ok: true })): Handler {
  let closed = false;
  return (req, res, ctx) => {
    if (ctx.servedOnConnection > 0 && !closed) {
      closed = true;
      req.socket.destroy();
      return;
    }
    return then(req, res, ctx);
  };
}
