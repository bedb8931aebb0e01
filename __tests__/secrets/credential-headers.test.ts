// One list decides what a credential header is (src/secrets/credential-headers.ts): a header is
// dropped on a redirect to another origin, shown as "present (value hidden)" by an assertion,
// masked by the redactor, and made a secret when a flow captures it — all four or none.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateExpect } from "../../src/assert/expect.js";
import { redirectTarget } from "../../src/http/redirect.js";
import type { HttpResponse } from "../../src/http/types.js";
import { isCredentialHeader } from "../../src/secrets/credential-headers.js";
import { createRedactor, MASK } from "../../src/secrets/redact.js";
import { runChecks, startServer, type TestServer } from "../support/gate.js";

const CREDENTIALS = [
  "Authorization",
  "Proxy-Authorization",
  "Cookie",
  "Set-Cookie",
  "X-Api-Key",
  "X-Auth-Token",
  "X-Hub-Signature-256",
  "X-Csrf-Token",
  "X-Session-Id",
  "X-Client-Secret",
];
const PLAIN = ["Content-Type", "X-Request-Id", "Location", "ETag", "X-RateLimit-Remaining"];
const VALUE = "v4lue-0f-the-header";

function strippedOnRedirect(name: string): boolean {
  const next = redirectTarget(
    { method: "GET", url: new URL("http://127.0.0.1:8080/a"), headers: { [name]: VALUE }, body: undefined },
    302,
    "http://127.0.0.2:8080/b",
  );
  return !(name in (next?.headers ?? {}));
}

async function hiddenByAssertion(name: string): Promise<boolean> {
  const response: HttpResponse = {
    status: 200,
    headers: { [name.toLowerCase()]: VALUE },
    body: Buffer.alloc(0),
    text: "",
    truncated: false,
    durationMs: 1,
    url: "http://127.0.0.1/",
    attempts: [],
  };
  const header = async (expected: string) =>
    (await evaluateExpect({ headers: { [name]: expected } }, response)).find((a) => a.target !== "status");
  const matched = await header(VALUE);
  const mismatched = await header("other");
  const shown = JSON.stringify([matched, mismatched]);
  expect(matched?.passed).toBe(true);
  expect(mismatched?.passed).toBe(false);
  return !shown.includes(VALUE) && mismatched?.actual === "present (value hidden)";
}

function maskedByRedactor(name: string): boolean {
  return createRedactor().headers({ [name]: VALUE })[name] === MASK;
}

describe("one list of credential headers", () => {
  it("names the headers and the name parts that carry credentials", () => {
    for (const name of CREDENTIALS) expect(isCredentialHeader(name), name).toBe(true);
    for (const name of PLAIN) expect(isCredentialHeader(name), name).toBe(false);
  });

  it.each([...CREDENTIALS, ...PLAIN])(
    "%s is treated alike by redirect stripping, assertion output and redaction",
    async (name) => {
      const credential = isCredentialHeader(name);
      expect({
        strippedOnRedirect: strippedOnRedirect(name),
        hiddenByAssertion: await hiddenByAssertion(name),
        maskedByRedactor: maskedByRedactor(name),
      }).toEqual({
        strippedOnRedirect: credential,
        hiddenByAssertion: credential,
        maskedByRedactor: credential,
      });
    },
  );

  describe("a flow capture from a credential header becomes a secret", () => {
    let server: TestServer;
    const SIGNATURE = "sha256=5f1e0c0ffee0ddba11";
    const REQUEST_ID = "req-7d3a91b2c4";
    beforeAll(async () => {
      server = await startServer((_req, res) => {
        res.writeHead(200, {
          "content-type": "text/plain",
          "x-hub-signature-256": SIGNATURE,
          "x-request-id": REQUEST_ID,
        });
        // The body echoes both values: only the one captured from a credential header is masked.
        res.end(`signed ${SIGNATURE} as ${REQUEST_ID}`);
      });
    });
    afterAll(() => server.close());

    it("X-Hub-Signature-256 is masked everywhere once captured; X-Request-Id is not", async () => {
      const yaml = `
- type: flow
  name: signed
  steps:
    - request: GET /a
      capture: { sig: { header: X-Hub-Signature-256 }, id: { header: X-Request-Id } }
    - request: GET /b
      expect: { body: { contains: nothing-here } }
`;
      const { check, reported } = await runChecks(yaml, server.url);
      expect(check.outcome).toBe("failed");
      expect(reported).not.toContain(SIGNATURE);
      expect(reported).toContain(REQUEST_ID);
      expect(reported).toContain(`signed ${MASK} as ${REQUEST_ID}`);
    });
  });
});
