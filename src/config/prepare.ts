// Shared by the action and the CLI: config text + inputs → a validated config and the
// template scope, all before any request is sent.
import { ConfigError } from "./errors.js";
import { type GateConfig, loadConfig, parseConfigText, validateTemplates } from "./load.js";
import type { TemplateScope } from "./templates.js";

export interface PrepareInput {
  readonly configText: string;
  readonly source: string;
  readonly secrets: Readonly<Record<string, string>>;
  /** Input vars; they win over the config's `vars`. */
  readonly vars: Readonly<Record<string, string>>;
  readonly label: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export interface Prepared {
  readonly config: GateConfig;
  readonly scope: TemplateScope;
}

export function prepareGate(input: PrepareInput): Prepared {
  const config = loadConfig(parseConfigText(input.configText, input.source), input.source);
  const { env } = input;
  const scope: TemplateScope = {
    secrets: input.secrets,
    vars: { ...config.vars, ...input.vars },
    env,
    // Outside Actions every invocation is its own run, so synthetic writes never collide.
    run: {
      id: env.GITHUB_RUN_ID ?? `local-${Date.now().toString(36)}`,
      attempt: env.GITHUB_RUN_ATTEMPT ?? "1",
    },
    sha: env.GITHUB_SHA ?? "",
    label: input.label,
  };
  try {
    validateTemplates(config, scope);
  } catch (error) {
    if (error instanceof ConfigError) throw new ConfigError(error.issues, input.source);
    throw error;
  }
  return { config, scope };
}
