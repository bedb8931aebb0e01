// Reading a JSON report a glob matched, for the fan-in (every leg's report) and for `compare`
// (a previous release's): one bound on size, one way to name the file, one way to say it failed.
import { readFile, stat } from "node:fs/promises";
import path from "node:path";

/** A report far past any real gate's size is not read into memory. */
const MAX_REPORT_BYTES = 64 * 1024 * 1024;

/** A matched file as the user will recognise it: relative to `cwd` when inside it. */
export function displayName(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
}

/** The file's text (a leading BOM removed), or why there is none: its size past the bound, or an errno code. */
export async function readReportText(
  file: string,
): Promise<{ readonly text: string } | { readonly tooLarge: number } | { readonly unreadable: string }> {
  try {
    const { size } = await stat(file);
    if (size > MAX_REPORT_BYTES) return { tooLarge: size };
    return { text: (await readFile(file, "utf8")).replace(/^\uFEFF/, "") };
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    return { unreadable: code ?? message };
  }
}
