// The JSON report is the GateResult itself, versioned (docs/report-schema.md). Reading one
// back is for fan-in across a matrix: a report that cannot be trusted fails with its file name.
import { createHash } from "node:crypto";
import type { GateResult } from "../engine/results.js";
import { labelSlug } from "./describe.js";
import { gateReport, REPORT_VERSION } from "./report-schema.js";

export function renderJsonReport(result: GateResult): string {
  // `version` first, so the head of a report tells which reader it needs.
  const { version, ...rest } = result;
  return `${JSON.stringify({ version, ...rest }, null, 2)}\n`;
}

function issuePath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join("");
}

/** Reads a report written by renderJsonReport; any error names `fileName`. */
export function parseJsonReport(text: string, fileName: string): GateResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new Error(`${fileName}: not a deploy-gate JSON report: ${(error as Error).message}`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new Error(`${fileName}: not a deploy-gate JSON report: expected a JSON object`);
  }
  if (!("version" in data))
    throw new Error(`${fileName}: not a deploy-gate JSON report: it has no "version"`);
  if (data.version !== REPORT_VERSION) {
    throw new Error(
      `${fileName}: unsupported deploy-gate report version ${JSON.stringify(data.version)} (this version reads version ${REPORT_VERSION})`,
    );
  }
  const parsed = gateReport.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issuePath(issue.path)}: ` : "";
    throw new Error(`${fileName}: not a valid deploy-gate report: ${where}${issue?.message ?? "invalid"}`);
  }
  // The validated original, not zod's copy: fields this reader does not know are kept as they were.
  return data as GateResult;
}

/** Longest label slug a file name carries: a file system refuses names past 255 bytes. */
const MAX_FILE_SLUG = 60;

/**
 * The label as a file name part: its slug, or for a long label the slug's start and a hash of the
 * whole label, so two long labels that start alike still get files of their own.
 */
export function fileSlug(label: string): string {
  const slug = labelSlug(label);
  if (slug.length <= MAX_FILE_SLUG) return slug;
  const hash = createHash("sha256").update(label).digest("hex").slice(0, 8);
  return `${slug.slice(0, MAX_FILE_SLUG - 9).replace(/-+$/, "")}-${hash}`;
}

/** `deploy-gate-report[-<slug>].json` and `deploy-gate-junit[-<slug>].xml`: one pair per label. */
export function reportFileNames(label: string): { json: string; junit: string } {
  const slug = fileSlug(label);
  const suffix = slug ? `-${slug}` : "";
  return { json: `deploy-gate-report${suffix}.json`, junit: `deploy-gate-junit${suffix}.xml` };
}
