// The CLI outside a clone: `npm pack` makes the tarball npm would install, it installs with no
// registry at all, and its `deploy-gate` bin runs a real gate against a service on 127.0.0.1.
// A git URL (what `npx github:OWNER/REPO` fetches) installs the same way, with no build.
// The package lists its runtime libraries as `dependencies` (the bundle carries them all, so
// nothing loads them): the install dirs are seeded with them from this checkout, as a registry
// would provide them, so the install needs no network.
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { builtinModules } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FixtureServer, json, startFixtureServer } from "../support/fixture-server.js";
import { readJunit, readReport } from "../support/reports.js";

const run = promisify(execFile);
const LIMIT_MS = 60_000;
const pkg = JSON.parse(readFileSync("package.json", "utf8")) as {
  version: string;
  dependencies?: object;
  scripts?: Record<string, string>;
};

interface PackedFile {
  readonly path: string;
  readonly size: number;
}

let work: string;
let bin: string;
let packed: { size: number; unpackedSize: number; files: PackedFile[] };
let service: FixtureServer;

/** A command bounded in time; its exit code instead of a throw. */
async function exec(file: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  try {
    const { stdout, stderr } = await run(file, args, { timeout: LIMIT_MS, env, cwd: work });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number | string; stdout?: string; stderr?: string };
    if (typeof e.code !== "number") throw error;
    return { code: e.code, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

/** The runtime dependencies, with theirs, copied from this checkout's node_modules into `dir`. */
async function seedDependencies(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const { stdout } = await run("npm", ["ls", "--omit=dev", "--parseable", "--all"], { timeout: LIMIT_MS });
  for (const abs of stdout.trim().split("\n").slice(1)) {
    cpSync(abs, path.join(dir, path.relative(process.cwd(), abs)), { recursive: true });
  }
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "deploy-gate-pack-"));
  const out = await run("npm", ["pack", "--json", "--pack-destination", work], { timeout: LIMIT_MS });
  [packed] = JSON.parse(out.stdout);
  const env = { ...process.env, npm_config_loglevel: "error" };
  await seedDependencies(path.join(work, "app"));
  await run(
    "npm",
    [
      "install",
      "--offline",
      "--no-audit",
      "--no-fund",
      "--prefix",
      "app",
      `./deploy-gate-${pkg.version}.tgz`,
    ],
    { timeout: LIMIT_MS, env, cwd: work },
  );
  bin = path.join(work, "app", "node_modules", ".bin", "deploy-gate");
  service = await startFixtureServer({
    "/health": json({ ok: true }),
    "/v1/tasks": json({ data: [{ id: "t_1" }] }),
  });
}, 3 * LIMIT_MS);

afterAll(async () => {
  await service?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("the packed package", () => {
  it("holds the bundled CLI and the schemas, nothing else, and needs no dependency", () => {
    const files = packed.files.map((f) => f.path).sort();
    expect(files.filter((f) => !/^(dist\/cli\/|schema\/)/.test(f))).toEqual(["README.md", "package.json"]);
    expect(files).toContain("dist/cli/index.js");
    expect(files).toContain("dist/cli/licenses.txt");
    expect(files).toContain("schema/report.schema.json");
    // The bundle carries everything it loads: it requires nothing but Node's own modules.
    const bundle = readFileSync("dist/cli/index.js", "utf8");
    const loaded = [
      ...bundle.matchAll(
        /(?:\brequire\(|\bimport\(|createRequire\(import\.meta\.url\)\()\s*["']([^"'./][^"']*)["']\)/g,
      ),
      ...bundle.matchAll(/^import\b[^;\n]*\bfrom\s*["']([^"'./][^"']*)["'];?$/gm),
    ].map((m) => m[1]);
    expect(loaded).toContain("node:crypto");
    expect(
      loaded.filter((name) => !name?.startsWith("node:") && !builtinModules.includes(name ?? "")),
    ).toEqual([]);
    expect(packed.size).toBeLessThan(1024 * 1024);
  });

  it("installs offline and its bin prints the version and the help", async () => {
    expect((await exec(bin, ["--version"])).stdout.trim()).toBe(pkg.version);
    const help = await exec(bin, ["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: deploy-gate --base-url URL --config FILE [options]");
  });

  it("installs from a git URL offline, without installing dev tooling or building", async () => {
    // npm prepares a git dependency (installing every devDependency) when it has one of these.
    const scripts = Object.keys(pkg.scripts ?? {});
    for (const name of ["build", "prepare", "prepack", "preinstall", "install", "postinstall"]) {
      expect(scripts, `a "${name}" script makes npm build a git install`).not.toContain(name);
    }
    const inRepo = await exec("git", ["-C", process.cwd(), "rev-parse", "--is-inside-work-tree"]);
    if (inRepo.stdout.trim() !== "true") return;
    // The committed HEAD, as a git host would serve it.
    const clone = path.join(work, "clone");
    await run("git", ["clone", "--quiet", "--depth", "1", `file://${process.cwd()}`, clone], {
      timeout: LIMIT_MS,
    });
    const env = { ...process.env, npm_config_loglevel: "error" };
    await seedDependencies(path.join(work, "git-app"));
    await run(
      "npm",
      ["install", "--offline", "--no-audit", "--no-fund", "--prefix", "git-app", `git+file://${clone}`],
      {
        timeout: LIMIT_MS,
        env,
        cwd: work,
      },
    );
    const gitBin = path.join(work, "git-app", "node_modules", ".bin", "deploy-gate");
    expect((await exec(gitBin, ["--version"])).stdout.trim()).toBe(pkg.version);
  });

  it("runs a real gate: exit 0 when it passes, 1 when it blocks, with valid reports", async () => {
    const [json, junit] = [path.join(work, "report.json"), path.join(work, "junit.xml")];
    const checks = [
      "- GET /health",
      "- name: list tasks",
      "  request: GET /v1/tasks",
      "  expect:",
      "    json:",
      '      "$.data[0].id": t_1',
    ].join("\n");
    const passed = await exec(bin, [
      "--base-url",
      service.url,
      "--checks",
      checks,
      "--json",
      json,
      "--junit",
      junit,
    ]);
    expect(passed.stderr).toBe("");
    expect(passed.code).toBe(0);
    expect(passed.stdout).toMatch(/deploy-gate: passed — 2 checks/);
    expect(readReport(json).checks.map((c) => c.outcome)).toEqual(["passed", "passed"]);
    expect(await readJunit(junit)).toMatch(/<testsuite [^>]*tests="2" failures="0" errors="0"/);
    expect(service.requestsTo("/v1/tasks")).toHaveLength(1);

    const blocked = await exec(bin, [
      "--base-url",
      service.url,
      "--checks",
      "- GET /missing",
      "--retries",
      "0",
    ]);
    expect(blocked.code).toBe(1);
    expect(blocked.stdout).toMatch(/blocked — 1 of 1 check failed/);
  });
});
