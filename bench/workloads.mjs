// The benchmark's workloads, in one place: the gate configs (YAML) that the action and the CLI run,
// and the numbers bench/baseline.mjs uses to fire the same requests with bare fetch.

/** Authenticated list calls in the smoke workload. */
export const SMOKE_LIST_CALLS = 20;
/** Poll interval of the smoke flow's "wait for completion" step (gate and baseline alike). */
export const POLL_INTERVAL_MS = 100;
/** Authenticated GETs in the wide workload. */
export const WIDE_REQUESTS = 500;
/** The resource the wide workload reads (seeded in bench/target.mjs). */
export const WIDE_PATH = "/v1/tasks/tsk_seed0001";
/** The gate's default concurrency (action input `concurrency`, CLI `--concurrency`). */
export const DEFAULT_CONCURRENCY = 8;
/** The sampling workload: one check with `sample: { count, concurrency }`, and the same load from autocannon. */
export const SAMPLE_REQUESTS = 2000;
export const SAMPLE_CONCURRENCY = 50;
/** Who runs each workload: the gate (action, CLI) and its floors. */
export const SUBJECTS = ["baseline", "action", "cli"];

/**
 * Workload variants, in the order they run and are reported.
 * `concurrency` is what the gate is given (undefined: its default) and what the baseline may use at most
 * (undefined: everything at once, as far as the dependencies allow).
 */
export const VARIANTS = [
  { id: "cold", workload: "cold", title: "one GET /health" },
  {
    id: "smoke",
    workload: "smoke",
    title: `health, ready, ${SMOKE_LIST_CALLS} authenticated lists with JSON assertions, a create → poll until completed → evidence flow with an idempotency key, a release guard`,
  },
  {
    id: "wide-c8",
    workload: "wide",
    concurrency: DEFAULT_CONCURRENCY,
    title: `${WIDE_REQUESTS} authenticated GETs with status assertions, concurrency ${DEFAULT_CONCURRENCY} (the default)`,
  },
  {
    id: "wide-c64",
    workload: "wide",
    concurrency: 64,
    title: `${WIDE_REQUESTS} authenticated GETs with status assertions, concurrency 64`,
  },
  {
    id: "sample-c50",
    workload: "sample",
    title: `one check sampling an authenticated GET ${SAMPLE_REQUESTS.toLocaleString("en-US")} times, ${SAMPLE_CONCURRENCY} at once (\`sample: { count: ${SAMPLE_REQUESTS}, concurrency: ${SAMPLE_CONCURRENCY} }\`, status and p95 judged), beside \`autocannon -a ${SAMPLE_REQUESTS} -c ${SAMPLE_CONCURRENCY}\` and a bare-fetch pool of ${SAMPLE_CONCURRENCY}`,
    // autocannon is the load-tool floor: a tool built to send exactly this load as cheaply as it can.
    subjects: ["autocannon", ...SUBJECTS],
  },
];

const AUTH_DEFAULTS = `defaults:
  headers:
    Authorization: Bearer {{ secrets.API_TOKEN }}
`;

/** The gate config (YAML text) of a workload. */
export function gateConfig(workload) {
  if (workload === "cold") return "version: 1\nchecks:\n  - GET /health\n";
  if (workload === "sample") {
    return `version: 1
${AUTH_DEFAULTS}checks:
  - name: sampled read
    request: GET ${WIDE_PATH}
    sample: { count: ${SAMPLE_REQUESTS}, concurrency: ${SAMPLE_CONCURRENCY} }
    expect:
      status: 200
      latency: { p95: 5s }
`;
  }
  if (workload === "wide") {
    const checks = [];
    for (let i = 1; i <= WIDE_REQUESTS; i++) {
      checks.push(`  - name: get ${i}\n    request: GET ${WIDE_PATH}\n    expect:\n      status: 200\n`);
    }
    return `version: 1\n${AUTH_DEFAULTS}checks:\n${checks.join("")}`;
  }
  if (workload !== "smoke") throw new Error(`unknown workload ${workload}`);
  const lists = [];
  for (let i = 1; i <= SMOKE_LIST_CALLS; i++) {
    lists.push(`  - name: list tasks ${i}
    request: GET /v1/tasks?limit=5
    expect:
      status: 200
      headers:
        content-type: /^application\\/json/
      json:
        $.data: { type: array, length: { gte: 1, lte: 5 } }
        $.data[0].id: { type: string, matches: "^tsk_" }
        $.next: null
`);
  }
  return `version: 1
${AUTH_DEFAULTS}checks:
  - GET /health
  - name: ready
    request: GET /ready
    expect:
      status: 200
      json:
        $.ready: true
${lists.join("")}  - name: task lifecycle
    type: flow
    steps:
      - name: create task
        request:
          method: POST
          path: /v1/tasks
          headers:
            Idempotency-Key: bench-{{ run.id }}-{{ uuid }}
          json:
            title: deploy-gate bench
            kind: inspection
        expect:
          status: 201
          json:
            $.id: { type: string }
            $.status: queued
        capture:
          taskId: $.id
      - name: wait for completion
        request: GET /v1/tasks/{{ taskId }}
        until:
          json:
            $.status: completed
        fail-when:
          json:
            $.status: failed
        poll: { interval: ${POLL_INTERVAL_MS}ms, timeout: 30s }
        expect:
          status: 200
          json:
            $.evidence.photos: { type: array, length: { gte: 1 } }
            $.evidence.photos[0].sha256: { matches: "^[0-9a-f]{64}$" }
        capture:
          photoUrl: $.evidence.photos[0].url
      - name: fetch evidence photo
        request:
          method: GET
          url: "{{ photoUrl }}"
        expect:
          status: 200
          headers:
            content-type: /^image\\//
  - release-guard
`;
}
