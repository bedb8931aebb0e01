// The layer rule of STYLE.md, enforced: text/, judge/ → secrets/ → http/ → assert/ → checks/ →
// config/ → engine/ → report/ → fan-in/, run/ → github/ → action/, cli/. A module imports only from its
// own folder or a lower layer, the two adapters never import each other, and only the adapters
// touch the runner. The import scan is scripts/layers.mjs (`node scripts/layers.mjs` lists it).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  edgesOf,
  type ImportEdge,
  importGraph,
  importsOf,
  layerOf,
  sourceFiles,
  violation,
  withoutComments,
} from "../../scripts/layers.mjs";

const SRC = path.resolve("src");
const files = sourceFiles(SRC);
const rel = (file: string) => path.relative(path.dirname(SRC), file);
const under = (file: string, folder: string) => rel(file).startsWith(`src/${folder}/`);

function describeEdge(edge: ImportEdge, why: string): string {
  return `${rel(edge.file)}:${edge.line} imports "${edge.specifier}" (${edge.from.folder} → ${edge.to.folder}: ${why})`;
}

function breaches(edges: readonly ImportEdge[]): string[] {
  return edges.flatMap((e) => {
    const why = violation(e);
    return why ? [describeEdge(e, why)] : [];
  });
}

/** Package imports in src/: `{ file, line, specifier, kind }`. */
const packageImports = files.flatMap((file) =>
  importsOf(file).filter((i) => !i.specifier.startsWith(".") && !i.specifier.startsWith("node:")),
);

describe("layers", () => {
  it("every file sits in a layer folder (only index.ts and version.ts directly in src/)", () => {
    expect(files.filter((f) => !layerOf(SRC, f).placed).map(rel)).toEqual([]);
  });

  it("no import goes up the order or sideways between folders of one rank (action/ and cli/)", () => {
    const graph = importGraph(SRC);
    // The scan must see the graph, or an empty one would pass.
    expect(graph.length).toBeGreaterThan(200);
    expect(breaches(graph)).toEqual([]);
  });

  it("catches an upward, a sideways and a dynamic upward import (the rule's own control)", () => {
    const file = path.join(SRC, "http", "client.ts");
    const text = [
      'import { renderSummary } from "../report/summary.js";',
      'export { runGate } from "../engine/gate.js";',
      "const late = () => import('../config/load.js');",
      'import type { Expect } from "../assert/expect-schema.js";',
      'import { oneLine } from "../text/display-text.js";',
    ].join("\n");
    expect(breaches(edgesOf(SRC, file, text))).toEqual([
      'src/http/client.ts:1 imports "../report/summary.js" (http → report: up the order)',
      'src/http/client.ts:2 imports "../engine/gate.js" (http → engine: up the order)',
      'src/http/client.ts:3 imports "../config/load.js" (http → config: up the order)',
      'src/http/client.ts:4 imports "../assert/expect-schema.js" (http → assert: up the order)',
    ]);
    const cli = path.join(SRC, "cli", "main.ts");
    expect(breaches(edgesOf(SRC, cli, 'import { run } from "../action/main.js";'))).toEqual([
      'src/cli/main.ts:1 imports "../action/main.js" (cli → action: sideways)',
    ]);
  });

  it("src/index.ts only starts the action: its one import is action/main.js", () => {
    const index = path.join(SRC, "index.ts");
    expect(importsOf(index).map((i) => i.specifier)).toEqual(["./action/main.js"]);
  });
});

describe("the runner stays in the adapters", () => {
  it("@actions/core is imported only under src/action/", () => {
    const outside = packageImports.filter((i) => i.specifier.startsWith("@actions/core"));
    expect(outside.filter((i) => !under(i.file, "action")).map((i) => `${rel(i.file)}:${i.line}`)).toEqual(
      [],
    );
  });

  it("@actions/github is imported only under src/github/, and only by a dynamic import()", () => {
    const github = packageImports.filter((i) => i.specifier.startsWith("@actions/github"));
    expect(github.some((i) => i.kind === "dynamic")).toBe(true);
    // `import type` is erased when compiled: it loads nothing.
    const wrong = github.filter((i) => !under(i.file, "github") || i.kind === "static");
    expect(wrong.map((i) => `${rel(i.file)}:${i.line} (${i.kind})`)).toEqual([]);
  });

  it("only src/action/ speaks the runner protocol: inputs, output and summary files, masks, exit status", () => {
    // The environment variables and commands of the runner protocol, and the failed state.
    const RUNNER =
      /\bINPUT_|\bGITHUB_(OUTPUT|STEP_SUMMARY|ENV|PATH|STATE)\b|process\.exitCode|::(add-mask|set-output|save-state|error|warning|notice|group|endgroup|debug|stop-commands)\b/;
    const found = files
      .filter((f) => !under(f, "action"))
      .flatMap((f) =>
        withoutComments(readFileSync(f, "utf8"))
          .split("\n")
          .flatMap((line, i) => (RUNNER.test(line) ? [`${rel(f)}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(found).toEqual([]);
  });

  it("only the adapters write to the terminal or end the process", () => {
    const PROCESS_IO = /process\.(stdout|stderr|exit)\b/;
    const found = files
      .filter((f) => !under(f, "action") && !under(f, "cli"))
      .flatMap((f) =>
        withoutComments(readFileSync(f, "utf8"))
          .split("\n")
          .flatMap((line, i) => (PROCESS_IO.test(line) ? [`${rel(f)}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(found).toEqual([]);
  });
});
