// The `status` expectation: a code, a "404" string, a class like "2xx", or a list of those.
import type { StatusSpec } from "./expect-schema.js";

type StatusItem = number | string;

function itemMatches(item: StatusItem, status: number): boolean {
  if (typeof item === "number") return item === status;
  if (/^[1-5]xx$/i.test(item)) return Math.floor(status / 100) === Number(item[0]);
  return Number(item) === status;
}

function itemText(item: StatusItem): string {
  return typeof item === "number" ? String(item) : item.toLowerCase();
}

/** `undefined` means the default expectation: any 2xx. */
export function statusMatches(spec: StatusSpec | undefined, status: number): boolean {
  if (spec === undefined) return Math.floor(status / 100) === 2;
  const items: readonly StatusItem[] = Array.isArray(spec) ? spec : [spec];
  return items.some((item) => itemMatches(item, status));
}

/** "2xx", "200", "200 or 201", "200, 201 or 204". */
export function describeStatus(spec: StatusSpec | undefined): string {
  if (spec === undefined) return "2xx";
  const items = (Array.isArray(spec) ? spec : [spec]).map(itemText);
  if (items.length === 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}
