// A small file glob for `merge-reports` and `baseline-report`: `*` and `?` within one path segment,
// `**` for any number of directories. node:fs `glob` only arrived in Node 22 and the bundle must run
// on Node 20; this is all reading reports back needs, so it is written here rather than pulled in.
// It sits in engine/, the lowest layer that reads reports (a baseline report, before the checks run).
import type { Dirent } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";

const WILDCARD = /[*?]/;

/** One path segment's pattern as an anchored RegExp; every other character is literal. */
export function segmentRegExp(segment: string): RegExp {
  let source = "";
  for (const char of segment) {
    if (char === "*") source += "[^/]*";
    else if (char === "?") source += "[^/]";
    else source += char.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`, "s");
}

function splitSegments(pattern: string): string[] {
  // A backslash is a separator only where the platform says so; on POSIX it is a file-name character.
  const separators = path.sep === "\\" ? /[\\/]+/ : /\/+/;
  return pattern.split(separators).filter((s) => s !== "" && s !== ".");
}

async function entries(dir: string): Promise<Dirent[]> {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch {
    // A directory that vanished or cannot be listed holds no matches.
    return [];
  }
}

async function kind(file: string): Promise<"file" | "dir" | undefined> {
  try {
    const s = await stat(file);
    return s.isFile() ? "file" : s.isDirectory() ? "dir" : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Files matching `pattern` (relative to `cwd`, or absolute), sorted, without duplicates.
 * Names starting with a dot are matched like any other (as @actions/glob does). `**` does
 * not descend into symlinked directories, so a link cycle cannot make it loop.
 */
export async function globFiles(pattern: string, cwd: string): Promise<string[]> {
  const trimmed = pattern.trim();
  const absolute = path.isAbsolute(trimmed);
  const root = absolute ? path.parse(trimmed).root : path.resolve(cwd);
  const segments = splitSegments(absolute ? trimmed.slice(root.length) : trimmed);
  const found = new Set<string>();

  async function walk(dir: string, index: number): Promise<void> {
    const segment = segments[index];
    if (segment === undefined) return;
    const last = index === segments.length - 1;
    if (segment === "**") {
      if (last) {
        // A trailing `**` matches every file below.
        for (const e of await entries(dir)) {
          const p = path.join(dir, e.name);
          if (e.isDirectory()) await walk(p, index);
          else if ((await kind(p)) === "file") found.add(p);
        }
        return;
      }
      await walk(dir, index + 1);
      for (const e of await entries(dir)) if (e.isDirectory()) await walk(path.join(dir, e.name), index);
      return;
    }
    if (!WILDCARD.test(segment)) {
      // `..` and literal names are joined, not listed: exact, and fast on big directories.
      const p = path.join(dir, segment);
      const k = await kind(p);
      if (last && k === "file") found.add(p);
      else if (!last && k === "dir") await walk(p, index + 1);
      return;
    }
    const re = segmentRegExp(segment);
    for (const e of await entries(dir)) {
      if (!re.test(e.name)) continue;
      const p = path.join(dir, e.name);
      const k = e.isFile() ? "file" : e.isDirectory() ? "dir" : await kind(p);
      if (last && k === "file") found.add(p);
      else if (!last && k === "dir") await walk(p, index + 1);
    }
  }

  if (segments.length === 0) return [];
  await walk(root, 0);
  return [...found].sort();
}
