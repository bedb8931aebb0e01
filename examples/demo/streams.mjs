// The payments-streaming surface of the demo service, just after a blue/green deploy: green
// (2.8.0) took the traffic from blue (2.7.3) when the service started.
//
//   GET  /readyz                    readiness of the live colour: { ready, color, version }
//   GET  /streams                   payment streams (bearer token)
//   PUT  /synthetic-users/:handle   idempotent upsert of a synthetic user (bearer token)
//   POST /streams                   create a stream; Idempotency-Key required (bearer token)
//   GET  /streams/:id               pending → streaming → settled, with the settlement (bearer token)
//   POST /deploy/rollback           the deploy platform's rollback hook: a signed deploy-gate event
//                                   switches the traffic back to the previous colour
//
// No real money moves: synthetic users may only stream on the mock chain (a stream of theirs on
// any other network is refused), and the mock chain settles by itself. Real users' traffic is
// simulated as 20 settlements a second on mainnet, counted in /metrics as
// `stream_settlements_total{network, outcome}` and `stream_settlement_duration_seconds`.
// Fault `settlement-slo`: green's settlement worker fails one real settlement in eight (the
// synthetic ones still settle), an error ratio far over a 1% SLO.
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import {
  error,
  fingerprint,
  idempotencyConflict,
  idempotencyKey,
  json,
  jsonObject,
  route,
} from "./answers.mjs";

const TRAFFIC_EVERY_MS = 50;
const FAILED_ONE_IN = 8;
const BUCKETS = [0.5, 1, 2, 5];
const HANDLE = /^[a-z0-9][a-z0-9-]{2,39}$/;
const AMOUNT = /^(?:0|[1-9]\d{0,8})(?:\.\d{1,6})?$/;

/**
 * @param {{ state: any, fault: (name: string) => boolean, note: (line: string) => void,
 *   rollbackSecret: string, settleAfterMs: number }} env
 */
export function streamsSurface({ state, fault, note, rollbackSecret, settleAfterMs }) {
  const deployment = {
    live: { color: "green", version: "2.8.0", since: state.startedAt },
    previous: { color: "blue", version: "2.7.3" },
    rollbacks: [],
  };
  state.deployment = deployment;
  const users = new Map();
  const streams = new Map();
  const keys = new Map();
  const rollbackKeys = new Map();
  const traffic = { at: state.startedAt, seq: 0 };
  const settlements = new Map(); // `${network}\u0000${outcome}` → count
  const histogram = { buckets: BUCKETS.map(() => 0), sum: 0, count: 0 };

  for (const [id, handle] of [
    ["usr_ada", "ada"],
    ["usr_grace", "grace"],
  ]) {
    users.set(id, { id, handle, displayName: handle, synthetic: false, wallet: wallet(id, "mainnet") });
  }
  seedStream("str_seed0001", "usr_ada", "usr_grace", "12.50");
  seedStream("str_seed0002", "usr_grace", "usr_ada", "3.20");

  function seedStream(id, sender, recipient, amount) {
    const createdMs = state.startedAt - 30 * 60 * 1000;
    streams.set(id, { id, sender, recipient, amount, currency: "USDC", network: "mainnet", createdMs });
  }

  function record(network, outcome, seconds) {
    const key = `${network}\u0000${outcome}`;
    settlements.set(key, (settlements.get(key) ?? 0) + 1);
    BUCKETS.forEach((le, i) => {
      if (seconds <= le) histogram.buckets[i] += 1;
    });
    histogram.sum += seconds;
    histogram.count += 1;
  }

  /** Real users' settlements since the last look, on whichever colour was live. */
  function advanceTraffic(now) {
    const n = Math.floor((now - traffic.at) / TRAFFIC_EVERY_MS);
    if (n <= 0) return;
    traffic.at += n * TRAFFIC_EVERY_MS;
    const broken = fault("settlement-slo") && deployment.live.color === "green";
    for (let i = 0; i < n; i++) {
      traffic.seq += 1;
      if (broken && traffic.seq % FAILED_ONE_IN === 0) record("mainnet", "failed", 0.2);
      else record("mainnet", "settled", 0.3 + (traffic.seq % 10) / 10);
    }
  }

  function streamState(stream, now) {
    const elapsed = now - stream.createdMs;
    if (elapsed >= settleAfterMs) return "settled";
    return elapsed >= settleAfterMs / 4 ? "streaming" : "pending";
  }

  function streamView(stream, now) {
    const view = {
      id: stream.id,
      state: streamState(stream, now),
      sender: stream.sender,
      recipient: stream.recipient,
      amount: stream.amount,
      currency: stream.currency,
      network: stream.network,
      createdAt: new Date(stream.createdMs).toISOString(),
    };
    if (view.state === "settled") {
      if (stream.synthetic && !stream.recorded) {
        stream.recorded = true;
        record("mock", "settled", settleAfterMs / 1000);
      }
      view.settlement = {
        network: stream.network,
        txHash: `0x${createHash("sha256").update(stream.id).digest("hex")}`,
        confirmations: stream.network === "mock" ? 1 : 12,
        amount: stream.amount,
        settledAt: new Date(stream.createdMs + settleAfterMs).toISOString(),
      };
    }
    return view;
  }

  function readyz() {
    const waitMs = state.readyAfterMs - (Date.now() - state.startedAt);
    if (waitMs > 0) {
      return json(
        503,
        { ready: false, reason: "warming up", color: deployment.live.color },
        { "retry-after": String(Math.ceil(waitMs / 1000)) },
      );
    }
    const { color, version } = deployment.live;
    return json(200, { ready: true, color, version });
  }

  function listStreams() {
    const now = Date.now();
    const data = [...streams.values()]
      .sort((a, b) => b.createdMs - a.createdMs)
      .slice(0, 20)
      .map((s) => streamView(s, now));
    return json(200, { data, next: null });
  }

  function upsertSyntheticUser(ctx) {
    const handle = ctx.params.handle;
    if (!HANDLE.test(handle)) {
      return json(400, error("VALIDATION", "handle must be 3 to 40 lowercase letters, digits or dashes"));
    }
    const body = jsonObject(ctx, '{"displayName": "…"}');
    if (body.answer) return body.answer;
    const id = `usr_syn_${handle}`;
    const existing = users.get(id);
    const user = {
      id,
      handle,
      displayName: typeof body.value.displayName === "string" ? body.value.displayName : handle,
      synthetic: true,
      wallet: wallet(id, "mock"),
    };
    users.set(id, user);
    return json(existing ? 200 : 201, user);
  }

  function createStream(ctx) {
    const key = idempotencyKey(ctx);
    if (key.answer) return key.answer;
    if (key.key === undefined) {
      return json(
        400,
        error("IDEMPOTENCY_KEY_REQUIRED", "payments need an Idempotency-Key, so a retried create pays once"),
      );
    }
    const body = jsonObject(ctx, '{"sender": "usr_…", "recipient": "usr_…", "amount": "0.01", …}');
    if (body.answer) return body.answer;
    const { sender, recipient, amount, currency, network } = body.value;
    for (const [name, value] of Object.entries({ sender, recipient, currency, network })) {
      if (typeof value !== "string" || value === "") {
        return json(400, error("VALIDATION", `${name} is required and must be a non-empty string`));
      }
    }
    if (typeof amount !== "string" || !AMOUNT.test(amount) || Number(amount) <= 0) {
      return json(400, error("VALIDATION", 'amount must be a positive decimal string like "0.01"'));
    }
    const from = users.get(sender);
    if (!from) return json(422, error("UNKNOWN_SENDER", `no user ${sender}`));
    if (from.synthetic && network !== "mock") {
      return json(
        422,
        error("SYNTHETIC_REAL_NETWORK", `synthetic user ${sender} may only stream on the mock chain`),
      );
    }

    const scoped = `${ctx.credential}\u0000${key.key}`;
    const print = fingerprint(body.value);
    const previous = keys.get(scoped);
    if (previous) {
      if (previous.fingerprint !== print) {
        return idempotencyConflict();
      }
      const stream = streams.get(previous.id);
      return json(200, streamView(stream, Date.now()), { "idempotent-replayed": "true" });
    }
    const stream = {
      id: `str_${randomBytes(8).toString("hex")}`,
      sender,
      recipient,
      amount,
      currency,
      network,
      synthetic: from.synthetic,
      createdMs: Date.now(),
    };
    streams.set(stream.id, stream);
    keys.set(scoped, { fingerprint: print, id: stream.id });
    return json(201, { ...streamView(stream, stream.createdMs), state: "pending" });
  }

  function getStream(ctx) {
    const stream = streams.get(ctx.params.id);
    if (!stream) return json(404, error("NOT_FOUND", `stream ${ctx.params.id} not found`));
    return json(200, streamView(stream, Date.now()));
  }

  /** The deploy platform's side of deploy-gate's `on-failure-url`: verify, then roll back. */
  function rollback(ctx) {
    const header = ctx.req.headers["x-deploy-gate-signature"];
    const given = typeof header === "string" ? /^sha256=([0-9a-f]{64})$/i.exec(header.trim()) : null;
    const expected = createHmac("sha256", rollbackSecret).update(ctx.body).digest();
    if (!given || !timingSafeEqual(expected, Buffer.from(given[1], "hex"))) {
      note("rollback hook: refused an event without a valid X-Deploy-Gate-Signature (401)");
      return json(401, error("INVALID_SIGNATURE", "X-Deploy-Gate-Signature does not match the body"));
    }
    const body = jsonObject(ctx, '{"event": "gate.failed", …}');
    if (body.answer) return body.answer;
    const event = body.value;
    if (event.event !== "gate.failed" || event.version !== 1) {
      return json(400, error("VALIDATION", "expected a gate.failed event of version 1"));
    }
    const key = String(ctx.req.headers["idempotency-key"] ?? "");
    const seen = key && rollbackKeys.get(key);
    if (seen) return json(200, { ...seen, replayed: true });
    if (deployment.live.color !== "green") {
      return json(200, { rolledBack: false, reason: `already on ${deployment.live.color}` });
    }
    const from = deployment.live;
    const to = { ...deployment.previous, since: Date.now() };
    deployment.live = to;
    deployment.previous = { color: from.color, version: from.version };
    const answer = {
      rolledBack: true,
      from: { color: from.color, version: from.version },
      to: { color: to.color, version: to.version },
    };
    if (key) rollbackKeys.set(key, answer);
    deployment.rollbacks.push({ at: Date.now(), event, ...answer });
    const failed = Array.isArray(event.failedChecks) ? event.failedChecks.join(", ") : "?";
    note(
      `rollback hook: deploy-gate says gate.failed (label "${event.label}", failed: ${failed}); ` +
        `signature verified → traffic switched ${from.color} ${from.version} → ${to.color} ${to.version}`,
    );
    return json(200, answer);
  }

  function metrics() {
    advanceTraffic(Date.now());
    const lines = [
      "# HELP deployment_info The colour and version taking traffic.",
      "# TYPE deployment_info gauge",
      `deployment_info{color="${deployment.live.color}",version="${deployment.live.version}"} 1`,
      "# HELP stream_settlements_total Payment stream settlements, by network and outcome.",
      "# TYPE stream_settlements_total counter",
    ];
    for (const network of ["mainnet", "mock"]) {
      for (const outcome of ["settled", "failed"]) {
        const n = settlements.get(`${network}\u0000${outcome}`) ?? 0;
        lines.push(`stream_settlements_total{network="${network}",outcome="${outcome}"} ${n}`);
      }
    }
    lines.push(
      "# HELP stream_settlement_duration_seconds Time from a stream's end to its settlement.",
      "# TYPE stream_settlement_duration_seconds histogram",
    );
    BUCKETS.forEach((le, i) => {
      lines.push(`stream_settlement_duration_seconds_bucket{le="${le}"} ${histogram.buckets[i]}`);
    });
    lines.push(
      `stream_settlement_duration_seconds_bucket{le="+Inf"} ${histogram.count}`,
      `stream_settlement_duration_seconds_sum ${histogram.sum.toFixed(3)}`,
      `stream_settlement_duration_seconds_count ${histogram.count}`,
    );
    return lines;
  }

  return {
    routes: [
      route("GET", "/readyz", readyz),
      route("GET", "/streams", listStreams, { auth: true }),
      route("POST", "/streams", createStream, { auth: true }),
      route("GET", "/streams/:id", getStream, { auth: true }),
      route("PUT", "/synthetic-users/:handle", upsertSyntheticUser, { auth: true }),
      route("POST", "/deploy/rollback", rollback),
    ],
    metrics,
  };
}

function wallet(id, network) {
  return { network, address: `0x${createHash("sha256").update(id).digest("hex").slice(0, 40)}` };
}
