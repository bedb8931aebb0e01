// Markdown and HTML pieces that untrusted text cannot break out of. GitHub renders the step
// summary, so a service's body or a check name must not be able to inject HTML, close a
// <details>, end a table row or a code fence, or turn into emphasis, a link, an image or math.
import { oneLine, stripControl } from "../text/display-text.js";

const HTML_SPECIAL = /[&<>"]/g;
const HTML_ENTITY: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
};

/**
 * Characters that open inline constructs: escapes, code, emphasis, links and images,
 * strikethrough, table cells, math. CommonMark accepts a backslash before any ASCII
 * punctuation, so escaping these is always safe.
 */
const MARKDOWN_SPECIAL = /[\\`*_[\]~|$]/g;

/** For HTML contexts such as `<summary>`, where GitHub does not parse markdown. */
export function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIAL, (c) => HTML_ENTITY[c] ?? c);
}

/** Untrusted text as one line of inline markdown (safe in table cells too), clipped to `maxChars`. */
export function inline(text: string, maxChars = 300): string {
  return escapeHtml(oneLine(text, maxChars).replace(MARKDOWN_SPECIAL, "\\$&"));
}

function longestRun(text: string, char: string): number {
  let longest = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

/** Inline code for one line of untrusted text. Not for table cells: a pipe would end the cell. */
/** An http(s) URL that cannot break out of a markdown link. */
export function isLinkable(url: string | undefined): url is string {
  return url !== undefined && /^https?:\/\/[^\s()<>[\]`]+$/.test(url);
}

/** `[text](url)` for a linkable URL; else the text alone. */
export function link(text: string, url: string | undefined): string {
  return isLinkable(url) ? `[${text}](${url})` : text;
}

export function codeSpan(text: string, maxChars = 500): string {
  const content = oneLine(text, maxChars);
  if (content === "") return "";
  const fence = "`".repeat(longestRun(content, "`") + 1);
  // A span that starts or ends with a backtick needs a space so the fence stays separate.
  const pad = content.startsWith("`") || content.endsWith("`") ? " " : "";
  return `${fence}${pad}${content}${pad}${fence}`;
}

/** A fenced code block the content cannot close: the fence is longer than any backtick run in it. */
export function codeBlock(text: string, info = ""): string {
  const body = stripControl(text).replace(/\n+$/, "");
  const fence = "`".repeat(Math.max(3, longestRun(body, "`") + 1));
  return `${fence}${info}\n${body}\n${fence}`;
}

export function tableHeader(columns: readonly string[]): string {
  return `${tableRow(columns, columns.length)}\n|${columns.map(() => "---").join("|")}|`;
}

/** One row, padded or cut to `width` cells so a ragged row cannot shift the columns. */
export function tableRow(cells: readonly string[], width: number, maxCellChars = 300): string {
  const row = Array.from({ length: width }, (_, i) => inline(cells[i] ?? "", maxCellChars));
  return `| ${row.join(" | ")} |`;
}

export function table(
  columns: readonly string[],
  rows: readonly (readonly string[])[],
  maxCellChars = 300,
): string {
  return [tableHeader(columns), ...rows.map((r) => tableRow(r, columns.length, maxCellChars))].join("\n");
}
