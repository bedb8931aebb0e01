// What each bundle carries. The CLI never loads @actions/core — not a byte of it is in dist/cli/ —
// while the action's entry file holds it (the control: the markers are really core's). Checked
// on the bundles that run, since a re-export or a shared module could pull core in where the
// source-level rule (layers.test.ts) would not see it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** Strings only @actions/core's own modules put in a bundle. */
const CORE_MARKERS = [
  "ghadelimiter_", // file-command.js: the GITHUB_OUTPUT record delimiter
  "Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable", // oidc-utils.js
  "Check if your runtime environment supports job summaries", // summary.js
];

function bundleFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".js"))
    .map((f) => path.join(dir, f));
}

describe("the bundles", () => {
  it("the CLI bundle holds none of @actions/core, and lists no such license", () => {
    const found = bundleFiles("dist/cli").flatMap((file) => {
      const text = readFileSync(file, "utf8");
      return CORE_MARKERS.filter((m) => text.includes(m)).map((m) => `${file}: ${m}`);
    });
    expect(found).toEqual([]);
    expect(readFileSync("dist/cli/licenses.txt", "utf8")).not.toMatch(/^@actions\/core /m);
  });

  it("the action's entry file holds @actions/core (the markers are core's)", () => {
    const entry = readFileSync("dist/index.js", "utf8");
    for (const marker of CORE_MARKERS) expect(entry, marker).toContain(marker);
    expect(readFileSync("dist/licenses.txt", "utf8")).toMatch(/^@actions\/core 3\./m);
  });
});
