// An annotation is one line of the step's log however many lines its message has: the runner
// reads `::error title=…::message` with newlines escaped as %0A. Bounded here, every such line
// stays readable (under 2,000 characters); the step summary keeps the whole message.
import { clipText } from "../text/bounded.js";

/** The escaped message and title together, leaving room for the command and its properties. */
const MAX_COMMAND_CHARS = 1800;
const CUT_NOTE = "… (cut: the step summary has all of it)";

/** Length once escaped as a workflow command escapes it: `%`, CR, LF (and in a title `:` `,`) take 3. */
function escapedLength(text: string, property = false): number {
  const special = property ? /[%\r\n:,]/g : /[%\r\n]/g;
  return text.length + 2 * (text.match(special)?.length ?? 0);
}

/** `message`, whole lines first, cut to fit one command line beside `title`. */
export function commandText(message: string, title = ""): string {
  const budget = MAX_COMMAND_CHARS - escapedLength(title, true);
  if (escapedLength(message) <= budget) return message;
  const room = budget - escapedLength(CUT_NOTE) - 3;
  const kept: string[] = [];
  let used = 0;
  for (const line of message.split("\n")) {
    const cost = escapedLength(line) + (kept.length ? 3 : 0);
    if (used + cost > room) {
      // Part of the line that does not fit, when there is room for a useful part of it.
      const left = room - used - (kept.length ? 3 : 0);
      if (left > 40) kept.push(clipText(line, Math.floor(left / 3)));
      break;
    }
    kept.push(line);
    used += cost;
  }
  return [...kept, CUT_NOTE].join("\n");
}
