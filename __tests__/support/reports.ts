// What the gate promises the tools that read its reports, checked on every report a test reads:
// the JSON report against schema/report.schema.json, with every field it does not name forbidden
// (so the schema cannot fall behind the code).
import { readFileSync } from "node:fs";
import Ajv2020Module from "ajv/dist/2020.js";
import type { GateResult } from "../../src/engine/results.js";

type JsonSchema = { [key: string]: unknown };

/** The published schema with `additionalProperties: false` wherever it lists an object's properties. */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (typeof schema !== "object" || schema === null) return schema;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) out[key] = closed(value);
  if ("properties" in out) out.additionalProperties = false;
  return out;
}

const published = JSON.parse(readFileSync("schema/report.schema.json", "utf8")) as JsonSchema;
const validateReport = new Ajv2020Module.default({ allErrors: true, validateFormats: false }).compile(
  closed(published) as JsonSchema,
);

/** Every way `report` departs from the published schema (unknown fields included), as `path: message`. */
export function reportSchemaErrors(report: unknown): string[] {
  if (validateReport(report)) return [];
  return (validateReport.errors ?? []).map(
    (e) =>
      `${e.instancePath || "/"}: ${e.message}${e.keyword === "additionalProperties" ? ` (${JSON.stringify(e.params)})` : ""}`,
  );
}

/** Reads a JSON report a test run wrote; throws naming the file when it breaks the schema. */
export function readReport(file: string): GateResult {
  const report: unknown = JSON.parse(readFileSync(file, "utf8"));
  const errors = reportSchemaErrors(report);
  if (errors.length > 0) throw new Error(`${file} breaks schema/report.schema.json:\n${errors.join("\n")}`);
  return report as GateResult;
}
