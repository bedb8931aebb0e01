// The action declares node24 while these machines run Node 20: the end-to-end tests run the
// bundled dist on both. Node 24 comes from the npm registry's `node` package, kept out of
// node_modules/.bin so it does not replace the Node that runs everything else.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

export const NODE24 = ".tmp/node24/node_modules/node/bin/node";

if (!existsSync(NODE24)) {
  execFileSync(
    "npm",
    [
      "install",
      "--prefix",
      ".tmp/node24",
      "--no-save",
      "--no-audit",
      "--no-fund",
      "--loglevel=error",
      "node@24",
    ],
    {
      stdio: "inherit",
    },
  );
}
process.stdout.write(`node24: ${execFileSync(NODE24, ["--version"]).toString().trim()}\n`);
