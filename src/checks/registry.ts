// `type` → runner. Adding a check type is one new file and one line here.
import { flowCheck } from "./flow.js";
import { httpCheck } from "./http.js";
import { releaseGuardCheck } from "./release-guard.js";
import type { CheckType } from "./types.js";

// biome-ignore lint/suspicious/noExplicitAny: each entry's run() takes its own config type; the schema check makes that safe.
export const CHECK_TYPES: readonly CheckType<any>[] = [httpCheck, flowCheck, releaseGuardCheck];

// biome-ignore lint/suspicious/noExplicitAny: as above.
export const checkTypes: ReadonlyMap<string, CheckType<any>> = new Map(CHECK_TYPES.map((t) => [t.type, t]));
