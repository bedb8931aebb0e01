// The config document's schema, assembled from the fields every check has and each check
// type's own fields (src/checks/registry.ts). Also the source of the published JSON Schema.
import { z } from "zod";
import { baseCheck, defaults } from "../checks/fields.js";
import { CHECK_TYPES, checkTypes } from "../checks/registry.js";

export const CONFIG_VERSION = 1;

const scalar = z.union([z.string(), z.number(), z.boolean()]);

export const documentFields = z.strictObject({
  $schema: z.string().optional(),
  version: z
    .literal(CONFIG_VERSION, { error: `expected version: ${CONFIG_VERSION}` })
    .default(CONFIG_VERSION),
  defaults: defaults.optional(),
  vars: z.record(z.string(), scalar).optional(),
  checks: z.array(z.unknown(), { error: "expected a list of checks" }).min(1, "expected at least one check"),
});

const cache = new Map<string, z.ZodType>();

export function checkSchema(type: string): z.ZodType | undefined {
  const hit = cache.get(type);
  if (hit) return hit;
  const def = checkTypes.get(type);
  if (!def) return undefined;
  const fields = z.strictObject({ type: z.literal(type), ...baseCheck, ...def.fields });
  const { refine } = def;
  const schema = refine ? fields.superRefine((check, ctx) => refine(check, ctx)) : fields;
  cache.set(type, schema);
  return schema;
}

/** The JSON Schema editors use (schema/deploy-gate.schema.json), input side of every transform. */
export function configJsonSchema(): unknown {
  const shorthand = z
    .string()
    .meta({ description: 'A request line ("GET /health") or a check type ("release-guard")' });
  const checks = CHECK_TYPES.map((t) =>
    z.strictObject({
      type: t.type === "http" ? z.literal("http").optional() : z.literal(t.type),
      ...baseCheck,
      ...t.fields,
    }),
  );
  const check = z.union([shorthand, ...checks]);
  const document = documentFields.extend({ checks: z.array(check).min(1) });
  return z.toJSONSchema(z.union([document, z.array(check).min(1)]), {
    io: "input",
    unrepresentable: "any",
    reused: "ref",
  });
}
