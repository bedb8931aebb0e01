// Types for layers.mjs, which is JavaScript so that `node scripts/layers.mjs` runs on any Node.
export const LAYERS: Readonly<Record<string, number>>;

export interface Layer {
  /** The folder under src/, or `root` for a file directly in src/. */
  readonly folder: string;
  readonly rank: number;
  /** False for a folder outside the order, or a file in src/ other than index.ts and version.ts. */
  readonly placed: boolean;
}

export interface ImportSite {
  readonly file: string;
  readonly line: number;
  readonly specifier: string;
  /** `type`: `import type` / `export type`; `dynamic`: `import("…")`, in code or in a type. */
  readonly kind: "static" | "type" | "dynamic";
}

export interface ImportEdge extends ImportSite {
  readonly target: string;
  readonly from: Layer;
  readonly to: Layer;
}

export function layerOf(srcDir: string, file: string): Layer;
export function sourceFiles(dir: string): string[];
export function importsOf(file: string, text?: string): ImportSite[];
export function resolveImport(file: string, specifier: string): string | undefined;
export function edgesOf(srcDir: string, file: string, text?: string): ImportEdge[];
export function importGraph(srcDir: string): ImportEdge[];
export function withoutComments(text: string): string;
export function violation(edge: ImportEdge): string | undefined;
