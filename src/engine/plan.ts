// Which checks run: the `only` selection widened to what the selected checks need. Every entry
// of `only` has been checked against the config before the engine starts (src/engine/prepare.ts),
// so an entry that names nothing here simply selects nothing.
import type { CheckConfig } from "../config/load.js";

export function selectChecks(checks: readonly CheckConfig[], only: readonly string[]): CheckConfig[] {
  if (only.length === 0) return [...checks];
  const byName = new Map(checks.map((c) => [c.name, c]));
  const chosen = new Set<string>();
  const add = (name: string) => {
    if (chosen.has(name)) return;
    chosen.add(name);
    for (const need of byName.get(name)?.needs ?? []) add(need);
  };
  for (const c of checks) if (only.includes(c.name) || c.tags.some((t) => only.includes(t))) add(c.name);
  return checks.filter((c) => chosen.has(c.name));
}
