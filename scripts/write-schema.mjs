// Writes the published JSON Schemas from their zod schemas (via the compiled lib/):
// schema/deploy-gate.schema.json (the check list) and schema/report.schema.json (the JSON report).
// A test fails when a committed file is out of date: run `npm run schema`.
import { mkdirSync, writeFileSync } from "node:fs";
import { configJsonSchema } from "../lib/config/schema.js";
import { reportJsonSchema } from "../lib/report/report-schema.js";

const BASE = "https://github.com/deploy-gate/deploy-gate/schema";

function write(file, title, schema) {
  writeFileSync(
    `schema/${file}`,
    `${JSON.stringify({ $id: `${BASE}/${file}`, title, ...schema }, null, 2)}\n`,
  );
}

mkdirSync("schema", { recursive: true });
write("deploy-gate.schema.json", "deploy-gate check list", configJsonSchema());
write("report.schema.json", "deploy-gate JSON report, version 1", reportJsonSchema());
