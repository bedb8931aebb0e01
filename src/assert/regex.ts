// The `/pattern/flags` notation shared by header, `matches` and body expectations.
// Config patterns are compiled once and reused for every response and every poll.

const SLASH_FORM = /^\/(.+)\/([a-z]*)$/s;
const compiled = new Map<string, RegExp>();

function compile(key: string, source: string, flags: string): RegExp {
  let re = compiled.get(key);
  if (!re) {
    // `g` and `y` make `test()` stateful through lastIndex, which a cached RegExp must not be.
    re = new RegExp(source, flags.replace(/[gy]/g, ""));
    compiled.set(key, re);
  }
  return re;
}

/** The RegExp for a `/pattern/flags` string, or undefined when the text is not in that form. Throws on a bad pattern. */
export function slashRegex(text: string): RegExp | undefined {
  const m = SLASH_FORM.exec(text);
  return m ? compile(text, m[1] ?? "", m[2] ?? "") : undefined;
}

/** `/pattern/flags` or a bare pattern. Throws on a bad pattern. */
export function patternRegex(text: string): RegExp {
  return slashRegex(text) ?? compile(`bare:${text}`, text, "");
}
