// A local stand-in for the GitHub REST API on 127.0.0.1: the endpoints deploy-gate calls, under
// a GHES-style `/api/v3` prefix so a test also proves GITHUB_API_URL is honoured. It records
// every request and can be told to answer an endpoint with an error.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { buffer } from "node:stream/consumers";

export interface ApiRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  // biome-ignore lint/suspicious/noExplicitAny: request bodies as the action sent them.
  readonly body: any;
}

export type Endpoint = "commit-status" | "deployment-status" | "list-deployment-statuses";

export interface FakeGithubApi {
  /** `http://127.0.0.1:<port>/api/v3`, for GITHUB_API_URL. */
  readonly url: string;
  readonly requests: ApiRequest[];
  /** Answers the endpoint with this status and GitHub's error body `times` times (until reset by default). */
  fail(endpoint: Endpoint, status: number, times?: number): void;
  /** Never answers the endpoint. */
  hang(endpoint: Endpoint): void;
  /** What the latest deployment status already says (the environment URL to carry over). */
  latestEnvironmentUrl: string | undefined;
  reset(): void;
  commitStatuses(): ApiRequest[];
  deploymentStatuses(): ApiRequest[];
  close(): Promise<void>;
}

const PREFIX = "/api/v3";
const ERROR_MESSAGE: Readonly<Record<number, string>> = {
  403: "Resource not accessible by integration",
  404: "Not Found",
  500: "Server Error",
  502: "Bad Gateway",
};

function endpointOf(method: string, path: string): Endpoint | undefined {
  if (method === "POST" && /^\/repos\/[^/]+\/[^/]+\/statuses\/[0-9a-f]+$/.test(path)) return "commit-status";
  if (/^\/repos\/[^/]+\/[^/]+\/deployments\/\d+\/statuses$/.test(path)) {
    return method === "POST" ? "deployment-status" : "list-deployment-statuses";
  }
  return undefined;
}

export async function startFakeGithubApi(): Promise<FakeGithubApi> {
  const requests: ApiRequest[] = [];
  const failures = new Map<Endpoint, { status: number; times: number }>();
  const hanging = new Set<Endpoint>();
  let server: Server;
  const api: FakeGithubApi = {
    url: "",
    requests,
    latestEnvironmentUrl: undefined,
    fail(endpoint, status, times = Number.POSITIVE_INFINITY) {
      failures.set(endpoint, { status, times });
    },
    hang(endpoint) {
      hanging.add(endpoint);
    },
    reset() {
      requests.length = 0;
      failures.clear();
      hanging.clear();
      api.latestEnvironmentUrl = undefined;
    },
    commitStatuses: () => requests.filter((r) => endpointOf(r.method, r.path) === "commit-status"),
    deploymentStatuses: () => requests.filter((r) => endpointOf(r.method, r.path) === "deployment-status"),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  server = createServer(async (req, res) => {
    const raw = (await buffer(req)).toString("utf8");
    const url = new URL(req.url ?? "/", "http://api");
    const path = url.pathname.startsWith(PREFIX) ? url.pathname.slice(PREFIX.length) : url.pathname;
    const method = req.method ?? "GET";
    requests.push({ method, path, headers: req.headers, body: raw ? JSON.parse(raw) : undefined });
    const endpoint = url.pathname.startsWith(PREFIX) ? endpointOf(method, path) : undefined;
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
      res.end(JSON.stringify(body));
    };
    if (!endpoint) return send(404, { message: "Not Found" });
    if (hanging.has(endpoint)) return;
    const failure = failures.get(endpoint);
    if (failure && failure.times > 0) {
      failure.times--;
      return send(failure.status, {
        message: ERROR_MESSAGE[failure.status] ?? "Validation Failed",
        documentation_url: "https://docs.github.com/rest",
        status: String(failure.status),
      });
    }
    if (endpoint === "list-deployment-statuses") {
      return send(
        200,
        api.latestEnvironmentUrl
          ? [{ id: 1, state: "success", environment_url: api.latestEnvironmentUrl }]
          : [],
      );
    }
    send(201, { id: requests.length, ...(raw ? JSON.parse(raw) : {}) });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  Object.assign(api, { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${PREFIX}` });
  return api;
}
