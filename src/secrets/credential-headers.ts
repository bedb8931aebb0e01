// Which headers carry credentials, whatever their value.

const CREDENTIAL_HEADERS: ReadonlySet<string> = new Set([
  "authorization",
  "proxy-authorization",
  "cookie",
  "set-cookie",
  "x-api-key",
  "x-auth-token",
]);
const CREDENTIAL_HEADER_PART = /token|secret|signature|password|passwd|api-?key|session|credential/i;

export function isCredentialHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return CREDENTIAL_HEADERS.has(lower) || CREDENTIAL_HEADER_PART.test(lower);
}
