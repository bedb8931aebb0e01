// Secret hygiene, end to end: one full run of the BUNDLED action whose secrets travel in query
// strings, headers, JSON and form bodies, a Basic credential, a webhook, and tokens captured at run
// time — against a careless service that echoes everything back in headers, bodies and error
// documents, serialized the ways JavaScript, PHP, Go, Python and .NET write JSON. Then every artifact
// the runner would keep (stdout without its `::add-mask::` commands, stderr, the step summary, the
// JSON report, the JUnit file, the outputs file) is scanned for every form of every secret.
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeFigures } from "../faults/figures.js";
import { type FixtureServer, type Handler, startFixtureServer } from "../support/fixture-server.js";
import { type ActionRun, runAction } from "../support/run-action.js";
import { distinctForms, secretForms } from "./forms.js";
import { LATE, LATE_REF, LATE_SECRET_CHECKS, LATE_TOKEN, lateSecretRoutes } from "./late-secrets.js";

const BASIC_USER = "deploy-bot";
// Chosen so that their encodings differ: `/ + &` (URL vs form vs base64), quotes and backslashes
// (JSON), `<>&'+` (Go and .NET escapes), `!'()~` (URLSearchParams vs encodeURIComponent), non-ASCII.
const INPUT_SECRETS = {
  API_TOKEN: "tok_9fQ/x+Lm&Zr=v7<k>",
  QUERY_KEY: "qk-7f3a !'()~ sk/+9=",
  BASIC_PASSWORD: "Hunter2<&>pw:'x'+42",
  JSON_SECRET: 'json-s\u00ebcret "q" \\ 81c2',
  FORM_SECRET: "form secret+&=%20 v9",
  WEBHOOK_SECRET: "whk_d41d8cd98f00b204",
} as const;
const BASIC_HEADER = `Basic ${Buffer.from(`${BASIC_USER}:${INPUT_SECRETS.BASIC_PASSWORD}`).toString("base64")}`;
// Issued by the service at run time and captured by the flow.
const RUNTIME = {
  accessToken: "at-R7x/9+Qw&Lp=3",
  refreshToken: "rt-Kd82jsQ0aZ11x",
  ref: "ref<Mz9&q>'s+1",
  session: "sid=S3ss10n-77f1; Path=/; HttpOnly",
  csrf: "csrf-9a8b7c6d5e4f",
  passwordHint: "hint-P@ss/W0rd!",
} as const;

const SECRETS: Readonly<Record<string, string>> = {
  ...INPUT_SECRETS,
  BASIC_HEADER,
  "captured accessToken (name says token)": RUNTIME.accessToken,
  "captured r (field says refresh_token)": RUNTIME.refreshToken,
  "captured ref (secret: true)": RUNTIME.ref,
  "captured sessionCookie (name says cookie)": RUNTIME.session,
  "captured csrfSecret (name says secret)": RUNTIME.csrf,
  "captured userPassword (name says password)": RUNTIME.passwordHint,
};

type Style = "js" | "php" | "go" | "python" | "dotnet";

/** JSON the way each platform's default serializer writes it. */
function serialize(value: unknown, style: Style): string {
  const js = JSON.stringify(value);
  const nonAscii = (text: string, upper: boolean) =>
    text.replace(/[\u007f-\uffff]/g, (c) => {
      const hex = c.charCodeAt(0).toString(16).padStart(4, "0");
      return `\\u${upper ? hex.toUpperCase() : hex}`;
    });
  const html = (text: string) => text.replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
  switch (style) {
    case "js":
      return js;
    case "php":
      return nonAscii(js, false).replace(/\//g, "\\/");
    case "go":
      return html(js);
    case "python":
      return nonAscii(js, false);
    case "dotnet":
      return nonAscii(
        html(js).replace(/['+]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`),
        true,
      );
  }
}

/** What the action writes, each scanned: a run missing one would scan less than it claims. */
const EVERY_ARTIFACT = ["stdout", "stderr", "step summary", "JSON report", "JUnit XML", "outputs file"];

/** Header-safe: ASCII as is, anything else percent-encoded. */
function headerSafe(value: string): string {
  return /^[\x20-\x7e]*$/.test(value) ? value : encodeURIComponent(value);
}

/** Reflects the whole request — raw, decoded, base64 — in headers and in an error document. */
function echo(status: number, style: Style): Handler {
  return (_req: IncomingMessage, res: ServerResponse, { request }) => {
    const url = new URL(request.url, "http://echo");
    const reflected = {
      method: request.method,
      url: request.url,
      query: Object.fromEntries(url.searchParams),
      headers: request.headers,
      body: request.text,
      // Decoded as a form only when it is one, as a real service would.
      ...(String(request.headers["content-type"]).startsWith("application/x-www-form-urlencoded")
        ? { form: Object.fromEntries(new URLSearchParams(request.text)) }
        : {}),
      bodyBase64: request.body.toString("base64"),
      bodyBase64url: request.body.toString("base64url"),
    };
    const everything = `${request.headers.authorization ?? ""} ${url.search} ${request.text}`;
    const body = serialize(
      status >= 400
        ? {
            type: "https://errors.example/echo",
            title: "Echo",
            status,
            detail: `rejected ${everything}`,
            error: { code: "ECHO_REFLECTED", message: `you sent ${everything}` },
            reflected,
          }
        : reflected,
      style,
    );
    res.writeHead(status, {
      "content-type": status >= 400 ? "application/problem+json" : "application/json",
      "x-echo-url": headerSafe(request.url),
      "x-echo-query": headerSafe(decodeURIComponent(url.search)),
      "x-echo-authorization": headerSafe(String(request.headers.authorization ?? "")),
      "x-echo-cookie": headerSafe(String(request.headers.cookie ?? "")),
      "x-echo-ref": headerSafe(String(request.headers["x-ref"] ?? "")),
      "x-echo-body-base64": request.body.toString("base64"),
      "www-authenticate": `Bearer error="invalid_token", error_description="${headerSafe(everything).replace(/"/g, "'")}"`,
      "content-length": Buffer.byteLength(body),
    });
    res.end(body);
  };
}

/** Issues the run-time tokens: in the body, a Set-Cookie header and a custom header. */
const login: Handler = (_req, res) => {
  const body = JSON.stringify({
    access_token: RUNTIME.accessToken,
    refresh_token: RUNTIME.refreshToken,
    data: { ref: RUNTIME.ref, password_hint: RUNTIME.passwordHint },
  });
  res.writeHead(200, {
    "content-type": "application/json",
    "set-cookie": RUNTIME.session,
    "x-csrf": RUNTIME.csrf,
    "content-length": Buffer.byteLength(body),
  });
  res.end(body);
};

const CHECKS = (refusedUrl: string) => `
defaults:
  headers: { X-Api-Token: "{{ secrets.API_TOKEN }}" }
checks:
  - name: query and bearer
    request:
      path: /echo/js
      query: { key: "{{ secrets.QUERY_KEY }}", token: "{{ secrets.API_TOKEN }}" }
      headers: { Authorization: "Bearer {{ secrets.API_TOKEN }}" }
  - name: basic auth and json body
    request:
      method: POST
      path: /echo/php
      headers: { Authorization: "{{ secrets.BASIC_HEADER }}", Idempotency-Key: "smoke-{{ run.id }}" }
      json: { password: "{{ secrets.BASIC_PASSWORD }}", nested: { secret: "{{ secrets.JSON_SECRET }}" } }
  - name: form body
    request:
      method: POST
      path: /echo/go
      form: { client_secret: "{{ secrets.FORM_SECRET }}", password: "{{ secrets.BASIC_PASSWORD }}" }
  - name: json body, python service
    request:
      method: PUT
      path: /echo/python
      json: { secret: "{{ secrets.JSON_SECRET }}", token: "{{ secrets.API_TOKEN }}" }
  - name: json body, dotnet service
    request:
      method: PATCH
      path: /echo/dotnet
      json: { secret: "{{ secrets.JSON_SECRET }}", pw: "{{ secrets.BASIC_PASSWORD }}" }
  - name: login then use captured tokens
    type: flow
    steps:
      - name: log in
        request:
          method: POST
          path: /login
          form: { username: ${BASIC_USER}, password: "{{ secrets.BASIC_PASSWORD }}" }
        capture:
          accessToken: $.access_token
          r: $.refresh_token
          ref: { json: $.data.ref, secret: true }
          userPassword: $.data.password_hint
          sessionCookie: { header: set-cookie }
          csrfSecret: { header: x-csrf }
      - name: use them
        request:
          path: /echo/js
          query: { at: "{{ accessToken }}", r: "{{ r }}" }
          headers:
            Authorization: "Bearer {{ accessToken }}"
            Cookie: "{{ sessionCookie }}"
            X-Ref: "{{ ref }}"
            X-Csrf-Token: "{{ csrfSecret }}"
        expect: { status: 200 }
      - name: echo them in an error
        request:
          method: POST
          path: /echo/problem
          json: { token: "{{ accessToken }}", ref: "{{ ref }}", hint: "{{ userPassword }}", csrf: "{{ csrfSecret }}" }
          headers: { X-Ref: "{{ ref }}", Cookie: "{{ sessionCookie }}" }
  - name: webhook with secret payload
    type: webhook
    path: /echo/js
    scheme: github
    secret: "{{ secrets.WEBHOOK_SECRET }}"
    payload: { token: "{{ secrets.API_TOKEN }}", note: "{{ secrets.QUERY_KEY }}" }
  - name: unreachable with secret in url
    request:
      url: "${refusedUrl}/v1?key={{ secrets.QUERY_KEY }}&pw={{ secrets.BASIC_PASSWORD }}"
    retries: 0
  - name: secret across the excerpt cut
    request: GET /echo/padded
  - name: secret across the preview cut
    request: GET /echo/preview
    expect:
      json: { "$.note": { equals: "a different note" } }
  - name: redirect carrying credentials
    request:
      path: /redirect
      headers: { Authorization: "Bearer {{ secrets.API_TOKEN }}" }
`;

interface Leak {
  readonly secret: string;
  readonly form: string;
  readonly artifact: string;
  readonly context: string;
}

let service: FixtureServer;
let other: FixtureServer;
let run: ActionRun;
let refusedUrl: string;

beforeAll(async () => {
  service = await startFixtureServer({
    "/echo/js": echo(200, "js"),
    "/echo/php": echo(500, "php"),
    "/echo/go": echo(401, "go"),
    "/echo/python": echo(403, "python"),
    "/echo/dotnet": echo(409, "dotnet"),
    "/echo/problem": echo(500, "js"),
    "/login": login,
    // The gate cuts body excerpts at 2048 characters and previews at 200: these put a secret across
    // each cut, so only a prefix of it is left in what the gate keeps.
    "/echo/padded": (_req, res) => {
      const body = `${"x".repeat(2048 - 10)}${INPUT_SECRETS.API_TOKEN} and more`;
      res.writeHead(500, { "content-type": "text/plain", "content-length": Buffer.byteLength(body) });
      res.end(body);
    },
    "/echo/preview": (_req, res) => {
      const body = JSON.stringify({ note: `${"y".repeat(185)}${INPUT_SECRETS.API_TOKEN}` });
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
      res.end(body);
    },
  });
  // Another host (127.0.0.2): a redirect there must not carry the credentials.
  other = await startFixtureServer({ "/landing": echo(500, "js") }, { host: "127.0.0.2" });
  service.route("/redirect", (_req, res) => {
    res.writeHead(302, { location: `${other.url}/landing?from=redirect`, "content-length": 0 });
    res.end();
  });
  const refused = await startFixtureServer();
  refusedUrl = refused.url;
  await refused.close();
  run = await runAction({
    inputs: {
      "base-url": service.url,
      checks: CHECKS(refusedUrl),
      secrets: JSON.stringify({ ...INPUT_SECRETS, BASIC_HEADER }),
      label: "secrets",
      concurrency: "4",
    },
  });
}, 60_000);

afterAll(async () => {
  await service?.close();
  await other?.close();
});

/** What the runner shows of a workflow command line: `%25 %0D %0A %3A %2C` decoded. */
function unescapeCommand(text: string): string {
  return text.replace(/%(25|0D|0A|3A|2C)/g, (_m, code: string) =>
    String.fromCharCode(Number.parseInt(code, 16)),
  );
}

/** XML and HTML character references decoded, as a JUnit viewer or GitHub's renderer shows them. */
function unescapeMarkup(text: string): string {
  const named: Record<string, string> = { quot: '"', amp: "&", lt: "<", gt: ">", apos: "'", nbsp: "\u00a0" };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, ref: string) => {
    if (ref.startsWith("#x") || ref.startsWith("#X"))
      return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(Number(ref.slice(1)));
    return named[ref.toLowerCase()] ?? m;
  });
}

/** Markdown as GitHub renders it: character references decoded, backslash escapes dropped. */
function renderedMarkdown(text: string): string {
  return unescapeMarkup(text.replace(/\\([!-/:-@[-`{-~])/g, "$1"));
}

/** Every string (keys and values) of a JSON document, one per line: what any JSON reader gets back. */
function jsonStrings(text: string): string {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === "string") out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === "object")
      for (const [k, child] of Object.entries(v)) {
        out.push(k);
        walk(child);
      }
  };
  walk(JSON.parse(text));
  return out.join("\n");
}

/**
 * Every artifact the runner keeps, each with the views a person or a tool reads it through: the
 * bytes as written, and decoded (workflow-command escapes, markup references, JSON strings). A
 * secret JSON-escaped inside the JSON report is a leak as much as a raw one.
 */
function artifacts(r: ActionRun): Record<string, readonly string[]> {
  const stdout = r.stdout
    .split("\n")
    .filter((line) => !line.startsWith("::add-mask::"))
    .join("\n");
  const out: Record<string, readonly string[]> = {
    stdout: [stdout, unescapeCommand(stdout)],
    stderr: [r.stderr],
  };
  for (const [name, text] of Object.entries(r.files)) {
    if (name.endsWith(".json")) out["JSON report"] = [text, jsonStrings(text)];
    else if (name.endsWith(".xml")) out["JUnit XML"] = [text, unescapeMarkup(text)];
    else if (name.endsWith("summary.md")) out["step summary"] = [text, renderedMarkdown(text)];
    else if (name.endsWith("output.txt")) out["outputs file"] = [text];
    else out[name] = [text];
  }
  return out;
}

describe("secret hygiene of a full run of the bundled action", () => {
  it("really sent every secret, in every place, to a service that echoed it", () => {
    const seen = (path: string) => service.requestsTo(path);
    const queryAndBearer = seen("/echo/js")[0];
    expect(new URL(queryAndBearer!.url, "http://x").searchParams.get("key")).toBe(INPUT_SECRETS.QUERY_KEY);
    expect(queryAndBearer!.headers.authorization).toBe(`Bearer ${INPUT_SECRETS.API_TOKEN}`);
    expect(seen("/echo/php")[0]!.headers.authorization).toBe(BASIC_HEADER);
    expect(JSON.parse(seen("/echo/php")[0]!.text).nested.secret).toBe(INPUT_SECRETS.JSON_SECRET);
    expect(new URLSearchParams(seen("/echo/go")[0]!.text).get("client_secret")).toBe(
      INPUT_SECRETS.FORM_SECRET,
    );
    expect(seen("/login")).toHaveLength(1);
    const used = service.requests.find((r) => r.url.includes("at="));
    expect(used?.headers.authorization).toBe(`Bearer ${RUNTIME.accessToken}`);
    expect(used?.headers["x-ref"]).toBe(RUNTIME.ref);
    expect(JSON.parse(seen("/echo/problem")[0]!.text).hint).toBe(RUNTIME.passwordHint);
    // The webhook was delivered signed, twice (valid and forged).
    expect(service.requests.filter((r) => r.headers["x-hub-signature-256"])).toHaveLength(2);
    // The redirect to another host arrived without the Authorization header.
    expect(other.requestsTo("/landing")[0]?.headers.authorization).toBeUndefined();
  });

  it("blocked, and wrote every artifact with the evidence in it", () => {
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe("failed");
    const all = artifacts(run);
    expect(Object.keys(all)).toEqual(expect.arrayContaining(EVERY_ARTIFACT));
    // Not a vacuous scan: the echoed error documents and the masks are there.
    expect(all["step summary"]![0]).toContain("ECHO_REFLECTED");
    expect(all["step summary"]![0]).toContain("***");
    expect(all["JSON report"]![0]).toContain("x-echo-authorization");
    expect(all["JUnit XML"]![0]).toContain("ECHO_REFLECTED");
    expect(all.stdout![0]).toMatch(/^::error title=deploy-gate \(secrets\)%3A/m);
  });

  it("no form of any secret appears in any artifact", () => {
    const all = artifacts(run);
    const leaks: Leak[] = [];
    let scans = 0;
    const formNames = new Set<string>();
    for (const [secretName, value] of Object.entries(SECRETS)) {
      // A secret cut by an excerpt or a preview must not leave its first characters behind either.
      const cut: [string, string][] = value.length >= 16 ? [["prefix before a cut", value.slice(0, 10)]] : [];
      for (const [formName, form] of [...distinctForms(value), ...cut]) {
        formNames.add(formName);
        for (const [artifact, views] of Object.entries(all)) {
          scans++;
          const text = views.find((view) => view.includes(form));
          if (text !== undefined) {
            const at = text.indexOf(form);
            leaks.push({
              secret: secretName,
              form: formName,
              artifact,
              context: text.slice(Math.max(0, at - 60), at).replace(/\s+/g, " "),
            });
          }
        }
      }
    }
    writeFigures("secrets", {
      secrets: Object.keys(SECRETS),
      // In the order forms.ts defines them; forms identical for every secret here are scanned once.
      forms: [...Object.keys(secretForms("")), "prefix before a cut"].filter((name) => formNames.has(name)),
      artifacts: Object.fromEntries(
        Object.entries(all).map(([name, views]) => [
          name,
          { bytes: Buffer.byteLength(views[0]!), views: views.length },
        ]),
      ),
      scans,
      leaks: leaks.map(({ context: _context, ...leak }) => leak),
    });
    expect(leaks, JSON.stringify(leaks, null, 2)).toEqual([]);
  });
});

// A value the gate only learns is secret when a later check captures it, after an earlier failing
// check's evidence already held it. The earlier result was redacted when it finished, without this
// secret; only the action's final pass over what it writes can mask it there.
describe("a secret captured after an earlier check's evidence held it", () => {
  let late: FixtureServer;
  let lateRun: ActionRun;

  beforeAll(async () => {
    late = await startFixtureServer(lateSecretRoutes(echo(200, "js")));
    lateRun = await runAction({
      inputs: {
        "base-url": late.url,
        // One at a time, and B waits for `health`, which starts only once A has finished.
        concurrency: "1",
        checks: LATE_SECRET_CHECKS,
        label: "late secrets",
      },
    });
  }, 60_000);

  afterAll(async () => {
    await late?.close();
  });

  it("ran A to its failure before B captured the values, and reported both", () => {
    expect(late.requests.map((r) => r.path)).toEqual(["/account", "/health", "/login", "/me"]);
    expect(late.requestsTo("/me")[0]?.headers["x-session"]).toBe(LATE_TOKEN);
    expect(late.requestsTo("/me")[0]?.headers["x-ref"]).toBe(LATE_REF);
    expect(lateRun.code).toBe(1);
    expect(lateRun.outputs["failed-checks"]).toBe('["account"]');
    const all = artifacts(lateRun);
    expect(Object.keys(all)).toEqual(expect.arrayContaining(EVERY_ARTIFACT));
    // Not a vacuous scan: A's error document is in what the action wrote, masked.
    for (const artifact of ["step summary", "JSON report", "JUnit XML"]) {
      expect(all[artifact]![0], artifact).toContain("SESSION_EXPIRED");
      expect(all[artifact]![0], artifact).toContain("***");
    }
  });

  it("no form of either value appears in any artifact", () => {
    const all = artifacts(lateRun);
    const leaks: Leak[] = [];
    for (const [secretName, value] of Object.entries(LATE)) {
      const cut: [string, string][] = [["prefix before a cut", value.slice(0, 10)]];
      for (const [formName, form] of [...distinctForms(value), ...cut]) {
        for (const [artifact, views] of Object.entries(all)) {
          const text = views.find((view) => view.includes(form));
          if (text === undefined) continue;
          const at = text.indexOf(form);
          leaks.push({
            secret: secretName,
            form: formName,
            artifact,
            context: text.slice(Math.max(0, at - 60), at).replace(/\s+/g, " "),
          });
        }
      }
    }
    expect(leaks, JSON.stringify(leaks, null, 2)).toEqual([]);
  });
});
