// The gate where a secret is learned late, shared by the action's and the CLI's hygiene runs.
// Check A fails with an error document that holds two values; check B, which starts only after A
// has finished (concurrency 1, and B needs `health`), captures those same values as secrets. A's
// evidence was redacted when it finished, without them: only a final pass over everything written
// can mask them there.
import type { ServerResponse } from "node:http";
import type { Handler } from "../support/fixture-server.js";

export const LATE = {
  "captured sessionToken (name says token), already in check A's error": "late-tok/Q7+w&z=<9>'k",
  "captured ref (secret: true), already in check A's body": "late-ref~M2&p<q>/8+x",
} as const;
export const [LATE_TOKEN, LATE_REF] = Object.values(LATE) as [string, string];

/** The check list: run it with concurrency 1. */
export const LATE_SECRET_CHECKS = `
checks:
  - name: account
    request: GET /account
    retries: 0
  - name: health
    request: GET /health
  - name: log in
    type: flow
    needs: [health]
    steps:
      - name: log in
        request: POST /login
        capture:
          sessionToken: $.session_token
          ref: { json: $.data.ref, secret: true }
      - name: use the session
        request:
          path: /me
          headers: { X-Session: "{{ sessionToken }}", X-Ref: "{{ ref }}" }
        expect: { status: 200 }
`;

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": status >= 400 ? "application/problem+json" : "application/json",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** The service's routes; `/me` answers as the caller likes (an echo of the request, say). */
export function lateSecretRoutes(me: Handler): Record<string, Handler> {
  return {
    // Check A: a failing answer that carries both values in its error document and a header.
    "/account": (_req, res) =>
      send(
        res,
        401,
        {
          type: "https://errors.example/expired",
          title: "Session expired",
          status: 401,
          detail: `session ${LATE_TOKEN} expired (ref ${LATE_REF})`,
          error: { code: "SESSION_EXPIRED", message: `session ${LATE_TOKEN} expired, ref ${LATE_REF}` },
          session: { token: LATE_TOKEN, ref: LATE_REF },
        },
        { "x-request-ref": LATE_REF },
      ),
    "/health": (_req, res) => send(res, 200, { ok: true }),
    // Check B: issues the same values, which its flow captures as secrets.
    "/login": (_req, res) => send(res, 200, { session_token: LATE_TOKEN, data: { ref: LATE_REF } }),
    "/me": me,
  };
}
