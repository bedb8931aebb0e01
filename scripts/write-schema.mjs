// Writes schema/deploy-gate.schema.json from the zod schema (via the compiled lib/).
// A test fails when the committed file is out of date: run `npm run schema`.
import { mkdirSync, writeFileSync } from "node:fs";
import { configJsonSchema } from "../lib/config/schema.js";

mkdirSync("schema", { recursive: true });
const schema = {
  $id: "https://github.com/deploy-gate/deploy-gate/schema/deploy-gate.schema.json",
  title: "deploy-gate check list",
  ...configJsonSchema(),
};
writeFileSync("schema/deploy-gate.schema.json", `${JSON.stringify(schema, null, 2)}\n`);
