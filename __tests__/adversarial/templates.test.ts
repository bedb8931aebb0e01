// Adversarial input for `{{ }}` templates: any string parses or throws a TemplateError; a name the
// pre-flight validation accepts always resolves at run time (and one it refuses never does), even
// for names like `constructor` or `__proto__` that every JavaScript object inherits; rendering
// touches no prototype; `if` conditions never throw once the config validated.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config/errors.js";
import {
  evaluateCondition,
  isKnownRef,
  lookupRef,
  parseTemplate,
  renderDeep,
  renderString,
  TemplateError,
  type TemplateScope,
} from "../../src/config/templates.js";
import { prepareGate } from "../../src/engine/prepare.js";
import { assertNoPollution, createTally, prototypeSnapshot, RUNS } from "./tally.js";

const tally = createTally("templates");
let prototypes: string;
beforeAll(() => {
  prototypes = prototypeSnapshot();
});
afterAll(() => {
  assertNoPollution(prototypes);
  tally.write();
});

const INHERITED = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "isPrototypeOf"];
const ENV = { ...process.env, DEPLOY_ENV: "staging" };
const scope: TemplateScope = {
  secrets: { TOKEN: "tok-123", "API-KEY": "k-456" },
  vars: { TENANT: "smoke", EMPTY: "" },
  // The action passes process.env itself; a copy keeps its inherited members.
  env: ENV,
  run: { id: "42", attempt: "1" },
  sha: "abc",
  label: "eu",
};

const name = fc.oneof(
  fc.constantFrom(...INHERITED, "TOKEN", "API-KEY", "TENANT", "EMPTY", "DEPLOY_ENV", "HOME", "NOPE"),
  fc.stringMatching(/^[A-Za-z_][\w-]{0,6}$/),
);
const ref = fc.oneof(
  fc
    .tuple(fc.constantFrom("secrets", "vars", "env", "run", "x", ...INHERITED), name)
    .map(([r, n]) => `${r}.${n}`),
  fc.constantFrom("run.id", "run.attempt", "sha", "label", "uuid", "now", "taskId", ...INHERITED),
  name,
);
/** Text with templates, broken templates and braces mixed in. */
const templated = fc
  .array(
    fc.oneof(
      ref.map((r) => `{{ ${r} }}`),
      ref.map((r) => `{{${r}}}`),
      fc.constantFrom("{{", "}}", "{{ }}", "{{ a b }}", "{{{ x }}}", "{{ secrets. }}", "{{ 1x }}", "{", "}"),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(""));

describe("templates under adversarial input", () => {
  it("parseTemplate: any string parses or is a TemplateError", () => {
    fc.assert(
      fc.property(
        fc.oneof(templated, fc.string({ unit: "binary", maxLength: 80 })),
        tally.count("parseTemplate(any text)", (text: string) => {
          try {
            const parts = parseTemplate(text);
            // Literal parts and references put back together cover the whole text.
            expect(parts.every((p) => typeof p === "string" || /^[A-Za-z_]/.test(p.ref))).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(TemplateError);
          }
        }),
      ),
      { numRuns: RUNS },
    );
  });

  it("a name validation accepts always resolves; one it refuses never does", () => {
    fc.assert(
      fc.property(
        ref,
        tally.count("isKnownRef agrees with lookupRef", (r: string) => {
          const known = isKnownRef(r, scope, new Set());
          const value = lookupRef(r, scope, {});
          expect({ ref: r, resolves: value !== undefined }).toEqual({ ref: r, resolves: known });
        }),
      ),
      { numRuns: RUNS },
    );
  });

  it("a config that passed validation renders without a template error", () => {
    fc.assert(
      fc.property(
        templated,
        tally.count("validated templates render", (text: string) => {
          const config = JSON.stringify({ checks: [{ request: { path: "/x", query: { q: text } } }] });
          let prepared: ReturnType<typeof prepareGate>;
          try {
            prepared = prepareGate({
              configText: config,
              source: "checks",
              secrets: scope.secrets,
              vars: scope.vars,
              label: "eu",
              env: ENV,
            });
          } catch (error) {
            expect(error).toBeInstanceOf(ConfigError);
            return;
          }
          const spec = prepared.config.checks[0]?.spec as { request: unknown };
          expect(() => renderDeep(spec.request, prepared.scope)).not.toThrow();
        }),
      ),
      { numRuns: RUNS },
    );
  });

  it("`if`: a condition that passed validation evaluates without throwing", () => {
    fc.assert(
      fc.property(
        fc.oneof(templated, fc.constantFrom("", "false", "0", "no", "{{ vars.UNSET }}", "{{ env.UNSET }}")),
        tally.count("validated `if` conditions evaluate", (condition: string) => {
          let prepared: ReturnType<typeof prepareGate>;
          try {
            prepared = prepareGate({
              configText: JSON.stringify({ checks: [{ request: "GET /x", if: condition }] }),
              source: "checks",
              secrets: scope.secrets,
              vars: scope.vars,
              label: "",
              env: ENV,
            });
          } catch (error) {
            expect(error).toBeInstanceOf(ConfigError);
            return;
          }
          expect(typeof evaluateCondition(condition, prepared.scope)).toBe("boolean");
        }),
      ),
      { numRuns: RUNS },
    );
  });

  it("rendering copies keys as data: __proto__ stays an own key and no prototype changes", () => {
    const hostile = fc.dictionary(
      fc.constantFrom("__proto__", "constructor", "prototype", "a"),
      fc.oneof(
        fc.constantFrom("{{ secrets.TOKEN }}", "x"),
        fc.dictionary(fc.constantFrom("__proto__", "polluted", "isAdmin"), fc.constant("{{ vars.TENANT }}")),
      ),
    );
    fc.assert(
      fc.property(
        hostile,
        tally.count("renderDeep over __proto__/constructor keys", (value) => {
          const rendered = renderDeep(value, scope);
          expect(Object.keys(rendered)).toEqual(Object.keys(value));
          assertNoPollution(prototypes);
        }),
      ),
      { numRuns: RUNS },
    );
  });

  it("text without `{{` is returned unchanged; a secret renders into its place", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }).filter((s) => !s.includes("{{")),
        fc.string({ maxLength: 40 }).filter((s) => !s.includes("{{")),
        tally.count("literal text round-trips", (before: string, after: string) => {
          expect(renderString(before, scope)).toBe(before);
          expect(renderString(`${before}{{ secrets.TOKEN }}${after}`, scope)).toBe(
            `${before}tok-123${after}`,
          );
        }),
      ),
      { numRuns: RUNS },
    );
  });
});
