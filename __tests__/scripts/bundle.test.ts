// The committed bundle is readable and its licenses.txt names every package bundled into it. Which
// packages are bundled is worked out here from the bundle's own text, not from the ncc stats that
// scripts/bundle.mjs reads: webpack's `CONCATENATED MODULE: ./node_modules/…` comments, and the
// source lines of each installed runtime dependency that appear verbatim in the unminified bundle.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const DIRS = ["dist", "dist/cli"] as const;
const RULE = "=".repeat(80);
/** Lines shorter than this are too generic to tell one package's code from another's. */
const MIN_FINGERPRINT_LENGTH = 40;
/** A package counts as bundled when at least this many of its own lines are in the bundle. */
const MIN_FINGERPRINT_HITS = 2;

interface Listed {
  readonly name: string;
  readonly version: string;
  readonly license: string;
  readonly text: string;
}

function bundleFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".js"))
    .map((file) => readFileSync(path.join(dir, file), "utf8"));
}

function readLicenses(dir: string): Listed[] {
  const text = readFileSync(path.join(dir, "licenses.txt"), "utf8");
  const entries: Listed[] = [];
  // RULE, "name version", license, RULE, blank, text … up to the next RULE.
  const parts = text.split(`${RULE}\n`).slice(1);
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const [heading = "", license = ""] = (parts[i] ?? "").trimEnd().split("\n");
    const at = heading.lastIndexOf(" ");
    entries.push({
      name: heading.slice(0, at),
      version: heading.slice(at + 1),
      license,
      text: (parts[i + 1] ?? "").trim(),
    });
  }
  return entries;
}

/** Every installed package that is not a dev dependency, by directory, from package-lock.json. */
function runtimePackages(): { dir: string; name: string }[] {
  const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as {
    packages: Record<string, { dev?: boolean }>;
  };
  return Object.entries(lock.packages)
    .filter(([dir, meta]) => dir.startsWith("node_modules/") && !meta.dev)
    .map(([dir]) => ({ dir, name: dir.slice(dir.lastIndexOf("node_modules/") + "node_modules/".length) }));
}

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules") yield* sourceFiles(file);
    } else if (/\.[cm]?js$/.test(entry.name)) yield file;
  }
}

/** Each long source line that only one package name has: the package's fingerprint. */
function fingerprints(): Map<string, string> {
  const owners = new Map<string, Set<string>>();
  for (const { dir, name } of runtimePackages()) {
    for (const file of sourceFiles(dir)) {
      for (const raw of readFileSync(file, "utf8").split("\n")) {
        const line = raw.trim();
        if (line.length < MIN_FINGERPRINT_LENGTH) continue;
        const names = owners.get(line) ?? new Set<string>();
        names.add(name);
        owners.set(line, names);
      }
    }
  }
  const unique = new Map<string, string>();
  for (const [line, names] of owners) if (names.size === 1) unique.set(line, [...names][0]!);
  return unique;
}

const FINGERPRINTS = fingerprints();

/** The packages a bundle directory's JavaScript holds code of, read from that JavaScript alone. */
function packagesIn(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  const hits = new Map<string, number>();
  for (const text of bundleFiles(dir)) {
    for (const m of text.matchAll(
      /CONCATENATED MODULE: \.\/(?:[^\s]*\/)?node_modules\/((?:@[^/\s]+\/)?[^/\s]+)/g,
    )) {
      found.set(m[1]!, "a CONCATENATED MODULE comment");
    }
    for (const line of new Set(text.split("\n").map((l) => l.trim()))) {
      const name = FINGERPRINTS.get(line);
      if (name) hits.set(name, (hits.get(name) ?? 0) + 1);
    }
  }
  for (const [name, count] of hits) {
    if (count >= MIN_FINGERPRINT_HITS && !found.has(name)) found.set(name, `${count} of its source lines`);
  }
  return found;
}

describe.each(DIRS)("%s", (dir) => {
  const listed = readLicenses(dir);
  const bundled = packagesIn(dir);

  it("is not minified: no line a person cannot read, embedded binary data wrapped too", () => {
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".js"))) {
      const long = readFileSync(path.join(dir, file), "utf8")
        .split("\n")
        .filter((line) => line.length > 5000);
      expect(
        long.map((line) => `${line.slice(0, 80)}…`),
        file,
      ).toEqual([]);
    }
    const entry = readFileSync(path.join(dir, "index.js"), "utf8").split("\n");
    expect(entry.length).toBeGreaterThan(1000);
  });

  it("licenses.txt names every package whose code is in the bundle", () => {
    // Not a vacuous comparison: the ES-module packages ncc's own --license left out are found.
    expect([...bundled.keys()]).toEqual(
      expect.arrayContaining(["zod", "js-yaml", "jsonpath-rfc9535", "undici"]),
    );
    const names = new Set(listed.map((entry) => entry.name));
    const missing = [...bundled]
      .filter(([name]) => !names.has(name))
      .map(([name, why]) => `${name} (${why})`);
    expect(missing, missing.join(", ")).toEqual([]);
  });

  it("lists only installed runtime packages, each with its license and its own license text", () => {
    const runtime = runtimePackages();
    expect(listed.length).toBeGreaterThan(0);
    for (const entry of listed) {
      const installed = runtime.filter((p) => p.name === entry.name);
      expect(installed.length, `${entry.name} is not a runtime dependency`).toBeGreaterThan(0);
      const copy = installed
        .map(
          (p) =>
            JSON.parse(readFileSync(path.join(p.dir, "package.json"), "utf8")) as Record<string, unknown>,
        )
        .find((manifest) => manifest.version === entry.version);
      expect(copy, `${entry.name} ${entry.version} is not installed`).toBeDefined();
      expect(entry.license).toBe(copy!.license);
      expect(entry.text.length, entry.name).toBeGreaterThan(100);
      expect(entry.text, entry.name).toMatch(/licen[cs]e|permission|copyright/i);
    }
  });
});
