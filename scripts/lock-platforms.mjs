// The registry this project installs from serves only the Linux glibc builds of Biome's CLI,
// so `npm install` leaves the other platforms' optional packages out of package-lock.json and
// `npm ci` then refuses the lock. This adds lock entries for them (never installed here: their
// os/cpu/libc do not match), keeping `npm ci` happy. Run after `npm install` changes the lock.
import { readFileSync, writeFileSync } from "node:fs";

const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
const biome = lock.packages["node_modules/@biomejs/biome"];
const PLATFORM = /^@biomejs\/cli-(\w+)-(\w+)(-musl)?$/;
let added = 0;
for (const [name, version] of Object.entries(biome.optionalDependencies ?? {})) {
  const key = `node_modules/${name}`;
  if (lock.packages[key]) continue;
  const [, os, cpu, musl] = PLATFORM.exec(name) ?? [];
  if (!os) continue;
  lock.packages[key] = {
    version,
    cpu: [cpu],
    dev: true,
    ...(os === "linux" ? { libc: [musl ? "musl" : "glibc"] } : {}),
    license: "MIT OR Apache-2.0",
    optional: true,
    os: [os],
    engines: { node: ">=14.21.3" },
  };
  added++;
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a < b ? -1 : 1)),
);
writeFileSync("package-lock.json", `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lock-platforms: added ${added} entries`);
