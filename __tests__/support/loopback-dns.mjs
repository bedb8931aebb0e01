// Name resolution for the tests, on loopback only: neither the system resolver nor the DNS server it
// would ask ever sees a query. `localhost` and the names a test maps (to a 127.0.0.0/8 address) resolve;
// any other name fails at once as an unknown name does (ENOTFOUND). IP literals pass through.
//
// Importing this module installs it. The vitest setup file does so for every test file; a spawned
// `node dist/index.js` gets it with `loopbackResolverEnv()` (NODE_OPTIONS=--import), its mapped names
// in DEPLOY_GATE_TEST_HOSTS (`name=127.0.0.x,…`). node:net looks `dns.lookup` up on every connection,
// so replacing it reaches node:http, node:https and undici alike.
import dns from "node:dns";
import { isIP } from "node:net";

const HOSTS_VARIABLE = "DEPLOY_GATE_TEST_HOSTS";
const hosts = new Map([["localhost", "127.0.0.1"]]);

function onLoopback(address) {
  if (isIP(address) !== 4 || !address.startsWith("127.")) throw new Error(`${address} is not on loopback`);
  return address;
}

/** Makes `name` resolve to `address`, which must be on loopback. */
export function mapHost(name, address) {
  hosts.set(name.toLowerCase(), onLoopback(address));
}

for (const pair of (process.env[HOSTS_VARIABLE] ?? "").split(",").filter(Boolean)) {
  const [name = "", address = ""] = pair.split("=");
  mapHost(name, address);
}

/** The environment that gives a spawned Node process this resolver, with `mapped` names added. */
export function loopbackResolverEnv(mapped = {}) {
  return {
    NODE_OPTIONS: `--import=${import.meta.url}`,
    [HOSTS_VARIABLE]: Object.entries(mapped)
      .map(([name, address]) => `${name}=${onLoopback(address)}`)
      .join(","),
  };
}

function resolve(hostname) {
  const name = String(hostname);
  if (isIP(name)) return { address: name, family: isIP(name) };
  const address = hosts.get(name.toLowerCase());
  return address ? { address, family: 4 } : undefined;
}

function notFound(hostname) {
  return Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), {
    code: "ENOTFOUND",
    errno: -3008,
    syscall: "getaddrinfo",
    hostname,
  });
}

dns.lookup = function lookup(hostname, options, callback) {
  const done = typeof options === "function" ? options : callback;
  const all = typeof options === "object" && options !== null && options.all === true;
  const found = resolve(hostname);
  process.nextTick(() => {
    if (!found) done(notFound(hostname));
    else if (all) done(null, [found]);
    else done(null, found.address, found.family);
  });
};

dns.promises.lookup = async function lookup(hostname, options) {
  const found = resolve(hostname);
  if (!found) throw notFound(hostname);
  return typeof options === "object" && options !== null && options.all === true ? [found] : found;
};
