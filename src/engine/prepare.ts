// Shared by the action and the CLI: config text + inputs → a validated config and the
// template scope, all before any request is sent.
import { ConfigError, type ConfigIssue, placeIssues } from "../config/errors.js";
import { lineFinder } from "../config/lines.js";
import {
  type CheckConfig,
  checkNamer,
  type GateConfig,
  loadConfig,
  parseConfigText,
  validateTemplates,
} from "../config/load.js";
import { didYouMean } from "../config/suggest.js";
import type { OidcScope, TemplateScope } from "../config/templates.js";
import { clip } from "../text/clip.js";

export interface PrepareInput {
  readonly configText: string;
  readonly source: string;
  readonly secrets: Readonly<Record<string, string>>;
  /** Input vars; they win over the config's `vars`. */
  readonly vars: Readonly<Record<string, string>>;
  readonly label: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Check names or tags to run (the `only` input); each must name one. */
  readonly only?: { readonly names: readonly string[]; readonly place: string };
  /** `{{ github.oidc-token }}`: the audience it will be fetched for, or why there is none. */
  readonly oidc?: OidcScope;
}

export interface Prepared {
  readonly config: GateConfig;
  readonly scope: TemplateScope;
}

/** Every `only` entry names a check or a tag: one that names nothing is a typo, not an empty run. */
function checkOnly(checks: readonly CheckConfig[], only: NonNullable<PrepareInput["only"]>): void {
  const known = new Set(checks.flatMap((c) => [c.name, ...c.tags]));
  const issues: ConfigIssue[] = only.names
    .filter((name) => !known.has(name))
    .map((name) => ({
      path: only.place,
      message: `no check or tag is named ${JSON.stringify(clip(name))}${didYouMean(name, known)}`,
    }));
  if (issues.length) throw new ConfigError(issues);
}

export function prepareGate(input: PrepareInput): Prepared {
  const doc = parseConfigText(input.configText, input.source);
  try {
    return prepare(doc, input);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    // Only now, on the error path, is the text parsed again for the lines; one-line text has none.
    const lineOf = /\n\s*\S/.test(input.configText.trim()) ? lineFinder(input.configText) : undefined;
    const notes = { nameOf: checkNamer(doc), ...(lineOf ? { lineOf } : {}) };
    throw new ConfigError(placeIssues(error.issues, notes), input.source);
  }
}

function prepare(doc: unknown, input: PrepareInput): Prepared {
  const config = loadConfig(doc);
  if (input.only) checkOnly(config.checks, input.only);
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
    ...(input.oidc ? { oidc: input.oidc } : {}),
  };
  validateTemplates(config, scope);
  return { config, scope };
}
