// Every example config loads through the real loader, its template names all resolve, and it
// validates against the published editor schema.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Ajv2020Module from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadConfig, parseConfigText, validateTemplates } from "../../src/config/load.js";
import { stringsIn, templateRefs } from "../../src/config/templates.js";

const files = [
  "examples/demo/gate.yml",
  ...readdirSync("examples/checks").map((f) => `examples/checks/${f}`),
  ...readdirSync("examples/scenarios").map((f) => `examples/scenarios/${f}`),
].filter((f) => f.endsWith(".yml") || f.endsWith(".yaml") || f.endsWith(".json"));
const schema = JSON.parse(readFileSync("schema/deploy-gate.schema.json", "utf8"));
const validate = new Ajv2020Module.default({ strict: false, validateFormats: false }).compile(schema);

describe.each(files)("%s", (file) => {
  const text = readFileSync(file, "utf8");

  it("loads, and every template name resolves once its secrets and vars are given", () => {
    const config = loadConfig(parseConfigText(text, file), file);
    expect(config.checks.length).toBeGreaterThan(0);
    // The names the example expects from the workflow's `secrets:` / `vars:` inputs.
    const given = { secrets: {} as Record<string, string>, vars: {} as Record<string, string> };
    for (const [s] of stringsIn(parse(text))) {
      for (const ref of templateRefs(s)) {
        const [root, key] = ref.split(".");
        if ((root === "secrets" || root === "vars") && key) given[root][key] = "x";
      }
    }
    expect(() =>
      validateTemplates(config, {
        ...given,
        vars: { ...config.vars, ...given.vars },
        env: {},
        run: { id: "1", attempt: "1" },
        // As inside Actions: an expectation on an empty {{ sha }} is refused (examples/checks/version.yml).
        sha: "0123456789abcdef0123456789abcdef01234567",
        label: "",
      }),
    ).not.toThrow();
  });

  it("points editors at the schema and satisfies it", () => {
    expect(text.split("\n")[0]).toBe(
      `# yaml-language-server: $schema=${path.relative(path.dirname(file), "schema/deploy-gate.schema.json")}`,
    );
    const ok = validate(parse(text));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
});
