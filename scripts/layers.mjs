// The import graph of src/ against the layer order (STYLE.md, "Layers import only downward"):
// every relative import — static, `export … from`, and `import()` — resolved to the file it
// names, and the ones that go up the order or sideways between two folders of one rank.
//
//   node scripts/layers.mjs          lists the cross-folder imports, then the violations and counts
//   node scripts/layers.mjs --check  exits 1 when any import goes up or sideways
//
// __tests__/architecture/layers.test.ts runs the same functions, so the rule fails the suite.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Lowest first. A module may import from its own folder or a folder of a lower rank. */
export const LAYERS = {
  text: 0,
  judge: 0,
  secrets: 1,
  http: 2,
  assert: 3,
  checks: 4,
  config: 5,
  engine: 6,
  report: 7,
  "fan-in": 8,
  // One run of the gate from settings to reports, shared by both adapters (src/run/run-gate.ts).
  run: 8,
  github: 9,
  action: 10,
  cli: 10,
};

/** src/version.ts is a leaf constant every layer may read; src/index.ts only starts the action. */
const ROOT_FILES = { "version.ts": -1, "index.ts": 11 };
/** A file directly in src/ that is neither: an adapter that has not found its folder yet. */
const UNPLACED_ROOT_RANK = 10;

/** Where a file sits: its folder under src/ (or `root`) and that folder's rank. */
export function layerOf(srcDir, file) {
  const [first, ...rest] = path.relative(srcDir, file).split(path.sep);
  if (rest.length === 0) {
    const rank = ROOT_FILES[first];
    return { folder: "root", rank: rank ?? UNPLACED_ROOT_RANK, placed: rank !== undefined };
  }
  const rank = LAYERS[first];
  return { folder: first, rank: rank ?? Number.NaN, placed: rank !== undefined };
}

export function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) return sourceFiles(p);
      return e.isFile() && e.name.endsWith(".ts") && !e.name.endsWith(".d.ts") ? [p] : [];
    })
    .sort();
}

/** Comments blanked out (newlines kept, so line numbers hold); string contents are left alone. */
export function withoutComments(text) {
  let out = "";
  let i = 0;
  let quote;
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (quote) {
      out += c;
      if (c === "\\") {
        out += next ?? "";
        i += 2;
        continue;
      }
      if (c === quote) quote = undefined;
      i++;
    } else if (c === '"' || c === "'" || c === "`") {
      quote = c;
      out += c;
      i++;
    } else if (c === "/" && next === "/") {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (c === "/" && next === "*") {
      const end = text.indexOf("*/", i + 2);
      const stop = end === -1 ? text.length : end + 2;
      out += text.slice(i, stop).replace(/[^\n]/g, " ");
      i = stop;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

// `import … from "x"`, `import "x"`, `export … from "x"` at the start of a statement; and `import("x")`.
const STATIC = /^[ \t]*(import|export)\b(\s+type\b)?[^;"'`]*?(?:\bfrom\s*)?["']([^"']+)["']/gm;
const DYNAMIC = /\bimport\(\s*["']([^"']+)["']\s*\)/g;

function lineAt(text, index) {
  return text.slice(0, index).split("\n").length;
}

/** Every import in one file: `{ file, line, specifier, kind: "static" | "type" | "dynamic" }`. */
export function importsOf(file, text = readFileSync(file, "utf8")) {
  const code = withoutComments(text);
  const found = [];
  for (const m of code.matchAll(STATIC)) {
    found.push({ file, line: lineAt(code, m.index), specifier: m[3], kind: m[2] ? "type" : "static" });
  }
  for (const m of code.matchAll(DYNAMIC)) {
    found.push({ file, line: lineAt(code, m.index), specifier: m[1], kind: "dynamic" });
  }
  return found.sort((a, b) => a.line - b.line);
}

/** The .ts file a relative specifier names (`./x.js` → `x.ts`), or undefined for a package. */
export function resolveImport(file, specifier) {
  if (!specifier.startsWith(".")) return undefined;
  const target = path.resolve(path.dirname(file), specifier);
  for (const candidate of [
    target.replace(/\.js$/, ".ts"),
    target,
    `${target}.ts`,
    path.join(target, "index.ts"),
  ]) {
    if (existsSync(candidate) && candidate.endsWith(".ts")) return candidate;
  }
  return target;
}

/** The relative imports of one file (read from disk unless `text` is given), both ends placed. */
export function edgesOf(srcDir, file, text) {
  return importsOf(file, text).flatMap((imp) => {
    const target = resolveImport(file, imp.specifier);
    return target ? [{ ...imp, target, from: layerOf(srcDir, file), to: layerOf(srcDir, target) }] : [];
  });
}

/** Every relative import of src/, with both ends placed in their layers. */
export function importGraph(srcDir) {
  return sourceFiles(srcDir).flatMap((file) => edgesOf(srcDir, file));
}

/** Why an edge breaks the order, or undefined when it goes down (or stays in its folder). */
export function violation(edge) {
  const { from, to } = edge;
  // Within a folder (or between the files directly in src/, which are one adapter until placed).
  if (from.folder === to.folder && from.rank !== -1) return undefined;
  if (to.folder === "root" && to.rank === -1) return undefined;
  if (Number.isNaN(to.rank) || Number.isNaN(from.rank)) return "a folder outside the layer order";
  if (to.rank > from.rank) return "up the order";
  if (to.rank === from.rank) return "sideways";
  return undefined;
}

function show(srcDir, edge) {
  const rel = (p) => path.relative(path.dirname(srcDir), p);
  return `${rel(edge.file)}:${edge.line} → ${rel(edge.target)}`;
}

function main() {
  const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "src");
  const edges = importGraph(srcDir);
  const cross = edges.filter((e) => e.from.folder !== e.to.folder || e.from.folder === "root");
  const bad = cross.map((e) => ({ e, why: violation(e) })).filter((x) => x.why);
  const check = process.argv.includes("--check");
  if (!check) {
    console.log(`Cross-folder imports (${cross.length}):`);
    for (const e of cross) console.log(`  ${show(srcDir, e)}`);
    console.log("");
  }
  const unplaced = sourceFiles(srcDir).filter((f) => !layerOf(srcDir, f).placed);
  if (unplaced.length > 0) {
    console.log(`Files outside the layer folders, counted as adapters (rank ${UNPLACED_ROOT_RANK}):`);
    for (const f of unplaced) console.log(`  ${path.relative(path.dirname(srcDir), f)}`);
    console.log("");
  }
  console.log(`Imports against the order (${bad.length}):`);
  for (const { e, why } of bad) console.log(`  ${show(srcDir, e)}  (${why})`);
  const pairs = new Set(bad.map(({ e }) => `${e.from.folder} → ${e.to.folder}`));
  const files = new Set(bad.map(({ e }) => `${e.file} → ${e.target}`));
  console.log("");
  console.log(
    `${edges.length} relative imports, ${cross.length} cross-folder; against the order: ${bad.length} imports, ${files.size} file → file edges, ${pairs.size} folder pairs (${[...pairs].sort().join(", ") || "none"})`,
  );
  if (check && bad.length > 0) process.exitCode = 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
