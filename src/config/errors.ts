export type ConfigPath = readonly PropertyKey[];

const IDENT = /^[A-Za-z_][\w-]*$/;

/** `checks[2].expect.status`, with indexes counted from 0 and odd keys quoted. */
export function formatPath(path: ConfigPath): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else {
      const k = String(key);
      out += IDENT.test(k) ? (out ? `.${k}` : k) : `[${JSON.stringify(k)}]`;
    }
  }
  return out;
}

export interface ConfigIssue {
  readonly path: string;
  readonly message: string;
}

/** A bad config: found before any request is sent, every issue naming its place. */
export class ConfigError extends Error {
  override name = "ConfigError";
  constructor(
    readonly issues: readonly ConfigIssue[],
    readonly source?: string,
  ) {
    super(
      (source ? `invalid config in ${source}:\n` : "") +
        issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("\n"),
    );
  }
}
