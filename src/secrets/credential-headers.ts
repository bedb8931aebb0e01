// Which names say that a value is a credential, whatever the value: one list for every place that
// must not carry or show one. The redirect client drops these headers on the way to another
// origin, assertions say whether they matched but never what they hold, the redactor masks them,
// and a flow capture from such a header (or under such a name) becomes a secret.

const CREDENTIAL_HEADERS: ReadonlySet<string> = new Set([
  "authorization",
  "proxy-authorization",
  "cookie",
  "set-cookie",
  "x-api-key",
  "x-auth-token",
]);
/** Names containing these are credentials too: `X-Hub-Signature-256`, `X-Csrf-Token`, `session_id`. */
const CREDENTIAL_HEADER_PART = /token|secret|signature|password|passwd|api-?key|session|credential|cookie/i;

/** A header name, or the name a value goes by (a capture, a JSON member), that holds a credential. */
export function isCredentialHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return CREDENTIAL_HEADERS.has(lower) || CREDENTIAL_HEADER_PART.test(lower);
}
