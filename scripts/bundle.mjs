// Bundles the compiled action and CLI with ncc. ncc cannot compile TypeScript 7 itself,
// so tsc writes lib/ first and this bundles the JavaScript.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";

const ncc = "node_modules/.bin/ncc";
rmSync("dist", { recursive: true, force: true });
for (const [entry, out] of [
  ["lib/index.js", "dist"],
  ["lib/cli-bin.js", "dist/cli"],
]) {
  execFileSync(
    ncc,
    ["build", entry, "-o", out, "--minify", "--no-source-map-register", "--license", "licenses.txt", "-q"],
    {
      stdio: "inherit",
    },
  );
}
