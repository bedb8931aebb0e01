// The action's side of the runner protocol: inputs, outputs, masks, log lines, annotations, groups,
// the failed state and the step summary. Written here rather than imported from @actions/core, whose
// entry point loads undici, @actions/exec and @actions/io at start-up (~130 ms) for features
// deploy-gate never uses (see README, Development). Output matches @actions/core 3 byte for byte.

import { randomUUID } from "node:crypto";
import { appendFileSync, existsSync } from "node:fs";
import { access, appendFile, constants } from "node:fs/promises";
import { EOL } from "node:os";

type Env = Readonly<Record<string, string | undefined>>;

/** Where the runner protocol is read from and written to. */
export interface RunnerIo {
  readonly env: Env;
  /** The step's stdout, where the runner reads `::command::` lines. */
  write(text: string): void;
}

/** What an annotation may carry besides its message (the only property deploy-gate uses). */
export interface AnnotationProperties {
  readonly title?: string;
}

export interface WorkflowCommands {
  /** `INPUT_<NAME>` (upper-cased, spaces as `_`, hyphens kept), trimmed; "" when unset. */
  getInput(name: string): string;
  /** A `name<<delimiter` record in the GITHUB_OUTPUT file (`::set-output` without one). */
  setOutput(name: string, value: string | number): void;
  /** Masks the value in the rest of the job's log. */
  setSecret(value: string): void;
  info(message: string): void;
  warning(message: string, properties?: AnnotationProperties): void;
  error(message: string, properties?: AnnotationProperties): void;
  notice(message: string, properties?: AnnotationProperties): void;
  startGroup(name: string): void;
  endGroup(): void;
  /** An error annotation, and exit code 1 when the process ends. */
  setFailed(message: string): void;
  /** Appends to the GITHUB_STEP_SUMMARY file; rejects when it is unset or not writable. */
  appendSummary(markdown: string): Promise<void>;
}

/** Workflow command data: `%`, CR and LF are escaped so a message cannot end its own line. */
export function escapeData(value: string): string {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Workflow command property values: also `:` and `,`, which separate properties. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/**
 * `::command key=value,key=value::message`. Properties without a value are left out, but as in
 * @actions/core any property at all puts the space after the command name.
 */
export function formatCommand(
  command: string,
  properties: Readonly<Record<string, string | undefined>>,
  message: string,
): string {
  const keys = Object.keys(properties);
  const props = keys
    .flatMap((key) => (properties[key] ? [`${key}=${escapeProperty(properties[key])}`] : []))
    .join(",");
  return `::${command}${keys.length ? ` ${props}` : ""}::${escapeData(message)}`;
}

/** A GITHUB_OUTPUT record; the value may span lines, and neither part may contain the delimiter. */
export function outputRecord(name: string, value: string, delimiter: string): string {
  if (name.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (value.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`;
}

export function createWorkflowCommands(io: RunnerIo): WorkflowCommands {
  const { env } = io;
  const issue = (
    command: string,
    properties: Readonly<Record<string, string | undefined>>,
    message: string,
  ) => io.write(`${formatCommand(command, properties, message)}${EOL}`);
  const annotate =
    (level: string) =>
    (message: string, properties: AnnotationProperties = {}) =>
      issue(level, { ...properties }, message);
  const error = annotate("error");

  return {
    getInput: (name) => (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim(),
    setOutput(name, value) {
      // As @actions/core: strings as they are, anything else as JSON.
      const text = typeof value === "string" ? value : JSON.stringify(value);
      const file = env.GITHUB_OUTPUT;
      if (!file) {
        io.write(EOL);
        issue("set-output", { name }, text);
        return;
      }
      if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
      appendFileSync(file, `${outputRecord(name, text, `ghadelimiter_${randomUUID()}`)}${EOL}`, "utf8");
    },
    setSecret: (value) => issue("add-mask", {}, value),
    info: (message) => io.write(`${message}${EOL}`),
    warning: annotate("warning"),
    error,
    notice: annotate("notice"),
    startGroup: (name) => issue("group", {}, name),
    endGroup: () => issue("endgroup", {}, ""),
    setFailed(message) {
      process.exitCode = 1;
      error(message);
    },
    async appendSummary(markdown) {
      const file = env.GITHUB_STEP_SUMMARY;
      if (!file) {
        throw new Error(
          "Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.",
        );
      }
      try {
        await access(file, constants.R_OK | constants.W_OK);
      } catch {
        throw new Error(
          `Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`,
        );
      }
      await appendFile(file, `${markdown}${EOL}`, "utf8");
    },
  };
}

/** The runner of this process: its environment and its stdout. */
export const runner: WorkflowCommands = createWorkflowCommands({
  env: process.env,
  write: (text) => {
    process.stdout.write(text);
  },
});
