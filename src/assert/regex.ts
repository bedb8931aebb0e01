// The `/pattern/flags` notation shared by header, `matches` and body expectations.
// Config patterns are compiled once and reused for every response and every poll; every one
// is also compiled when the config loads (`regexProblem`), so none fails at run time.

const SLASH_FORM = /^\/(.+)\/([a-z]*)$/s;
const FLAGS = /^[dgimsuvy]*$/;
const compiled = new Map<string, RegExp>();
const MAX_COMPILED = 10_000;

function compile(key: string, source: string, flags: string): RegExp {
  let re = compiled.get(key);
  if (!re) {
    // `g` and `y` make `test()` stateful through lastIndex, which a cached RegExp must not be.
    re = new RegExp(source, flags.replace(/[gy]/g, ""));
    // Templates render captured values into patterns, so the set of patterns is not bounded by
    // the config: start over rather than grow without limit.
    if (compiled.size >= MAX_COMPILED) compiled.clear();
    compiled.set(key, re);
  }
  return re;
}

/** The RegExp for a `/pattern/flags` string, or undefined when the text is not in that form. Throws on a bad pattern. */
export function slashRegex(text: string): RegExp | undefined {
  const m = SLASH_FORM.exec(text);
  return m ? compile(text, m[1] ?? "", m[2] ?? "") : undefined;
}

/** Whether the text is written `/pattern/flags` (a header value in that form is a regex). */
export function isSlashForm(text: string): boolean {
  return SLASH_FORM.test(text);
}

/** `/pattern/flags` or a bare pattern. Throws on a bad pattern. */
export function patternRegex(text: string): RegExp {
  return slashRegex(text) ?? compile(`bare:${text}`, text, "");
}

/** The engine's reason, without its restatement of the pattern: `unterminated group`. */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const flags = /^Invalid flags supplied to RegExp constructor '(.*)'$/.exec(message);
  if (flags) return `unknown flags ${JSON.stringify(flags[1])}`;
  const reason = message.slice(message.lastIndexOf(": ") + 2) || message;
  return reason.charAt(0).toLowerCase() + reason.slice(1);
}

/**
 * Why `text` does not compile as the regular expression it is read as, or undefined when it does.
 * `slash`: only a `/pattern/flags` string is a regex (a header value); `pattern`: `/…/flags` or a
 * bare pattern (`matches`); `anchored`: a bare pattern over the whole value (a metrics label).
 */
export function regexProblem(text: string, form: "slash" | "pattern" | "anchored"): string | undefined {
  const m = form === "anchored" ? null : SLASH_FORM.exec(text);
  if (form === "slash" && !m) return undefined;
  const flags = m?.[2] ?? "";
  if (!FLAGS.test(flags)) return `unknown flags ${JSON.stringify(flags)}`;
  const source = m ? (m[1] ?? "") : form === "anchored" ? `^(?:${text})$` : text;
  try {
    new RegExp(source, flags.replace(/[gy]/g, ""));
    return undefined;
  } catch (error) {
    return reasonOf(error);
  }
}

/** A regular expression in JSONPath's `match()` / `search()` (an I-Regexp, compiled as the library does). */
export function iRegexpProblem(pattern: string): string | undefined {
  try {
    new RegExp(pattern, "u");
    return undefined;
  } catch (error) {
    return reasonOf(error);
  }
}
