// The practical floor: the requests of a workload fired with bare fetch, as concurrently as their
// dependencies allow, with just enough checking to know the answers were right. No framework, no
// reports. bench/run.mjs times this against the bundled action and CLI.
//
//   node bench/baseline.mjs --workload cold|smoke|wide|sample --base-url URL [--token T] [--concurrency N]
//
// Exit code 0 when every answer was as expected, 1 otherwise.
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { parseArgs } from "node:util";
import {
  POLL_INTERVAL_MS,
  SAMPLE_CONCURRENCY,
  SAMPLE_REQUESTS,
  SMOKE_LIST_CALLS,
  WIDE_PATH,
  WIDE_REQUESTS,
} from "./workloads.mjs";

const { values } = parseArgs({
  options: {
    workload: { type: "string" },
    "base-url": { type: "string" },
    token: { type: "string", default: "bench-token" },
    concurrency: { type: "string" },
  },
});
const base = values["base-url"];
const auth = { authorization: `Bearer ${values.token}` };

function fail(message) {
  throw new Error(message);
}

async function get(path, headers) {
  const res = await fetch(path.startsWith("http") ? path : base + path, { headers });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

async function getJson(path, headers) {
  const r = await get(path, headers);
  if (r.status !== 200) fail(`GET ${path}: ${r.status}`);
  return JSON.parse(r.text);
}

async function flow() {
  const res = await fetch(`${base}/v1/tasks`, {
    method: "POST",
    headers: { ...auth, "content-type": "application/json", "idempotency-key": `bench-${randomUUID()}` },
    body: JSON.stringify({ title: "baseline bench", kind: "inspection" }),
  });
  const created = JSON.parse(await res.text());
  if (res.status !== 201 || created.status !== "queued") fail(`create: ${res.status}`);
  let task;
  for (;;) {
    task = await getJson(`/v1/tasks/${created.id}`, auth);
    if (task.status === "completed") break;
    if (task.status === "failed") fail("task failed");
    await sleep(POLL_INTERVAL_MS);
  }
  const photo = task.evidence?.photos?.[0];
  if (!photo || !/^[0-9a-f]{64}$/.test(photo.sha256)) fail("no evidence");
  const r = await get(photo.url, auth);
  if (r.status !== 200 || !r.headers.get("content-type")?.startsWith("image/")) fail("photo");
}

/** Runs the task functions at most `limit` at once (all at once without a limit). */
async function pool(tasks, limit = tasks.length) {
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) await tasks[next++]();
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
}

const workloads = {
  async cold() {
    const r = await get("/health");
    if (r.status < 200 || r.status > 299) fail(`health: ${r.status}`);
  },
  async smoke() {
    const tasks = [
      flow,
      () => workloads.cold(),
      async () => {
        if ((await getJson("/ready")).ready !== true) fail("not ready");
      },
      async () => {
        const g = await getJson("/ops/release-guard");
        if (g.pass !== true) fail("release guard");
      },
    ];
    for (let i = 0; i < SMOKE_LIST_CALLS; i++) {
      tasks.push(async () => {
        const r = await get("/v1/tasks?limit=5", auth);
        const list = JSON.parse(r.text);
        if (r.status !== 200 || !Array.isArray(list.data) || !/^tsk_/.test(list.data[0]?.id)) fail("list");
      });
    }
    await pool(tasks);
  },
  async wide() {
    const tasks = [];
    for (let i = 0; i < WIDE_REQUESTS; i++) {
      tasks.push(async () => {
        const r = await get(WIDE_PATH, auth);
        if (r.status !== 200) fail(`wide: ${r.status}`);
      });
    }
    await pool(tasks, values.concurrency ? Number(values.concurrency) : undefined);
  },
  async sample() {
    const tasks = [];
    for (let i = 0; i < SAMPLE_REQUESTS; i++) {
      tasks.push(async () => {
        const r = await get(WIDE_PATH, auth);
        if (r.status !== 200) fail(`sample: ${r.status}`);
      });
    }
    await pool(tasks, SAMPLE_CONCURRENCY);
  },
};

const run = workloads[values.workload];
if (!run || !base) {
  process.stderr.write("usage: node bench/baseline.mjs --workload cold|smoke|wide|sample --base-url URL\n");
  process.exit(2);
}
try {
  await run();
} catch (error) {
  process.stderr.write(`baseline ${values.workload}: ${error.message}\n`);
  process.exit(1);
}
