// A loopback service that replays a scripted deploy timeline: the port refusing connections until
// the process listens, then each route going through phases (503 while warming up, every n-th
// request failing during a rollout, latency spikes, a release guard whose verdict flips, 429 with
// Retry-After), and the port closing mid-gate when the process dies. It records every request that
// reached it, so a test can say what the gate really sent. Only 127.0.0.1, every timer bounded.
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { buffer } from "node:stream/consumers";

const HOST = "127.0.0.1";
/** A timeline that outlives this closes itself, whatever the test did. */
const MAX_LIFETIME_MS = 90_000;

/** What one request gets. */
export type Answer =
  | {
      readonly kind: "respond";
      readonly status: number;
      readonly body: string;
      readonly headers: Readonly<Record<string, string>>;
      /** Delay before the answer is written. */
      readonly latencyMs: number;
    }
  /** Never answers: the request stays open until the client gives up or the timeline closes. */
  | { readonly kind: "hang" };

export interface Phase {
  /** How long the phase lasts on the route's clock; the last phase may omit it (forever). */
  readonly forMs?: number;
  /** Or how many requests it answers. */
  readonly requests?: number;
  readonly answer: Answer;
  /** Every n-th request of the phase gets this instead (under `*`, counted over every path it answers). */
  readonly everyNth?: { readonly n: number; readonly answer: Answer };
}

export interface RouteScript {
  /**
   * `start` (default): phases are timed from the timeline's start, like the deploy itself.
   * `first-request`: from the first request to the route, for behaviour that depends on when the
   * gate arrives rather than on when the process started (a bake watching a guard flip).
   */
  readonly clock?: "start" | "first-request";
  readonly phases: readonly Phase[];
}

export interface TimelineScript {
  /** The port refuses connections (nothing listens) until this long after start; default 0. */
  readonly listenAtMs?: number;
  /** The process dies this long after start: the listener closes and open connections drop. */
  readonly dieAtMs?: number;
  /** The same, timed from the first request that reaches it (the gate is surely mid-run then). */
  readonly dieAfterFirstRequestMs?: number;
  /** Path → script; `*` answers every path without its own script. Unknown paths answer 404. */
  readonly routes: Readonly<Record<string, RouteScript | readonly Phase[]>>;
}

export interface TimelineRequest {
  /** Milliseconds since the timeline started. */
  readonly at: number;
  readonly method: string;
  readonly path: string;
  /** Path and query as received. */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  /** The status it was answered with; undefined while (or when) it hung. */
  status?: number;
}

export interface TimelineServer {
  /** `http://127.0.0.1:PORT`: the port is reserved before the timeline starts, listening or not. */
  readonly url: string;
  readonly port: number;
  /** Every request that reached the service, in arrival order. */
  readonly requests: readonly TimelineRequest[];
  requestsTo(path: string): TimelineRequest[];
  /** Starts the clock: the listener opens at `listenAtMs` and closes at `dieAtMs`. */
  start(): Promise<void>;
  /** Milliseconds since start. */
  now(): number;
  /** Problems of the harness itself (the reserved port was taken); a test fails on any. */
  readonly faults: readonly string[];
  close(): Promise<void>;
}

// ── answers ────────────────────────────────────────────────────────────────────────────────────

export function respond(
  status: number,
  body: unknown = {},
  options: { headers?: Readonly<Record<string, string>>; latencyMs?: number } = {},
): Answer {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  const contentType = typeof body === "string" ? "text/plain; charset=utf-8" : "application/json";
  return {
    kind: "respond",
    status,
    body: text,
    headers: { "content-type": contentType, ...options.headers },
    latencyMs: options.latencyMs ?? 0,
  };
}

export const ok = (body: unknown = { ok: true }, latencyMs = 0): Answer => respond(200, body, { latencyMs });

export function hang(): Answer {
  return { kind: "hang" };
}

/** The same answer, `ms` later. */
export function slow(ms: number, answer: Answer): Answer {
  return answer.kind === "respond" ? { ...answer, latencyMs: ms } : answer;
}

// ── ports ──────────────────────────────────────────────────────────────────────────────────────

/**
 * Ports the kernel hands to outgoing connections and `listen(0)` are the ephemeral range; a port
 * reserved for a listener that opens later is taken below it, so neither another test's server nor
 * a client socket can grab it in the meantime.
 */
function candidatePorts(): number[] {
  let low = 32_768;
  try {
    low = Number(readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8").trim().split(/\s+/)[0]);
  } catch {
    // Not Linux: the IANA ephemeral range starts at 49152.
    low = 49_152;
  }
  const from = Math.max(10_000, low - 12_000);
  const to = Math.max(from + 1000, low);
  return Array.from({ length: 20 }, () => from + Math.floor(Math.random() * (to - from)));
}

// ── the server ─────────────────────────────────────────────────────────────────────────────────

interface RouteState {
  readonly script: RouteScript;
  /** Route clock origin (ms since start); undefined until the first request for `first-request`. */
  origin?: number;
  /** Requests per phase index. */
  readonly served: Map<number, number>;
}

function phaseAt(phases: readonly Phase[], elapsedMs: number, served: Map<number, number>): number {
  let phaseStart = 0;
  for (let i = 0; i < phases.length; i++) {
    const phase = phases[i]!;
    if (i === phases.length - 1) return i;
    if (phase.requests !== undefined) {
      if ((served.get(i) ?? 0) < phase.requests) return i;
      continue;
    }
    const end = phaseStart + (phase.forMs ?? Number.POSITIVE_INFINITY);
    if (elapsedMs < end) return i;
    phaseStart = end;
  }
  return phases.length - 1;
}

export async function startTimelineServer(script: TimelineScript): Promise<TimelineServer> {
  const requests: TimelineRequest[] = [];
  const faults: string[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const routes = new Map<string, RouteState>(
    Object.entries(script.routes).map(([path, raw]) => {
      const routeScript: RouteScript = Array.isArray(raw)
        ? { phases: raw as readonly Phase[] }
        : (raw as RouteScript);
      if (routeScript.phases.length === 0) throw new Error(`timeline route ${path} has no phases`);
      return [path, { script: routeScript, served: new Map() }];
    }),
  );
  let startedAt: number | undefined;
  let closed = false;
  const now = () => (startedAt === undefined ? 0 : Date.now() - startedAt);

  const later = (ms: number, fn: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
  };

  const write = (res: ServerResponse, answer: Answer, record: TimelineRequest) => {
    if (answer.kind === "hang") return;
    const send = () => {
      if (res.destroyed || closed) return;
      record.status = answer.status;
      res.writeHead(answer.status, {
        ...answer.headers,
        "content-length": Buffer.byteLength(answer.body),
      });
      res.end(answer.body);
    };
    if (answer.latencyMs > 0) later(answer.latencyMs, send);
    else send();
  };

  const server = createServer(async (req, res) => {
    await buffer(req);
    const url = new URL(req.url ?? "/", "http://timeline");
    const record: TimelineRequest = {
      at: now(),
      method: req.method ?? "GET",
      path: url.pathname,
      url: req.url ?? "/",
      headers: req.headers,
    };
    requests.push(record);
    if (requests.length === 1 && script.dieAfterFirstRequestMs !== undefined) {
      later(script.dieAfterFirstRequestMs, () => void stopListening());
    }
    const route = routes.get(url.pathname) ?? routes.get("*");
    if (!route) {
      write(res, respond(404, { error: `no timeline route for ${url.pathname}` }), record);
      return;
    }
    if (route.script.clock === "first-request") route.origin ??= record.at;
    const origin = route.origin ?? 0;
    const index = phaseAt(route.script.phases, record.at - origin, route.served);
    const phase = route.script.phases[index]!;
    const nth = (route.served.get(index) ?? 0) + 1;
    route.served.set(index, nth);
    const answer = phase.everyNth && nth % phase.everyNth.n === 0 ? phase.everyNth.answer : phase.answer;
    write(res, answer, record);
  });
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  const listenOn = (port: number): Promise<boolean> =>
    new Promise((resolve) => {
      const onError = () => {
        server.off("listening", onListening);
        resolve(false);
      };
      const onListening = () => {
        server.off("error", onError);
        resolve(true);
      };
      server.once("error", onError);
      server.once("listening", onListening);
      server.listen(port, HOST);
    });
  const stopListening = async () => {
    if (!server.listening) return;
    const done = once(server, "close");
    server.close();
    for (const socket of sockets) socket.destroy();
    await done;
  };

  // Reserve the port: listen once (so it is known to be free), and close again unless the
  // service is up from the start.
  let port = 0;
  for (const candidate of candidatePorts()) {
    if (await listenOn(candidate)) {
      port = candidate;
      break;
    }
  }
  if (port === 0) throw new Error("timeline server: no free loopback port below the ephemeral range");
  const listenAt = script.listenAtMs ?? 0;
  if (listenAt > 0) await stopListening();

  const lifetime = setTimeout(() => void timeline.close(), MAX_LIFETIME_MS);
  lifetime.unref();

  const timeline: TimelineServer = {
    url: `http://${HOST}:${port}`,
    port,
    requests,
    requestsTo: (path) => requests.filter((r) => r.path === path),
    faults,
    now,
    async start() {
      startedAt = Date.now();
      if (listenAt > 0 && Number.isFinite(listenAt)) {
        later(listenAt, () => {
          if (closed) return;
          void listenOn(port).then((up) => {
            if (!up) faults.push(`the reserved port ${port} was taken before the service could listen`);
          });
        });
      }
      if (script.dieAtMs !== undefined) later(script.dieAtMs, () => void stopListening());
    },
    async close() {
      if (closed) return;
      closed = true;
      clearTimeout(lifetime);
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await stopListening();
    },
  };
  return timeline;
}
