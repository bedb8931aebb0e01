// What a `{{ name }}` template looks like, apart from what it means (src/config/templates.ts):
// the expectation grammar checks a regular expression with templates in it before any value is known.
export const TEMPLATE = /\{\{\s*([^{}]*?)\s*\}\}/g;

/**
 * The text with every `{{ … }}` replaced by a plain letter: what a regular expression with
 * templates in it is checked as before their values are known.
 */
export function withoutTemplates(source: string): string {
  return source.includes("{{") ? source.replace(TEMPLATE, "x") : source;
}

/**
 * A value put into a regular expression as text to find, not as pattern syntax: what a template
 * renders to inside `matches` (`1.2.3` must not match `1x2x3`). Only syntax characters are
 * escaped, so the result is valid with and without the `u` flag.
 */
export function escapeRegexText(value: string): string {
  return value.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
}
