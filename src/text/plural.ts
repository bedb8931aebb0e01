/** `1 check`, `2 checks`; `nouns` for an irregular plural (`retry`, `retries`). */
export function plural(n: number, noun: string, nouns = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : nouns}`;
}
