// Each reliability suite writes what it tried and what it saw to .tmp/reliability/<name>.json;
// scripts/reliability-report.mjs turns those files into docs/reliability.md, so the figures in the
// doc are the suites' own, never typed by hand.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export const FIGURES_DIR = path.resolve(".tmp/reliability");

export function writeFigures(name: string, figures: unknown): void {
  mkdirSync(FIGURES_DIR, { recursive: true });
  writeFileSync(
    path.join(FIGURES_DIR, `${name}.json`),
    `${JSON.stringify({ suite: name, writtenAt: new Date().toISOString(), ...(figures as object) }, null, 2)}\n`,
  );
}
