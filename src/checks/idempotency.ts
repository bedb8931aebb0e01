// The idempotency-key contract of a write endpoint, in three sends with one key:
// 1. the original request → 2xx and a resource id;
// 2. the same request again → 2xx and the same id (a replay must not create a second resource);
// 3. the same key with a changed body → `conflict-status` (409 by default): the key is bound to
//    its first request, so a different payload under it is refused, not silently replayed.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { AssertionResult } from "../assert/assertion-result.js";
import { jsonPath, statusSpec } from "../assert/expect-schema.js";
import { parseJsonBody, queryJson } from "../assert/jsonpath.js";
import { describeStatus, statusMatches } from "../assert/status.js";
import { explainAnswer } from "../http/explain.js";
import type { HttpResponse } from "../http/types.js";
import { type RequestSpec, request } from "./fields.js";
import { requestLine, type Sent, send } from "./send.js";
import type { CheckRun, CheckType } from "./types.js";

const fields = {
  request,
  "key-header": z.string().min(1).default("Idempotency-Key"),
  /** Defaults to a fresh UUID; `smoke-{{ run.id }}` keeps re-runs of a workflow run idempotent. */
  key: z.string().min(1).optional(),
  id: jsonPath.default("$.id"),
  conflict: z.boolean().default(true),
  "conflict-status": statusSpec.default(409),
  /** The changed body of the third send; by default the request's body with one member added. */
  "conflict-json": z.unknown().optional(),
  "conflict-body": z.string().optional(),
};

const CONFLICT_MEMBER = "deploy-gate-conflict";

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The third send's request: the same request with a body that differs from the first. */
function changedRequest(
  spec: RequestSpec,
  given: { json: unknown; body: string | undefined },
): RequestSpec | string {
  const { json: _j, body: _b, form: _f, ...rest } = spec;
  if (given.json !== undefined) return { ...rest, json: given.json };
  if (given.body !== undefined) return { ...rest, body: given.body };
  const marker = randomUUID();
  if (isPlainObject(spec.json)) return { ...rest, json: { ...spec.json, [CONFLICT_MEMBER]: marker } };
  if (spec.form !== undefined) return { ...rest, form: { ...spec.form, [CONFLICT_MEMBER]: marker } };
  if (spec.body !== undefined) {
    const parsed = parseJsonBody(spec.body);
    if (parsed.ok && isPlainObject(parsed.value)) {
      return { ...rest, body: JSON.stringify({ ...parsed.value, [CONFLICT_MEMBER]: marker }) };
    }
  }
  return "the request has no JSON object or form body to change for the conflict send: give conflict-json or conflict-body, or set conflict: false";
}

type Extracted = { ok: true; id: string } | { ok: false; why: string };

function extractId(response: HttpResponse, path: string): Extracted {
  const body = parseJsonBody(response.text);
  if (!body.ok) return { ok: false, why: body.reason };
  let node: unknown;
  try {
    [node] = queryJson(body.value, path);
  } catch (error) {
    return { ok: false, why: (error as Error).message };
  }
  if (node === undefined || node === null) return { ok: false, why: `${path} matched nothing` };
  return { ok: true, id: typeof node === "string" ? node : JSON.stringify(node) };
}

interface Row {
  readonly what: string;
  readonly expected: string;
  status?: string;
  id?: string;
  result: string;
}

export const idempotencyCheck: CheckType<typeof fields> = {
  type: "idempotency",
  fields,
  defaultName: (check) => `idempotency ${requestLine(check.request)}`,
  async run(ctx): Promise<CheckRun> {
    const check = ctx.render(ctx.check);
    const keyHeader = check["key-header"];
    // A key written into the request's own headers counts as `key`; it is sent once, by the check.
    const isKeyHeader = ([name]: [string, unknown]) => name.toLowerCase() === keyHeader.toLowerCase();
    const ownHeaders = Object.entries(check.request.headers ?? {});
    const ownKey = ownHeaders.find(isKeyHeader)?.[1];
    const spec: RequestSpec = {
      ...check.request,
      headers: Object.fromEntries(ownHeaders.filter((h) => !isKeyHeader(h))),
    };
    const key = check.key ?? ownKey ?? randomUUID();
    const line = requestLine(spec);
    const headers = { [keyHeader]: key };
    const conflictSpec = check.conflict
      ? changedRequest(spec, { json: check["conflict-json"], body: check["conflict-body"] })
      : undefined;

    const rows: Row[] = [
      { what: "1. original request", expected: "2xx", result: "not sent" },
      { what: "2. replay: same key, same body", expected: "2xx, same id", result: "not sent" },
      ...(check.conflict
        ? [
            {
              what: "3. same key, changed body",
              expected: describeStatus(check["conflict-status"]),
              result: "not sent",
            },
          ]
        : []),
    ];
    const assertions: AssertionResult[] = [];
    const finish = (outcome: CheckRun["outcome"], detail: string, sent?: Sent, hint?: string): CheckRun => ({
      outcome,
      detail,
      ...(hint ? { hint } : {}),
      assertions: [...assertions.filter((a) => !a.passed), ...assertions.filter((a) => a.passed)],
      ...(sent ? { exchange: sent.exchange } : {}),
      tables: [
        {
          title: `Idempotency contract (${keyHeader}: ${key})`,
          columns: ["send", "expected", "status", "id", "result"],
          rows: rows.map((r) => [r.what, r.expected, r.status ?? "", r.id ?? "", r.result]),
        },
      ],
    });
    const assert = (target: string, expected: string, actual: string, passed: boolean, message: string) => {
      assertions.push({ target, expected, actual, passed, message });
    };
    if (typeof conflictSpec === "string") return finish("errored", conflictSpec);

    // Sends 1 and 2 must each answer 2xx with a resource id; the id is the send's result.
    const sendForId = async (
      row: Row,
      name: string,
    ): Promise<{ id: string; sent: Sent } | { run: CheckRun }> => {
      const sent = await send(ctx, spec, { headers });
      const { response } = sent;
      if (!response) {
        row.result = "no answer";
        return {
          run: finish("errored", `${line} (${name}): ${sent.failure?.message ?? "no response"}`, sent),
        };
      }
      row.status = String(response.status);
      const ok = statusMatches(undefined, response.status);
      assert(`${name} status`, "2xx", row.status, ok, `${name} answered ${response.status}, expected 2xx`);
      if (!ok) {
        row.result = "BROKE: not 2xx";
        const explained = explainAnswer(response);
        const said = explained.detail ? ` — ${explained.detail}` : "";
        return {
          run: finish(
            "failed",
            `${name} answered ${response.status}, expected 2xx${said}`,
            sent,
            explained.hint,
          ),
        };
      }
      const found = extractId(response, check.id);
      if (!found.ok) {
        row.result = "BROKE: no id";
        assert(`${name} ${check.id}`, "a resource id", "nothing", false, `${name}: ${found.why}`);
        const detail = `${name} answered ${response.status} without a resource id: ${found.why} (set id to the JSONPath of the created resource's id)`;
        return { run: finish("failed", detail, sent) };
      }
      row.id = found.id;
      return { id: found.id, sent };
    };

    const first = await sendForId(rows[0]!, "first send");
    if ("run" in first) return first.run;
    rows[0]!.result = "ok";
    const replay = await sendForId(rows[1]!, `replay with the same ${keyHeader}`);
    if ("run" in replay) return replay.run;
    const original = first.id;
    const same = replay.id === original;
    assert(
      `replay ${check.id}`,
      original,
      replay.id,
      same,
      same ? "same resource" : `replay created ${replay.id}`,
    );
    if (!same) {
      rows[1]!.result = "BROKE: new resource";
      return finish(
        "failed",
        `replay with the same ${keyHeader} created a new resource (${replay.id} ≠ ${original}): the service ignores the key`,
        replay.sent,
      );
    }
    rows[1]!.result = "ok";
    if (!conflictSpec)
      return finish("passed", `replay with the same ${keyHeader} returned the same resource ${original}`);

    // Send 3: the same key with a changed body must be refused.
    const row = rows[2]!;
    const sent = await send(ctx, conflictSpec, { headers });
    const { response } = sent;
    if (!response) {
      row.result = "no answer";
      return finish("errored", `${line} (changed body): ${sent.failure?.message ?? "no response"}`, sent);
    }
    row.status = String(response.status);
    const expected = describeStatus(check["conflict-status"]);
    const ok = statusMatches(check["conflict-status"], response.status);
    assert(
      "changed body status",
      expected,
      row.status,
      ok,
      `changed body answered ${response.status}, expected ${expected}`,
    );
    if (ok) {
      row.result = "ok";
      return finish(
        "passed",
        `replay returned the same resource ${original}; a changed body under the same key got ${response.status}`,
        sent,
      );
    }
    if (response.status >= 200 && response.status < 300) {
      const found = extractId(response, check.id);
      if (found.ok) row.id = found.id;
      row.result = "BROKE: accepted";
      const changed = `the same ${keyHeader} with a changed body`;
      const detail = !found.ok
        ? `${changed} was accepted (${response.status}), expected ${expected}: the service does not bind the key to its first request`
        : found.id === original
          ? `${changed} was answered ${response.status} with the original ${original}, expected ${expected}: the service silently ignores the changed body`
          : `${changed} created another resource (${found.id}, ${response.status}), expected ${expected}: the service does not bind the key to its first request`;
      return finish("failed", detail, sent);
    }
    row.result = "BROKE: wrong status";
    const explained = explainAnswer(response);
    return finish(
      "failed",
      `the same ${keyHeader} with a changed body answered ${response.status}, expected ${expected}${explained.detail ? ` — ${explained.detail}` : ""}`,
      sent,
      explained.hint,
    );
  },
};
