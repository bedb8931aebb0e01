// scripts/ci-prereqs.sh, run by `sh` on a PATH of fakes: an apt-get that reports a held lock, fails
// or "installs" a prometheus, an `id` that says who we are, a sudo that asks for no password. Nothing
// here touches the machine's apt, dpkg or packages.
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";

const SCRIPT = path.resolve("scripts/ci-prereqs.sh");

interface Fakes {
  /** Lines the fake apt-get exits 100 with before it succeeds, one per call; "" means it succeeds. */
  readonly apt?: readonly string[] | "none";
  readonly uid?: number;
  readonly sudo?: "none" | "password-less" | "asks for a password";
}

interface ScriptRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly aptCalls: string[];
  readonly bin: string;
}

function executable(file: string, body: string): void {
  writeFileSync(file, `#!/bin/sh\n${body}\n`);
  chmodSync(file, 0o755);
}

function runScript(fakes: Fakes, env: Record<string, string> = {}): ScriptRun {
  const dir = mkdtempSync(path.join(tmpdir(), "deploy-gate-ci-prereqs-"));
  const bin = path.join(dir, "bin");
  mkdirSync(bin);
  for (const tool of ["env", "sleep", "chmod", "true"]) symlinkSync(`/usr/bin/${tool}`, path.join(bin, tool));
  executable(path.join(bin, "id"), `echo ${fakes.uid ?? 0}`);
  if (fakes.sudo === "password-less") executable(path.join(bin, "sudo"), '[ "$1" = -n ] && shift\nexec "$@"');
  if (fakes.sudo === "asks for a password")
    executable(path.join(bin, "sudo"), 'echo "sudo: a password is required" >&2\nexit 1');
  const log = path.join(dir, "apt-calls");
  if (fakes.apt !== "none") {
    // Call n (from 1) answers with line n of the script; past its end, it succeeds.
    const answers = path.join(dir, "apt-answers");
    writeFileSync(answers, (fakes.apt ?? []).map((line) => `${line}\n`).join(""));
    executable(
      path.join(bin, "apt-get"),
      [
        `echo "DEBIAN_FRONTEND=$DEBIAN_FRONTEND $*" >> "${log}"`,
        `calls=0; while IFS= read -r _; do calls=$((calls + 1)); done < "${log}"`,
        `n=0; answer=; while IFS= read -r line; do n=$((n + 1)); [ "$n" -eq "$calls" ] && answer=$line; done < "${answers}"`,
        'if [ -n "$answer" ]; then echo "$answer" >&2; exit 100; fi',
        `case "$*" in *install*) printf '#!/bin/sh\\nexit 0\\n' > "${bin}/prometheus"; chmod 755 "${bin}/prometheus";; esac`,
      ].join("\n"),
    );
  }
  const result = spawnSync("/bin/sh", [SCRIPT], { env: { PATH: bin, ...env }, encoding: "utf8" });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    aptCalls: existsSync(log) ? readFileSync(log, "utf8").trim().split("\n") : [],
    bin,
  };
}

const LOCK = "E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 4242 (apt-get)";

it("uses the prometheus PROMETHEUS_BIN names, quietly and without apt", () => {
  const bin = mkdtempSync(path.join(tmpdir(), "deploy-gate-prometheus-bin-"));
  executable(path.join(bin, "prometheus"), "exit 0");
  const run = runScript({}, { PROMETHEUS_BIN: path.join(bin, "prometheus") });
  expect(run).toMatchObject({ status: 0, stdout: "", stderr: "", aptCalls: [] });
});

it("refuses a PROMETHEUS_BIN that is not an executable file, in one line", () => {
  const run = runScript({}, { PROMETHEUS_BIN: "/nonexistent/prometheus" });
  expect(run.status).toBe(1);
  expect(run.stderr).toBe(
    "ci-prereqs: PROMETHEUS_BIN=/nonexistent/prometheus is not an executable file: install prometheus " +
      "(Debian: apt-get install prometheus) or set PROMETHEUS_BIN=/path/to/prometheus\n",
  );
  expect(run.aptCalls).toEqual([]);
});

it.each([
  ["no apt-get", { apt: "none" }],
  ["not root, and no sudo that works without a password", { uid: 1000, sudo: "none" }],
  ["not root, and no sudo that works without a password", { uid: 1000, sudo: "asks for a password" }],
] as const)("says in one line what to do when it cannot install: %s", (why, fakes) => {
  const run = runScript(fakes);
  expect(run.status).toBe(1);
  expect(run.stdout).toBe("");
  expect(run.stderr).toBe(
    `ci-prereqs: no prometheus, and cannot install it (${why}): install prometheus ` +
      "(Debian: apt-get install prometheus) or set PROMETHEUS_BIN=/path/to/prometheus\n",
  );
  expect(run.aptCalls).toEqual([]);
});

it("installs the Debian package, as root or through password-less sudo", () => {
  for (const fakes of [{ uid: 0 }, { uid: 1000, sudo: "password-less" }] as const) {
    const run = runScript(fakes);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe("ci-prereqs: installing prometheus (Debian package)\n");
    expect(run.aptCalls).toEqual([
      "DEBIAN_FRONTEND=noninteractive -qq update",
      "DEBIAN_FRONTEND=noninteractive -qq install -y --no-install-recommends prometheus",
    ]);
    expect(existsSync(path.join(run.bin, "prometheus"))).toBe(true);
  }
});

it("waits while another apt or dpkg run holds the lock, saying so once", () => {
  const run = runScript({ apt: [LOCK, "", LOCK] });
  expect(run.status, run.stderr).toBe(0);
  expect(run.stderr).toBe(
    "ci-prereqs: another apt or dpkg run holds the lock; waiting up to 300s\n".repeat(2),
  );
  expect(run.aptCalls.map((call) => call.split(" ")[2])).toEqual(["update", "update", "install", "install"]);
  expect(existsSync(path.join(run.bin, "prometheus"))).toBe(true);
});

it("gives up on a lock held past the bound, with apt's error and what to do", () => {
  const run = runScript({ apt: [LOCK, LOCK, LOCK, LOCK] }, { CI_PREREQS_LOCK_WAIT_SECONDS: "2" });
  expect(run.status).toBe(100);
  expect(run.stderr.split("\n")).toEqual([
    "ci-prereqs: another apt or dpkg run holds the lock; waiting up to 2s",
    LOCK,
    "ci-prereqs: apt's lock was still held after 2s; try again later, or install prometheus " +
      "(Debian: apt-get install prometheus) or set PROMETHEUS_BIN=/path/to/prometheus",
    "",
  ]);
  expect(run.aptCalls).toHaveLength(2);
});

it("passes any other apt failure through at once", () => {
  const run = runScript({ apt: ["E: Unable to locate package prometheus"] });
  expect(run.status).toBe(100);
  expect(run.stderr).toBe("E: Unable to locate package prometheus\n");
  expect(run.aptCalls).toHaveLength(1);
});
