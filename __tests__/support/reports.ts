// What the gate promises the tools that read its reports, checked on every report a test reads:
// the JSON report against schema/report.schema.json, with every field it does not name forbidden
// (so the schema cannot fall behind the code), and the JUnit XML against the Jenkins JUnit XSD
// (__tests__/report/junit-schema/). And what two real JUnit consumers make of a document.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
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

const xsd = readFileSync("__tests__/report/junit-schema/jenkins-junit.xsd", "utf8");

/** libxml2's messages for every way `xml` departs from the Jenkins JUnit XSD; empty when valid. */
export async function junitSchemaErrors(xml: string): Promise<string[]> {
  const { validateXML } = await import("xmllint-wasm");
  const result = await validateXML({ xml: [{ fileName: "junit.xml", contents: xml }], schema: [xsd] });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}

/** Reads a JUnit XML file a test run wrote; throws naming the file when it breaks the XSD. */
export async function readJunit(file: string): Promise<string> {
  const xml = readFileSync(file, "utf8");
  const errors = await junitSchemaErrors(xml);
  if (errors.length > 0) throw new Error(`${file} breaks the Jenkins JUnit XSD:\n${errors.join("\n")}`);
  return xml;
}

export interface JunitReading {
  /** test-results-parser (testbeats): the run's status and its failure and error counts. */
  readonly testResultsParser: { status: string; failed: number; errors: number; failedCases: string[] };
  /** junit2json: the root's failure and error counts, and the testcases holding a <failure> or <error>. */
  readonly junit2json: { failures: number; errors: number; failedCases: string[] };
}

/** What two JUnit consumers published on npm read from a document. */
export async function readWithJunitConsumers(xml: string): Promise<JunitReading> {
  // Loaded here, not with the module: the engine tests use this module only for the JSON schema.
  const [{ parse: testResultsParser }, { parse: junit2json }] = await Promise.all([
    import("test-results-parser"),
    import("junit2json"),
  ]);
  const dir = mkdtempSync(path.join(tmpdir(), "deploy-gate-junit-"));
  try {
    const file = path.join(dir, "junit.xml");
    writeFileSync(file, xml);
    const trp = testResultsParser({ type: "junit", files: [file] });
    const j2j = await junit2json(xml);
    const root = j2j && "testsuite" in j2j && Array.isArray(j2j.testsuite) ? j2j : { testsuite: [] };
    const cases = (root.testsuite ?? []).flatMap((s: { testcase?: unknown[] }) => s.testcase ?? []) as {
      name?: string;
      failure?: unknown[];
      error?: unknown[];
    }[];
    return {
      testResultsParser: {
        status: trp.status,
        failed: Number(trp.failed),
        errors: Number(trp.errors),
        failedCases: trp.suites.flatMap((s) => s.cases.filter((c) => c.status === "FAIL").map((c) => c.name)),
      },
      junit2json: {
        failures: Number((j2j as { failures?: number }).failures ?? 0),
        errors: Number((j2j as { errors?: number }).errors ?? 0),
        failedCases: cases.filter((c) => c.failure || c.error).map((c) => c.name ?? ""),
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Checks the reports a run of the action or the CLI says it wrote: the JSON report against the
 * schema (a fan-in's merged report is another document and is left to its own tests) and the
 * JUnit XML against the XSD. Throws naming the file and every departure.
 */
export async function checkWrittenReports(files: { report?: string; junit?: string }): Promise<void> {
  if (files.report && existsSync(files.report)) {
    const report = JSON.parse(readFileSync(files.report, "utf8")) as { kind?: string };
    if (report.kind !== "merge") readReport(files.report);
  }
  if (files.junit && existsSync(files.junit)) await readJunit(files.junit);
}
