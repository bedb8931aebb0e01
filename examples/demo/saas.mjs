// The multi-tenant SaaS surface of the demo service. Users sign in for short-lived ES256 JWTs
// (verifiable against /.well-known/jwks.json) and a rotating refresh token; every tenant route
// checks that the token's `tenant` claim is the tenant in the path.
//
//   POST /auth/login                                 { email, password } → tokens
//   POST /auth/refresh                               { refresh_token } → new tokens; a used one is refused
//   GET  /v1/me                                      the signed-in user
//   GET  /v1/tenants/:tenant/projects                the tenant's projects
//   PUT  /v1/tenants/:tenant/projects/:id            idempotent upsert (the smoke fixture seed)
//   GET  /v1/tenants/:tenant/projects/:id
//   PUT  /v1/tenants/:tenant/projects/:id/members/:member
//   GET  /v1/tenants/:tenant/billing/subscription    optional surface: billing
//   POST /v1/tenants/:tenant/ai/summaries            optional surface: AI
//
// Tenants: `acme` (the smoke user smoke@acme.example lives there) and `globex`, whose payroll
// project another tenant must never see.
// Faults: `signing-drift` (tokens are signed by a rotated key the JWKS does not publish: the
// service still accepts them, every other verifier refuses them); `tenant-leak` (the tenant check
// is gone: acme's token reads globex's projects).
import { randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import { error, json, jsonObject, route } from "./answers.mjs";
import { signingKey, signJwt, verifyJwt } from "./jwt.mjs";

const AUDIENCE = "saas-api";
const ACCESS_TTL_S = 300;
const ID = /^[a-z0-9][a-z0-9-]{1,62}$/;
const ROLES = new Set(["viewer", "editor", "admin"]);

/**
 * @param {{ state: any, fault: (name: string) => boolean, note: (line: string) => void,
 *   origin: () => string, publishedKey: any, smokePassword: string }} env
 */
export function saasSurface({ fault, note, origin, publishedKey, smokePassword }) {
  const users = new Map([
    ["smoke@acme.example", { sub: "usr_smoke_acme", email: "smoke@acme.example", tenant: "acme" }],
  ]);
  const projects = new Map([
    ["acme", new Map()],
    ["globex", new Map()],
  ]);
  upsert("acme", "website", { name: "Website relaunch", visibility: "internal" }, ["lee"]);
  upsert("globex", "payroll-2026", { name: "Payroll 2026 (confidential)", visibility: "private" }, ["hank"]);
  const refreshTokens = new Map();
  let driftKey;
  // The service itself holds every private key it signs with, so it accepts its own tokens
  // whichever key signed them; the JWKS publishes only `publishedKey`.
  const verifyingKeys = () => {
    const keys = new Map([[publishedKey.publicJwk.kid, publishedKey.publicJwk]]);
    if (driftKey) keys.set(driftKey.publicJwk.kid, driftKey.publicJwk);
    return keys;
  };

  function upsert(tenant, id, { name, visibility }, members = []) {
    const byId = projects.get(tenant);
    const existing = byId.get(id);
    const project = existing ?? { id, tenant, members: [], createdAt: new Date().toISOString() };
    project.name = name;
    project.visibility = visibility;
    for (const member of members) {
      if (!project.members.some((m) => m.id === member)) project.members.push({ id: member, role: "editor" });
    }
    byId.set(id, project);
    return { project, created: !existing };
  }

  function issueTokens(user) {
    // Fault: a key rotation shipped the new private key, but the JWKS still publishes the old set.
    let key = publishedKey;
    if (fault("signing-drift")) {
      driftKey ??= signingKey();
      key = driftKey;
    }
    const now = Math.floor(Date.now() / 1000);
    const accessToken = signJwt(key, {
      iss: origin(),
      sub: user.sub,
      aud: AUDIENCE,
      email: user.email,
      tenant: user.tenant,
      scope: "projects:read projects:write",
      iat: now,
      exp: now + ACCESS_TTL_S,
      jti: randomUUID(),
    });
    const refreshToken = `rt_${randomBytes(24).toString("base64url")}`;
    refreshTokens.set(refreshToken, { user, used: false });
    return {
      access_token: accessToken,
      refresh_token: refreshToken,
      token_type: "Bearer",
      expires_in: ACCESS_TTL_S,
    };
  }

  function login(ctx) {
    const body = jsonObject(ctx, '{"email": "…", "password": "…"}');
    if (body.answer) return body.answer;
    const user = users.get(String(body.value.email ?? "").toLowerCase());
    const password = Buffer.from(String(body.value.password ?? ""));
    const expected = Buffer.from(smokePassword);
    const ok = user && password.length === expected.length && timingSafeEqual(password, expected);
    if (!ok) return json(401, error("INVALID_CREDENTIALS", "email or password is wrong"));
    return json(200, issueTokens(user));
  }

  function refresh(ctx) {
    const body = jsonObject(ctx, '{"refresh_token": "rt_…"}');
    if (body.answer) return body.answer;
    const entry = refreshTokens.get(String(body.value.refresh_token ?? ""));
    if (!entry || entry.used) {
      return json(
        401,
        error("INVALID_REFRESH_TOKEN", "the refresh token is unknown or was already used; sign in again"),
      );
    }
    entry.used = true;
    return json(200, issueTokens(entry.user));
  }

  /** The token's claims, or the 401 answer. */
  function authenticate(ctx) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(String(ctx.req.headers.authorization ?? ""));
    const verified = match
      ? verifyJwt(match[1], verifyingKeys(), { audience: AUDIENCE })
      : { why: "an Authorization: Bearer <JWT> header is required" };
    if (verified.claims) return { claims: verified.claims };
    return {
      answer: json(401, error("INVALID_TOKEN", `the access token is not valid: ${verified.why}`), {
        "www-authenticate": 'Bearer realm="saas", error="invalid_token"',
      }),
    };
  }

  /** A tenant route: a valid token whose tenant is the one in the path. */
  function tenantRoute(handler) {
    return (ctx) => {
      const auth = authenticate(ctx);
      if (auth.answer) return auth.answer;
      const tenant = ctx.params.tenant;
      const byId = projects.get(tenant);
      if (!byId) return json(404, error("NOT_FOUND", `no tenant ${tenant}`));
      if (auth.claims.tenant !== tenant) {
        if (!fault("tenant-leak")) {
          return json(
            403,
            error(
              "TENANT_FORBIDDEN",
              `a token of tenant ${auth.claims.tenant} may not access tenant ${tenant}`,
            ),
          );
        }
        note(`tenant gate: served tenant ${tenant}'s data to a token of tenant ${auth.claims.tenant}`);
      }
      return handler(ctx, { tenant, byId, claims: auth.claims });
    };
  }

  function me(ctx) {
    const auth = authenticate(ctx);
    if (auth.answer) return auth.answer;
    const { sub, email, tenant } = auth.claims;
    return json(200, { id: sub, email, tenant });
  }

  const listProjects = tenantRoute((_ctx, { byId }) => json(200, { data: [...byId.values()], next: null }));

  const getProject = tenantRoute((ctx, { byId, tenant }) => {
    const project = byId.get(ctx.params.id);
    if (!project) return json(404, error("NOT_FOUND", `no project ${ctx.params.id} in tenant ${tenant}`));
    return json(200, project);
  });

  const putProject = tenantRoute((ctx, { tenant }) => {
    if (!ID.test(ctx.params.id)) {
      return json(400, error("VALIDATION", "project id must be lowercase letters, digits or dashes"));
    }
    const body = jsonObject(ctx, '{"name": "…", "visibility": "private"}');
    if (body.answer) return body.answer;
    const { name, visibility } = body.value;
    if (typeof name !== "string" || name === "") {
      return json(400, error("VALIDATION", "name is required and must be a non-empty string"));
    }
    if (!["private", "internal", "public"].includes(visibility)) {
      return json(400, error("VALIDATION", "visibility must be private, internal or public"));
    }
    const { project, created } = upsert(tenant, ctx.params.id, { name, visibility });
    note(
      `fixture seed: ${tenant}/${project.id} ${created ? "created" : "already there, updated in place (no duplicate)"}`,
    );
    return json(created ? 201 : 200, project);
  });

  const putMember = tenantRoute((ctx, { byId, tenant }) => {
    const project = byId.get(ctx.params.id);
    if (!project) return json(404, error("NOT_FOUND", `no project ${ctx.params.id} in tenant ${tenant}`));
    const body = jsonObject(ctx, '{"role": "viewer"}');
    if (body.answer) return body.answer;
    if (!ROLES.has(body.value.role)) {
      return json(400, error("VALIDATION", "role must be viewer, editor or admin"));
    }
    const existing = project.members.find((m) => m.id === ctx.params.member);
    if (existing) existing.role = body.value.role;
    else project.members.push({ id: ctx.params.member, role: body.value.role });
    return json(existing ? 200 : 201, { id: ctx.params.member, role: body.value.role, project: project.id });
  });

  const subscription = tenantRoute((_ctx, { tenant }) =>
    json(200, { tenant, plan: "team", status: "active", seats: { used: 4, limit: 10 } }),
  );

  const summarize = tenantRoute((ctx) => {
    const body = jsonObject(ctx, '{"text": "…"}');
    if (body.answer) return body.answer;
    const text = body.value.text;
    if (typeof text !== "string" || text.trim() === "") {
      return json(400, error("VALIDATION", "text is required and must be a non-empty string"));
    }
    const words = text.trim().split(/\s+/);
    return json(200, {
      summary: words.slice(0, 12).join(" "),
      model: "demo-summarizer-1",
      usage: { inputTokens: words.length, outputTokens: Math.min(words.length, 12) },
    });
  });

  return {
    routes: [
      route("POST", "/auth/login", login),
      route("POST", "/auth/refresh", refresh),
      route("GET", "/v1/me", me, { auth: "jwt" }),
      route("GET", "/v1/tenants/:tenant/projects", listProjects, { auth: "jwt" }),
      route("GET", "/v1/tenants/:tenant/projects/:id", getProject, { auth: "jwt" }),
      route("PUT", "/v1/tenants/:tenant/projects/:id", putProject, { auth: "jwt" }),
      route("PUT", "/v1/tenants/:tenant/projects/:id/members/:member", putMember, { auth: "jwt" }),
      route("GET", "/v1/tenants/:tenant/billing/subscription", subscription, { auth: "jwt" }),
      route("POST", "/v1/tenants/:tenant/ai/summaries", summarize, { auth: "jwt" }),
    ],
  };
}
