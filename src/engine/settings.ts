// What one run of the gate is told, whoever tells it. The action's inputs and the CLI's flags
// become the same GateSettings here: every default and every range is written once, every
// refusal names the input or flag it came from, and nothing is sent before all of it is read.
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { ConfigError, type ConfigIssue } from "../config/errors.js";
import { parsePairs } from "../config/pairs.js";
import { clip } from "../text/clip.js";
import { durationProblem, parseDuration } from "../text/duration.js";

export type Mode = "enforce" | "dry-run";
export type OnInconclusive = "fail" | "pass" | "hold";

/** How many matrix legs must pass: all of them, a number of them, or a share of them. */
export type Quorum =
  | { readonly kind: "all" }
  | { readonly kind: "count"; readonly count: number }
  | { readonly kind: "percent"; readonly percent: number };

export interface GateSettings {
  readonly baseUrl: string;
  /** The check list's text and where it came from (a file's path, or the inline input or flag). */
  readonly config: { readonly text: string; readonly source: string };
  readonly secrets: Readonly<Record<string, string>>;
  /** They win over the config's `vars`. */
  readonly vars: Readonly<Record<string, string>>;
  readonly label: string;
  readonly mode: Mode;
  readonly concurrency: number;
  /** Whole-gate deadline. */
  readonly timeoutMs: number;
  /** When unset, the config's `defaults.timeout` applies, then the built-in 10s. */
  readonly requestTimeoutMs?: number;
  /** When unset, the config's `defaults.retries` applies, then the built-in 2. */
  readonly retries?: number;
  readonly failFast: boolean;
  /** Check names or tags to run (with what they need); empty runs every check. */
  readonly only: readonly string[];
  /** Where the JSON report and the JUnit XML go; each is written only when given. */
  readonly reports: { readonly json?: string; readonly junit?: string };
  /** The stable service `compare` checks are measured against. */
  readonly baselineUrl?: string;
  /** A previous release's JSON report, a path or a glob, relative to `workspace`. */
  readonly baselineReport?: string;
  /** What an inconclusive verdict does to the job (`fail` closed, `pass`, or `hold` for approval). */
  readonly onInconclusive: OnInconclusive;
  /** For a matrix fan-in: how many legs must pass. */
  readonly quorum: Quorum;
  /** Where relative paths (the config file, baseline reports) are read from. */
  readonly workspace: string;
  /** When set, `{{ github.oidc-token }}` is a GitHub OIDC token for this audience. */
  readonly oidcAudience?: string;
}

/** Every default, once. A setting left out of this table has none (it is optional). */
export const DEFAULTS = {
  label: "",
  mode: "enforce",
  concurrency: 8,
  timeoutMs: 600_000,
  failFast: false,
  onInconclusive: "fail",
  quorum: { kind: "all" },
} as const satisfies Partial<GateSettings>;

/** Every range, once: inclusive bounds of the whole-number settings. */
export const RANGES = {
  concurrency: { min: 1, max: 256 },
  retries: { min: 0, max: 10 },
  quorumCount: { min: 1, max: 10_000 },
  quorumPercent: { min: 1, max: 100 },
} as const;

const MODES: readonly Mode[] = ["enforce", "dry-run"];
const ON_INCONCLUSIVE: readonly OnInconclusive[] = ["fail", "pass", "hold"];

/** What an adapter was given, as text; undefined or "" when not given. */
export interface SettingsInput {
  readonly baseUrl?: string;
  /** The check list inline. */
  readonly checks?: string;
  /** The check list's file, relative to `cwd`. */
  readonly configFile?: string;
  /** `NAME=value` lines or a JSON object, or pairs the adapter already parsed. */
  readonly secrets?: string | Readonly<Record<string, string>>;
  readonly vars?: string | Readonly<Record<string, string>>;
  readonly label?: string;
  readonly mode?: string;
  readonly concurrency?: string;
  readonly timeout?: string;
  readonly requestTimeout?: string;
  readonly retries?: string;
  readonly failFast?: string;
  readonly only?: string;
  readonly reportJson?: string;
  readonly reportJunit?: string;
  readonly baselineUrl?: string;
  readonly baselineReport?: string;
  readonly onInconclusive?: string;
  readonly quorum?: string;
  readonly oidcAudience?: string;
}

export type SettingName = keyof SettingsInput;

/** How an adapter names its settings, and where it reads files from. */
export interface SettingsSource {
  /** As a person typed it: `config` (an input) or `--config` (a flag); undefined when the adapter has none. */
  readonly nameOf: (setting: SettingName) => string;
  /** The place a message names: `input config`, `--config`. */
  readonly placeOf: (setting: SettingName) => string;
  /** Relative config paths are read from here (the workspace, the current directory). */
  readonly cwd: string;
}

export interface ReadSettings {
  /** Every setting; where one was refused, its default (or nothing) stands in for it. */
  readonly settings: GateSettings;
  /** Why the settings were refused: every bad one, each naming its input or flag. */
  readonly invalid?: ConfigError;
}

const given = (raw: string | undefined): raw is string => raw !== undefined && raw.trim() !== "";

/** Reads settings one by one, collecting every refusal instead of stopping at the first. */
export class SettingsReader {
  readonly issues: ConfigIssue[] = [];

  constructor(private readonly source: SettingsSource) {}

  refuse(setting: SettingName, message: string): void {
    this.issues.push({ path: this.source.placeOf(setting), message });
  }

  oneOf<T extends string>(
    setting: SettingName,
    raw: string | undefined,
    allowed: readonly T[],
    fallback: T,
  ): T {
    if (!given(raw)) return fallback;
    const value = raw.trim() as T;
    if (allowed.includes(value)) return value;
    this.refuse(setting, `expected ${allowed.join(", ").replace(/, ([^,]*)$/, " or $1")}; got ${quote(raw)}`);
    return fallback;
  }

  mode(raw: string | undefined): Mode {
    return this.oneOf("mode", raw, MODES, DEFAULTS.mode);
  }

  onInconclusive(raw: string | undefined): OnInconclusive {
    return this.oneOf("onInconclusive", raw, ON_INCONCLUSIVE, DEFAULTS.onInconclusive);
  }

  wholeNumber(
    setting: SettingName,
    raw: string | undefined,
    range: { readonly min: number; readonly max: number },
  ): number | undefined {
    if (!given(raw)) return undefined;
    const n = Number(raw.trim());
    if (Number.isInteger(n) && n >= range.min && n <= range.max) return n;
    this.refuse(setting, `expected a whole number from ${range.min} to ${range.max}; got ${quote(raw)}`);
    return undefined;
  }

  duration(setting: SettingName, raw: string | undefined): number | undefined {
    if (!given(raw)) return undefined;
    const ms = parseDuration(raw);
    if (ms !== undefined) return ms;
    this.refuse(setting, `${durationProblem(raw)}; got ${quote(raw)}`);
    return undefined;
  }

  flag(setting: SettingName, raw: string | undefined, fallback: boolean): boolean {
    if (!given(raw)) return fallback;
    if (/^true$/i.test(raw.trim())) return true;
    if (/^false$/i.test(raw.trim())) return false;
    this.refuse(setting, `expected true or false; got ${quote(raw)}`);
    return fallback;
  }

  /** An http(s) URL that parses, with a host: `https://h/api`. */
  url(setting: SettingName, raw: string | undefined): string | undefined {
    if (!given(raw)) return undefined;
    const text = raw.trim();
    if (!/^https?:\/\/[^/]/i.test(text)) {
      this.refuse(setting, `expected an http:// or https:// URL; got ${quote(raw)}`);
      return undefined;
    }
    try {
      new URL(text);
      return text;
    } catch {
      this.refuse(setting, `${quote(raw)} is not a valid URL`);
      return undefined;
    }
  }

  pairs(
    setting: SettingName,
    raw: string | Readonly<Record<string, string>> | undefined,
  ): Record<string, string> {
    if (raw === undefined) return {};
    if (typeof raw !== "string") return { ...raw };
    try {
      return parsePairs(raw, this.source.placeOf(setting));
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      this.issues.push(...error.issues);
      return {};
    }
  }

  list(raw: string | undefined): string[] {
    return (raw ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  }

  /** `all`, a number of legs, or a percentage of them. */
  quorum(raw: string | undefined): Quorum {
    if (!given(raw)) return DEFAULTS.quorum;
    const text = raw.trim();
    if (text === "all") return DEFAULTS.quorum;
    const { quorumCount: count, quorumPercent: percent } = RANGES;
    const share = /^(\d+(?:\.\d+)?)\s*%$/.exec(text);
    if (share) {
      const p = Number(share[1]);
      if (p >= percent.min && p <= percent.max) return { kind: "percent", percent: p };
    } else if (/^\d+$/.test(text)) {
      const n = Number(text);
      if (n >= count.min && n <= count.max) return { kind: "count", count: n };
    }
    this.refuse(
      "quorum",
      `expected all, a number of legs from ${count.min}, or a percentage from ${percent.min}% to ${percent.max}%; got ${quote(raw)}`,
    );
    return DEFAULTS.quorum;
  }

  /** Exactly one of the inline check list and a file; the file is read here, once. */
  config(checks: string | undefined, file: string | undefined): GateSettings["config"] {
    const { nameOf } = this.source;
    if (given(checks) && given(file)) {
      this.refuse("configFile", `give either ${nameOf("checks")} or ${nameOf("configFile")}, not both`);
      return { text: "", source: "" };
    }
    if (given(checks)) return { text: checks, source: this.source.placeOf("checks") };
    if (!given(file)) {
      this.refuse(
        "checks",
        `give the check list in ${nameOf("checks")} or a file in ${nameOf("configFile")}`,
      );
      return { text: "", source: "" };
    }
    const text = this.readFile("configFile", file.trim());
    return { text: text ?? "", source: file.trim() };
  }

  /** A file's text, or a refusal that says in words why it cannot be read. */
  readFile(setting: SettingName, file: string): string | undefined {
    const absolute = path.resolve(this.source.cwd, file);
    try {
      // A directory, a FIFO or a device is not a config file; reading one could block.
      if (!statSync(absolute).isFile()) {
        this.refuse(setting, `cannot read ${quote(file)}: it is a directory or a device, not a file`);
        return undefined;
      }
      return readFileSync(absolute, "utf8");
    } catch (error) {
      this.refuse(setting, `cannot read ${quote(file)}: ${fileProblem(error, absolute)}`);
      return undefined;
    }
  }
}

function fileProblem(error: unknown, absolute: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return `there is no such file (looked for ${clip(absolute, 300)})`;
    case "ENOTDIR":
      return `a part of its path is a file, not a directory (${clip(absolute, 300)})`;
    case "EACCES":
    case "EPERM":
      return `permission denied (${code})`;
    case "EISDIR":
      return "it is a directory, not a file";
    case "ENAMETOOLONG":
      return "the path is too long";
    default:
      return clip((error as Error).message.split("\n", 1)[0] ?? String(error), 200);
  }
}

function quote(raw: string): string {
  return JSON.stringify(clip(raw.trim(), 80));
}

/**
 * The settings of one gate run from what an adapter was given. Never throws for a bad setting:
 * every refusal is collected in `invalid`, and the settings still say as much as could be read
 * (the label, the mode, where the reports go), so a refused run still reports that it failed.
 */
export function readGateSettings(input: SettingsInput, source: SettingsSource): ReadSettings {
  const read = new SettingsReader(source);
  const baseUrl = read.url("baseUrl", input.baseUrl);
  if (!given(input.baseUrl)) read.refuse("baseUrl", "is required");
  const config = read.config(input.checks, input.configFile);
  const requestTimeoutMs = read.duration("requestTimeout", input.requestTimeout);
  const retries = read.wholeNumber("retries", input.retries, RANGES.retries);
  const baselineUrl = read.url("baselineUrl", input.baselineUrl);
  const baselineReport = given(input.baselineReport) ? input.baselineReport.trim() : undefined;
  const oidcAudience = given(input.oidcAudience) ? input.oidcAudience.trim() : undefined;
  const settings: GateSettings = {
    baseUrl: baseUrl ?? "",
    config,
    secrets: read.pairs("secrets", input.secrets),
    vars: read.pairs("vars", input.vars),
    label: input.label ?? DEFAULTS.label,
    mode: read.mode(input.mode),
    concurrency:
      read.wholeNumber("concurrency", input.concurrency, RANGES.concurrency) ?? DEFAULTS.concurrency,
    timeoutMs: read.duration("timeout", input.timeout) ?? DEFAULTS.timeoutMs,
    ...(requestTimeoutMs !== undefined ? { requestTimeoutMs } : {}),
    ...(retries !== undefined ? { retries } : {}),
    failFast: read.flag("failFast", input.failFast, DEFAULTS.failFast),
    only: read.list(input.only),
    reports: {
      ...(given(input.reportJson) ? { json: input.reportJson } : {}),
      ...(given(input.reportJunit) ? { junit: input.reportJunit } : {}),
    },
    ...(baselineUrl ? { baselineUrl } : {}),
    ...(baselineReport ? { baselineReport } : {}),
    onInconclusive: read.onInconclusive(input.onInconclusive),
    quorum: read.quorum(input.quorum),
    workspace: source.cwd,
    ...(oidcAudience ? { oidcAudience } : {}),
  };
  return { settings, ...(read.issues.length ? { invalid: new ConfigError(read.issues) } : {}) };
}
