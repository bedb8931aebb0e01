import { clipText } from "./bounded.js";

/** Shortens config text quoted in a message. */
export function clip(text: string, max = 120): string {
  return clipText(text, max);
}
