// The served certificate: within its validity window, at least `min-days` from expiry, and
// (unless `insecure: true`) trusted for the host name. One TLS handshake, no HTTP request.
// The handshake itself never rejects the certificate, so an expired or untrusted one can
// still be read and its dates reported; trust is judged afterwards from the socket's verdict.
import { isIP } from "node:net";
import { checkServerIdentity, connect, type PeerCertificate } from "node:tls";
import { z } from "zod";
import type { AssertionResult } from "../assert/assertion-result.js";
import type { CheckRun, CheckType } from "./types.js";

const fields = {
  /** Defaults to the base URL's host. */
  host: z.string().min(1).optional(),
  /** Defaults to the base URL's port when it is an https URL with one, else 443. */
  port: z.number().int().min(1).max(65_535).optional(),
  "min-days": z.number().min(0).default(14),
  /**
   * Under this many days the check passes with a warning, so expiry is seen weeks before it blocks;
   * default 28, or `min-days` when that is larger.
   */
  "warn-days": z.number().min(0).optional(),
  /** Judge the dates only: accept a self-signed or otherwise untrusted chain and another host name. */
  insecure: z.boolean().default(false),
};

const DAY_MS = 86_400_000;

// OpenSSL's texts for the verification codes node reports in `authorizationError`.
const VERIFY_TEXT: Readonly<Record<string, string>> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: "self-signed certificate",
  SELF_SIGNED_CERT_IN_CHAIN: "self-signed certificate in certificate chain",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "unable to verify the first certificate",
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: "unable to get local issuer certificate",
  UNABLE_TO_GET_ISSUER_CERT: "unable to get issuer certificate",
  CERT_HAS_EXPIRED: "certificate has expired",
  CERT_NOT_YET_VALID: "certificate is not yet valid",
  CERT_REVOKED: "certificate revoked",
  CERT_UNTRUSTED: "certificate not trusted",
  CERT_SIGNATURE_FAILURE: "certificate signature failure",
  INVALID_CA: "invalid CA certificate",
  HOSTNAME_MISMATCH: "Hostname mismatch",
};

interface Handshake {
  readonly cert?: PeerCertificate;
  readonly authorized: boolean;
  readonly authorizationError?: string;
  readonly error?: string;
  readonly protocol?: string;
}

function handshake(host: string, port: number, timeoutMs: number, signal: AbortSignal): Promise<Handshake> {
  return new Promise((resolve) => {
    const socket = connect({
      host,
      port,
      ...(isIP(host) ? {} : { servername: host }),
      rejectUnauthorized: false,
      ALPNProtocols: ["http/1.1"],
    });
    const finish = (result: Handshake) => {
      clearTimeout(timer);
      signal.removeEventListener("abort", onAbort);
      socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(
      () => finish({ authorized: false, error: `no TLS handshake within ${timeoutMs}ms` }),
      timeoutMs,
    );
    const onAbort = () => finish({ authorized: false, error: "stopped" });
    signal.addEventListener("abort", onAbort, { once: true });
    socket.once("secureConnect", () => {
      const cert = socket.getPeerCertificate();
      const authorizationError = socket.authorizationError ? String(socket.authorizationError) : undefined;
      finish({
        ...(cert && Object.keys(cert).length > 0 ? { cert } : {}),
        authorized: socket.authorized,
        ...(authorizationError ? { authorizationError } : {}),
        protocol: socket.getProtocol() ?? "",
      });
    });
    socket.once("error", (error: NodeJS.ErrnoException) =>
      finish({ authorized: false, error: error.message }),
    );
  });
}

function target(
  baseUrl: string,
  host: string | undefined,
  port: number | undefined,
): { host: string; port: number } {
  let url: URL | undefined;
  try {
    url = new URL(baseUrl);
  } catch {
    url = undefined;
  }
  const baseHost = url?.hostname.replace(/^\[(.*)\]$/, "$1");
  const basePort = url?.protocol === "https:" && url.port ? Number(url.port) : undefined;
  return { host: host ?? baseHost ?? "", port: port ?? (host === undefined ? basePort : undefined) ?? 443 };
}

function agoText(ms: number): string {
  const days = Math.floor(ms / DAY_MS);
  return days < 1 ? "less than a day ago" : `${days} day${days === 1 ? "" : "s"} ago`;
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().replace(".000Z", "Z");
}

function nameOf(entity: PeerCertificate["subject"] | undefined): string {
  if (!entity) return "";
  const cn = entity.CN;
  return Array.isArray(cn) ? cn.join(", ") : (cn ?? Object.values(entity).flat().join(", "));
}

function trustProblem(h: Handshake, host: string): string | undefined {
  if (h.authorized || !h.authorizationError) return undefined;
  const code = h.authorizationError;
  if (code === "ERR_TLS_CERT_ALTNAME_INVALID" && h.cert) {
    return checkServerIdentity(host, h.cert)?.message ?? "the certificate does not name this host";
  }
  return VERIFY_TEXT[code] ? `${VERIFY_TEXT[code]} (${code})` : code;
}

const DEFAULT_WARN_DAYS = 28;

export const tlsCheck: CheckType<typeof fields> = {
  type: "tls",
  fields,
  refine(check, ctx) {
    const warnDays = check["warn-days"];
    if (warnDays !== undefined && warnDays < check["min-days"]) {
      ctx.addIssue({
        code: "custom",
        path: ["warn-days"],
        message: `warn-days (${warnDays}) must be at least min-days (${check["min-days"]}): the warning comes before the check blocks`,
      });
    }
  },
  async run(ctx): Promise<CheckRun> {
    const check = ctx.render(ctx.check);
    const { host, port } = target(ctx.baseUrl, check.host, check.port);
    const where = `${host}:${port}`;
    const minDays = check["min-days"];
    const warnDays = check["warn-days"] ?? Math.max(DEFAULT_WARN_DAYS, minDays);
    const timeoutMs = Math.max(0, Math.min(ctx.request.timeoutMs, ctx.deadline - Date.now()));
    const base = { assertions: [] as AssertionResult[] };
    if (!host) return { ...base, outcome: "errored", detail: "no host: give host, or an https base URL" };
    const h = await handshake(host, port, timeoutMs, ctx.signal);
    if (h.error || !h.cert)
      return {
        ...base,
        outcome: "errored",
        detail: `TLS to ${where}: ${h.error ?? "the server sent no certificate"}`,
      };

    const cert = h.cert;
    const now = Date.now();
    const from = Date.parse(cert.valid_from);
    const to = Date.parse(cert.valid_to);
    const daysLeft = Math.floor((to - now) / DAY_MS);
    const trust = check.insecure ? undefined : trustProblem(h, host);
    const tables = [
      {
        title: `TLS certificate of ${where}`,
        columns: ["subject", "issuer", "valid from", "valid to", "days left", "trusted"],
        rows: [
          [
            nameOf(cert.subject),
            nameOf(cert.issuer),
            isoDay(from),
            isoDay(to),
            String(daysLeft),
            check.insecure ? "not checked (insecure)" : h.authorized ? "yes" : (trust ?? "no"),
          ],
        ],
      },
    ];
    const assertions: AssertionResult[] = [];
    const assert = (t: string, expected: string, actual: string, passed: boolean, message: string) => {
      assertions.push({ target: t, expected, actual, passed, message });
    };
    // The detail says what is wrong with the certificate; the hint, what to do about it.
    let detail: string | undefined;
    let hint: string | undefined;
    if (Number.isNaN(from) || Number.isNaN(to)) {
      detail = `cannot read the certificate's validity dates (${cert.valid_from} – ${cert.valid_to})`;
      hint = "check the certificate the server is configured with";
    } else if (to <= now) {
      detail = `certificate of ${where} expired on ${isoDay(to)} (${agoText(now - to)})`;
      hint = "renew the certificate and deploy it now";
    } else if (from > now) {
      detail = `certificate of ${where} is not valid until ${isoDay(from)}`;
      hint = "check the certificate's start date and the server's clock";
    } else if (daysLeft < minDays) {
      detail = `certificate of ${where} expires on ${isoDay(to)}, in ${daysLeft} day${daysLeft === 1 ? "" : "s"}: less than min-days ${minDays}`;
      hint = `renew it before ${isoDay(to).slice(0, 10)}`;
    }
    assert(
      "validity",
      `valid for at least ${minDays} days`,
      `valid ${isoDay(from)} to ${isoDay(to)} (${daysLeft} days left)`,
      detail === undefined,
      detail ?? "valid",
    );
    if (trust) {
      assert("trust", "a trusted chain for the host", trust, false, `untrusted: ${trust}`);
      if (!detail) {
        detail = `certificate of ${where} is not trusted: ${trust} (expires ${isoDay(to)})`;
        hint =
          "serve the full chain from a CA the runner trusts, or set insecure: true to judge the dates only";
      }
    }
    const ordered = [...assertions.filter((a) => !a.passed), ...assertions.filter((a) => a.passed)];
    if (detail)
      return { ...base, outcome: "failed", detail, ...(hint ? { hint } : {}), assertions: ordered, tables };
    // Passes, but expiry is near: said now, while there are still days to renew before it blocks.
    const blocksOn = isoDay(to - minDays * DAY_MS).slice(0, 10);
    const warning =
      daysLeft < warnDays
        ? {
            warning: `certificate of ${where} expires on ${isoDay(to)}, in ${daysLeft} day${daysLeft === 1 ? "" : "s"}: under warn-days ${warnDays} (the check blocks from ${blocksOn}, at min-days ${minDays})`,
            hint: `renew it before ${blocksOn}`,
          }
        : {};
    return {
      ...base,
      outcome: "passed",
      detail: `certificate of ${where} valid until ${isoDay(to)} (${daysLeft} days left, min-days ${minDays})${check.insecure ? "; trust not checked" : ""}`,
      ...warning,
      assertions: ordered,
      tables,
    };
  },
};
