// Types for examples/demo/scenarios.mjs (plain JavaScript so the demo runs with no npm install).
import type { DemoFault, DemoServerOptions } from "./server.mjs";

export interface Scenario {
  /** One line: who it is for and what the gate proves. */
  readonly summary: string;
  /** The config the gate runs, relative to the repository root. */
  readonly config: string;
  readonly label: string;
  /** `cli` runs dist/cli/index.js; `action` runs dist/index.js as the runner does. */
  readonly runner: "cli" | "action";
  /** Demo-only secret values, by name, handed to the gate through the environment. */
  readonly secrets: Readonly<Record<string, string>>;
  /** How the demo service is started for this scenario. */
  readonly server: DemoServerOptions;
  /** What `--broken[=FAULT]` may break it with; the first is the default. */
  readonly faults: readonly DemoFault[];
  /** The action's rollback hook (`on-failure-url`, `on-failure-secret`) on the demo service. */
  readonly rollback?: { readonly path: string; readonly secret: string };
  /** Sign this user in (with the secret named `password`) before the gate; its access token becomes the secret `secret`. */
  readonly signIn?: {
    readonly path: string;
    readonly email: string;
    readonly password: string;
    readonly secret: string;
  };
  /** Print each check's requests and answers after the report. */
  readonly exchanges?: boolean;
}

export const SCENARIOS: Readonly<Record<"tasks" | "streams" | "release-guard" | "saas", Scenario>>;
export const NOT_RUNNABLE: Readonly<Record<string, string>>;
