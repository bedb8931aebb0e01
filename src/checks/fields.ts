// Field schemas shared by every check type: the request, polling, captures, bake windows and the
// config's `defaults`. zod is the single source of truth: types are inferred from these,
// validation is these, and schema/deploy-gate.schema.json is generated.
import { z } from "zod";
import { duration, jsonPath } from "../assert/expect-schema.js";
import { formatDuration } from "../text/duration.js";

const retries = z.number().int().min(0).max(10);

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export const REQUEST_LINE_MESSAGE = 'expected a request line like "GET /health"';
const REQUEST_LINE = /^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\s+(\S(?:.*\S)?)$/;

export const requestObject = z
  .strictObject({
    method: z
      .string()
      .transform((m) => m.toUpperCase())
      .pipe(z.enum(METHODS))
      .default("GET"),
    path: z.string().optional(),
    url: z.string().optional(),
    query: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
    headers: z.record(z.string(), z.union([z.string(), z.null()])).optional(),
    json: z.unknown().optional(),
    body: z.string().optional(),
    form: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  })
  .superRefine((r, ctx) => {
    if (r.path === undefined && r.url === undefined)
      ctx.addIssue({ code: "custom", message: "expected a path or a url" });
    if (r.path !== undefined && r.url !== undefined)
      ctx.addIssue({ code: "custom", message: "give a path or a url, not both" });
    const bodies = [r.json, r.body, r.form].filter((b) => b !== undefined).length;
    if (bodies > 1) ctx.addIssue({ code: "custom", message: "give one body: json, body or form" });
  });

/** `"GET /path"` or the object form; the line form expands to `{ method, path }`. */
export const request = z.union([
  z
    .string()
    .regex(REQUEST_LINE, REQUEST_LINE_MESSAGE)
    .transform((line): RequestSpec => {
      const [, method = "GET", target = "/"] = REQUEST_LINE.exec(line) ?? [];
      return /^https?:\/\//i.test(target) ? { method, url: target } : { method, path: target };
    }),
  requestObject,
]);
/** A request after validation; the line form has become `{ method, path }` or `{ method, url }`. */
export interface RequestSpec {
  readonly method: string;
  readonly path?: string;
  readonly url?: string;
  readonly query?: Readonly<Record<string, string | number | boolean>>;
  readonly headers?: Readonly<Record<string, string | null>>;
  readonly json?: unknown;
  readonly body?: string;
  readonly form?: Readonly<Record<string, string | number | boolean>>;
}

export const poll = z.strictObject({
  interval: duration.default(2000),
  timeout: duration.default(120_000),
});

export const captureSpec = z.union([
  jsonPath,
  z.strictObject({
    json: jsonPath.optional(),
    header: z.string().optional(),
    secret: z.boolean().optional(),
  }),
]);
export const captures = z.record(
  z.string().regex(/^[A-Za-z_][\w-]*$/, "expected a capture name"),
  captureSpec,
);
export type Captures = z.infer<typeof captures>;

/**
 * Canary bake: the check runs every `every` over `for`. Runs that start inside `warm-up` are shown
 * but not counted; `pass-after` / `fail-after` end the bake early after that many counted passes /
 * failures in a row. Each combination that could never judge anything is refused when the config
 * loads, not found out at the end of a long window.
 */
export const bake = z
  .strictObject({
    for: duration,
    every: duration.default(30_000),
    "failure-limit": z.number().int().min(0).default(0),
    "warm-up": duration.optional(),
    "pass-after": z.number().int().min(1).optional(),
    "fail-after": z.number().int().min(1).optional(),
  })
  .superRefine((b, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    const span = (ms: number) => formatDuration(ms);
    if (b.every >= b.for) {
      issue(
        "every",
        `every (${span(b.every)}) must be shorter than for (${span(b.for)}), or the bake runs once: give a shorter every or a longer for`,
      );
      return;
    }
    const warmUp = b["warm-up"] ?? 0;
    if (warmUp >= b.for) {
      issue("warm-up", `warm-up (${span(warmUp)}) must be shorter than for (${span(b.for)})`);
      return;
    }
    const counted = bakeRuns(b.for, b.every) - bakeRuns(warmUp, b.every);
    if (counted < 1) {
      issue(
        "warm-up",
        `every run of the bake starts inside warm-up (${span(warmUp)}, a run every ${span(b.every)} over ${span(b.for)}): none would count`,
      );
      return;
    }
    for (const rule of ["pass-after", "fail-after"] as const) {
      const n = b[rule];
      if (n !== undefined && n > counted)
        issue(
          rule,
          `${rule} ${n} can never be reached: the window holds ${counted} run${counted === 1 ? "" : "s"} after warm-up (one every ${span(b.every)} over ${span(b.for)})`,
        );
    }
  });
export type BakeRules = z.output<typeof bake>;

/** Runs that start within `ms` of the bake's start, one every `every`: at 0, every, 2 × every, … */
export function bakeRuns(ms: number, every: number): number {
  return Math.ceil(ms / every);
}

/**
 * A check's name and tags are in every log line, annotation title, output and report that names
 * the check: bounded, each stays one readable line (a request line that would be a longer default
 * name is refused in config/load.ts).
 */
export const MAX_NAME_CHARS = 200;
export const MAX_TAG_CHARS = 64;

const tooLong = (what: string, max: number) => (issue: { input?: unknown }) =>
  `${what} is at most ${max} characters; this one has ${String(issue.input ?? "").length}`;

/** Fields every check has. */
export const baseCheck = {
  name: z
    .string()
    .min(1)
    .max(MAX_NAME_CHARS, { error: tooLong("a check name", MAX_NAME_CHARS) })
    .optional(),
  needs: z.union([z.string(), z.array(z.string())]).optional(),
  if: z.union([z.string(), z.boolean(), z.number()]).optional(),
  severity: z.enum(["critical", "warning"]).default("critical"),
  tags: z.array(z.string().max(MAX_TAG_CHARS, { error: tooLong("a tag", MAX_TAG_CHARS) })).default([]),
  timeout: duration.optional(),
  retries: retries.optional(),
  bake: bake.optional(),
};

export const defaults = z.strictObject({
  timeout: duration.optional(),
  retries: retries.optional(),
  headers: z.record(z.string(), z.string()).optional(),
});
export type Defaults = z.infer<typeof defaults>;
