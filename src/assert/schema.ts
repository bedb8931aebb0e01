// `schema`: JSON Schema validation of the JSON body with ajv. ajv is imported on first use, so a
// gate without schema expectations never loads it, and each schema is compiled once.
import type { ValidateFunction } from "ajv";
import type { AssertionResult } from "./assertion-result.js";
import { previewJson, truncate } from "./preview.js";
import { SCHEMA_FORMATS } from "./schema-formats.js";

const MAX_ERRORS = 10;

type Draft = "2020-12" | "2019-09" | "draft-07";

interface Validator {
  readonly validate?: ValidateFunction;
  /** Why the schema cannot be used. */
  readonly error?: string;
}

interface Instance {
  compile(schema: object): Validator;
}

const LOADERS: Readonly<
  Record<Draft, () => Promise<{ default: { default: typeof import("ajv").default } }>>
> = {
  "2020-12": () => import("ajv/dist/2020.js"),
  "2019-09": () => import("ajv/dist/2019.js"),
  "draft-07": () => import("ajv/dist/ajv.js"),
};

const instances = new Map<Draft, Promise<Instance>>();
const byObject = new WeakMap<object, Promise<Validator>>();
const byText = new Map<string, Promise<Validator>>();

/** The schema's own `$schema` picks the draft; without one it is 2020-12. */
function draftOf(schema: Record<string, unknown>): Draft {
  const declared = typeof schema.$schema === "string" ? schema.$schema : "";
  if (declared.includes("draft-07")) return "draft-07";
  if (declared.includes("2019-09")) return "2019-09";
  return "2020-12";
}

async function createInstance(draft: Draft): Promise<Instance> {
  const { default: module } = await LOADERS[draft]();
  const warnings: string[] = [];
  const ajv = new module.default({
    allErrors: true,
    strict: false,
    // Schemas with an `$id` are compiled again when a config is re-rendered; do not register them.
    addUsedSchema: false,
    logger: { log: () => undefined, warn: (w: unknown) => warnings.push(String(w)), error: () => undefined },
  });
  for (const [name, format] of Object.entries(SCHEMA_FORMATS)) ajv.addFormat(name, format);
  return {
    compile(schema) {
      warnings.length = 0;
      try {
        const validate = ajv.compile(schema);
        // With strict off ajv only warns about formats it does not know; that would be a silent pass.
        const unknownFormat = warnings.find((w) => w.startsWith("unknown format"));
        return unknownFormat
          ? { error: `${unknownFormat.replace(/ ignored.*/, "")} (not checked by deploy-gate)` }
          : { validate };
      } catch (error) {
        return { error: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}

function instanceFor(draft: Draft): Promise<Instance> {
  let instance = instances.get(draft);
  if (!instance) {
    instance = createInstance(draft);
    instances.set(draft, instance);
  }
  return instance;
}

async function compile(schema: Record<string, unknown>): Promise<Validator> {
  let text: string;
  try {
    text = JSON.stringify(schema);
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  let validator = byText.get(text);
  if (!validator) {
    validator = instanceFor(draftOf(schema)).then(
      (instance) => instance.compile(schema),
      (error: unknown) => ({ error: `cannot load ajv: ${error instanceof Error ? error.message : error}` }),
    );
    byText.set(text, validator);
  }
  return validator;
}

function validatorFor(schema: Record<string, unknown>): Promise<Validator> {
  let validator = byObject.get(schema);
  if (!validator) {
    validator = compile(schema);
    byObject.set(schema, validator);
  }
  return validator;
}

/** The value an RFC 6901 pointer (ajv's `instancePath`) designates; own properties only. */
function atPointer(doc: unknown, pointer: string): unknown {
  let node = doc;
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Validates a parsed JSON body. One assertion when it is valid, else one per error (at most 10, then a count). */
export async function validateSchema(
  schema: Record<string, unknown>,
  value: unknown,
): Promise<AssertionResult[]> {
  const { validate, error } = await validatorFor(schema);
  if (!validate) {
    const reason = truncate(error ?? "unknown error");
    return [
      {
        target: "schema",
        expected: "a usable JSON Schema",
        actual: reason,
        passed: false,
        message: `schema: cannot be used: ${reason}`,
      },
    ];
  }
  let valid: boolean;
  try {
    valid = validate(value) as boolean;
  } catch (e) {
    // A pathologically deep body can exhaust the stack; that is a failure, not a crash.
    const reason = truncate(e instanceof Error ? e.message : String(e));
    return [
      {
        target: "schema",
        expected: "valid against the schema",
        actual: reason,
        passed: false,
        message: `schema: cannot validate: ${reason}`,
      },
    ];
  }
  if (valid) {
    return [
      {
        target: "schema",
        expected: "valid against the schema",
        actual: "valid",
        passed: true,
        message: "schema: valid",
      },
    ];
  }
  const errors = validate.errors ?? [];
  const results: AssertionResult[] = errors.slice(0, MAX_ERRORS).map((e) => {
    const where = e.instancePath || "/";
    const actual = previewJson(atPointer(value, e.instancePath));
    const expected = e.message ?? e.keyword;
    return {
      target: `schema ${where}`,
      expected,
      actual,
      passed: false,
      message: `schema ${where}: ${expected}, got ${actual}`,
    };
  });
  if (errors.length > MAX_ERRORS) {
    const more = `${errors.length - MAX_ERRORS} more schema errors not shown`;
    results.push({
      target: "schema",
      expected: "valid against the schema",
      actual: more,
      passed: false,
      message: `schema: ${more}`,
    });
  }
  return results;
}
