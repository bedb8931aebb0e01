// `{{ github.oidc-token }}` in the action: a GitHub OIDC token for the `oidc-audience` input,
// fetched once before the first request through @actions/core (which asks the runner's token
// endpoint, ACTIONS_ID_TOKEN_REQUEST_URL) and masked at once. It lives minutes, so a smoke
// credential of this kind cannot leak for long; nothing stored has to be rotated.
import * as core from "@actions/core";
import type { OidcSource } from "../run/run-gate.js";
import { maskSecret } from "./inputs.js";
import { Inputs } from "./io-names.js";

/** The token endpoint answers in well under a second; a runner that hangs must not hold the job. */
const TOKEN_TIMEOUT_MS = 30_000;

const PERMISSION = "`permissions: id-token: write`";

export function actionOidc(env: NodeJS.ProcessEnv, onAbandoned: () => void): OidcSource {
  return {
    unavailable: `unknown template name "github.oidc-token": set the \`${Inputs.OidcAudience}\` input to get a GitHub OIDC token for that audience (the job needs ${PERMISSION})`,
    async fetch(audience) {
      if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
        throw new Error(
          `input ${Inputs.OidcAudience}: this job may not request a GitHub OIDC token — give it ${PERMISSION} (the runner set no ACTIONS_ID_TOKEN_REQUEST_URL / ACTIONS_ID_TOKEN_REQUEST_TOKEN)`,
        );
      }
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          onAbandoned();
          reject(new Error(`the runner's token endpoint did not answer within ${TOKEN_TIMEOUT_MS / 1000}s`));
        }, TOKEN_TIMEOUT_MS);
      });
      let token: string;
      try {
        token = await Promise.race([core.getIDToken(audience), timeout]);
      } catch (error) {
        throw new Error(
          `input ${Inputs.OidcAudience}: could not get a GitHub OIDC token for ${JSON.stringify(audience)}: ${(error as Error).message}`,
        );
      } finally {
        clearTimeout(timer);
      }
      maskSecret(token);
      return token;
    },
  };
}
