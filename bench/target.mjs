// The benchmark's target service: a small tasks API on 127.0.0.1 with a fixed per-request latency
// and tasks that complete a fixed time after creation. Plain Node (node:http, node:crypto).
//
//   node bench/target.mjs [--latency-ms 20] [--complete-after-ms 1000] [--lifetime-ms 300000]
//                         [--token bench-token] [--port 0] [--exit-on-stdin-close] [--log]
//
// The first line on stdout is `listening on http://127.0.0.1:PORT`. The process stops by itself after
// --lifetime-ms, on SIGINT/SIGTERM, and with --exit-on-stdin-close when its standard input closes (the
// parent that spawned it with a pipe went away), so it never lingers. --log writes one line per
// request to stderr: `<epoch ms> <method> <url>` as it arrives (to see when a client sends what).
//
// Same response shapes as examples/demo/server.mjs (which the docs and tests use), minus what the
// benchmark does not exercise, plus what the benchmark needs to explain its numbers:
//   GET  /__bench/stats   { requests, connections, peakInFlight, byRoute } since the last reset:
//                         `connections` counts the TCP connections that carried benchmark requests (so
//                         keep-alive reuse shows); the /__bench requests themselves are not counted
//   POST /__bench/reset   zeroes those counters
// No rate limit: the benchmark measures the client, not a 429 path.
import { createHash, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import { createServer } from "node:http";
import { pathToFileURL } from "node:url";

const HOST = "127.0.0.1";
const JSON_TYPE = "application/json; charset=utf-8";
const PHOTOS_PER_TASK = 2;

/**
 * @param {{ latencyMs?: number, completeAfterMs?: number, lifetimeMs?: number, token?: string, port?: number,
 *   log?: (line: string) => void }} [options] `log` gets `<epoch ms> <method> <url>` as each request arrives
 */
export async function startTarget(options = {}) {
  const {
    latencyMs = 20,
    completeAfterMs = 1000,
    lifetimeMs = 5 * 60 * 1000,
    token = "bench-token",
    port = 0,
    log,
  } = options;
  for (const [name, value] of Object.entries({ latencyMs, completeAfterMs, lifetimeMs, port })) {
    if (!Number.isFinite(value) || value < 0) throw new TypeError(`${name} must be a non-negative number`);
  }
  const expectedToken = createHash("sha256").update(token).digest();
  const tasks = new Map();
  const idempotency = new Map();
  const seedBase = Date.now() - 3_600_000;
  for (let i = 1; i <= 3; i++) {
    const id = `tsk_seed000${i}`;
    tasks.set(id, { id, title: `seed task ${i}`, kind: "inspection", createdMs: seedBase + i * 60_000 });
  }

  const stats = newStats();
  let counted = new WeakSet();
  let inFlight = 0;
  let origin = "";

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", `http://${HOST}`);
    if (url.pathname === "/__bench/stats") return send(res, json(200, stats));
    if (url.pathname === "/__bench/reset" && req.method === "POST") {
      Object.assign(stats, newStats());
      counted = new WeakSet();
      return send(res, json(204, null));
    }
    stats.requests++;
    log?.(`${Date.now()} ${req.method} ${req.url}`);
    if (!counted.has(req.socket)) {
      counted.add(req.socket);
      stats.connections++;
    }
    inFlight++;
    stats.peakInFlight = Math.max(stats.peakInFlight, inFlight);
    res.once("close", () => inFlight--);
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      setTimeout(() => {
        const answer = route(req, url, body);
        stats.byRoute[answer.route] = (stats.byRoute[answer.route] ?? 0) + 1;
        send(res, answer);
      }, latencyMs);
    });
  });
  server.keepAliveTimeout = 30_000;

  function route(req, url, body) {
    const m = req.method;
    const p = url.pathname;
    if (m === "GET" && p === "/health") return json(200, { status: "ok" }, "GET /health");
    if (m === "GET" && p === "/ready") return json(200, { ready: true }, "GET /ready");
    if (m === "GET" && p === "/ops/release-guard")
      return json(200, { pass: true, violations: [] }, "GET /ops/release-guard");
    const photo = /^\/v1\/tasks\/([^/]+)\/photos\/(\d+)\.svg$/.exec(p);
    if (m === "GET" && photo) return getPhoto(photo[1], Number(photo[2]));
    if (p === "/v1/tasks" || p.startsWith("/v1/tasks/")) {
      if (!authorized(req.headers.authorization)) {
        return json(401, { title: "Unauthorized", status: 401 }, "401");
      }
      if (m === "GET" && p === "/v1/tasks") return listTasks(url);
      if (m === "POST" && p === "/v1/tasks") return createTask(req, body);
      const one = /^\/v1\/tasks\/([^/]+)$/.exec(p);
      if (m === "GET" && one) {
        const task = tasks.get(decodeURIComponent(one[1]));
        if (!task) return json(404, error("NOT_FOUND", "task not found"), "GET /v1/tasks/:id");
        return json(200, taskView(task, Date.now()), "GET /v1/tasks/:id");
      }
    }
    return json(404, error("NOT_FOUND", `no route for ${m} ${p}`), "unmatched");
  }

  function authorized(header) {
    const match = typeof header === "string" ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    if (!match) return false;
    return timingSafeEqual(createHash("sha256").update(match[1]).digest(), expectedToken);
  }

  function listTasks(url) {
    const limit = Math.min(100, Math.max(1, Number(url.searchParams.get("limit") ?? 20) || 20));
    const now = Date.now();
    const data = [...tasks.values()]
      .sort((a, b) => b.createdMs - a.createdMs)
      .slice(0, limit)
      .map((t) => taskView(t, now));
    return json(200, { data, next: null }, "GET /v1/tasks");
  }

  function createTask(req, body) {
    let input;
    try {
      input = JSON.parse(body.toString("utf8"));
    } catch {
      return json(400, error("VALIDATION", "body must be JSON"), "POST /v1/tasks");
    }
    if (typeof input?.title !== "string" || input.title === "") {
      return json(400, error("VALIDATION", "title is required"), "POST /v1/tasks");
    }
    const key = req.headers["idempotency-key"];
    const fingerprint = createHash("sha256").update(body).digest("hex");
    if (typeof key === "string") {
      const previous = idempotency.get(key);
      if (previous && previous.fingerprint !== fingerprint) {
        return json(409, error("IDEMPOTENCY_CONFLICT", "key reused with another body"), "POST /v1/tasks");
      }
      if (previous) return json(200, taskView(tasks.get(previous.id), Date.now()), "POST /v1/tasks");
    }
    const now = Date.now();
    const kind = typeof input.kind === "string" ? input.kind : "inspection";
    const task = { id: `tsk_${randomBytes(8).toString("hex")}`, title: input.title, kind, createdMs: now };
    tasks.set(task.id, task);
    if (typeof key === "string") idempotency.set(key, { fingerprint, id: task.id });
    const view = { ...taskView(task, now), status: "queued" };
    return json(201, view, "POST /v1/tasks", { location: `/v1/tasks/${task.id}` });
  }

  function getPhoto(id, index) {
    const task = tasks.get(id);
    if (!task || index < 1 || index > PHOTOS_PER_TASK || status(task, Date.now()) !== "completed") {
      return json(404, error("NOT_FOUND", "photo not found"), "GET photo");
    }
    return {
      status: 200,
      route: "GET photo",
      headers: { "content-type": "image/svg+xml" },
      body: photoBytes(id, index),
    };
  }

  function status(task, now) {
    const elapsed = now - task.createdMs;
    if (elapsed >= completeAfterMs) return task.kind === "fail" ? "failed" : "completed";
    return elapsed >= completeAfterMs / 5 ? "running" : "queued";
  }

  function taskView(task, now) {
    const s = status(task, now);
    const view = {
      id: task.id,
      title: task.title,
      kind: task.kind,
      status: s,
      createdAt: new Date(task.createdMs).toISOString(),
    };
    if (s === "completed") {
      const photos = [];
      for (let i = 1; i <= PHOTOS_PER_TASK; i++) {
        photos.push({
          url: `${origin}/v1/tasks/${task.id}/photos/${i}.svg`,
          sha256: createHash("sha256").update(photoBytes(task.id, i)).digest("hex"),
        });
      }
      view.evidence = { photos, completedAt: new Date(task.createdMs + completeAfterMs).toISOString() };
    }
    return view;
  }

  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, HOST, () => {
      server.off("error", reject);
      resolve();
    });
  });
  origin = `http://${HOST}:${server.address().port}`;

  let closing;
  const lifetime = setTimeout(() => close(), lifetimeMs);
  lifetime.unref();
  function close() {
    closing ??= new Promise((resolve) => {
      clearTimeout(lifetime);
      server.close(() => resolve());
      server.closeAllConnections();
    });
    return closing;
  }
  const closed = new Promise((resolve) => server.once("close", resolve));
  return { url: origin, close, closed, stats: () => ({ ...stats }) };
}

function newStats() {
  return {
    requests: 0,
    connections: 0,
    peakInFlight: 0,
    byRoute: {},
  };
}

function json(status, value, route = "", headers = {}) {
  return {
    status,
    route,
    headers: { "content-type": JSON_TYPE, ...headers },
    body: value === null ? "" : JSON.stringify(value),
  };
}

function error(code, message) {
  return { error: { code, message } };
}

function send(res, { status, headers, body }) {
  if (res.destroyed || res.writableEnded) return;
  const payload = typeof body === "string" ? Buffer.from(body, "utf8") : body;
  res.writeHead(status, {
    "cache-control": "no-store",
    "x-request-id": randomUUID(),
    ...headers,
    "content-length": String(payload.length),
  });
  res.end(payload);
}

function photoBytes(id, index) {
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="48"><text x="4" y="28">${id} #${index}</text></svg>\n`,
  );
}

function parseArgs(argv) {
  const out = {};
  const names = {
    "--latency-ms": "latencyMs",
    "--complete-after-ms": "completeAfterMs",
    "--lifetime-ms": "lifetimeMs",
    "--port": "port",
    "--token": "token",
  };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--exit-on-stdin-close") {
      out.exitOnStdinClose = true;
      continue;
    }
    if (argv[i] === "--log") {
      out.log = (line) => process.stderr.write(`${line}\n`);
      continue;
    }
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const key = names[flag];
    if (!key) throw new Error(`unknown argument ${argv[i]}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    out[key] = key === "token" ? value : Number(value);
  }
  return out;
}

async function main() {
  let target;
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
    target = await startTarget(args);
  } catch (err) {
    process.stderr.write(`bench target: ${err.message}\n`);
    process.exitCode = 2;
    return;
  }
  process.stdout.write(`listening on ${target.url}\n`);
  const stop = () => target.close();
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  // A parent that spawned us with a piped stdin and then died closes it: stop too.
  if (args.exitOnStdinClose) {
    process.stdin.on("end", stop).on("error", stop).resume();
  }
  await target.closed;
  process.exit(0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
