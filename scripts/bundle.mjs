// Bundles the compiled action and CLI with ncc. ncc cannot compile TypeScript 7 itself,
// so tsc writes lib/ first and this bundles the JavaScript.
//
// Not minified, as GitHub's own actions ship: reviewers read dist/ diffs, and a stack trace from a
// runner must point at a line a person can read.
//
// licenses.txt is written here rather than by ncc's --license, which leaves out every package whose
// ES modules webpack concatenates into one scope (zod, js-yaml and jsonpath-rfc9535 were missing).
// ncc's module stats name the file behind every bundled module, concatenated ones included; each
// package those files come from is listed with its version, license and license text.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const ncc = "node_modules/.bin/ncc";
const RULE = "=".repeat(80);
const LICENSE_FILE = /^(licen[cs]e|copying)([.-].*)?$/i;
const NODE_MODULES = `${path.sep}node_modules${path.sep}`;

/** The root directory of every package a module of the build comes from. */
function bundledPackageRoots(stats) {
  const roots = new Set();
  const visit = (modules = []) => {
    for (const module of modules) {
      // `loader!loader!/abs/path/file.js`, or `type|/abs/path/file.js` for concatenated modules.
      const resource = (module.identifier ?? "").split("!").pop().split("|").pop();
      const at = resource.lastIndexOf(NODE_MODULES) + NODE_MODULES.length;
      if (at >= NODE_MODULES.length) {
        const [scope = "", name = ""] = resource.slice(at).split(path.sep);
        roots.add(path.join(resource.slice(0, at), scope, scope.startsWith("@") ? name : ""));
      }
      visit(module.modules);
    }
  };
  visit(stats.modules);
  return [...roots];
}

function licenseEntry(root) {
  const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
  const license =
    typeof manifest.license === "string"
      ? manifest.license
      : (manifest.license?.type ?? manifest.licenses?.map((l) => l.type).join(" OR "));
  const files = readdirSync(root)
    .filter((file) => LICENSE_FILE.test(file))
    .sort();
  if (!license || files.length === 0) {
    throw new Error(`${manifest.name} (${root}) is bundled but names no license or ships no license file`);
  }
  const text = files.map((file) =>
    readFileSync(path.join(root, file), "utf8").replace(/\r\n?/g, "\n").trimEnd(),
  );
  return { name: manifest.name, version: manifest.version, license, text: text.join("\n\n") };
}

function renderLicenses(entries) {
  const sorted = [...entries].sort(
    (a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version),
  );
  const blocks = sorted.map((e) => `${RULE}\n${e.name} ${e.version}\n${e.license}\n${RULE}\n\n${e.text}\n`);
  return `Packages bundled into this directory's JavaScript, each with its license (written by scripts/bundle.mjs).\n\n${blocks.join("\n")}`;
}

/** Chunk size of an embedded base64 string once wrapped: well under the longest line a reader scrolls. */
const WRAP = 1000;
const EMBEDDED_BASE64 = /^(\s*module\.exports = Buffer\.from\()'([A-Za-z0-9+/=]{5000,})'(, 'base64'\);?)$/;

/**
 * undici embeds its HTTP parser as WebAssembly, one base64 string of about 64 kB on one line.
 * Wrapped into a concatenation of short literals it is the same value, and no line of dist/ is
 * too long to read (or to show in a diff or a stack trace's context).
 */
function wrapEmbeddedBinary(dir) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".js"))) {
    const full = path.join(dir, file);
    const lines = readFileSync(full, "utf8").split("\n");
    let changed = false;
    const wrapped = lines.map((line) => {
      const m = EMBEDDED_BASE64.exec(line);
      if (!m) return line;
      changed = true;
      const chunks = m[2].match(new RegExp(`.{1,${WRAP}}`, "g"));
      return `${m[1]}\n  '${chunks.join("' +\n  '")}'${m[3]}`;
    });
    if (changed) writeFileSync(full, wrapped.join("\n"));
  }
}

rmSync("dist", { recursive: true, force: true });
const scratch = mkdtempSync(path.join(tmpdir(), "deploy-gate-bundle-"));
try {
  for (const [entry, out] of [
    ["lib/index.js", "dist"],
    ["lib/cli/bin.js", "dist/cli"],
  ]) {
    const statsFile = path.join(scratch, `${path.basename(entry)}.stats.json`);
    execFileSync(
      ncc,
      ["build", entry, "-o", out, "--no-source-map-register", "--stats-out", statsFile, "-q"],
      {
        stdio: "inherit",
      },
    );
    wrapEmbeddedBinary(out);
    const stats = JSON.parse(readFileSync(statsFile, "utf8"));
    writeFileSync(
      path.join(out, "licenses.txt"),
      renderLicenses(bundledPackageRoots(stats).map(licenseEntry)),
    );
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
