// The Prometheus text exposition format (0.0.4), parsed by hand: it is small, and the only
// well-kept parsers are Go's. Also tolerates what OpenMetrics adds to it (`# EOF`, exemplars,
// float timestamps) and quoted UTF-8 names (`{"my.metric", "le"="1"}`), since services that
// are asked for text/plain sometimes answer in those.

export interface Sample {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
  /** Milliseconds (or OpenMetrics seconds) as the line gave it. */
  readonly timestamp?: number;
}

export interface Exposition {
  readonly samples: readonly Sample[];
  /** `# TYPE` per metric family name. */
  readonly types: ReadonlyMap<string, string>;
  /** `# HELP` per metric family name, unescaped. */
  readonly help: ReadonlyMap<string, string>;
}

export class ExpositionError extends Error {
  override name = "ExpositionError";
  constructor(
    readonly line: number,
    reason: string,
  ) {
    super(`line ${line}: ${reason}`);
  }
}

const METRIC_NAME = /[a-zA-Z_:][a-zA-Z0-9_:]*/y;
const LABEL_NAME = /[a-zA-Z_][a-zA-Z0-9_]*/y;
const FLOAT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const SPECIAL_FLOATS: Readonly<Record<string, number>> = {
  nan: Number.NaN,
  inf: Number.POSITIVE_INFINITY,
  "+inf": Number.POSITIVE_INFINITY,
  "-inf": Number.NEGATIVE_INFINITY,
  infinity: Number.POSITIVE_INFINITY,
  "+infinity": Number.POSITIVE_INFINITY,
  "-infinity": Number.NEGATIVE_INFINITY,
};

/** `1`, `-2.5e3`, `NaN`, `+Inf` (Go's ParseFloat spellings); undefined for anything else. */
export function parseSampleValue(text: string): number | undefined {
  if (FLOAT.test(text)) return Number(text);
  return SPECIAL_FLOATS[text.toLowerCase()];
}

/** Label values escape `\\`, `\"` and `\n`; any other escape is kept as written, as Prometheus does. */
function unescapeLabel(raw: string): string {
  return raw.replace(/\\(.)/gs, (whole, c: string) =>
    c === "\\" ? "\\" : c === '"' ? '"' : c === "n" ? "\n" : whole,
  );
}

/** HELP text escapes only `\\` and `\n`. */
function unescapeHelp(raw: string): string {
  return raw.replace(/\\([\\n])/g, (_, c: string) => (c === "n" ? "\n" : "\\"));
}

class LineReader {
  pos = 0;
  constructor(
    readonly text: string,
    readonly line: number,
  ) {}

  fail(reason: string): never {
    throw new ExpositionError(this.line, reason);
  }
  skipBlanks(): void {
    while (this.text[this.pos] === " " || this.text[this.pos] === "\t") this.pos++;
  }
  peek(): string | undefined {
    return this.text[this.pos];
  }
  done(): boolean {
    return this.pos >= this.text.length;
  }
  match(re: RegExp): string | undefined {
    re.lastIndex = this.pos;
    const m = re.exec(this.text);
    if (!m) return undefined;
    this.pos += m[0].length;
    return m[0];
  }
  /** A `"…"` string; the opening quote is at the cursor. */
  quoted(what: string): string {
    const start = ++this.pos;
    while (this.pos < this.text.length) {
      const c = this.text[this.pos];
      if (c === "\\") this.pos += 2;
      else if (c === '"') return unescapeLabel(this.text.slice(start, this.pos++));
      else this.pos++;
    }
    return this.fail(`unterminated quoted ${what}`);
  }
  /** Up to the next blank. */
  token(): string {
    const start = this.pos;
    while (this.pos < this.text.length && this.text[this.pos] !== " " && this.text[this.pos] !== "\t")
      this.pos++;
    return this.text.slice(start, this.pos);
  }
}

function parseComment(text: string, types: Map<string, string>, help: Map<string, string>): void {
  const m = /^#[ \t]+(HELP|TYPE)[ \t]+(\S+)(?:[ \t]+(.*))?$/.exec(text);
  if (!m) return; // any other comment (`# EOF` included) carries nothing
  const name = m[2] ?? "";
  const rest = m[3] ?? "";
  if (m[1] === "TYPE") types.set(name, rest.trim().toLowerCase());
  else help.set(name, unescapeHelp(rest));
}

/** `{name="value",…}`; the `{` is at the cursor. A quoted first item without `=` is the metric name. */
function parseLabels(
  r: LineReader,
  name: string | undefined,
): { name: string | undefined; labels: Record<string, string> } {
  const labels: Record<string, string> = {};
  r.pos++;
  let metric = name;
  for (let first = true; ; first = false) {
    r.skipBlanks();
    if (r.peek() === "}") {
      r.pos++;
      return { name: metric, labels };
    }
    let label: string | undefined;
    if (r.peek() === '"') {
      const quoted = r.quoted("name");
      r.skipBlanks();
      if (first && metric === undefined && (r.peek() === "," || r.peek() === "}")) {
        metric = quoted;
        if (r.peek() === ",") r.pos++;
        continue;
      }
      label = quoted;
    } else {
      label = r.match(LABEL_NAME);
      if (label === undefined) r.fail(`expected a label name at column ${r.pos + 1}`);
      r.skipBlanks();
    }
    if (r.peek() !== "=") r.fail(`expected = after label ${label}`);
    r.pos++;
    r.skipBlanks();
    if (r.peek() !== '"') r.fail(`expected a quoted value for label ${label}`);
    const value = r.quoted(`value of label ${label}`);
    if (Object.hasOwn(labels, label)) r.fail(`label ${label} is given twice`);
    labels[label] = value;
    r.skipBlanks();
    if (r.peek() === ",") r.pos++;
    else if (r.peek() !== "}") r.fail(`expected , or } after label ${label}`);
  }
}

function parseSample(r: LineReader): Sample {
  let name = r.peek() === "{" ? undefined : r.match(METRIC_NAME);
  if (r.peek() !== "{" && name === undefined) r.fail("expected a metric name");
  let labels: Record<string, string> = {};
  if (r.peek() === "{") ({ name, labels } = parseLabels(r, name));
  if (name === undefined) return r.fail("expected a metric name");
  const beforeValue = r.pos;
  r.skipBlanks();
  if (r.pos === beforeValue && !r.done()) r.fail(`expected a blank after ${name}`);
  const valueText = r.token();
  if (valueText === "") r.fail(`expected a value for ${name}`);
  const value = parseSampleValue(valueText);
  if (value === undefined) r.fail(`"${valueText}" is not a number (value of ${name})`);
  r.skipBlanks();
  let timestamp: number | undefined;
  if (!r.done() && r.peek() !== "#") {
    const tsText = r.token();
    if (!FLOAT.test(tsText)) r.fail(`"${tsText}" is not a timestamp (after the value of ${name})`);
    timestamp = Number(tsText);
    r.skipBlanks();
  }
  // An OpenMetrics exemplar (` # {trace_id="…"} 1`) belongs to the sample and is not needed here.
  if (!r.done() && r.peek() !== "#") r.fail(`unexpected text after the value of ${name}`);
  return { name, labels, value, ...(timestamp !== undefined ? { timestamp } : {}) };
}

/** Parses a whole exposition; throws ExpositionError naming the line (from 1) on malformed input. */
export function parseExposition(text: string): Exposition {
  const samples: Sample[] = [];
  const types = new Map<string, string>();
  const help = new Map<string, string>();
  const lines = text.split("\n");
  for (const [i, raw] of lines.entries()) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    const r = new LineReader(line, i + 1);
    r.skipBlanks();
    if (r.done()) continue;
    if (r.peek() === "#") {
      parseComment(line.slice(r.pos), types, help);
      continue;
    }
    samples.push(parseSample(r));
  }
  return { samples, types, help };
}

/** The family a series belongs to: `x_bucket`, `x_sum`, `x_count` (and `x_total`, `x_created`) are part of `x`. */
export function familyNames(name: string): string[] {
  const m = /^(.*)_(bucket|sum|count|total|created|gsum|gcount|info)$/.exec(name);
  return m?.[1] ? [name, m[1]] : [name];
}
