// Text that came from a service or a config is untrusted on its way to a person: it may
// carry terminal escapes, control characters or bidi overrides, and it may be huge.
// Every reporter passes it through here before formatting it for its own medium.

import { clipText } from "./bounded.js";

/** CSI (`ESC [ … m`), OSC (`ESC ] … BEL`) and two-byte escape sequences: dropped whole, not just the ESC. */
const ANSI_SEQUENCE = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])/g;
/** C0/C1 controls except tab and newline, DEL, and the bidi controls used to disguise text. */
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Removes escape sequences and control characters; keeps tabs and newlines (CR LF and CR become LF). */
export function stripControl(text: string): string {
  return text.replace(ANSI_SEQUENCE, "").replace(/\r\n?/g, "\n").replace(CONTROL, "");
}

/** One clean line of at most `maxChars` characters, ending in `…` when it was clipped. */
export function oneLine(text: string, maxChars: number): string {
  return clipText(stripControl(text).replace(/\s+/g, " ").trim(), maxChars);
}

/** The longest prefix of `text` that fits in `maxBytes` of UTF-8, cut on a character boundary. */
export function cutUtf8(text: string, maxBytes: number): { readonly text: string; readonly cut: boolean } {
  if (Buffer.byteLength(text, "utf8") <= maxBytes) return { text, cut: false };
  const bytes = Buffer.from(text, "utf8");
  let end = maxBytes;
  // Back up over continuation bytes (10xxxxxx) so the cut lands before a character's first byte.
  while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--;
  return { text: bytes.toString("utf8", 0, end), cut: true };
}

/** Zero-width: combining marks, variation selectors, joiners. */
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
/** Two columns on a terminal: East Asian wide and fullwidth characters, and most emoji. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f680}-\u{1f6ff}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;

/** Columns a terminal gives `text` (one line, no control characters): to pad table cells. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += ZERO_WIDTH.test(char) ? 0 : WIDE.test(char) ? 2 : 1;
  return width;
}
