// Runs check lists through the real engine (config → prepare → gate → redaction) against
// real servers on 127.0.0.1, the way the action and the CLI do.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type GateOptions, runChecks as runEngine } from "../../src/engine/gate.js";
import { prepareGate } from "../../src/engine/prepare.js";
import type { CheckResult, GateResult } from "../../src/engine/results.js";
import { renderJsonReport } from "../../src/report/json-report.js";
import { createRedactor } from "../../src/secrets/redact.js";
import { reportSchemaErrors } from "./reports.js";

export interface GateRun {
  readonly gate: GateResult;
  /** The first check's result. */
  readonly check: CheckResult;
  /** Everything the reports could show, as one string (to prove secrets never reach it). */
  readonly reported: string;
}

export async function runChecks(
  yaml: string,
  baseUrl: string,
  options: {
    secrets?: Record<string, string>;
    vars?: Record<string, string>;
    timeoutMs?: number;
    gate?: Partial<GateOptions>;
  } = {},
): Promise<GateRun> {
  const secrets = options.secrets ?? {};
  const vars = options.vars ?? {};
  const prepared = prepareGate({ configText: yaml, source: "test", secrets, vars, label: "", env: {} });
  const gate = await runEngine({
    config: prepared.config,
    baseUrl,
    label: "",
    mode: "enforce",
    concurrency: 4,
    timeoutMs: options.timeoutMs ?? 20_000,
    retries: 0,
    failFast: false,
    only: [],
    scope: prepared.scope,
    redactor: createRedactor(Object.values(secrets)),
    ...options.gate,
  });
  const check = gate.checks[0];
  if (!check) throw new Error("the gate ran no check");
  // Every result the engine tests produce is also a report the published schema must describe.
  const schemaErrors = reportSchemaErrors(JSON.parse(renderJsonReport(gate)));
  if (schemaErrors.length > 0)
    throw new Error(`the report breaks schema/report.schema.json:\n${schemaErrors.join("\n")}`);
  return { gate, check, reported: JSON.stringify(gate) };
}

export interface TestServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

/** A node:http server on a free loopback port; the handler gets the whole request body. */
export async function startServer(handler: Handler): Promise<TestServer> {
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => handler(req, res, Buffer.concat(chunks).toString("utf8")));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

/** A loopback port nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
