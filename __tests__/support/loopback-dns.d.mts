// Types for loopback-dns.mjs, which is JavaScript so that a spawned `node dist/index.js` can load it.
export function mapHost(name: string, address: string): void;
export function loopbackResolverEnv(mapped?: Readonly<Record<string, string>>): Record<string, string>;
