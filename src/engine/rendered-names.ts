// Which secrets and variables went into a request, by name: the engine notes, for every value a
// template rendered, the `secrets.*`, `vars.*` and `env.*` names in its template, so a report
// can say which secret a 401 refused (`check or rotate secrets.REPORTING_TOKEN`) without ever
// holding the value.
import { type RenderObserver, templateRefs } from "../config/templates.js";

const NAMED = /^(?:secrets|vars|env)\./;
/** A bake renders a fresh `{{ uuid }}` each run: the oldest values are forgotten past this. */
const MAX_VALUES = 10_000;

export interface RenderedNames {
  readonly observe: RenderObserver;
  /** The names whose templates rendered exactly this value; empty when none did. */
  namesIn(value: string): readonly string[];
}

export function renderedNames(): RenderedNames {
  const byValue = new Map<string, string[]>();
  return {
    observe(source, rendered) {
      const names = templateRefs(source).filter((ref) => NAMED.test(ref));
      if (names.length === 0) return;
      const known = byValue.get(rendered) ?? [];
      byValue.set(rendered, [...new Set([...known, ...names])]);
      if (byValue.size > MAX_VALUES) byValue.delete(byValue.keys().next().value as string);
    },
    namesIn: (value) => byValue.get(value) ?? [],
  };
}
