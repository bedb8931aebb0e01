// The line a place in the config text is on, for error messages. js-yaml has no position
// map of its nodes, but its `listener` option reports every node as it opens and closes;
// from those events this rebuilds the tree of mappings and sequences with the line of each
// key and item. It parses the text a second time, so it runs only when there is an error.
import { CORE_SCHEMA, load as loadYaml, type State } from "js-yaml";
import type { ConfigPath } from "./errors.js";

interface YamlNode {
  /** 1-based line where the node opened. */
  readonly line: number;
  kind: string | null;
  /** The value built: a scalar's matches keys; a collection's tells a wrapper from its content. */
  value?: unknown;
  /** Followed by `:` on its line: this node is a mapping key. */
  isKey: boolean;
  readonly children: YamlNode[];
}

function isBlank(ch: string | undefined): boolean {
  return ch === " " || ch === "\t";
}

/** The root node of `text`, or undefined when it does not parse. */
function nodeTree(text: string): YamlNode | undefined {
  const stack: YamlNode[] = [{ line: 0, kind: null, isKey: false, children: [] }];
  const listener = (event: "open" | "close", state: State) => {
    if (event === "open") {
      stack.push({ line: state.line + 1, kind: null, isKey: false, children: [] });
      return;
    }
    let node = stack.pop();
    const parent = stack.at(-1);
    if (!node || !parent) return;
    // A block-context node that turned out to be one flow collection (`{…}` at the top of a
    // JSON document) wraps it: keep the collection itself.
    const [only] = node.children;
    if (node.children.length === 1 && only && !only.isKey && only.value === state.result) node = only;
    node.kind = state.kind;
    node.value = state.result;
    let at = state.position;
    while (isBlank(state.input[at])) at++;
    node.isKey = state.input[at] === ":";
    parent.children.push(node);
  };
  try {
    loadYaml(text, { schema: CORE_SCHEMA, listener });
  } catch {
    return undefined;
  }
  return stack[0]?.children[0];
}

/** Key → (line of the key, value node). A node that is not a key is the value of the key before it. */
function entries(mapping: YamlNode): Map<string, { line: number; value?: YamlNode }> {
  const out = new Map<string, { line: number; value?: YamlNode }>();
  const { children } = mapping;
  for (let i = 0; i < children.length; i++) {
    const key = children[i]!;
    if (!key.isKey) continue;
    const next = children[i + 1];
    const value = next && !next.isKey ? next : undefined;
    if (value) i++;
    // A complex key (`? { … }`) is no path a config error can name: only scalar keys are indexed.
    if (key.value !== null && typeof key.value === "object") continue;
    out.set(String(key.value), { line: key.line, ...(value ? { value } : {}) });
  }
  return out;
}

/**
 * Looks lines up in one config text. A path into the validated document (`checks[2].expect.status`)
 * maps to the line of its deepest key or item found in the text; a bare list is `checks`.
 */
export function lineFinder(text: string): (at: ConfigPath) => number | undefined {
  let root: YamlNode | undefined | null = null;
  return (at) => {
    if (root === null) root = nodeTree(text);
    let node = root;
    if (!node) return undefined;
    const path = node.kind === "sequence" && at[0] === "checks" ? at.slice(1) : at;
    let line: number | undefined;
    for (const key of path) {
      if (node.kind === "sequence" && typeof key === "number") {
        node = node.children[key];
        if (!node) break;
        line = node.line;
      } else if (node.kind === "mapping") {
        const entry = entries(node).get(String(key));
        if (!entry) break;
        line = entry.line;
        if (!entry.value) break;
        node = entry.value;
      } else break;
    }
    return line;
  };
}
