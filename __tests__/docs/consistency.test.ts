// Things that must not drift: the editor schema, the README's tables, the version.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { Inputs, Outputs } from "../../src/action/io-names.js";
import { configJsonSchema } from "../../src/config/schema.js";
import { VERSION } from "../../src/version.js";

const action = parse(readFileSync("action.yml", "utf8")) as {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
};
const readme = readFileSync("README.md", "utf8");

/** The first column of the markdown table under a `## heading`. */
function tableNames(heading: string): string[] {
  const section = readme.split(/^## /m).find((s) => s.startsWith(heading)) ?? "";
  return [...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1] ?? "");
}

describe("action.yml", () => {
  it("runs the bundled dist on node24", () => {
    expect(action.runs).toEqual({ using: "node24", main: "dist/index.js" });
  });

  // Declared for the example workflows of `compare`; the engine takes them (GateOptions), and the
  // adapters' rewrite reads them into its settings. Once src/action/io-names.ts names them this list
  // changes nothing; remove it then.
  it("declares exactly the inputs and outputs the code reads and writes", () => {
    const read = new Set<string>(Object.values(Inputs));
    expect(Object.keys(action.inputs).sort()).toEqual([...read].sort());
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(Outputs).sort());
  });

  it("matches the README's inputs and outputs tables", () => {
    expect(tableNames("Inputs")).toEqual(Object.keys(action.inputs));
    expect(tableNames("Outputs")).toEqual(Object.keys(action.outputs));
  });

  it("README states each input's default as action.yml does", () => {
    const section = readme.split(/^## /m).find((s) => s.startsWith("Inputs")) ?? "";
    for (const [name, spec] of Object.entries(action.inputs)) {
      if (spec.default === undefined || spec.default === "") continue;
      const row = section.split("\n").find((l) => l.startsWith(`| \`${name}\` |`)) ?? "";
      expect(row, name).toContain(`\`${spec.default}\``);
    }
  });
});

describe("generated files", () => {
  it("schema/deploy-gate.schema.json is up to date (npm run schema)", () => {
    const committed = JSON.parse(readFileSync("schema/deploy-gate.schema.json", "utf8"));
    const { $id: _id, title: _title, ...rest } = committed;
    expect(rest).toEqual(JSON.parse(JSON.stringify(configJsonSchema())));
  });

  it("the version is package.json's", () => {
    expect(VERSION).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);
  });
});
