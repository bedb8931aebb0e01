// GitHub OIDC instead of a stored credential, end to end through the bundled action: a loopback
// fake of the runner's token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL / _TOKEN) issues a JWT signed
// with a test key for the audience asked for, and a loopback service accepts a request only with
// a token whose signature and `aud` it verifies. The token must appear in nothing the action
// wrote; a job without `permissions: id-token: write` fails before any request, saying so; and
// the CLI refuses the template, which exists only inside Actions.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { generateKeyPair, jwtVerify, SignJWT } from "jose";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { distinctForms } from "../secrets/forms.js";
import { readReport } from "../support/reports.js";
import { type ActionRun, CLI, runAction } from "../support/run-action.js";

const AUDIENCE = "https://deploy-gate.test/smoke";
const ISSUER = "https://token.actions.githubusercontent.com";
/** The runner's bearer token for its token endpoint: a secret of its own. */
const REQUEST_TOKEN = "runner-request-token-5f0c2b";

let keys: Awaited<ReturnType<typeof generateKeyPair>>;
const issued: string[] = [];
const tokenRequests: { authorization?: string; audience: string | null; apiVersion: string | null }[] = [];
const serviceRequests: { path: string; authorization?: string; verdict: string }[] = [];
let tokenServer: Server;
let service: Server;
let tokenUrl: string;
let serviceUrl: string;

const listen = async (server: Server) => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** The runner's token endpoint: checks its own bearer token, signs a short-lived JWT for the audience. */
async function issue(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? "/", "http://x");
  const audience = url.searchParams.get("audience");
  tokenRequests.push({
    ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
    audience,
    apiVersion: url.searchParams.get("api-version"),
  });
  if (req.headers.authorization !== `Bearer ${REQUEST_TOKEN}`)
    return json(res, 401, { message: "bad request token" });
  const jwt = await new SignJWT({ repository: "acme/shop", ref: "refs/heads/main", sha: "0123456789abcdef" })
    .setProtectedHeader({ alg: "ES256", kid: "test-key" })
    .setIssuer(ISSUER)
    .setSubject("repo:acme/shop:ref:refs/heads/main")
    .setAudience(audience ?? ISSUER)
    .setIssuedAt()
    .setExpirationTime("5m")
    .sign(keys.privateKey);
  issued.push(jwt);
  json(res, 200, { value: jwt, count: 1 });
}

/** The deployed service: a request passes only with a GitHub token for its audience. */
async function serve(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? "/", "http://x");
  const authorization = req.headers.authorization;
  const token = authorization?.replace(/^Bearer /, "") ?? "";
  let verdict = "no token";
  try {
    const { payload } = await jwtVerify(token, keys.publicKey, { audience: AUDIENCE, issuer: ISSUER });
    verdict = `ok ${payload.sub}`;
  } catch (error) {
    if (token) verdict = `rejected: ${(error as Error).message}`;
  }
  serviceRequests.push({ path: url.pathname, ...(authorization ? { authorization } : {}), verdict });
  if (url.pathname === "/echo") {
    // A careless service that reflects the credential back in its error: the gate must not repeat it.
    return json(
      res,
      500,
      { error: { code: "ECHO", message: `you sent ${authorization}` }, token },
      { "x-echo-token": token, "www-authenticate": `Bearer realm="${token}"` },
    );
  }
  if (!verdict.startsWith("ok"))
    return json(res, 401, { error: { code: "UNAUTHENTICATED", message: verdict } });
  json(res, 200, { ok: true, subject: verdict.slice(3) });
}

beforeAll(async () => {
  keys = await generateKeyPair("ES256");
  tokenServer = createServer((req, res) => void issue(req, res));
  service = createServer((req, res) => void serve(req, res));
  tokenUrl = `${await listen(tokenServer)}/_apis/distributedtask/hubs/Actions/plans/p/jobs/j/idtoken?api-version=2.0`;
  serviceUrl = await listen(service);
});

afterAll(async () => {
  for (const server of [tokenServer, service]) {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  }
});

beforeEach(() => {
  issued.length = 0;
  tokenRequests.length = 0;
  serviceRequests.length = 0;
});

const CHECKS = `
checks:
  - name: deploy status with a GitHub token
    request:
      path: /v1/deployments/current
      headers: { Authorization: "Bearer {{ github.oidc-token }}" }
    expect:
      status: 200
      json: { "$.subject": "repo:acme/shop:ref:refs/heads/main" }
  - name: a service that echoes its credential
    severity: warning
    retries: 0
    request:
      path: /echo
      headers: { Authorization: "Bearer {{ github.oidc-token }}" }
`;

/** Everything the runner keeps of a run, less the `::add-mask::` commands that hand it the secrets. */
function artifacts(run: ActionRun): Record<string, string> {
  const stdout = run.stdout
    .split("\n")
    .filter((l) => !l.startsWith("::add-mask::"))
    .join("\n");
  return { stdout, stderr: run.stderr, ...run.files };
}

describe("{{ github.oidc-token }} in the bundled action", () => {
  let run: ActionRun;
  // What the two servers saw during this one run (the other tests clear the shared lists).
  let asked: typeof tokenRequests;
  let served: typeof serviceRequests;
  let token: string;

  beforeAll(async () => {
    run = await runAction({
      inputs: { "base-url": serviceUrl, checks: CHECKS, "oidc-audience": AUDIENCE, label: "oidc" },
      env: { ACTIONS_ID_TOKEN_REQUEST_URL: tokenUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: REQUEST_TOKEN },
    });
    asked = [...tokenRequests];
    served = [...serviceRequests];
    expect(issued).toHaveLength(1);
    token = issued[0]!;
  }, 60_000);

  it("asks the runner's endpoint once, with its bearer token and the audience", () => {
    expect(asked).toEqual([
      { authorization: `Bearer ${REQUEST_TOKEN}`, audience: AUDIENCE, apiVersion: "2.0" },
    ]);
  });

  it("passes: the service verified the token's signature and audience", () => {
    expect(run.stderr).toBe("");
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({
      result: "passed",
      passed: "1",
      warnings: "1",
      "failed-checks": "[]",
    });
    const verified = served.find((r) => r.path === "/v1/deployments/current");
    expect(verified?.verdict).toBe("ok repo:acme/shop:ref:refs/heads/main");
    expect(verified?.authorization).toBe(`Bearer ${token}`);
  });

  it("masks the token at once and writes it nowhere, in any form", () => {
    // Handed to the runner to mask before any check ran.
    const lines = run.stdout.split("\n");
    const firstMask = lines.indexOf(`::add-mask::${token}`);
    const firstCheck = lines.findIndex((l) => l.includes("deploy status with a GitHub token"));
    expect(firstMask).toBeGreaterThanOrEqual(0);
    expect(firstMask).toBeLessThan(firstCheck);
    const all = artifacts(run);
    // Not a vacuous scan: the echoed error document is in what the action wrote, masked.
    expect(all["summary.md"]).toContain("ECHO");
    expect(all["summary.md"]).toContain("***");
    const leaks: string[] = [];
    for (const secret of [token, REQUEST_TOKEN]) {
      for (const [form, text] of [...distinctForms(secret), ["prefix", secret.slice(0, 24)] as const]) {
        for (const [name, content] of Object.entries(all))
          if (content.includes(text)) leaks.push(`${form} in ${name}`);
      }
    }
    expect(leaks).toEqual([]);
    // The report says what the service answered without the credential.
    const report = readReport(run.outputs.report!);
    expect(report.checks.map((c) => c.outcome)).toEqual(["passed", "failed"]);
  });
});

describe("a job without permissions: id-token: write", () => {
  it("fails before any request, saying which permission the job needs", async () => {
    const run = await runAction({
      inputs: { "base-url": serviceUrl, checks: CHECKS, "oidc-audience": AUDIENCE },
    });
    expect(run.code).toBe(1);
    const message =
      "input oidc-audience: this job may not request a GitHub OIDC token — give it `permissions: id-token: write` (the runner set no ACTIONS_ID_TOKEN_REQUEST_URL / ACTIONS_ID_TOKEN_REQUEST_TOKEN)";
    expect(run.stdout).toContain(`::error::${message}`);
    expect(run.summary).toContain("no GitHub OIDC token");
    expect(run.summary).toContain("No request was sent.");
    expect(run.outputs.result).toBe("failed");
    expect(readReport(run.outputs.report!).error).toBe(message);
    expect(tokenRequests).toEqual([]);
    expect(serviceRequests).toEqual([]);
  });

  it("a token endpoint that refuses the runner's token fails the same way, before any request", async () => {
    const run = await runAction({
      inputs: { "base-url": serviceUrl, checks: CHECKS, "oidc-audience": AUDIENCE },
      env: { ACTIONS_ID_TOKEN_REQUEST_URL: tokenUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: "stale" },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::input oidc-audience: could not get a GitHub OIDC token for "https:/);
    expect(tokenRequests).toHaveLength(1);
    expect(serviceRequests).toEqual([]);
  });
});

describe("the template where no token can be had", () => {
  it("without oidc-audience, the action's config error says to set it", async () => {
    const run = await runAction({ inputs: { "base-url": serviceUrl, checks: CHECKS } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'request.headers.Authorization: unknown template name "github.oidc-token": set the `oidc-audience` input to get a GitHub OIDC token for that audience (the job needs `permissions: id-token: write`)',
    );
    expect(run.summary).toContain("invalid config");
    expect(tokenRequests).toEqual([]);
    expect(serviceRequests).toEqual([]);
  });

  it("the CLI refuses it with exit code 2: it exists only inside GitHub Actions", async () => {
    const run = await runAction({
      inputs: {},
      entry: CLI,
      args: ["--base-url", serviceUrl, "--checks", CHECKS],
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'checks[0] ("deploy status with a GitHub token", line 6).request.headers.Authorization: {{ github.oidc-token }} exists only inside GitHub Actions (with oidc-audience and permissions: id-token: write)',
    );
    expect(serviceRequests).toEqual([]);
  });
});
