// The fan-in glob against a real directory tree: `*`, `?`, `**`, literal segments, dot files,
// absolute patterns, and a symlink cycle that must not make `**` loop.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { globFiles, segmentRegExp } from "../../src/engine/glob.js";

let root: string;

const FILES = [
  "report.json",
  "legs/eu/deploy-gate-report-eu.json",
  "legs/eu/deploy-gate-junit-eu.xml",
  "legs/us/deploy-gate-report-us.json",
  "legs/us/nested/deep/deploy-gate-report-us2.json",
  "legs/.hidden/deploy-gate-report-h.json",
  "legs/a+b (1)/deploy-gate-report-x.json",
];

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), "deploy-gate-glob-"));
  for (const f of FILES) {
    mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    writeFileSync(path.join(root, f), "{}");
  }
  // A directory named like a report is not a file; a link back up is a cycle.
  mkdirSync(path.join(root, "legs/dir.json"));
  symlinkSync(path.join(root, "legs"), path.join(root, "legs/us/loop"));
});

async function glob(pattern: string): Promise<string[]> {
  return (await globFiles(pattern, root)).map((f) => path.relative(root, f));
}

describe("segmentRegExp", () => {
  it("turns * and ? into one-segment wildcards and keeps everything else literal", () => {
    expect(segmentRegExp("*.json").test("a.json")).toBe(true);
    expect(segmentRegExp("*.json").test("a.jsonx")).toBe(false);
    expect(segmentRegExp("?.json").test("ab.json")).toBe(false);
    expect(segmentRegExp("a+b (1)").test("a+b (1)")).toBe(true);
    expect(segmentRegExp("a+b (1)").test("aab (1)")).toBe(false);
    expect(segmentRegExp("[x]*").test("[x]y")).toBe(true);
    expect(segmentRegExp("[x]*").test("xy")).toBe(false);
  });
});

describe("globFiles", () => {
  it("matches * within one directory level, sorted", async () => {
    expect(await glob("legs/*/deploy-gate-report-*.json")).toEqual([
      "legs/.hidden/deploy-gate-report-h.json",
      "legs/a+b (1)/deploy-gate-report-x.json",
      "legs/eu/deploy-gate-report-eu.json",
      "legs/us/deploy-gate-report-us.json",
    ]);
  });

  it("matches ** across any number of directories, zero included, without following a link cycle", async () => {
    expect(await glob("**/deploy-gate-report-*.json")).toEqual([
      "legs/.hidden/deploy-gate-report-h.json",
      "legs/a+b (1)/deploy-gate-report-x.json",
      "legs/eu/deploy-gate-report-eu.json",
      "legs/us/deploy-gate-report-us.json",
      "legs/us/nested/deep/deploy-gate-report-us2.json",
    ]);
    expect(await glob("**/report.json")).toEqual(["report.json"]);
  });

  it("a trailing ** matches every file below", async () => {
    expect(await glob("legs/eu/**")).toEqual([
      "legs/eu/deploy-gate-junit-eu.xml",
      "legs/eu/deploy-gate-report-eu.json",
    ]);
  });

  it("matches ? as one character", async () => {
    expect(await glob("legs/??/*.json")).toEqual([
      "legs/eu/deploy-gate-report-eu.json",
      "legs/us/deploy-gate-report-us.json",
    ]);
  });

  it("returns a literal path only when it is a file", async () => {
    expect(await glob("legs/eu/deploy-gate-report-eu.json")).toEqual(["legs/eu/deploy-gate-report-eu.json"]);
    expect(await glob("legs/dir.json")).toEqual([]);
    expect(await glob("legs/*.json")).toEqual([]);
    expect(await glob("nothing/**/*.json")).toEqual([]);
  });

  it("accepts absolute patterns, ./ and .. segments, and no duplicates from overlapping **", async () => {
    expect(await glob(path.join(root, "legs/eu/*.json"))).toEqual(["legs/eu/deploy-gate-report-eu.json"]);
    expect(await glob("./legs/../legs/eu/*.json")).toEqual(["legs/eu/deploy-gate-report-eu.json"]);
    expect(await glob("**/**/deploy-gate-report-eu.json")).toEqual(["legs/eu/deploy-gate-report-eu.json"]);
  });

  it("follows a symlink named by a * segment, but only one level", async () => {
    expect(await glob("legs/us/*/eu/*.json")).toEqual(["legs/us/loop/eu/deploy-gate-report-eu.json"]);
  });
});
