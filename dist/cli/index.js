#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 5187:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2933);

const code = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2));
// Exit once stdout has flushed: a piped stdout is written asynchronously.
process.stdout.write("", () => process.exit(code));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2933:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./lib/text/clip.js
/** Shortens config text quoted in a message. */
function clip(text, max = 120) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

;// CONCATENATED MODULE: ./lib/config/errors.js

const IDENT = /^[A-Za-z_][\w-]*$/;
// One line per issue, and never a wall of text: a message quotes config text, which can be long.
const MAX_LINE = 2000;
/** `checks[2].expect.status`, with indexes counted from 0 and odd keys quoted. */
function formatPath(path) {
    let out = "";
    for (const key of path) {
        if (typeof key === "number")
            out += `[${key}]`;
        else {
            const k = String(key);
            out += IDENT.test(k) ? (out ? `.${k}` : k) : `[${JSON.stringify(k)}]`;
        }
    }
    return out;
}
/** An issue at a place in the config document. */
function issueAt(at, message, lineAt) {
    return { path: formatPath(at), message, at, ...(lineAt ? { lineAt } : {}) };
}
/**
 * `checks[2] ("list tasks", line 14).expect.status`; outside a check, `defaults.timeout (line 3)`.
 * The line is the offending key's where it can be found, else the nearest enclosing one's.
 */
function formatPlace(at, notes, lineAt = at) {
    const line = notes.lineOf?.(lineAt);
    const index = at[0] === "checks" && typeof at[1] === "number" ? at[1] : undefined;
    if (index === undefined) {
        const path = formatPath(at);
        if (line === undefined)
            return path;
        return path ? `${path} (line ${line})` : `line ${line}`;
    }
    const name = notes.nameOf(index);
    const note = [
        name === undefined ? "" : JSON.stringify(clip(name, 80)),
        line === undefined ? "" : `line ${line}`,
    ]
        .filter(Boolean)
        .join(", ");
    const rest = formatPath(at.slice(2));
    return `checks[${index}]${note ? ` (${note})` : ""}${rest && !rest.startsWith("[") ? "." : ""}${rest}`;
}
/** Re-labels every issue that has a place in the document with the check's name and the line. */
function placeIssues(issues, notes) {
    return issues.map((i) => (i.at ? { ...i, path: formatPlace(i.at, notes, i.lineAt) } : i));
}
function oneLine(text) {
    const flat = text.replace(/\r?\n/g, " ");
    return flat.length > MAX_LINE ? `${flat.slice(0, MAX_LINE - 1)}…` : flat;
}
/** A bad config: found before any request is sent, every issue naming its place. */
class ConfigError extends Error {
    issues;
    source;
    name = "ConfigError";
    constructor(issues, source) {
        super((source ? `invalid config in ${source}:\n` : "") +
            issues.map((i) => oneLine(i.path ? `${i.path}: ${i.message}` : i.message)).join("\n"));
        this.issues = issues;
        this.source = source;
    }
}

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __nccwpck_require__(8474);
;// CONCATENATED MODULE: external "node:timers/promises"
const external_node_timers_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
;// CONCATENATED MODULE: ./lib/checks/failed-step.js
/**
 * The step that decided a failed flow: the last one that neither passed nor was skipped. The engine
 * reads its outcome from that step's exchange (timed out or errored) and the reports show its evidence.
 */
function failedStep(steps) {
    return steps?.findLast((s) => s.outcome !== "passed" && s.outcome !== "skipped");
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/util.js

// functions
function assertEqual(val) {
    return val;
}
function assertNotEqual(val) {
    return val;
}
function toZod() {
    return (schema) => schema;
}
function assertIs(_arg) { }
function assertNever(_x) {
    throw new Error("Unexpected value in exhaustive check");
}
function assert(_) { }
function getEnumValues(entries) {
    const numericValues = Object.values(entries).filter((v) => typeof v === "number");
    const values = Object.entries(entries)
        .filter(([k, _]) => numericValues.indexOf(+k) === -1)
        .map(([_, v]) => v);
    return values;
}
function joinValues(array, separator = "|") {
    return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
    if (typeof value === "bigint")
        return value.toString();
    return value;
}
// the accessor lives on a shared prototype: an own accessor makes every box a dictionary-mode object (~360 B and a slow load per read against ~100 B and an inlined getter here)
class Cached {
    constructor(getter) {
        this._getter = getter;
        this._value = undefined;
    }
    get value() {
        const getter = this._getter;
        if (getter !== undefined) {
            this._value = getter();
            this._getter = undefined;
        }
        return this._value;
    }
}
function cached(getter) {
    return new Cached(getter);
}
function nullish(input) {
    return input === null || input === undefined;
}
function cleanRegex(source) {
    const start = source.startsWith("^") ? 1 : 0;
    const end = source.endsWith("$") ? source.length - 1 : source.length;
    return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
    const ratio = val / step;
    const roundedRatio = Math.round(ratio);
    // `val` and `step` each round to a double before the division rounds again, so a true decimal multiple's quotient can sit up to 1.5 of these scaled epsilons from the integer. A 1x tolerance therefore rejected 2.03 as a multiple of 0.07; 4x covers the worst case with margin.
    const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
    if (Math.abs(ratio - roundedRatio) < tolerance)
        return 0;
    return ratio - roundedRatio;
}
const EVALUATING = /* @__PURE__*/ Symbol("evaluating");
function defineLazy(object, key, getter) {
    let value = undefined;
    Object.defineProperty(object, key, {
        get() {
            if (value === EVALUATING) {
                // Circular reference detected, return undefined to break the cycle
                return undefined;
            }
            if (value === undefined) {
                value = EVALUATING;
                value = getter();
            }
            return value;
        },
        set(v) {
            Object.defineProperty(object, key, {
                value: v,
                // configurable: true,
            });
            // object[key] = v;
        },
        configurable: true,
    });
}
function objectClone(obj) {
    return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function util_assignProp(target, prop, value) {
    Object.defineProperty(target, prop, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
    });
}
/**
 * Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
 *
 * Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
 */
function rawShape(def) {
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    return desc?.get ? desc.get.raw : desc?.value;
}
// where a builder reads its source's keys and descriptors, resolving only a shape a def answers for itself. A shape resolves by object spread, so only its enumerable keys are ever part of it.
function sourceShape(schema) {
    return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
// a key whose value is not settled yet, self-caching so every read after the first gets the same one
function deferProp(target, key, getter) {
    Object.defineProperty(target, key, {
        get() {
            const value = getter();
            util_assignProp(this, key, value);
            return value;
        },
        enumerable: true,
        configurable: true,
    });
}
// Writes a settled key. A plain assignment is much cheaper than `defineProperty` and produces the same descriptor, but it runs whatever setter already answers to the key — an accessor this shape deferred, or an inherited one, which `__proto__` has on every object and prototype pollution can add for any name.
function putProp(target, key, value) {
    if (key in target)
        util_assignProp(target, key, value);
    else
        target[key] = value;
}
/**
 * Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
 *
 * A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
 */
function mirrorShape(target, source, keys, wrap) {
    const raw = sourceShape(source);
    for (const key of keys) {
        const desc = Object.getOwnPropertyDescriptor(raw, key);
        if (!desc.enumerable)
            continue;
        if (desc.get) {
            deferProp(target, key, () => {
                const value = source._zod.def.shape[key];
                return wrap ? wrap(value, key) : value;
            });
        }
        else
            putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
    }
}
// same, for a plain shape a caller passed rather than a schema's
function mirrorProps(target, source) {
    for (const key of Reflect.ownKeys(source)) {
        const desc = Object.getOwnPropertyDescriptor(source, key);
        if (!desc.enumerable)
            continue;
        if (desc.get)
            deferProp(target, key, () => source[key]);
        else
            putProp(target, key, desc.value);
    }
}
function mergeDefs(...defs) {
    const mergedDescriptors = {};
    for (const def of defs) {
        const descriptors = Object.getOwnPropertyDescriptors(def);
        Object.assign(mergedDescriptors, descriptors);
    }
    return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
    return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path) {
    if (!path)
        return obj;
    return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
    const keys = Object.keys(promisesObj);
    const promises = keys.map((key) => promisesObj[key]);
    return Promise.all(promises).then((results) => {
        const resolvedObj = {};
        for (let i = 0; i < keys.length; i++) {
            resolvedObj[keys[i]] = results[i];
        }
        return resolvedObj;
    });
}
function randomString(length = 10) {
    const chars = "abcdefghijklmnopqrstuvwxyz";
    let str = "";
    for (let i = 0; i < length; i++) {
        str += chars[Math.floor(Math.random() * chars.length)];
    }
    return str;
}
function esc(str) {
    return JSON.stringify(str);
}
function slugify(input) {
    return input
        .toLowerCase()
        .trim()
        .replace(/[^\w\s-]/g, "")
        .replace(/[\s_-]+/g, "-")
        .replace(/^-+|-+$/g, "");
}
const captureStackTrace = ("captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => { });
function util_isObject(data) {
    return typeof data === "object" && data !== null && !Array.isArray(data);
}
const util_allowsEval = /* @__PURE__*/ cached(() => {
    // Skip the probe under `jitless`: strict CSPs report the caught `new Function` as a `securitypolicyviolation` even though the throw is swallowed.
    if (globalConfig.jitless) {
        return false;
    }
    // @ts-ignore
    if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
        return false;
    }
    try {
        const F = Function;
        new F("");
        return true;
    }
    catch (_) {
        return false;
    }
});
function isPlainObject(o) {
    if (util_isObject(o) === false)
        return false;
    // modified constructor
    const ctor = o.constructor;
    if (ctor === undefined)
        return true;
    if (typeof ctor !== "function")
        return true;
    // modified prototype
    const prot = ctor.prototype;
    if (util_isObject(prot) === false)
        return false;
    // ctor doesn't have static `isPrototypeOf`
    if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
        return false;
    }
    return true;
}
function shallowClone(o) {
    if (isPlainObject(o))
        return { ...o };
    if (Array.isArray(o))
        return [...o];
    if (o instanceof Map)
        return new Map(o);
    if (o instanceof Set)
        return new Set(o);
    return o;
}
function numKeys(data) {
    let keyCount = 0;
    for (const key in data) {
        if (Object.prototype.hasOwnProperty.call(data, key)) {
            keyCount++;
        }
    }
    return keyCount;
}
const getParsedType = (data) => {
    const t = typeof data;
    switch (t) {
        case "undefined":
            return "undefined";
        case "string":
            return "string";
        case "number":
            return Number.isNaN(data) ? "nan" : "number";
        case "boolean":
            return "boolean";
        case "function":
            return "function";
        case "bigint":
            return "bigint";
        case "symbol":
            return "symbol";
        case "object":
            if (Array.isArray(data)) {
                return "array";
            }
            if (data === null) {
                return "null";
            }
            if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
                return "promise";
            }
            if (typeof Map !== "undefined" && data instanceof Map) {
                return "map";
            }
            if (typeof Set !== "undefined" && data instanceof Set) {
                return "set";
            }
            if (typeof Date !== "undefined" && data instanceof Date) {
                return "date";
            }
            // @ts-ignore
            if (typeof File !== "undefined" && data instanceof File) {
                return "file";
            }
            return "object";
        default:
            throw new Error(`Unknown data type: ${t}`);
    }
};
const propertyKeyTypes = /* @__PURE__*/ new Set(["string", "number", "symbol"]);
const primitiveTypes = /* @__PURE__*/ new Set([
    "string",
    "number",
    "bigint",
    "boolean",
    "symbol",
    "undefined",
]);
function escapeRegex(str) {
    return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
// zod-specific utils
function clone(inst, def, params) {
    const cl = new inst._zod.constr(def ?? inst._zod.def);
    if (!def || params?.parent)
        cl._zod.parent = inst;
    return cl;
}
function normalizeParams(_params) {
    const params = _params;
    if (!params)
        return {};
    if (typeof params === "string")
        return { error: () => params };
    if (params?.message !== undefined) {
        if (params?.error !== undefined)
            throw new Error("Cannot specify both `message` and `error` params");
        params.error = params.message;
    }
    delete params.message;
    if (typeof params.error === "string")
        return { ...params, error: () => params.error };
    return params;
}
function createTransparentProxy(getter) {
    let target;
    return new Proxy({}, {
        get(_, prop, receiver) {
            target ?? (target = getter());
            return Reflect.get(target, prop, receiver);
        },
        set(_, prop, value, receiver) {
            target ?? (target = getter());
            return Reflect.set(target, prop, value, receiver);
        },
        has(_, prop) {
            target ?? (target = getter());
            return Reflect.has(target, prop);
        },
        deleteProperty(_, prop) {
            target ?? (target = getter());
            return Reflect.deleteProperty(target, prop);
        },
        ownKeys(_) {
            target ?? (target = getter());
            return Reflect.ownKeys(target);
        },
        getOwnPropertyDescriptor(_, prop) {
            target ?? (target = getter());
            return Reflect.getOwnPropertyDescriptor(target, prop);
        },
        defineProperty(_, prop, descriptor) {
            target ?? (target = getter());
            return Reflect.defineProperty(target, prop, descriptor);
        },
    });
}
function stringifyPrimitive(value) {
    if (typeof value === "bigint")
        return value.toString() + "n";
    if (typeof value === "string")
        return `"${value}"`;
    return `${value}`;
}
function optionalKeys(shape) {
    return Object.keys(shape).filter((k) => {
        return shape[k]._zod.optin !== undefined && shape[k]._zod.optout === "optional";
    });
}
// Wrapped in a `@__PURE__` IIFE: esbuild never tree-shakes a top-level initializer that contains a member access on `Number`, so the bare object literal survived into every bundle.
const NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-3.4028234663852886e38, 3.4028234663852886e38],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
}))();
const BIGINT_FORMAT_RANGES = {
    int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
    uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")],
};
function pick(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".pick() cannot be used on object schemas containing refinements");
    }
    const newShape = {};
    mirrorShape(newShape, schema, maskedKeys(schema, mask));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
// the mask keys that select something, checked against the source's shape without resolving it
function maskedKeys(schema, mask) {
    const raw = sourceShape(schema);
    const keys = [];
    // `for...in` skips symbols, so a symbol in the mask would select nothing
    for (const key of Reflect.ownKeys(mask)) {
        if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
            throw new Error(`Unrecognized key: "${String(key)}"`);
        }
        if (mask[key])
            keys.push(key);
    }
    return keys;
}
function omit(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".omit() cannot be used on object schemas containing refinements");
    }
    const omitted = new Set(maskedKeys(schema, mask));
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to extend: expected a plain object");
    }
    const checks = schema._zod.def.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        // Only throw if new shape overlaps with existing shape. Use getOwnPropertyDescriptor to check key existence without accessing values
        const existingShape = sourceShape(schema);
        for (const key of Reflect.ownKeys(shape)) {
            if (Object.getOwnPropertyDescriptor(existingShape, key) !== undefined) {
                throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
            }
        }
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
// the source's keys, then the caller's overlaid on top
function extended(schema, shape) {
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
    mirrorProps(newShape, shape);
    return newShape;
}
function safeExtend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to safeExtend: expected a plain object");
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
    if (!b?._zod?.def) {
        throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
    }
    if (a._zod.def.checks?.length) {
        throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
    }
    const newShape = {};
    mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
    mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
    const def = mergeDefs(a._zod.def, {
        shape: newShape,
        get catchall() {
            return b._zod.def.catchall;
        },
        checks: b._zod.def.checks ?? [],
    });
    return clone(a, def);
}
function partial(Class, schema, mask, name = "partial") {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
    }
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class &&
        ((value, key) => (selected && !selected.has(key) ? value : new Class({ type: "optional", innerType: value }))));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class, schema, mask) {
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => 
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class({ type: "nonoptional", innerType: value }));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
// invalid_type | too_big | too_small | invalid_format | not_multiple_of | unrecognized_keys | invalid_union | invalid_key | invalid_element | invalid_value | custom
function aborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue !== true) {
            return true;
        }
    }
    return false;
}
// Checks for explicit abort (continue === false), as opposed to implicit abort (continue === undefined). Used to respect `abort: true` in .refine() even for checks that have a `when` function.
function explicitlyAborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue === false) {
            return true;
        }
    }
    return false;
}
function prefixIssues(path, issues) {
    return issues.map((iss) => {
        var _a;
        (_a = iss).path ?? (_a.path = []);
        iss.path.unshift(path);
        return iss;
    });
}
function unwrapMessage(message) {
    return typeof message === "string" ? message : message?.message;
}
/* A check holds no link back to the schema it is attached to — the same check instance is shared by every clone of that schema — so the owner is stamped onto the issues a check just raised, at the only point where both are in scope. Runs on the failure path only; `start` is the issue count from before the check ran. */
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
    const caps = [];
    for (const ch of defChecks ?? []) {
        const d = ch._zod.def;
        // a later check may rewrite the value
        if (!/_(length|size)$|_equals$/.test(d.check))
            break;
        const max = d.maximum ?? d.length ?? d.size;
        if (max >= 0)
            caps.push([max, ch]);
    }
    return caps;
}
function attachSchema(issues, start, inst) {
    var _a;
    for (let i = start; i < issues.length; i++) {
        (_a = issues[i]).schema ?? (_a.schema = inst);
    }
}
function finalizeIssue(iss, ctx, config) {
    var _a;
    // A schema that raised an issue itself owns it outright, and outranks any stamp an enclosing check left in `attachSchema`. String formats and z.custom() are schema and check at once, so when they act as a check they defer to that stamp instead.
    const traits = iss.inst?._zod?.traits;
    if (traits?.has("$ZodType")) {
        if (traits.has("$ZodCheck"))
            (_a = iss).schema ?? (_a.schema = iss.inst);
        else
            iss.schema = iss.inst;
    }
    // Decreasing specificity, first map to return a message wins. `inst` is whatever raised the issue, so a check's own map outranks the owning schema's.
    const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : undefined;
    const message = iss.message
        ? iss.message
        : (unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ??
            unwrapMessage(schemaError?.(iss)) ??
            unwrapMessage(ctx?.error?.(iss)) ??
            unwrapMessage(config.customError?.(iss)) ??
            unwrapMessage(config.localeError?.(iss)) ??
            "Invalid input");
    // an explicit own-key copy beats object rest with excluded keys, which v8 routes through a generic runtime call; Object.keys rather than for-in so an issue pushed with a prototype does not leak inherited keys, and an own __proto__ key is dropped rather than assigned through the setter
    const full = {};
    for (const k of Object.keys(iss)) {
        if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
            continue;
        full[k] = iss[k];
    }
    full.path ?? (full.path = []);
    full.message = message;
    if (ctx?.reportInput) {
        full.input = iss.input;
    }
    return full;
}
function getSizableOrigin(input) {
    if (input instanceof Set)
        return "set";
    if (input instanceof Map)
        return "map";
    // @ts-ignore
    if (input instanceof File)
        return "file";
    return "unknown";
}
const highSurrogate = /[\uD800-\uDBFF]/;
// Code points in `str`: a surrogate pair counts once, a lone surrogate as itself. Hand-rolled because the string iterator allocates and runs ~250x slower on this path; the regex probe exits ~50x quicker for a string with no astral characters.
function codePointLength(str) {
    const units = str.length;
    if (!highSurrogate.test(str))
        return units;
    let count = units;
    for (let i = 0; i < units - 1; i++) {
        if ((str.charCodeAt(i) & 0xfc00) === 0xd800 && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            count--;
            i++;
        }
    }
    return count;
}
function getLengthableOrigin(input) {
    if (Array.isArray(input))
        return "array";
    if (typeof input === "string")
        return "string";
    return "unknown";
}
function parsedType(data) {
    const t = typeof data;
    switch (t) {
        case "number": {
            return Number.isNaN(data) ? "nan" : "number";
        }
        case "object": {
            if (data === null) {
                return "null";
            }
            if (Array.isArray(data)) {
                return "array";
            }
            const obj = data;
            if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
                return obj.constructor.name;
            }
        }
    }
    return t;
}
function util_issue(...args) {
    const [iss, input, inst] = args;
    if (typeof iss === "string") {
        return {
            message: iss,
            code: "custom",
            input,
            inst,
        };
    }
    return { ...iss };
}
function cleanEnum(obj) {
    return Object.entries(obj)
        .filter(([k, _]) => {
        // return true if NaN, meaning it's not a number, thus a string key
        return Number.isNaN(Number.parseInt(k, 10));
    })
        .map((el) => el[1]);
}
// Codec utility functions
function base64ToUint8Array(base64) {
    const binaryString = atob(base64);
    const bytes = new Uint8Array(binaryString.length);
    for (let i = 0; i < binaryString.length; i++) {
        bytes[i] = binaryString.charCodeAt(i);
    }
    return bytes;
}
function uint8ArrayToBase64(bytes) {
    let binaryString = "";
    for (let i = 0; i < bytes.length; i++) {
        binaryString += String.fromCharCode(bytes[i]);
    }
    return btoa(binaryString);
}
function base64urlToUint8Array(base64url) {
    const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
    const padding = "=".repeat((4 - (base64.length % 4)) % 4);
    return base64ToUint8Array(base64 + padding);
}
function uint8ArrayToBase64url(bytes) {
    return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
    const cleanHex = hex.replace(/^0x/, "");
    if (cleanHex.length % 2 !== 0) {
        throw new Error("Invalid hex string length");
    }
    const bytes = new Uint8Array(cleanHex.length / 2);
    for (let i = 0; i < cleanHex.length; i += 2) {
        bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
    }
    return bytes;
}
function uint8ArrayToHex(bytes) {
    return Array.from(bytes)
        .map((b) => b.toString(16).padStart(2, "0"))
        .join("");
}
// instanceof
class Class {
    constructor(..._args) { }
}
//////////    PROTOTYPE INSTALLERS     //////////
//
// Members live on the prototype and materialize per instance on first read, which keeps own-property count under the step where V8 stops using inline slots. Changing anything here means re-measuring runtime, memory and bundle size together — see "The three axes" in AGENTS.md.
/**
 * Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
 *
 * Call this from a `proto` initializer, which runs once per prototype — never per instance.
 */
function members(proto, table) {
    for (const key in table) {
        const desc = Object.getOwnPropertyDescriptor(table, key);
        // a getter installs as written, so it stays live: `description` reads through to the registry on every access. not enumerable: an object literal's is, and a prototype member never was
        if (desc.get)
            Object.defineProperty(proto, key, { ...desc, enumerable: false });
        // a method materializes bound on first read, which is what keeps a detached member working: `const opt = schema.optional; opt()`
        else
            defineBound(proto, key, desc.value);
    }
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
    Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
    return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
    return own(inst, key, value, false);
}
/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */
function derived(computes, table) {
    for (const key in computes) {
        const compute = computes[key];
        // an object literal's accessor is configurable and enumerable, and `members` copies the descriptor as written
        Object.defineProperty(table, key, {
            configurable: true,
            enumerable: true,
            get() {
                return own(this, key, compute(this));
            },
            set(value) {
                own(this, key, value);
            },
        });
    }
    return table;
}
function defineBound(proto, key, fn) {
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // vitest's spyOn calls a prototype getter bare to find the function it wraps, so a nullish receiver answers the raw method
            return this == null ? fn : own(this, key, fn.bind(this));
        },
        set(value) {
            own(this, key, value);
        },
    });
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
    const proto = Object.getPrototypeOf(inst);
    // Runs on every construction, so `in` rather than the costlier `hasOwnProperty.call`. Sentinels are keys the group itself defines.
    return sentinel in proto ? undefined : proto;
}
// The internals whose init chain is installing. A second call for the same one is a derived constructor overriding its base, so it must not construct another schema in between or the override is dropped.
let installing;
// Set while a getter is running, so a value that resolved through a recursion break is not memoized. One shared descriptor shadows the key for the duration, which costs no per-key allocation.
let broke = false;
const breaker = {
    configurable: true,
    get() {
        broke = true;
        return undefined;
    },
};
/**
 * Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
 * constructor, computed from the internals object itself and cached there on
 * first read. One accessor per constructor rather than one per instance.
 */
function defineLazyInternal(inst, key, compute) {
    const proto = Object.getPrototypeOf(inst._zod);
    if (key in proto && installing !== inst._zod) {
        // A repeat construction: everything is installed already. Cleared here so the reference is not held past the first construction of every type.
        installing = undefined;
        return;
    }
    installing = inst._zod;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing so a re-entrant read from a recursive schema resolves to undefined instead of running the getter again.
            Object.defineProperty(this, key, breaker);
            const outer = broke;
            broke = false;
            try {
                const value = compute(this);
                // A result that resolved through a recursion break is recomputed once the graph is complete; everything else memoizes, undefined included.
                if (broke)
                    delete this[key];
                else
                    Object.defineProperty(this, key, { configurable: true, writable: true, value });
                broke = broke || outer;
                return value;
            }
            catch (err) {
                // A compute that threw memoizes nothing, so a later read runs it again and fails the same way. The shadow goes with it, since leaving it installed would answer undefined for every later read.
                delete this[key];
                broke = broke || outer;
                throw err;
            }
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, value });
        },
    });
}
/**
 * Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
 * data property. One accessor per constructor rather than one per instance, because an own accessor
 * puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
 */
function installLazyProp(inst, key, make, enumerable) {
    const proto = claim(inst, key);
    if (!proto)
        return;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing, so a re-entrant read from a self-referential shape resolves to undefined instead of running the getter again. A data property rather than an accessor: an own accessor is the dictionary-mode transition this exists to avoid.
            const desc = { configurable: true, writable: true, enumerable, value: undefined };
            Object.defineProperty(this, key, desc);
            // a compute that throws leaves the shadow behind, so later reads answer undefined instead of re-throwing; `defineLazy` did the same, and `defineLazyInternal`'s delete-on-catch would cost bytes in every bundle for a case only a throwing user getter reaches
            desc.value = make(this);
            Object.defineProperty(this, key, desc);
            return desc.value;
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
        },
    });
}
/** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */
const CONSTANT_CATCH = "~constantCatch";
/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
function constantCatch(value) {
    const fn = () => value;
    fn[CONSTANT_CATCH] = true;
    return fn;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/core.js
var _a;

/** A special constant with type `never` */
const NEVER = /*@__PURE__*/ Object.freeze({
    status: "aborted",
});
/* Shared descriptor for installing `_zod`; defineProperty reads it
 * synchronously, so reusing one object avoids a per-instance allocation. */
const _zodDesc = { value: undefined, enumerable: false };
// null where suppressing the capture would be unrecoverable: `parse()` puts the frames back with `captureStackTrace`, so without it the throw would lose its stack. also latched to null once `stackTraceLimit` proves unassignable, which a realm can do at any point by hardening Error
let _E = "captureStackTrace" in Error ? Error : null;
// v8 captures a stack trace inside the Error constructor, which dominates a failed parse; costs only the frames, and parse() restores those. the constructor must RUN: Object.create is cheaper and passes instanceof, but Error.isError and util.types.isNativeError check an internal slot
function newError(Definition) {
    const E = _E;
    if (E) {
        const saved = E.stackTraceLimit;
        if (typeof saved === "number") {
            try {
                E.stackTraceLimit = 0;
            }
            catch {
                _E = null;
                return new Definition();
            }
            try {
                return new Definition();
            }
            finally {
                E.stackTraceLimit = saved;
            }
        }
    }
    return new Definition();
}
function $constructor(name, initializer, 
/** This trait's members, installed once on every prototype that composes it. They cannot be declared in the initializer above: that runs per instance, and the prototype is shared. */
proto, params) {
    // Prototype for this constructor's `_zod` internals. Lazily-derived fields (`values`, `pattern`, `optin`, …) install here once rather than as an accessor on every instance.
    const zodProto = {};
    // Assigning the fields in the constructor body is what gives instances in-object slots; building the object literally and reparenting it costs a second allocation and a generic property copy.
    function Internals(def) {
        this.def = def;
        this.constr = _;
        this.traits = new Set();
    }
    Internals.prototype = zodProto;
    const protoMembers = proto;
    // One trait's members land on every prototype whose chain composes it, so the answer is per prototype rather than per trait.
    const initialized = protoMembers && new WeakSet();
    function init(inst, def) {
        if (!inst._zod) {
            _zodDesc.value = new Internals(def);
            try {
                Object.defineProperty(inst, "_zod", _zodDesc);
            }
            finally {
                // Cleared even on throw, so the shared descriptor never leaks one instance's internals into the next.
                _zodDesc.value = undefined;
            }
        }
        else if (inst._zod.traits.has(name)) {
            return;
        }
        inst._zod.traits.add(name);
        initializer(inst, def);
        if (initialized) {
            // `super(def)` from a user subclass gives `this` a prototype the subclass owns, and installing there would overwrite whatever the subclass declared. `constr` built the instance, so its prototype is the one below the subclass's that should carry the members. A receiver whose chain never reaches that prototype installs on its own, which for a plain object handed straight to `init` means `Object.prototype` — unchanged from before.
            const own = Object.getPrototypeOf(inst);
            const ctorProto = inst._zod.constr.prototype;
            let up = own;
            while (up && up !== ctorProto)
                up = Object.getPrototypeOf(up);
            const target = up ?? own;
            if (!initialized.has(target)) {
                initialized.add(target);
                members(target, protoMembers);
            }
        }
        // support prototype modifications; for-in avoids the array allocation of Object.keys on the (usually empty) prototype
        const proto = _.prototype;
        for (const k in proto) {
            if (!Object.prototype.hasOwnProperty.call(proto, k))
                continue;
            if (!(k in inst)) {
                inst[k] = proto[k].bind(inst);
            }
        }
    }
    // doesn't work if Parent has a constructor with arguments
    const Parent = params?.Parent ?? Object;
    class Definition extends Parent {
    }
    Object.defineProperty(Definition, "name", { value: name });
    function _(def) {
        const inst = params?.Parent ? newError(Definition) : this;
        init(inst, def);
        const deferred = inst._zod.deferred;
        if (deferred) {
            for (const fn of deferred) {
                fn();
            }
            // Released: initializers run once, and the list would otherwise be retained for the schema's lifetime.
            inst._zod.deferred = undefined;
        }
        // Global post-processor hook. Internal: installed by `import "zod/compile"` to enable AOT compilation for every constructed schema. Runs last, once the instance is fully built, because it hands the instance to compile(). The post-processor is expected to be reentrancy-guarded by its own implementation.
        const pp = globalThis.__zod_globalConfig?.postProcessor;
        if (pp)
            pp(inst);
        return inst;
    }
    Object.defineProperty(_, "init", { value: init });
    Object.defineProperty(_, Symbol.hasInstance, {
        value: (inst) => {
            if (params?.Parent && inst instanceof params.Parent)
                return true;
            return inst?._zod?.traits?.has(name);
        },
    });
    Object.defineProperty(_, "name", { value: name });
    return _;
}
//////////////////////////////   UTILITIES   ///////////////////////////////////////
const $brand = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("zod_brand")));
class $ZodAsyncError extends Error {
    constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
}
class $ZodEncodeError extends Error {
    constructor(name) {
        super(`Encountered unidirectional transform during encode: ${name}`);
        this.name = "ZodEncodeError";
    }
}
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
const globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
    if (newConfig)
        Object.assign(globalConfig, newConfig);
    return globalConfig;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/memoizer.js

class $ZodCyclicError extends Error {
    constructor() {
        super(`Cannot parse a reference cycle that closes through a transform`);
        this.name = "ZodCyclicError";
    }
}
/** Keyed off the context object every schema in one parse call already shares. */
const STATE = "~memo";
const NO_ISSUES = [];
// a value a cycle can close through
function isRef(value) {
    return value !== null && typeof value === "object";
}
// Receivers prefix paths in place, so the cache and every hand-out need their own copies.
function cloneIssues(issues) {
    return issues.map((iss) => (iss.path ? { ...iss, path: iss.path.slice() } : { ...iss }));
}
const recursive = /*@__PURE__*/ new WeakMap();
/** What the walk established, in order of certainty: ordered so the strongest answer among children wins. */
const NONE = 0;
const ASSUMED = 1;
const PROVEN = 2;
/** Whether this schema's subtree contains a cycle, so one parse can re-enter it. */
function isRecursive(inst, stack, resolve) {
    const cached = recursive.get(inst);
    if (cached !== undefined)
        return cached ? PROVEN : NONE;
    // Relative to the walk in progress, so not cached.
    if (stack.has(inst))
        return PROVEN;
    stack.add(inst);
    let result = NONE;
    const check = (child) => {
        if (result !== PROVEN && child?._zod) {
            const answer = isRecursive(child, stack, resolve);
            if (answer > result)
                result = answer;
        }
    };
    // `Reflect.ownKeys` rather than `Object.keys`, so a cycle through a declared symbol key is still seen
    const shape = (sh, spread) => {
        let answer = NONE;
        for (const key of Reflect.ownKeys(sh)) {
            const desc = Object.getOwnPropertyDescriptor(sh, key);
            // an object resolves its shape by spread, so a key it does not enumerate is never parsed; `z.properties` reads every own key and so keeps them all
            if (spread && !desc.enumerable)
                continue;
            // resolving runs user code, and a factory mints a fresh subtree per read, so an edge the walk can't follow counts as a cycle
            const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
            if (child > answer)
                answer = child;
        }
        return answer;
    };
    const merge = (answer) => {
        if (answer > result)
            result = answer;
    };
    const def = inst._zod.def;
    const kind = def.type;
    switch (kind) {
        case "object": {
            const raw = rawShape(def);
            // a def with no raw shape answers `shape` from an accessor of its own, and running that can mint a whole fresh subtree
            merge(raw ? shape(raw, true) : ASSUMED);
            check(def.catchall);
            break;
        }
        case "array":
            check(def.element);
            break;
        case "tuple":
            for (const el of def.items)
                check(el);
            check(def.rest);
            break;
        case "record":
        case "map":
            check(def.keyType);
            check(def.valueType);
            break;
        case "set":
            check(def.valueType);
            break;
        case "union":
            for (const el of def.options)
                check(el);
            break;
        case "intersection":
            check(def.left);
            check(def.right);
            break;
        case "optional":
        case "nullable":
        case "default":
        case "prefault":
        case "catch":
        case "readonly":
        case "nonoptional":
        case "promise":
        case "success":
            check(def.innerType);
            break;
        case "pipe":
            check(def.in);
            check(def.out);
            break;
        case "function":
            check(def.input);
            check(def.output);
            break;
        // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
        case "lazy": {
            const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : undefined);
            // walked with resolution off: one hop sees past the deferral, and a lazy that yields only another unresolved lazy is generative, so it stops there
            merge(inner ? isRecursive(inner, stack, false) : ASSUMED);
            break;
        }
        // a leaf by choice: `parts` are regex fragments, not data positions
        case "template_literal":
        // leaves
        case "string":
        case "number":
        case "int":
        case "boolean":
        case "bigint":
        case "symbol":
        case "undefined":
        case "null":
        case "void":
        case "never":
        case "any":
        case "unknown":
        case "date":
        case "nan":
        case "enum":
        case "literal":
        case "file":
        case "transform":
        case "custom":
            break;
        default: {
            // a new built-in kind becomes a compile error here
            kind;
            // a user-defined kind can still hold children, and only its author knows where, so fall back to scanning the def — skipping accessors, since reading one can run user code
            for (const key in def) {
                const desc = Object.getOwnPropertyDescriptor(def, key);
                if (!desc || desc.get)
                    continue;
                const value = desc.value;
                if (!value || typeof value !== "object")
                    continue;
                if (value._zod)
                    check(value);
                else if (Array.isArray(value))
                    for (const el of value)
                        check(el);
            }
        }
    }
    stack.delete(inst);
    return settle(inst, result);
}
/** An assumed answer must not outlive the resolution that settles it, so only a certain one is cached. */
function settle(inst, answer) {
    if (answer !== ASSUMED)
        recursive.set(inst, answer === PROVEN);
    return answer;
}
/**
 * Whether one parse can re-enter this schema, i.e. its subtree contains a cycle.
 * Exported for `z.compile`, which refuses to compile such a schema: cycle
 * breaking is driven from here off state keyed on the parse context, and a
 * generated fast path has no context to key on.
 */
function isRecursiveSchema(inst) {
    // z.compile never parses, so nothing would ever resolve a lazy for it; it runs once and already treats a throw here as recursive
    return isRecursive(inst, new Set(), true) !== NONE;
}
function bucketFor(state, inst) {
    let bucket = state.buckets.get(inst);
    if (!bucket) {
        bucket = new WeakMap();
        state.buckets.set(inst, bucket);
    }
    return bucket;
}
// Set immediately before delegating to core and cleared immediately after, so `alloc` registers only for a visit this module is driving.
let handoff;
// Allocated but unfinished entries. `alloc` and the matching pop both happen in the synchronous part of a parse, so they nest even when children are async, and one stack serves every schema.
const memoizer_open = [];
const memo = {
    alloc(_inst, payload, empty) {
        const bucket = handoff;
        if (!bucket)
            return empty;
        handoff = undefined;
        const entry = { value: empty, issues: null };
        bucket.set(payload.value, entry);
        memoizer_open.push(entry);
        return empty;
    },
    guard(inst) {
        var _a;
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                // The value is a placeholder a back-edge is still waiting on, so the cycle closes through this transform. Its output can't exist in time to bind.
                if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
                    throw new $ZodCyclicError();
                return base(payload, ctx);
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
    attach(inst) {
        var _a;
        let isRecursiveInst;
        let rechecked = false;
        // a recursive schema is re-entered many times per parse and its bucket never changes
        let lastCtx;
        let lastBucket;
        // Wraps `parse` in a deferred so it sees the container's final parse. Core's own deferred copies `parse` into `run` when there are no checks, and it ran first, so `run` is patched to match; with checks, `run` reads `parse` dynamically.
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                if (isRecursiveInst === undefined) {
                    const walked = isRecursive(inst, new Set(), false);
                    if (walked === NONE) {
                        // Nothing here can ever fire, so take it back out.
                        inst._zod.parse = base;
                        if (inst._zod.run === wrapped)
                            inst._zod.run = base;
                        return base(payload, ctx);
                    }
                    // this parse resolves the deferred edges on its own path, so ask once more before latching
                    if (walked === PROVEN || rechecked)
                        isRecursiveInst = true;
                    else
                        rechecked = true;
                }
                const input = payload.value;
                if (!isRef(input))
                    return base(payload, ctx);
                let state = ctx[STATE];
                if (!state) {
                    state = { buckets: new WeakMap(), backEdges: undefined };
                    ctx[STATE] = state;
                }
                let bucket;
                if (lastCtx === ctx) {
                    bucket = lastBucket;
                }
                else {
                    bucket = bucketFor(state, inst);
                    lastCtx = ctx;
                    lastBucket = bucket;
                }
                const hit = bucket.get(input);
                if (hit) {
                    payload.value = hit.value;
                    if (hit.issues) {
                        if (hit.issues.length)
                            payload.issues.push(...cloneIssues(hit.issues));
                    }
                    else {
                        // Still being parsed: its own checks cover it, so skip them here.
                        payload.memo = true;
                        state.backEdges ?? (state.backEdges = new WeakSet());
                        state.backEdges.add(hit.value);
                    }
                    return payload;
                }
                handoff = bucket;
                const depth = memoizer_open.length;
                const result = base(payload, ctx);
                handoff = undefined;
                // A container that rejected its input outright allocated nothing.
                const entry = memoizer_open.length > depth ? memoizer_open.pop() : undefined;
                // Both paths written out so the sync one allocates no closure. It runs once per node, and capturing here cost more than everything else combined.
                if (result instanceof Promise) {
                    return result.then((r) => {
                        if (entry)
                            entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
                        return r;
                    });
                }
                if (entry)
                    entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
                return result;
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
};
/** The memoizer that gives containers cycle support. `zod` installs it by default; `zod/mini` opts in with `config({ memoizer: memoizer() })`. */
function memoizer() {
    return memo;
}
/** Whether this value is a node a back-edge resolved to before it finished. */
function isBackEdge(ctx, value) {
    const backEdges = ctx[STATE]?.backEdges;
    return backEdges !== undefined && isRef(value) && backEdges.has(value);
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/regexes.js

/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const cuid = /^[cC][0-9a-z]{6,}$/;
const cuid2 = /^[0-9a-z]+$/;
const ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
const xid = /^[0-9a-vA-V]{20}$/;
const ksuid = /^[A-Za-z0-9]{27}$/;
const nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
    return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
/** ISO 8601-1 duration regex. Does not support the 8601-2 extensions like negative durations or fractional/negative components. */
const duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
/** Implements ISO 8601-2 extensions like explicit +- prefixes, mixing weeks with other units, and fractional/negative components. */
const extendedDuration = /^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/;
/** A regex for any UUID-like identifier: 8-4-4-4-12 hex pattern */
const guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
/** Returns a regex for validating an RFC 9562/4122 UUID.
 *
 * @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */
const uuid = (version) => {
    if (!version)
        return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
    return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
const uuid4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(4)));
const uuid6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(6)));
const uuid7 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(7)));
/** Practical email validation */
const email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
/** Equivalent to the HTML5 input[type=email] validation implemented by browsers. Source: https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/email */
const html5Email = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
/** The classic emailregex.com regex for RFC 5322-compliant emails */
const rfc5322Email = /^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/;
/** A loose regex that allows Unicode characters, enforces length limits, and that's about it. */
const unicodeEmail = /^[^\s@"]{1,64}@[^\s@]{1,255}$/u;
const idnEmail = (/* unused pure expression or super */ null && (unicodeEmail));
const browserEmail = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
// from https://thekevinscott.com/emojis-in-javascript/#writing-a-regular-expression
// Single character class, not an alternation: the two properties overlap (U+1F9B0-U+1F9B3), so `(A|B)+` backtracks exponentially on a failed match. The leading lookahead then demands one anchor — a pictograph, a regional indicator, or the enclosing keycap — because `\p{Emoji_Component}` on its own covers ASCII digits, `#`, `*`, ZWJ, variation selectors and skin tone modifiers, none of which is an emoji without a base.
const _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
    return new RegExp(_emoji, "u");
}
const ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
const mac = (delimiter) => {
    const escapedDelim = util.escapeRegex(delimiter ?? ":");
    return new RegExp(`^(?:[0-9A-F]{2}${escapedDelim}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${escapedDelim}){5}[0-9a-f]{2}$`);
};
const cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
const cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
// https://stackoverflow.com/questions/7860392/determine-if-string-is-in-base64-using-javascript
const base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
const base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
// based on https://stackoverflow.com/questions/106179/regular-expression-to-match-dns-hostname-or-ip-address
// export const hostname: RegExp = /^([a-zA-Z0-9-]+\.)*[a-zA-Z0-9-]+$/;
const hostname = /^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/;
const domain = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;
const httpProtocol = /^https?$/;
// https://blog.stevenlevithan.com/archives/validate-phone-number#r4-3 (regex sans spaces) E.164: leading digit must be 1-9; total digits (excluding '+') between 7-15
const e164 = /^\+[1-9]\d{6,14}$/;
// Credit card shape: 12–19 digits, optionally separated by single spaces or single hyphens. ISO/IEC 7812 caps the PAN at 19 digits; 12 is the shortest issued length (Maestro).
const creditCard = /^\d(?:[ -]?\d){11,18}$/;
// ISO 4217 alpha codes from the SIX list, regenerated by scripts/update-iso-4217.ts
const currencyCode = /^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/;
// iban electronic format: 2-letter country, check digits 02-98 (the only values `98 - remainder` can produce), 11-30 bban characters
const iban = /^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/;
const dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
/** Anchors a pattern source. The interpolation lives here rather than at the call site because
 * esbuild will not drop a `@__PURE__` call whose own argument interpolates a variable, but it
 * will drop `anchor(dateSource)`. Keeping it inline pinned `date` into every bundle. */
function regexes_anchor(source) {
    return new RegExp(`^${source}$`);
}
const date = /*@__PURE__*/ regexes_anchor(dateSource);
function timeSource(args) {
    const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
    const regex = typeof args.precision === "number"
        ? args.precision === -1
            ? `${hhmm}`
            : args.precision === 0
                ? `${hhmm}:[0-5]\\d`
                : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}`
        : args.seconds
            ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?`
            : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
    return regex;
}
function time(args) {
    return new RegExp(`^${timeSource(args)}$`);
}
// Adapted from https://stackoverflow.com/a/3143231
function datetime(args) {
    const opts = ["Z"];
    // if (args.offset) opts.push(`([+-]\\d{2}:\\d{2})`);
    if (args.offset)
        opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
    // RFC 3339 mandates seconds wherever the time carries a `Z` or an offset, so only the unqualified form `local` adds may omit them
    const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
    const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
    return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
// the unbounded form of `string()` as a literal, so every plain string shares one instance instead of building its own
const anyString = /^[\s\S]{0,}$/;
const string = (params) => {
    const regex = params ? `[\\s\\S]{${params?.minimum ?? 0},${params?.maximum ?? ""}}` : `[\\s\\S]*`;
    return new RegExp(`^${regex}$`);
};
const bigint = /^-?\d+n?$/;
const integer = /^-?\d+$/;
const number = /^-?\d+(?:\.\d+)?$/;
const regexes_boolean = /^(?:true|false)$/i;
const _null = /^null$/i;

const _undefined = /^undefined$/i;

// regex for string with no uppercase letters
const lowercase = /^[^A-Z]*$/;
// regex for string with no lowercase letters
const uppercase = /^[^a-z]*$/;
// regex for hexadecimal strings (any length)
const hex = /^[0-9a-fA-F]*$/;
// Hash regexes for different algorithms and encodings
// Helper function to create base64 regex with exact length and padding
function fixedBase64(bodyLength, padding) {
    return new RegExp(`^[A-Za-z0-9+/]{${bodyLength}}${padding}$`);
}
// Helper function to create base64url regex with exact length (no padding)
function fixedBase64url(length) {
    return new RegExp(`^[A-Za-z0-9_-]{${length}}$`);
}
// MD5 (16 bytes): base64 = 24 chars total (22 + "==")
const md5_hex = /^[0-9a-fA-F]{32}$/;
const md5_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(22, "==")));
const md5_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(22)));
// SHA1 (20 bytes): base64 = 28 chars total (27 + "=")
const sha1_hex = /^[0-9a-fA-F]{40}$/;
const sha1_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(27, "=")));
const sha1_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(27)));
// SHA256 (32 bytes): base64 = 44 chars total (43 + "=")
const sha256_hex = /^[0-9a-fA-F]{64}$/;
const sha256_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(43, "=")));
const sha256_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(43)));
// SHA384 (48 bytes): base64 = 64 chars total (no padding)
const sha384_hex = /^[0-9a-fA-F]{96}$/;
const sha384_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(64, "")));
const sha384_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(64)));
// SHA512 (64 bytes): base64 = 88 chars total (86 + "==")
const sha512_hex = /^[0-9a-fA-F]{128}$/;
const sha512_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(86, "==")));
const sha512_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(86)));

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/checks.js
// import { $ZodType } from "./schemas.js";



const $ZodCheck = /*@__PURE__*/ $constructor("$ZodCheck", (inst, def) => {
    var _a;
    inst._zod ?? (inst._zod = {});
    inst._zod.def = def;
    (_a = inst._zod).onattach ?? (_a.onattach = []);
});
/** Default `when` for size-based checks: run only on non-nullish values with a `size`. */
const _whenHasSize = (payload) => {
    const val = payload.value;
    return !util.nullish(val) && val.size !== undefined;
};
/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
const _whenHasLength = (payload) => {
    const val = payload.value;
    return !nullish(val) && val.length !== undefined;
};
const numericOriginMap = {
    number: "number",
    bigint: "bigint",
    object: "date",
};
const $ZodCheckLessThan = /*@__PURE__*/ $constructor("$ZodCheckLessThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_big",
            maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckGreaterThan = /*@__PURE__*/ $constructor("$ZodCheckGreaterThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_small",
            minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMultipleOf = 
/*@__PURE__*/ $constructor("$ZodCheckMultipleOf", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        if (typeof payload.value !== typeof def.value)
            throw new Error("Cannot mix number and bigint in multiple_of check.");
        const isMultiple = typeof payload.value === "bigint"
            ? // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
                def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
            : floatSafeRemainder(payload.value, def.value) === 0;
        if (isMultiple)
            return;
        payload.issues.push({
            origin: typeof payload.value,
            code: "not_multiple_of",
            divisor: def.value,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckNumberFormat = /*@__PURE__*/ $constructor("$ZodCheckNumberFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    def.format = def.format || "float64";
    const isInt = def.format?.includes("int");
    const origin = isInt ? "int" : "number";
    const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
            if (!Number.isInteger(input)) {
                // invalid_format issue
                // payload.issues.push({
                //   expected: def.format,
                //   format: def.format,
                //   code: "invalid_format",
                //   input,
                //   inst,
                // });
                // invalid_type issue
                payload.issues.push({
                    expected: origin,
                    format: def.format,
                    code: "invalid_type",
                    continue: false,
                    input,
                    inst,
                });
                return;
                // not_multiple_of issue
                // payload.issues.push({
                //   code: "not_multiple_of",
                //   origin: "number",
                //   input,
                //   inst,
                //   divisor: 1,
                // });
            }
            if (!Number.isSafeInteger(input)) {
                if (input > 0) {
                    // too_big
                    payload.issues.push({
                        input,
                        code: "too_big",
                        maximum: Number.MAX_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                else {
                    // too_small
                    payload.issues.push({
                        input,
                        code: "too_small",
                        minimum: Number.MIN_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                return;
            }
        }
        if (input < minimum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_small",
                minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodCheckBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckBigIntFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    const [minimum, maximum] = util.BIGINT_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (input < minimum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_small",
                minimum: minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
})));
const $ZodCheckMaxSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMaxSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size <= def.maximum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMinSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMinSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size >= def.minimum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckSizeEquals = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckSizeEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size === def.size)
            return;
        const tooBig = size > def.size;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            ...(tooBig ? { code: "too_big", maximum: def.size } : { code: "too_small", minimum: def.size }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMaxLength = /*@__PURE__*/ $constructor("$ZodCheckMaxLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // Strings are measured in Unicode code points, not UTF-16 units. A code point is at most two units, so a string that already fits in units fits in code points; only an overflow has to be counted.
        const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
        if (length <= def.maximum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMinLength = /*@__PURE__*/ $constructor("$ZodCheckMinLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so fewer units than the floor can never reach it and twice the floor always clears it. Only in between is the exact count in doubt.
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2
            ? codePointLength(input)
            : units;
        if (length >= def.minimum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLengthEquals = /*@__PURE__*/ $constructor("$ZodCheckLengthEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so outside `[length, length * 2]` units the target is missed either way — and missed in the same direction in both measures.
        const length = typeof input === "string" && units >= def.length && units <= def.length * 2
            ? codePointLength(input)
            : units;
        if (length === def.length)
            return;
        const origin = getLengthableOrigin(input);
        const tooBig = length > def.length;
        payload.issues.push({
            origin,
            ...(tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStringFormat = /*@__PURE__*/ $constructor("$ZodCheckStringFormat", (inst, def) => {
    var _a, _b;
    $ZodCheck.init(inst, def);
    if (def.pattern)
        (_a = inst._zod).check ?? (_a.check = (payload) => {
            def.pattern.lastIndex = 0;
            if (def.pattern.test(payload.value))
                return;
            payload.issues.push({
                origin: "string",
                code: "invalid_format",
                format: def.format,
                input: payload.value,
                ...(def.pattern ? { pattern: def.pattern.toString() } : {}),
                inst,
                continue: !def.abort,
            });
        });
    else
        (_b = inst._zod).check ?? (_b.check = () => { });
});
const $ZodCheckRegex = /*@__PURE__*/ $constructor("$ZodCheckRegex", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "regex",
            input: payload.value,
            pattern: def.pattern.toString(),
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLowerCase = /*@__PURE__*/ $constructor("$ZodCheckLowerCase", (inst, def) => {
    def.pattern ?? (def.pattern = lowercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckUpperCase = /*@__PURE__*/ $constructor("$ZodCheckUpperCase", (inst, def) => {
    def.pattern ?? (def.pattern = uppercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckIncludes = /*@__PURE__*/ $constructor("$ZodCheckIncludes", (inst, def) => {
    $ZodCheck.init(inst, def);
    const escapedRegex = escapeRegex(def.includes);
    // `String.prototype.includes(sub, position)` matches `sub` at `position`
    // OR LATER, so the pattern must allow at least `position` leading chars
    // (`{N,}`), not exactly `position` chars (`{N}`).
    const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
    def.pattern = pattern;
    inst._zod.check = (payload) => {
        if (payload.value.includes(def.includes, def.position))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "includes",
            includes: def.includes,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStartsWith = /*@__PURE__*/ $constructor("$ZodCheckStartsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.startsWith(def.prefix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "starts_with",
            prefix: def.prefix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckEndsWith = /*@__PURE__*/ $constructor("$ZodCheckEndsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.endsWith(def.suffix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "ends_with",
            suffix: def.suffix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
///////////////////////////////////
/////    $ZodCheckProperty    /////
///////////////////////////////////
function handleCheckPropertyResult(result, payload, property) {
    if (result.issues.length) {
        payload.issues.push(...prefixIssues(property, result.issues));
    }
}
const $ZodCheckProperty = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckProperty", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        const result = def.schema._zod.run({
            value: payload.value[def.property],
            issues: [],
        }, {});
        if (result instanceof Promise) {
            return result.then((result) => handleCheckPropertyResult(result, payload, def.property));
        }
        handleCheckPropertyResult(result, payload, def.property);
        return;
    };
})));
const $ZodCheckProperties = /*@__PURE__*/ $constructor("$ZodCheckProperties", (inst, def) => {
    $ZodCheck.init(inst, def);
    hide(inst, Symbol.iterator, function* () {
        yield inst;
    });
    // key and schema snapshotted together: reading one live and the other cached lets a later mutation of the caller's shape object pair a stale key with a missing schema
    let entries;
    inst._zod.check = (payload) => {
        // the base schema already typed the value, so only a nullish one is rejected here: the properties read on a primitive too, matching z.property() on a string's length
        if (payload.value == null) {
            payload.issues.push({ expected: "object", code: "invalid_type", input: payload.value, inst });
            return undefined;
        }
        entries ?? (entries = Reflect.ownKeys(def.shape).map((key) => [key, def.shape[key]]));
        const input = payload.value;
        let proms;
        for (const [key, schema] of entries) {
            const result = schema._zod.run({ value: input[key], issues: [] }, {});
            if (result instanceof Promise) {
                proms ?? (proms = []);
                proms.push(result.then((result) => handleCheckPropertyResult(result, payload, key)));
            }
            else {
                handleCheckPropertyResult(result, payload, key);
            }
        }
        if (proms)
            return Promise.all(proms).then(() => undefined);
        return undefined;
    };
});
const $ZodCheckMimeType = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMimeType", (inst, def) => {
    $ZodCheck.init(inst, def);
    const mimeSet = new Set(def.mime);
    inst._zod.check = (payload) => {
        if (mimeSet.has(payload.value.type))
            return;
        payload.issues.push({
            code: "invalid_value",
            values: def.mime,
            input: payload.value.type,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckOverwrite = /*@__PURE__*/ $constructor("$ZodCheckOverwrite", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        payload.value = def.tx(payload.value);
    };
});

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/doc.js
class Doc {
    constructor(args = [], closed = {}) {
        this.content = [];
        this.indent = 0;
        this.args = args;
        this.closed = closed;
    }
    // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
    indented(fn) {
        this.indent += 1;
        try {
            fn(this);
        }
        finally {
            this.indent -= 1;
        }
    }
    write(arg) {
        if (typeof arg === "function") {
            arg(this, { execution: "sync" });
            arg(this, { execution: "async" });
            return;
        }
        const content = arg;
        const lines = content.split("\n").filter((x) => x);
        const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
        const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
        for (const line of dedented) {
            this.content.push(line);
        }
    }
    compile() {
        const F = Function;
        const content = this?.content ?? [``];
        const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${content.join("\n")}\n};`);
        return factory(...Object.values(this.closed));
    }
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/versions.js
const version = {
    major: 4,
    minor: 6,
    patch: 7,
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/schemas.js







const $ZodType = /*@__PURE__*/ $constructor("$ZodType", (inst, def) => {
    var _a;
    inst ?? (inst = {});
    inst._zod.def = def; // set _def property
    inst._zod.bag = inst._zod.bag || {}; // initialize _bag object
    inst._zod.version = version;
    const defChecks = inst._zod.def.checks;
    // if inst is itself a checks.$ZodCheck, run it as a check
    const checks = inst._zod.traits.has("$ZodCheck")
        ? [inst, ...(defChecks ?? [])]
        : defChecks?.length
            ? [...defChecks]
            : [];
    for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
            fn(inst);
        }
    }
    if (checks.length === 0) {
        // deferred initializer inst._zod.parse is not yet defined
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred?.push(() => {
            inst._zod.run = inst._zod.parse;
        });
    }
    else {
        const runChecks = (payload, checks, ctx) => {
            if (payload.memo)
                return payload;
            let isAborted = aborted(payload);
            let asyncResult;
            for (const ch of checks) {
                if (ch._zod.def.when) {
                    if (explicitlyAborted(payload))
                        continue;
                    const shouldRun = ch._zod.def.when(payload);
                    if (!shouldRun)
                        continue;
                }
                else if (isAborted) {
                    continue;
                }
                const currLen = payload.issues.length;
                const _ = ch._zod.check(payload);
                if (_ instanceof Promise && ctx?.async === false) {
                    throw new $ZodAsyncError();
                }
                if (asyncResult || _ instanceof Promise) {
                    asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                        await _;
                        const nextLen = payload.issues.length;
                        if (nextLen === currLen)
                            return;
                        attachSchema(payload.issues, currLen, inst);
                        if (!isAborted)
                            isAborted = aborted(payload, currLen);
                    });
                }
                else {
                    const nextLen = payload.issues.length;
                    if (nextLen === currLen)
                        continue;
                    attachSchema(payload.issues, currLen, inst);
                    if (!isAborted)
                        isAborted = aborted(payload, currLen);
                }
            }
            if (asyncResult) {
                return asyncResult.then(() => {
                    return payload;
                });
            }
            return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
            // abort if the canary is aborted
            if (aborted(canary)) {
                canary.aborted = true;
                return canary;
            }
            // run checks first, then
            const checkResult = runChecks(payload, checks, ctx);
            if (checkResult instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
            }
            return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
            if (ctx.skipChecks) {
                return inst._zod.parse(payload, ctx);
            }
            if (ctx.direction === "backward") {
                // run canary initial pass (no checks)
                const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
                if (canary instanceof Promise) {
                    return canary.then((canary) => {
                        return handleCanaryResult(canary, payload, ctx);
                    });
                }
                return handleCanaryResult(canary, payload, ctx);
            }
            // forward
            const result = inst._zod.parse(payload, ctx);
            if (result instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return result.then((result) => runChecks(result, checks, ctx));
            }
            return runChecks(result, checks, ctx);
        };
    }
}, {
    // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
    get "~standard"() {
        return hide(this, "~standard", standardProps(this));
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
});
/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
// a Standard Schema result only reports issues, so a failure finalizes them straight off the raw payload: no ZodError, and no lazy result to read through
const toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
    const ctx = { async: true };
    return toStandardResult((await inst._zod.run({ value, issues: [] }, ctx)), ctx);
}
function standardProps(inst) {
    return {
        validate: (value) => {
            const ctx = { async: false };
            try {
                const r = inst._zod.run({ value, issues: [] }, ctx);
                if (!(r instanceof Promise))
                    return toStandardResult(r, ctx);
            }
            catch (_) { }
            // async function so a synchronously throwing check rejects instead of escaping validate
            return validateAsync(inst, value);
        },
        vendor: "zod",
        version: 1,
    };
}

const $ZodString = /*@__PURE__*/ $constructor("$ZodString", (inst, def) => {
    $ZodType.init(inst, def);
    // a format's own pattern, else unbounded; a template literal derives the check-aware form itself
    inst._zod.pattern = def.pattern ?? anyString;
    inst._zod.parse = (payload, _) => {
        if (def.coerce)
            try {
                payload.value = String(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "string")
            return payload;
        payload.issues.push({
            expected: "string",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodStringFormat = /*@__PURE__*/ $constructor("$ZodStringFormat", (inst, def) => {
    // check initialization must come first
    $ZodCheckStringFormat.init(inst, def);
    $ZodString.init(inst, def);
});
const $ZodGUID = /*@__PURE__*/ $constructor("$ZodGUID", (inst, def) => {
    def.pattern ?? (def.pattern = guid);
    $ZodStringFormat.init(inst, def);
});
const $ZodUUID = /*@__PURE__*/ $constructor("$ZodUUID", (inst, def) => {
    if (def.version) {
        const versionMap = {
            v1: 1,
            v2: 2,
            v3: 3,
            v4: 4,
            v5: 5,
            v6: 6,
            v7: 7,
            v8: 8,
        };
        const v = versionMap[def.version];
        if (v === undefined)
            throw new Error(`Invalid UUID version: "${def.version}"`);
        def.pattern ?? (def.pattern = uuid(v));
    }
    else
        def.pattern ?? (def.pattern = uuid());
    $ZodStringFormat.init(inst, def);
});
const $ZodEmail = /*@__PURE__*/ $constructor("$ZodEmail", (inst, def) => {
    def.pattern ?? (def.pattern = email);
    $ZodStringFormat.init(inst, def);
});
/** The `://` guard rejected the input before the URL constructor saw it. */
const URL_BAD_FORMAT = 1;
/** The URL parser rejected the input. */
const URL_UNPARSEABLE = 2;
function canParseURL(input) {
    try {
        if (typeof URL !== "undefined" && typeof URL.canParse === "function")
            return URL.canParse(input);
        new URL(input);
        return true;
    }
    catch {
        return false;
    }
}
function validateURL(trimmed, def) {
    if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
        return canParseURL(trimmed) || URL_UNPARSEABLE;
    }
    return parseURLObject(trimmed, def);
}
/** Parses a URL while preserving the non-normalizing HTTP guard. */
function parseURLObject(trimmed, def) {
    // When normalize is off, require :// for http/https URLs. This prevents strings like "http:example.com" or "https:/path" from being silently accepted
    if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
        return URL_BAD_FORMAT;
    }
    try {
        if (typeof URL !== "undefined") {
            const URLStatic = URL;
            if (typeof URLStatic.parse === "function")
                return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
        }
        // @ts-ignore
        return new URL(trimmed);
    }
    catch {
        return URL_UNPARSEABLE;
    }
}
const asciiTabOrNewline = /[\t\n\r]/g;
/** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */
function stripTabAndNewline(value) {
    return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
    hostname.lastIndex = 0;
    return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
    protocol.lastIndex = 0;
    return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
const $ZodURL = /*@__PURE__*/ $constructor("$ZodURL", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        try {
            // Trim whitespace from input
            const trimmed = payload.value.trim();
            const url = validateURL(trimmed, def);
            if (url === URL_BAD_FORMAT) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid URL format",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === URL_UNPARSEABLE) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === true) {
                payload.value = stripTabAndNewline(trimmed);
                return;
            }
            if (def.hostname && !urlHostnameOk(url, def.hostname)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid hostname",
                    pattern: def.hostname.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            if (def.protocol && !urlProtocolOk(url, def.protocol)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid protocol",
                    pattern: def.protocol.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            // Set the output value based on normalize flag
            payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
            return;
        }
        catch (_) {
            payload.issues.push({
                code: "invalid_format",
                format: "url",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodEmoji = /*@__PURE__*/ $constructor("$ZodEmoji", (inst, def) => {
    def.pattern ?? (def.pattern = emoji());
    $ZodStringFormat.init(inst, def);
});
const $ZodNanoID = /*@__PURE__*/ $constructor("$ZodNanoID", (inst, def) => {
    if (def.length !== undefined && (!Number.isInteger(def.length) || def.length < 1))
        throw new Error(`Invalid nanoid length: ${def.length}`);
    def.pattern ?? (def.pattern = def.length === undefined ? nanoid : nanoidOfLength(def.length));
    $ZodStringFormat.init(inst, def);
});
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const $ZodCUID = /*@__PURE__*/ $constructor("$ZodCUID", (inst, def) => {
    def.pattern ?? (def.pattern = cuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodCUID2 = /*@__PURE__*/ $constructor("$ZodCUID2", (inst, def) => {
    def.pattern ?? (def.pattern = cuid2);
    $ZodStringFormat.init(inst, def);
});
const $ZodULID = /*@__PURE__*/ $constructor("$ZodULID", (inst, def) => {
    def.pattern ?? (def.pattern = ulid);
    $ZodStringFormat.init(inst, def);
});
const $ZodXID = /*@__PURE__*/ $constructor("$ZodXID", (inst, def) => {
    def.pattern ?? (def.pattern = xid);
    $ZodStringFormat.init(inst, def);
});
const $ZodKSUID = /*@__PURE__*/ $constructor("$ZodKSUID", (inst, def) => {
    def.pattern ?? (def.pattern = ksuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodISODateTime = /*@__PURE__*/ $constructor("$ZodISODateTime", (inst, def) => {
    def.pattern ?? (def.pattern = datetime(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODate = /*@__PURE__*/ $constructor("$ZodISODate", (inst, def) => {
    def.pattern ?? (def.pattern = date);
    $ZodStringFormat.init(inst, def);
});
const $ZodISOTime = /*@__PURE__*/ $constructor("$ZodISOTime", (inst, def) => {
    def.pattern ?? (def.pattern = time(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODuration = /*@__PURE__*/ $constructor("$ZodISODuration", (inst, def) => {
    def.pattern ?? (def.pattern = duration);
    $ZodStringFormat.init(inst, def);
});
const $ZodIPv4 = /*@__PURE__*/ $constructor("$ZodIPv4", (inst, def) => {
    def.pattern ?? (def.pattern = ipv4);
    $ZodStringFormat.init(inst, def);
});
/** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */
const ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
    if (!ipv6Alphabet.test(value))
        return false;
    return canParseURL(`http://[${value}]`);
}
const $ZodIPv6 = /*@__PURE__*/ $constructor("$ZodIPv6", (inst, def) => {
    def.pattern ?? (def.pattern = ipv6);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidIPv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "ipv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMAC", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.mac(def.delimiter));
    $ZodStringFormat.init(inst, def);
})));
const $ZodCIDRv4 = /*@__PURE__*/ $constructor("$ZodCIDRv4", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv4);
    $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
    const parts = value.split("/");
    if (parts.length !== 2)
        return false;
    const [address, prefix] = parts;
    if (!prefix)
        return false;
    const prefixNum = Number(prefix);
    if (`${prefixNum}` !== prefix)
        return false;
    if (prefixNum < 0 || prefixNum > 128)
        return false;
    return isValidIPv6(address);
}
const $ZodCIDRv6 = /*@__PURE__*/ $constructor("$ZodCIDRv6", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv6); // not used for validation
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidCIDRv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "cidrv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
//////////////////////////////   ZodBase64   //////////////////////////////
function isValidBase64(data) {
    if (data === "")
        return true;
    // atob ignores whitespace, so reject it up front.
    if (/\s/.test(data))
        return false;
    if (data.length % 4 !== 0)
        return false;
    try {
        // @ts-ignore
        atob(data);
        return true;
    }
    catch {
        return false;
    }
}
// lax on purpose: the quantified regexes.base64 overflows the regex stack on multi-MB input and its leading ^$| alternation leaks through template-literal composition; isValidBase64 enforces length and padding
const base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
const $ZodBase64 = /*@__PURE__*/ $constructor("$ZodBase64", (inst, def) => {
    def.pattern ?? (def.pattern = base64Charset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
//////////////////////////////   ZodBase64URL   //////////////////////////////
// lax on purpose: the quantified regexes.base64url overflows the regex stack on multi-MB input; isValidBase64 enforces length on the padded string
const base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
    if (!base64urlCharset.test(data))
        return false;
    const base64 = data.replace(/[-_]/g, (c) => (c === "-" ? "+" : "/"));
    const padded = base64.padEnd(Math.ceil(base64.length / 4) * 4, "=");
    return isValidBase64(padded);
}
const $ZodBase64URL = /*@__PURE__*/ $constructor("$ZodBase64URL", (inst, def) => {
    def.pattern ?? (def.pattern = base64urlCharset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64URL(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64url",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodE164 = /*@__PURE__*/ $constructor("$ZodE164", (inst, def) => {
    def.pattern ?? (def.pattern = e164);
    $ZodStringFormat.init(inst, def);
});
//////////////////////////////   ZodCreditCard   //////////////////////////////
const CC_SANITIZE = /[- ]/g;
/** Luhn checksum on a digit-only string. Adapted from valibot (MIT). */
function isLuhnAlgo(digits) {
    let length = digits.length;
    let bit = 1;
    let sum = 0;
    while (length) {
        const value = digits.charCodeAt(--length) - 48;
        bit ^= 1;
        sum += bit ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][value] : value;
    }
    return sum % 10 === 0;
}
function isValidCreditCard(input) {
    if (!regexes.creditCard.test(input))
        return false;
    return isLuhnAlgo(input.replace(CC_SANITIZE, ""));
}
const $ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCreditCard", (inst, def) => {
    // Shape only — the Luhn check below is not expressible as a pattern, so consumers of `pattern` (JSON Schema, template literals) get the length and separator rules alone.
    def.pattern ?? (def.pattern = regexes.creditCard);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidCreditCard(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "credit_card",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodIBAN   //////////////////////////////
// iso 7064 mod 97-10 checksum without BigInt
function isIso7064Mod97(iban) {
    let remainder = 0;
    const len = iban.length;
    for (let i = 4; i < len; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    for (let i = 0; i < 4; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    return remainder === 1;
}
function isValidIBAN(input) {
    if (!regexes.iban.test(input))
        return false;
    return isIso7064Mod97(input);
}
const $ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodIBAN", (inst, def) => {
    // shape only — checksum is not expressible as a pattern
    def.pattern ?? (def.pattern = regexes.iban);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidIBAN(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "iban",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodJWT   //////////////////////////////
function isValidJWT(token, algorithm = null) {
    try {
        const tokensParts = token.split(".");
        if (tokensParts.length !== 3)
            return false;
        const [header] = tokensParts;
        if (!header)
            return false;
        // @ts-ignore
        const parsedHeader = JSON.parse(atob(header));
        if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
            return false;
        if (!parsedHeader.alg)
            return false;
        if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
            return false;
        return true;
    }
    catch {
        return false;
    }
}
const $ZodJWT = /*@__PURE__*/ $constructor("$ZodJWT", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidJWT(payload.value, def.alg))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "jwt",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCustomStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (def.fn(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: def.format,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodNumber = /*@__PURE__*/ $constructor("$ZodNumber", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = number;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Number(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
            return payload;
        }
        const received = typeof input === "number"
            ? Number.isNaN(input)
                ? "NaN"
                : !Number.isFinite(input)
                    ? String(input)
                    : undefined
            : undefined;
        payload.issues.push({
            expected: "number",
            code: "invalid_type",
            input,
            inst,
            ...(received ? { received } : {}),
        });
        return payload;
    };
});
const $ZodNumberFormat = /*@__PURE__*/ $constructor("$ZodNumberFormat", (inst, def) => {
    $ZodCheckNumberFormat.init(inst, def);
    $ZodNumber.init(inst, def); // no format checks
});
const $ZodBoolean = /*@__PURE__*/ $constructor("$ZodBoolean", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes_boolean;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Boolean(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "boolean")
            return payload;
        payload.issues.push({
            expected: "boolean",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
});
const $ZodBigInt = /*@__PURE__*/ $constructor("$ZodBigInt", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = bigint;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = BigInt(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "bigint")
            return payload;
        payload.issues.push({
            expected: "bigint",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodBigIntFormat", (inst, def) => {
    checks.$ZodCheckBigIntFormat.init(inst, def);
    $ZodBigInt.init(inst, def); // no format checks
})));
const $ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSymbol", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "symbol")
            return payload;
        payload.issues.push({
            expected: "symbol",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodUndefined", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.undefined;
    inst._zod.values = new Set([undefined]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "undefined",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodNull = /*@__PURE__*/ $constructor("$ZodNull", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = _null;
    inst._zod.values = new Set([null]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (input === null)
            return payload;
        payload.issues.push({
            expected: "null",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
});
const $ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodAny", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
})));
const $ZodUnknown = /*@__PURE__*/ $constructor("$ZodUnknown", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
});
const $ZodNever = /*@__PURE__*/ $constructor("$ZodNever", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
            expected: "never",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodVoid", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "void",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodDate = /*@__PURE__*/ $constructor("$ZodDate", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce) {
            try {
                payload.value = new Date(payload.value);
            }
            catch (_err) { }
        }
        const input = payload.value;
        const isDate = input instanceof Date;
        const isValidDate = isDate && !Number.isNaN(input.getTime());
        if (isValidDate)
            return payload;
        payload.issues.push({
            expected: "date",
            code: "invalid_type",
            input,
            ...(isDate ? { received: "Invalid Date" } : {}),
            inst,
        });
        return payload;
    };
});
// an oversized container fails its leading size checks before any element is parsed
function capSize(inst, size) {
    const caps = sizeCaps(inst._zod.def.checks);
    if (!caps.length)
        return;
    const cap = Math.min(...caps.map((c) => c[0]));
    const parse = inst._zod.parse;
    inst._zod.parse = (payload, ctx) => {
        const n = size(payload.value);
        if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
            for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
                if (n > max && ch._zod.def.when(payload)) {
                    const start = payload.issues.length;
                    ch._zod.check(payload);
                    // the value is still the raw input, so no later check may read it
                    payload.issues[start].continue = false;
                    attachSchema(payload.issues, start, inst);
                    return payload;
                }
            }
        }
        return parse(payload, ctx);
    };
}
const arraySize = (input) => (Array.isArray(input) ? input.length : -1);
const mapSize = (input) => (input instanceof Map ? input.size : -1);
const setSize = (input) => (input instanceof Set ? input.size : -1);
function handleArrayResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
const $ZodArray = /*@__PURE__*/ $constructor("$ZodArray", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                expected: "array",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
            const item = input[i];
            const result = def.element._zod.run({
                value: item,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleArrayResult(result, payload, i)));
            }
            else {
                handleArrayResult(result, payload, i);
                // the element's payload is authoritative here, since handleArrayResult forwards every issue; an object's is not, because it drops a failed absent optional
                if (abortEarly && result.issues.length !== 0 && aborted(result))
                    break;
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload; //handleArrayResultsAsync(parseResults, final);
    };
    capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
    const isPresent = key in input;
    const isOptionalOut = optout === "optional";
    // The middle rung means "absence permitted, nothing supplied in its place", so an absent key contributes nothing — whatever the schema made of `undefined` is invented, not substituted. Only `optional` reaches this with a value: `defaulted` substitutes, and a schema that isn't optional-out has to keep the key.
    if (!isPresent && isOptionalOut && optin === "optional") {
        return;
    }
    if (result.issues.length) {
        // For optional-in/out schemas, ignore errors on absent keys.
        if (optin !== undefined && isOptionalOut && !isPresent) {
            return;
        }
        final.issues.push(...prefixIssues(key, result.issues));
    }
    if (!isPresent && optin === undefined) {
        if (!result.issues.length) {
            final.issues.push({
                code: "invalid_type",
                expected: "nonoptional",
                input: undefined,
                path: [key],
            });
        }
        return;
    }
    if (result.value === undefined) {
        if (isPresent || (optin === "defaulted" && !isOptionalOut)) {
            final.value[key] = undefined;
        }
    }
    else {
        final.value[key] = result.value;
    }
}
// one shared instance; a fresh [] per schema cost 56 bytes retained
const NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
    const keys = Object.keys(def.shape);
    const ownSymbols = Object.getOwnPropertySymbols(def.shape);
    const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
    // aliases `keys` when there are no symbols, so a string-only shape keeps one array
    const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
    for (const k of allKeys) {
        if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
            throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
        }
    }
    const okeys = optionalKeys(def.shape);
    return {
        ...def,
        allKeys,
        symbolKeys,
        // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
        keySet: new Set(keys),
        numKeys: keys.length,
        optionalKeys: new Set(okeys),
    };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
    const unrecognized = [];
    const keySet = def.keySet;
    const _catchall = def.catchall._zod;
    const t = _catchall.def.type;
    const optin = _catchall.optin;
    const optout = _catchall.optout;
    // starts at 0, not the current length: the shape phase already ran and may have aborted
    let seen = 0;
    for (const key in input) {
        if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen))
                break;
            seen = payload.issues.length;
        }
        // Must precede the __proto__ branch: a declared key is not unrecognized, even though the shape loop deliberately strips __proto__ from the parsed output.
        if (keySet.has(key))
            continue;
        // Don't copy an undeclared __proto__ into the result; assignment to a plain {} would replace the result prototype. But in strict mode it is still an unknown key, so report it before skipping.
        if (key === "__proto__") {
            if (t === "never")
                unrecognized.push(key);
            continue;
        }
        if (t === "never") {
            unrecognized.push(key);
            continue;
        }
        const r = _catchall.run({ value: input[key], issues: [] }, ctx);
        if (r instanceof Promise) {
            proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
        }
        else {
            handlePropertyResult(r, payload, key, input, optin, optout);
        }
    }
    if (unrecognized.length) {
        payload.issues.push({
            code: "unrecognized_keys",
            keys: unrecognized,
            input,
            inst,
            // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
            continue: true,
        });
    }
    if (!proms.length)
        return payload;
    return Promise.all(proms).then(() => {
        return payload;
    });
}
const $ZodObject = /*@__PURE__*/ $constructor("$ZodObject", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodType.init(inst, def);
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    // a cloned def carries its source's accessor, which knows the shape it answers from; adopting that keeps the clone's keys readable without running it
    const sh = desc?.get ? desc.get.raw : (def.shape ?? {});
    if (sh) {
        // Freezes the shape on first read, so its getters resolve once and every later read sees the same schemas.
        const get = () => {
            const newSh = { ...sh };
            Object.defineProperty(def, "shape", { value: newSh });
            get.raw = newSh;
            return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
    }
    const _normalized = cached(() => normalizeDef(def));
    defineLazyInternal(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
            const field = shape[key]._zod;
            if (field.values) {
                if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
                    util_assignProp(propValues, key, new Set());
                }
                for (const v of field.values)
                    propValues[key].add(v);
                // An omittable slot reads back as undefined at a discriminator lookup, so it has to claim undefined: two options that can both omit the key are not discriminable on it.
                if (field.optin !== undefined)
                    propValues[key].add(undefined);
            }
        }
        return propValues;
    });
    const isObject = util_isObject;
    const catchall = def.catchall;
    let value;
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
            if (abortEarly && payload.issues.length !== seen) {
                if (aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            if (key === "__proto__")
                continue;
            const el = shape[key];
            const optin = el._zod.optin;
            const optout = el._zod.optout;
            const r = el._zod.run({ value: input[key], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
            }
            else {
                handlePropertyResult(r, payload, key, input, optin, optout);
            }
        }
        if (!catchall) {
            return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
    };
});
const $ZodObjectJIT = /*@__PURE__*/ $constructor("$ZodObjectJIT", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodObject.init(inst, def);
    const superParse = inst._zod.parse;
    const _normalized = cached(() => normalizeDef(def));
    const memo = globalConfig.memoizer;
    const generateFastpass = (shape) => {
        const normalized = _normalized.value;
        const syms = normalized.symbolKeys;
        // a symbol has no source literal, so it is read as `syms[i]` off the closed-over scope
        const doc = new Doc(["payload", "ctx"], { shape, inst, memo, syms });
        const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
        // prefixes in place, like util.prefixIssues. newResult must land before the early return: a catchall runs after this and would otherwise write onto the caller's input
        const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        doc.write(`const input = payload.value;`);
        const ids = Object.create(null);
        let counter = 0;
        for (const key of normalized.allKeys) {
            ids[key] = `key_${counter++}`;
        }
        // A: preserve key order {
        doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
        for (const key of normalized.allKeys) {
            if (key === "__proto__")
                continue;
            const id = ids[key];
            const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
            const isPresent = `${k} in input`;
            const schema = shape[key];
            const optin = schema?._zod?.optin;
            const isOptionalIn = optin !== undefined;
            const isOptionalOut = schema?._zod?.optout === "optional";
            doc.write(`const ${id} = ${parseStr(k)};`);
            if (isOptionalIn && isOptionalOut) {
                // For optional-in/out schemas, ignore errors on absent keys — and, like the interpreted path, drop the value produced alongside them. The middle rung goes further: it permits absence without supplying anything in its place, so an absent key contributes nothing at all.
                const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
                doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
            }
            else if (!isOptionalIn) {
                doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
            }
            else {
                doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
                if (optin === "defaulted") {
                    doc.write(`newResult[${k}] = ${id}.value;`);
                }
                else {
                    doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
                }
            }
        }
        doc.write(`payload.value = newResult;`);
        doc.write(`return payload;`);
        // closing `shape` in is what pays: turbofan specializes the parser against that one shape object, so every `shape[k]._zod.run` folds to a known callee. as a parameter it stays a generic load and measures 13% slower even with the forwarding frame gone
        return doc.compile();
    };
    let fastpass;
    const isObject = util_isObject;
    const jit = !globalConfig.jitless;
    const allowsEval = util_allowsEval;
    const fastEnabled = jit && allowsEval.value; // && !def.catchall;
    const catchall = def.catchall;
    let value;
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
            // always synchronous
            if (!fastpass)
                fastpass = generateFastpass(def.shape);
            payload = fastpass(payload, ctx);
            if (!catchall)
                return payload;
            return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
        }
        return superParse(payload, ctx);
    };
});
function handleUnionResults(results, final, inst, ctx) {
    for (const result of results) {
        if (result.issues.length === 0) {
            final.value = result.value;
            return final;
        }
    }
    const nonaborted = results.filter((r) => !aborted(r));
    if (nonaborted.length === 1) {
        final.value = nonaborted[0].value;
        return nonaborted[0];
    }
    final.issues.push({
        code: "invalid_union",
        input: final.value,
        inst,
        errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config()))),
    });
    return final;
}
const $ZodUnion = /*@__PURE__*/ $constructor("$ZodUnion", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted")
        ? "defaulted"
        : zod.def.options.some((o) => o._zod.optin !== undefined)
            ? "optional"
            : undefined);
    defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : undefined);
    defineLazyInternal(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values)) {
            return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
        }
        return undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
            const patterns = zod.def.options.map((o) => o._zod.pattern);
            return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
        }
        return undefined;
    });
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                if (result.issues.length === 0)
                    return result;
                results.push(result);
            }
        }
        if (!async)
            return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleUnionResults(results, payload, inst, ctx);
        });
    };
});
function handleExclusiveUnionResults(results, final, inst, ctx) {
    const matches = [];
    for (let i = 0; i < results.length; i++) {
        if (results[i].issues.length === 0)
            matches.push(i);
    }
    if (matches.length === 1) {
        final.value = results[matches[0]].value;
        return final;
    }
    if (matches.length === 0) {
        // No matches - same as regular union
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: results.map((result) => result.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config()))),
        });
    }
    else {
        // Multiple matches - exclusive union failure
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: [],
            inclusive: false,
            matches,
        });
    }
    return final;
}
const $ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodXor", (inst, def) => {
    $ZodUnion.init(inst, def);
    def.inclusive = false;
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                results.push(result);
            }
        }
        if (!async)
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        });
    };
})));
/** Returns the option whose discriminator claims `value`, or throws if ambiguous. */
function getDiscriminatedOption(union, value) {
    const internals = union._zod;
    let map = internals.bag.optionsMap;
    if (!map) {
        map = discriminatorMap(internals.def);
        internals.bag.optionsMap = map;
    }
    const option = map.get(value);
    if (option === null)
        throw new Error(`Ambiguous discriminator value "${String(value)}"`);
    return option;
}
function discriminatorMap(def) {
    const map = new Map();
    for (const option of def.options) {
        const values = option._zod.propValues?.[def.discriminator];
        if (!values || values.size === 0)
            throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
        for (const value of values) {
            if (map.has(value)) {
                if (value !== undefined)
                    throw new Error(`Duplicate discriminator value "${String(value)}"`);
                // keep the collision marked so a later member cannot reclaim it
                map.set(value, null);
            }
            else {
                map.set(value, option);
            }
        }
    }
    return map;
}
const $ZodDiscriminatedUnion = 
/*@__PURE__*/
(/* unused pure expression or super */ null && (core.$constructor("$ZodDiscriminatedUnion", (inst, def) => {
    def.inclusive = false;
    $ZodUnion.init(inst, def);
    const _super = inst._zod.parse;
    util.defineLazyInternal(inst, "propValues", (zod) => {
        const propValues = {};
        let undefinedCount = 0;
        for (const option of zod.def.options) {
            const pv = option._zod.propValues;
            if (!pv || Object.keys(pv).length === 0)
                throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
            if (pv[zod.def.discriminator]?.has(undefined))
                undefinedCount++;
            for (const [k, v] of Object.entries(pv)) {
                if (!Object.prototype.hasOwnProperty.call(propValues, k)) {
                    util.assignProp(propValues, k, new Set());
                }
                for (const val of v) {
                    propValues[k].add(val);
                }
            }
        }
        if (!zod.def.unionFallback && undefinedCount > 1)
            propValues[zod.def.discriminator]?.delete(undefined);
        return propValues;
    });
    // Checked now rather than in the lookup map below, so an option that lacks the discriminator fails at the `discriminatedUnion` call instead of on the first object parsed. Options whose shape cannot be enumerated without resolving it — pipes and lazies — are left to the map.
    def.options.forEach((option, i) => {
        const propShape = util.rawShape(option._zod.def);
        if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) {
            throw new Error(`Invalid discriminated union option at index "${i}"`);
        }
    });
    const disc = util.cached(() => discriminatorMap(def));
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!util.isObject(input)) {
            payload.issues.push({
                code: "invalid_type",
                expected: "object",
                input,
                inst,
            });
            return payload;
        }
        const value = input?.[def.discriminator];
        const opt = disc.value.get(value);
        // forward metadata cannot choose an encoder for an absent tag
        if (opt && (value !== undefined || ctx.direction !== "backward")) {
            return opt._zod.run(payload, ctx);
        }
        // Fall back to union matching when the fast discriminator path fails:
        // - explicitly enabled via unionFallback, or
        // - during backward direction (encode), since codec-based discriminators have different values in forward vs backward directions
        if (def.unionFallback || ctx.direction === "backward") {
            return _super(payload, ctx);
        }
        // no matching discriminator
        payload.issues.push({
            code: "invalid_union",
            errors: [],
            note: "No matching discriminator",
            discriminator: def.discriminator,
            options: Array.from(disc.value.keys()).filter((value) => disc.value.get(value) !== null),
            input,
            path: [def.discriminator],
            inst,
        });
        return payload;
    };
})));
const $ZodIntersection = /*@__PURE__*/ $constructor("$ZodIntersection", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        const left = def.left._zod.run({ value: input, issues: [] }, ctx);
        const right = def.right._zod.run({ value: input, issues: [] }, ctx);
        const async = left instanceof Promise || right instanceof Promise;
        if (async) {
            return Promise.all([left, right]).then(([left, right]) => {
                return handleIntersectionResults(payload, left, right);
            });
        }
        return handleIntersectionResults(payload, left, right);
    };
});
function mergeValues(a, b) {
    // const aType = parse.t(a);
    // const bType = parse.t(b);
    if (a === b) {
        return { valid: true, data: a };
    }
    if (a instanceof Date && b instanceof Date && +a === +b) {
        return { valid: true, data: a };
    }
    if (isPlainObject(a) && isPlainObject(b)) {
        const bKeys = Object.keys(b);
        const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
        const newObj = { ...a, ...b };
        if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
            delete newObj.__proto__;
        for (const key of sharedKeys) {
            if (key === "__proto__")
                continue;
            const sharedValue = mergeValues(a[key], b[key]);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [key, ...sharedValue.mergeErrorPath],
                };
            }
            newObj[key] = sharedValue.data;
        }
        return { valid: true, data: newObj };
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length) {
            return { valid: false, mergeErrorPath: [] };
        }
        const newArray = [];
        for (let index = 0; index < a.length; index++) {
            const itemA = a[index];
            const itemB = b[index];
            const sharedValue = mergeValues(itemA, itemB);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [index, ...sharedValue.mergeErrorPath],
                };
            }
            newArray.push(sharedValue.data);
        }
        return { valid: true, data: newArray };
    }
    return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
    // Track which side(s) reject each key. A key rejection is reported only when BOTH sides reject it, so a key owned by one branch survives the other's key schema. strictObject reports these as unrecognized_keys; a record with an open key schema reports one invalid_key per key.
    const unrecKeys = new Map();
    let unrecIssue;
    const keyIssues = new Map();
    const collect = (iss, side) => {
        let keys;
        if (iss.code === "unrecognized_keys" && !iss.path?.length) {
            unrecIssue ?? (unrecIssue = iss);
            keys = iss.keys;
        }
        else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
            const k = String(iss.path[0]);
            if (!keyIssues.has(k))
                keyIssues.set(k, iss);
            keys = [k];
        }
        else {
            return false;
        }
        for (const k of keys) {
            if (!unrecKeys.has(k))
                unrecKeys.set(k, {});
            unrecKeys.get(k)[side] = true;
        }
        return true;
    };
    for (const iss of left.issues) {
        if (!collect(iss, "l"))
            result.issues.push(iss);
    }
    for (const iss of right.issues) {
        if (!collect(iss, "r"))
            result.issues.push(iss);
    }
    // Report only keys rejected by BOTH sides
    const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
    if (bothKeys.length) {
        const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
        if (aggregated.length)
            result.issues.push({ ...unrecIssue, keys: aggregated });
        for (const k of bothKeys) {
            if (!aggregated.includes(k) && keyIssues.has(k))
                result.issues.push(keyIssues.get(k));
        }
    }
    const merged = mergeValues(left.value, right.value);
    if (!merged.valid) {
        if (aborted(result))
            return result;
        throw new Error(`Unmergable intersection. Error path: ` + `${JSON.stringify(merged.mergeErrorPath)}`);
    }
    result.value = merged.data;
    return result;
}
const $ZodTuple = /*@__PURE__*/ $constructor("$ZodTuple", (inst, def) => {
    $ZodType.init(inst, def);
    const items = def.items;
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                input,
                inst,
                expected: "tuple",
                code: "invalid_type",
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, [], ctx) : [];
        const proms = [];
        const optinStart = getTupleOptStart(items, "optin");
        const optoutStart = getTupleOptStart(items, "optout");
        if (!def.rest) {
            if (input.length < optinStart) {
                payload.issues.push({
                    code: "too_small",
                    minimum: optinStart,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
                return payload;
            }
            if (input.length > items.length) {
                payload.issues.push({
                    code: "too_big",
                    maximum: items.length,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
            }
        }
        // Run every item in parallel, collecting results into an indexed array. The post-processing in `handleTupleResults` walks them in order so it can decide whether an absent optional-output error can truncate the tail or must be reported to preserve required output.
        const itemResults = new Array(items.length);
        // only tracked when there is a rest loop to skip
        const abortEarly = def.rest ? ctx?.abortEarly : undefined;
        let itemAborted = false;
        for (let i = 0; i < items.length; i++) {
            const r = items[i]._zod.run({ value: input[i], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((rr) => {
                    itemResults[i] = rr;
                }));
            }
            else {
                itemResults[i] = r;
                if (abortEarly && !itemAborted && r.issues.length)
                    itemAborted = aborted(r);
            }
        }
        // sound because rest is non-empty exactly when every fixed index is present, the one case handleTupleResults cannot discard an item's issues
        if (def.rest && !itemAborted) {
            let i = items.length - 1;
            const rest = input.slice(items.length);
            let seen = payload.issues.length;
            for (const el of rest) {
                if (abortEarly && payload.issues.length !== seen) {
                    if (aborted(payload, seen))
                        break;
                    seen = payload.issues.length;
                }
                i++;
                const result = def.rest._zod.run({ value: el, issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((r) => handleTupleResult(r, payload, i)));
                }
                else {
                    handleTupleResult(result, payload, i);
                }
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => handleTupleResults(itemResults, payload, items, input, optoutStart));
        }
        return handleTupleResults(itemResults, payload, items, input, optoutStart);
    };
});
function getTupleOptStart(items, key) {
    for (let i = items.length - 1; i >= 0; i--) {
        // optin is a three-rung ladder so any rung above `undefined` permits an absent slot; optout stays two-valued.
        const omittable = key === "optin" ? items[i]._zod.optin !== undefined : items[i]._zod.optout === "optional";
        if (!omittable)
            return i + 1;
    }
    return 0;
}
function handleTupleResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
function handleTupleResults(itemResults, final, items, input, optoutStart) {
    // Walk results in order. Mirror $ZodObject's swallow-on-absent-optional rule, but only after `optoutStart`: the first index where the output tuple tail can be absent.
    for (let i = 0; i < items.length; i++) {
        const r = itemResults[i];
        const isPresent = i < input.length;
        // The array analog of `handlePropertyResult`'s absent-key early return: the middle rung permits absence without supplying anything in its place, so the tail truncates here instead of materializing whatever the item made of `undefined`.
        if (!isPresent && i >= optoutStart && items[i]._zod.optin === "optional") {
            final.value.length = i;
            break;
        }
        if (r.issues.length) {
            if (!isPresent && i >= optoutStart) {
                final.value.length = i;
                break;
            }
            final.issues.push(...prefixIssues(i, r.issues));
        }
        final.value[i] = r.value;
    }
    // Drop trailing slots that produced `undefined` for absent input
    // (the array analog of an absent optional key on an object). The
    // `i >= input.length` floor is critical: an explicit `undefined`
    // *inside* the input must be preserved even when the schema is
    // optional-out (e.g. `z.string().or(z.undefined())` accepting an
    // explicit undefined value).
    for (let i = final.value.length - 1; i >= input.length; i--) {
        if (items[i]._zod.optout === "optional" && final.value[i] === undefined) {
            final.value.length = i;
        }
        else {
            break;
        }
    }
    return final;
}
const $ZodRecord = /*@__PURE__*/ $constructor("$ZodRecord", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!isPlainObject(input)) {
            payload.issues.push({
                expected: "record",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        // no guard in either loop below: a record's invalid_key aborts but an enclosing intersection can reconcile it, so a stopped loop hides keys the sibling does not own and the intersection then rejects nothing
        const proms = [];
        const values = def.keyType._zod.values;
        if (values && !def.partial) {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            const recordKeys = new Set();
            for (const key of values) {
                if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
                    recordKeys.add(typeof key === "number" ? key.toString() : key);
                    // A declared __proto__ is stripped but is not an unrecognized key.
                    if (key === "__proto__")
                        continue;
                    const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                    if (keyResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (keyResult.issues.length) {
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                        continue;
                    }
                    const outKey = keyResult.value;
                    if (outKey === "__proto__")
                        continue;
                    const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                    if (result instanceof Promise) {
                        proms.push(result.then((result) => {
                            if (result.issues.length) {
                                payload.issues.push(...prefixIssues(key, result.issues));
                            }
                            payload.value[outKey] = result.value;
                        }));
                    }
                    else {
                        if (result.issues.length) {
                            payload.issues.push(...prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }
                }
            }
            let unrecognized;
            for (const key in input) {
                if (!recordKeys.has(key)) {
                    if (def.mode === "loose") {
                        // skip __proto__ so it can't replace the result prototype via the assignment setter on the plain {} we build into
                        if (key === "__proto__")
                            continue;
                        payload.value[key] = input[key];
                    }
                    else {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        else {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            // An enumerable key schema declares which keys the record owns, so a key outside the set is unrecognized. A non-enumerable one (regex, refine) is a constraint every key must satisfy, so a failing key is invalid. Only the former is reconcilable against the other side of an intersection.
            let unrecognized;
            // Reflect.ownKeys for Symbol-key support; filter non-enumerable to match z.object()
            for (const key of Reflect.ownKeys(input)) {
                if (key === "__proto__")
                    continue;
                if (!Object.prototype.propertyIsEnumerable.call(input, key))
                    continue;
                let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                if (keyResult instanceof Promise) {
                    throw new Error("Async schemas not supported in object keys currently");
                }
                // Numeric string fallback: if key is a numeric string and failed, retry with Number(key). This handles z.number(), z.literal([1, 2, 3]), and unions containing numeric literals
                const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
                if (checkNumericKey) {
                    const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
                    if (retryResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (retryResult.issues.length === 0) {
                        keyResult = retryResult;
                    }
                }
                if (keyResult.issues.length) {
                    if (def.mode === "loose") {
                        // Pass through unchanged
                        payload.value[key] = input[key];
                    }
                    else if (values) {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                    else {
                        // Default "strict" behavior: error on invalid key
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                    }
                    continue;
                }
                // the guard above tests the raw input key, but the key schema can normalize an ordinary key into __proto__; re-check the key we actually write under
                const outKey = keyResult.value;
                if (outKey === "__proto__")
                    continue;
                const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((result) => {
                        if (result.issues.length) {
                            payload.issues.push(...prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }));
                }
                else {
                    if (result.issues.length) {
                        payload.issues.push(...prefixIssues(key, result.issues));
                    }
                    payload.value[outKey] = result.value;
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload;
    };
});
const $ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMap", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Map)) {
            payload.issues.push({
                expected: "map",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Map(), ctx) : new Map();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const [key, value] of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
            const valueResult = def.valueType._zod.run({ value: value, issues: [] }, ctx);
            if (keyResult instanceof Promise || valueResult instanceof Promise) {
                proms.push(Promise.all([keyResult, valueResult]).then(([keyResult, valueResult]) => {
                    handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
                }));
            }
            else {
                handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
            }
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, mapSize);
})));
function handleMapResult(keyResult, valueResult, final, key, input, inst, ctx) {
    if (keyResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, keyResult.issues));
        }
        else {
            final.issues.push({
                code: "invalid_key",
                origin: "map",
                input,
                inst,
                issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    if (valueResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, valueResult.issues));
        }
        else {
            final.issues.push({
                origin: "map",
                code: "invalid_element",
                input,
                inst,
                key: key,
                issues: valueResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    final.value.set(keyResult.value, valueResult.value);
}
const $ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSet", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Set)) {
            payload.issues.push({
                input,
                inst,
                expected: "set",
                code: "invalid_type",
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Set(), ctx) : new Set();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const item of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const result = def.valueType._zod.run({ value: item, issues: [] }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleSetResult(result, payload)));
            }
            else
                handleSetResult(result, payload);
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, setSize);
})));
function handleSetResult(result, final) {
    if (result.issues.length) {
        final.issues.push(...result.issues);
    }
    final.value.add(result.value);
}
const $ZodEnum = /*@__PURE__*/ $constructor("$ZodEnum", (inst, def) => {
    $ZodType.init(inst, def);
    const values = getEnumValues(def.entries);
    const valuesSet = new Set(values);
    inst._zod.values = valuesSet;
    defineLazyInternal(inst, "pattern", (zod) => {
        const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodLiteral = /*@__PURE__*/ $constructor("$ZodLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const values = new Set(def.values);
    inst._zod.values = values;
    defineLazyInternal(inst, "pattern", (zod) => {
        const vals = zod.def.values;
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(vals.length
            ? `^(${vals
                .map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o))
                .join("|")})$`
            : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (values.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values: def.values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFile", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        // @ts-ignore
        if (input instanceof File)
            return payload;
        payload.issues.push({
            expected: "file",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodTransform = /*@__PURE__*/ $constructor("$ZodTransform", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "optional";
    globalConfig.memoizer?.guard(inst);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new $ZodEncodeError(inst.constructor.name);
        }
        const _out = def.transform(payload.value, payload);
        if (ctx.async) {
            const output = _out instanceof Promise ? _out : Promise.resolve(_out);
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        if (_out instanceof Promise) {
            throw new $ZodAsyncError();
        }
        payload.value = _out;
        return payload;
    };
});
function handleOptionalResult(payload, result) {
    // A substituting schema that still failed has no usable answer; yield undefined. Its issues are simply dropped: it ran on a payload of its own, so there is no shared array to truncate and nothing of the caller's to lose with it.
    payload.value = result.issues.length ? undefined : result.value;
    return payload;
}
const $ZodOptional = /*@__PURE__*/ $constructor("$ZodOptional", (inst, def) => {
    $ZodType.init(inst, def);
    // .optional() propagates absence rather than substituting for it, so a defaulted inner keeps its rung.
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    inst._zod.optout = "optional";
    defineLazyInternal(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? new Set([...values, undefined]) : undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        if (payload.value === undefined) {
            // Only the top rung substitutes a value for absence; everything else leaves it intact, which is what .optional() means.
            if (def.innerType._zod.optin !== "defaulted")
                return payload;
            // Its own payload, for the same reason $ZodCatch gets one: a pipe forwards an unrecognized key through the caller's issues array, and this must not read that as the substituting schema failing and drop it.
            const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
            if (result instanceof Promise)
                return result.then((result) => handleOptionalResult(payload, result));
            return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodExactOptional = /*@__PURE__*/ $constructor("$ZodExactOptional", (inst, def) => {
    // Call parent init - inherits optin/optout = "optional"
    $ZodOptional.init(inst, def);
    // Override values/pattern to NOT add undefined
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
    // Override parse to just delegate (no undefined handling)
    inst._zod.parse = (payload, ctx) => {
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNullable = /*@__PURE__*/ $constructor("$ZodNullable", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : undefined;
    });
    defineLazyInternal(inst, "values", (zod) => {
        return zod.def.innerType._zod.values ? new Set([...zod.def.innerType._zod.values, null]) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        // Forward direction (decode): allow null to pass through
        if (payload.value === null)
            return payload;
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodDefault = /*@__PURE__*/ $constructor("$ZodDefault", (inst, def) => {
    $ZodType.init(inst, def);
    // inst._zod.qin = "true";
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply defaults for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
            /**
             * $ZodDefault returns the default value immediately in forward direction.
             * It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
            return payload;
        }
        // Forward direction: continue with default handling
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleDefaultResult(result, def));
        }
        return handleDefaultResult(result, def);
    };
});
function handleDefaultResult(payload, def) {
    if (payload.value === undefined) {
        payload.value = def.defaultValue;
    }
    return payload;
}
const $ZodPrefault = /*@__PURE__*/ $constructor("$ZodPrefault", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply prefault for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNonOptional = /*@__PURE__*/ $constructor("$ZodNonOptional", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => {
        const v = zod.def.innerType._zod.values;
        return v ? new Set([...v].filter((x) => x !== undefined)) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleNonOptionalResult(result, inst));
        }
        return handleNonOptionalResult(result, inst);
    };
});
function handleNonOptionalResult(payload, inst) {
    if (!payload.issues.length && payload.value === undefined) {
        payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: payload.value,
            inst,
        });
    }
    return payload;
}
const $ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSuccess", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new core.$ZodEncodeError("ZodSuccess");
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => {
                payload.value = result.issues.length === 0;
                return payload;
            });
        }
        payload.value = result.issues.length === 0;
        return payload;
    };
})));
function handleCatchResult(payload, result, def, ctx) {
    if (!result.issues.length) {
        payload.value = result.value;
        // The value carries up, so the flag describing it has to carry with it: a back-edge into a node still being parsed must not be frozen by an enclosing readonly, and its checks belong to the node itself. Guarded so the ordinary case adds no own property.
        if (result.memo)
            payload.memo = true;
        return payload;
    }
    // Spread the inner's own payload, not ours: `value` has to stay the input the catch was handed, and the inner ran on a payload of its own so its issues are already private to this call.
    payload.value = def.catchValue({
        ...result,
        value: payload.value,
        error: {
            issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config())),
        },
        input: payload.value,
    });
    return payload;
}
const $ZodCatch = /*@__PURE__*/ $constructor("$ZodCatch", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply catch logic
        const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleCatchResult(payload, result, def, ctx));
        }
        return handleCatchResult(payload, result, def, ctx);
    };
});
const $ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNaN", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "number" || !Number.isNaN(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "nan",
                code: "invalid_type",
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodPipe = /*@__PURE__*/ $constructor("$ZodPipe", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handlePipeResult(right, def.in, ctx));
            }
            return handlePipeResult(right, def.in, ctx);
        }
        const left = def.in._zod.run(payload, ctx);
        if (left instanceof Promise) {
            return left.then((left) => handlePipeResult(left, def.out, ctx));
        }
        return handlePipeResult(left, def.out, ctx);
    };
});
function handlePipeResult(left, next, ctx) {
    // Any issue stops the pipe, so a failing refinement never feeds its transform. An unrecognized key is the exception: it describes the input's extra properties, not the value being piped, and an enclosing intersection may yet reconcile it.
    if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
        // prevent further checks
        left.aborted = true;
        return left;
    }
    return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
const $ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCodec", (inst, def) => {
    $ZodType.init(inst, def);
    util.defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    util.defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    util.defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        const direction = ctx.direction || "forward";
        if (direction === "forward") {
            const left = def.in._zod.run(payload, ctx);
            if (left instanceof Promise) {
                return left.then((left) => handleCodecAResult(left, def, ctx));
            }
            return handleCodecAResult(left, def, ctx);
        }
        else {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handleCodecAResult(right, def, ctx));
            }
            return handleCodecAResult(right, def, ctx);
        }
    };
})));
function handleCodecAResult(result, def, ctx) {
    if (result.issues.length) {
        // prevent further checks
        result.aborted = true;
        return result;
    }
    const direction = ctx.direction || "forward";
    if (direction === "forward") {
        const transformed = def.transform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.out, ctx));
        }
        return handleCodecTxResult(result, transformed, def.out, ctx);
    }
    else {
        const transformed = def.reverseTransform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.in, ctx));
        }
        return handleCodecTxResult(result, transformed, def.in, ctx);
    }
}
function handleCodecTxResult(left, value, nextSchema, ctx) {
    // Check if transform added any issues
    if (left.issues.length) {
        left.aborted = true;
        return left;
    }
    return nextSchema._zod.run({ value, issues: left.issues }, ctx);
}
const $ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPreprocess", (inst, def) => {
    $ZodPipe.init(inst, def);
})));
const $ZodReadonly = /*@__PURE__*/ $constructor("$ZodReadonly", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then(handleReadonlyResult);
        }
        return handleReadonlyResult(result);
    };
});
function handleReadonlyResult(payload) {
    // A repeat visit hands back a node that is still being built; freezing it here would make the rest of its keys fail to assign.
    if (!payload.memo)
        payload.value = Object.freeze(payload.value);
    return payload;
}
// a leaf's pattern source with its own checks folded in: the last pattern-carrying check wins, else length bounds narrow the catch-all, else an integer format narrows the number form. the fold lives here instead of on `_zod.pattern` so a bundle without template literals never pays for it
function leafPattern(schema) {
    const def = schema._zod.def;
    let pattern = def.pattern;
    let isInt = !!def.format?.includes("int");
    let minimum;
    let maximum;
    for (const ch of def.checks ?? []) {
        const d = ch._zod.def;
        if (d.pattern)
            pattern = d.pattern;
        isInt || (isInt = !!d.format?.includes("int"));
        const lo = d.minimum ?? d.length;
        const hi = d.maximum ?? d.length;
        if (lo !== undefined && (minimum === undefined || lo > minimum))
            minimum = lo;
        if (hi !== undefined && (maximum === undefined || hi < maximum))
            maximum = hi;
    }
    if (pattern)
        return pattern.source;
    // an empty range matches nothing at runtime, and `{8,5}` is not a legal quantifier
    if (minimum !== undefined && maximum !== undefined && minimum > maximum)
        return "(?!)";
    if (minimum !== undefined || maximum !== undefined)
        return regexes.string({ minimum, maximum }).source;
    const own = schema._zod.pattern;
    return (isInt && own === regexes.number ? regexes.integer : own)?.source;
}
// a part's pattern source. a wrapper's pattern embeds its inner pattern's source verbatim, so the folded form is substituted in place without knowing the wrapper's own composition; a union's options are joined the way the union builds its own pattern
function partPattern(schema) {
    const def = schema._zod.def;
    const own = schema._zod.pattern?.source;
    // lazy resolves its inner on the internals, not the def
    const inner = def.innerType ?? schema._zod.innerType;
    if (inner) {
        const before = inner._zod.pattern?.source;
        const after = partPattern(inner);
        if (own && before && after && after !== before) {
            return own.replace(util.cleanRegex(before), () => util.cleanRegex(after));
        }
        return own;
    }
    if (def.options) {
        const sources = def.options.map(partPattern);
        if (sources.every(Boolean))
            return `^(${sources.map((s) => util.cleanRegex(s)).join("|")})$`;
    }
    return leafPattern(schema);
}
const $ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodTemplateLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const regexParts = [];
    for (const part of def.parts) {
        if (typeof part === "object" && part !== null) {
            // is Zod schema
            const source = partPattern(part);
            if (!source) {
                throw new Error(`Invalid template literal part, no pattern found: ${[...part._zod.traits].shift()}`);
            }
            regexParts.push(util.cleanRegex(source));
        }
        else if (part === null || util.primitiveTypes.has(typeof part)) {
            regexParts.push(util.escapeRegex(`${part}`));
        }
        else {
            throw new Error(`Invalid template literal part: ${part}`);
        }
    }
    inst._zod.pattern = new RegExp(`^${regexParts.join("")}$`);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "string") {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "string",
                code: "invalid_type",
            });
            return payload;
        }
        inst._zod.pattern.lastIndex = 0;
        if (!inst._zod.pattern.test(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                code: "invalid_format",
                format: def.format ?? "template_literal",
                pattern: inst._zod.pattern.source,
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFunction", (inst, def) => {
    $ZodType.init(inst, def);
    // Defined, not assigned: the classic prototype exposes `_def` as a getter with no setter.
    Object.defineProperty(inst, "_def", { value: def });
    inst._zod.def = def;
    inst.implement = (func) => {
        if (typeof func !== "function") {
            throw new Error("implement() must be called with a function");
        }
        // Defined inline so the closure stays anonymous: binding it to a `const` first names it, which costs 256 bytes per implemented function.
        return Object.defineProperty(function (...args) {
            const parsedArgs = inst._def.input ? parse(inst._def.input, args) : args;
            const result = Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return parse(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst.implementAsync = (func) => {
        if (typeof func !== "function") {
            throw new Error("implementAsync() must be called with a function");
        }
        return Object.defineProperty(async function (...args) {
            const parsedArgs = inst._def.input ? await parseAsync(inst._def.input, args) : args;
            const result = await Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return await parseAsync(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "function") {
            payload.issues.push({
                code: "invalid_type",
                expected: "function",
                input: payload.value,
                inst,
            });
            return payload;
        }
        // Check if output is a promise type to determine if we should use async implementation
        const hasPromiseOutput = inst._def.output && inst._def.output._zod.def.type === "promise";
        if (hasPromiseOutput) {
            payload.value = inst.implementAsync(payload.value);
        }
        else {
            payload.value = inst.implement(payload.value);
        }
        return payload;
    };
    inst.input = (...args) => {
        const F = inst.constructor;
        if (Array.isArray(args[0])) {
            return new F({
                type: "function",
                input: new $ZodTuple({
                    type: "tuple",
                    items: args[0],
                    rest: args[1],
                }),
                output: inst._def.output,
            });
        }
        return new F({
            type: "function",
            input: args[0],
            output: inst._def.output,
        });
    };
    inst.output = (output) => {
        const F = inst.constructor;
        return new F({
            type: "function",
            input: inst._def.input,
            output,
        });
    };
    return inst;
})));
const $ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPromise", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        return Promise.resolve(payload.value).then((inner) => def.innerType._zod.run({ value: inner, issues: [] }, ctx));
    };
})));
const $ZodLazy = /*@__PURE__*/ $constructor("$ZodLazy", (inst, def) => {
    $ZodType.init(inst, def);
    // Cache the resolved inner type on the shared `def` so all clones of this lazy (e.g. via `.describe()`/`.meta()`) share the same inner instance, preserving identity for cycle detection on recursive schemas.
    defineLazy(inst._zod, "innerType", () => {
        const d = def;
        if (!d._cachedInner)
            d._cachedInner = def.getter();
        return d._cachedInner;
    });
    defineLazyInternal(inst, "pattern", (zod) => zod.innerType?._zod?.pattern);
    defineLazyInternal(inst, "propValues", (zod) => zod.innerType?._zod?.propValues);
    defineLazyInternal(inst, "optin", (zod) => zod.innerType?._zod?.optin ?? undefined);
    defineLazyInternal(inst, "optout", (zod) => zod.innerType?._zod?.optout ?? undefined);
    inst._zod.parse = (payload, ctx) => {
        const inner = inst._zod.innerType;
        return inner._zod.run(payload, ctx);
    };
});
const $ZodCustom = /*@__PURE__*/ $constructor("$ZodCustom", (inst, def) => {
    $ZodCheck.init(inst, def);
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _) => {
        return payload;
    };
    inst._zod.check = (payload) => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) {
            return r.then((r) => handleRefineResult(r, payload, input, inst));
        }
        handleRefineResult(r, payload, input, inst);
        return;
    };
});
function handleRefineResult(result, payload, input, inst) {
    if (!result) {
        const _iss = {
            code: "custom",
            input,
            inst, // incorporates params.error into issue reporting
            path: [...(inst._zod.def.path ?? [])], // incorporates params.error into issue reporting
            continue: !inst._zod.def.abort,
            // params: inst._zod.def.params,
        };
        if (inst._zod.def.params)
            _iss.params = inst._zod.def.params;
        payload.issues.push(util_issue(_iss));
    }
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/registries.js
var registries_a;
const $output = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodOutput")));
const $input = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodInput")));
class $ZodRegistry {
    constructor() {
        this._map = new WeakMap();
        this._idmap = new Map();
    }
    add(schema, ..._meta) {
        const meta = _meta[0];
        this._map.set(schema, meta);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.set(meta.id, schema);
        }
        return this;
    }
    clear() {
        this._map = new WeakMap();
        this._idmap = new Map();
        return this;
    }
    remove(schema) {
        const meta = this._map.get(schema);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.delete(meta.id);
        }
        this._map.delete(schema);
        return this;
    }
    get(schema) {
        // return this._map.get(schema) as any;
        // inherit metadata
        const p = schema._zod.parent;
        if (p) {
            const pm = { ...(this.get(p) ?? {}) };
            delete pm.id; // do not inherit id
            const f = { ...pm, ...this._map.get(schema) };
            return Object.keys(f).length ? f : undefined;
        }
        return this._map.get(schema);
    }
    has(schema) {
        return this._map.has(schema);
    }
}
// registries
function registry() {
    return new $ZodRegistry();
}
(registries_a = globalThis).__zod_globalRegistry ?? (registries_a.__zod_globalRegistry = registry());
const globalRegistry = globalThis.__zod_globalRegistry;

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/api.js




function snapshotChecks(def) {
    if (def.checks)
        def.checks = [...def.checks];
    return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
    return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedString(Class, params) {
    return new Class(snapshotChecks({ type: "string", coerce: true, ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class, params) {
    return new Class({
        type: "string",
        format: "email",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class, params) {
    return new Class({
        type: "string",
        format: "guid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v4",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v6",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v7",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
    return new Class({
        type: "string",
        format: "url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_emoji(Class, params) {
    return new Class({
        type: "string",
        format: "emoji",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class, params) {
    return new Class({
        type: "string",
        format: "nanoid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link _cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
// @__NO_SIDE_EFFECTS__
function _cuid(Class, params) {
    return new Class({
        type: "string",
        format: "cuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class, params) {
    return new Class({
        type: "string",
        format: "cuid2",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class, params) {
    return new Class({
        type: "string",
        format: "ulid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class, params) {
    return new Class({
        type: "string",
        format: "xid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class, params) {
    return new Class({
        type: "string",
        format: "ksuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class, params) {
    return new Class({
        type: "string",
        format: "ipv4",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class, params) {
    return new Class({
        type: "string",
        format: "ipv6",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mac(Class, params) {
    return new Class({
        type: "string",
        format: "mac",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv4",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv6",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class, params) {
    return new Class({
        type: "string",
        format: "base64",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class, params) {
    return new Class({
        type: "string",
        format: "base64url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class, params) {
    return new Class({
        type: "string",
        format: "e164",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _creditCard(Class, params) {
    return new Class({
        type: "string",
        format: "credit_card",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _iban(Class, params) {
    return new Class({
        type: "string",
        format: "iban",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class, params) {
    return new Class({
        type: "string",
        format: "jwt",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
const TimePrecision = {
    Any: null,
    Minute: -1,
    Second: 0,
    Millisecond: 3,
    Microsecond: 6,
};
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
    return new Class({
        type: "string",
        format: "datetime",
        check: "string_format",
        offset: false,
        local: false,
        precision: null,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
    return new Class({
        type: "string",
        format: "date",
        check: "string_format",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class, params) {
    return new Class({
        type: "string",
        format: "time",
        check: "string_format",
        precision: null,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class, params) {
    return new Class({
        type: "string",
        format: "duration",
        check: "string_format",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
    return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedNumber(Class, params) {
    return new Class(snapshotChecks({ type: "number", coerce: true, checks: [], ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "safeint",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float64(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "int32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "uint32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
    return new Class({
        type: "boolean",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBoolean(Class, params) {
    return new Class({
        type: "boolean",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _bigint(Class, params) {
    return new Class({
        type: "bigint",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBigint(Class, params) {
    return new Class({
        type: "bigint",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "int64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "uint64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _symbol(Class, params) {
    return new Class({
        type: "symbol",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_undefined(Class, params) {
    return new Class({
        type: "undefined",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_null(Class, params) {
    return new Class({
        type: "null",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _any(Class) {
    return new Class({
        type: "any",
    });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
    return new Class({
        type: "unknown",
    });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
    return new Class({
        type: "never",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _void(Class, params) {
    return new Class({
        type: "void",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _date(Class, params) {
    return new Class({
        type: "date",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedDate(Class, params) {
    return new Class({
        type: "date",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nan(Class, params) {
    return new Class({
        type: "nan",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _positive(params) {
    return _gt(0, params);
}
// negative
// @__NO_SIDE_EFFECTS__
function _negative(params) {
    return _lt(0, params);
}
// nonpositive
// @__NO_SIDE_EFFECTS__
function _nonpositive(params) {
    return _lte(0, params);
}
// nonnegative
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
    return _gte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
    return new $ZodCheckMultipleOf({
        check: "multiple_of",
        ...normalizeParams(params),
        value,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxSize(maximum, params) {
    return new checks.$ZodCheckMaxSize({
        check: "max_size",
        ...util.normalizeParams(params),
        maximum,
    });
}
// @__NO_SIDE_EFFECTS__
function _minSize(minimum, params) {
    return new checks.$ZodCheckMinSize({
        check: "min_size",
        ...util.normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _size(size, params) {
    return new checks.$ZodCheckSizeEquals({
        check: "size_equals",
        ...util.normalizeParams(params),
        size,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
    const ch = new $ZodCheckMaxLength({
        check: "max_length",
        ...normalizeParams(params),
        maximum,
    });
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
    return new $ZodCheckMinLength({
        check: "min_length",
        ...normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
    return new $ZodCheckLengthEquals({
        check: "length_equals",
        ...normalizeParams(params),
        length,
    });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
    return new $ZodCheckRegex({
        check: "string_format",
        format: "regex",
        ...normalizeParams(params),
        pattern,
    });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
    return new $ZodCheckLowerCase({
        check: "string_format",
        format: "lowercase",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
    return new $ZodCheckUpperCase({
        check: "string_format",
        format: "uppercase",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
    return new $ZodCheckIncludes({
        check: "string_format",
        format: "includes",
        ...normalizeParams(params),
        includes,
    });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
    return new $ZodCheckStartsWith({
        check: "string_format",
        format: "starts_with",
        ...normalizeParams(params),
        prefix,
    });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
    return new $ZodCheckEndsWith({
        check: "string_format",
        format: "ends_with",
        ...normalizeParams(params),
        suffix,
    });
}
// @__NO_SIDE_EFFECTS__
function _property(property, schema, params) {
    return new checks.$ZodCheckProperty({
        check: "property",
        property,
        schema,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _properties(shape, params) {
    return new $ZodCheckProperties({
        check: "properties",
        shape,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mime(types, params) {
    return new checks.$ZodCheckMimeType({
        check: "mime_type",
        mime: types,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
    return new $ZodCheckOverwrite({
        check: "overwrite",
        tx,
    });
}
// normalize
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
    return _overwrite((input) => input.normalize(form));
}
// trim
// @__NO_SIDE_EFFECTS__
function _trim() {
    return _overwrite((input) => input.trim());
}
// toLowerCase
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
    return _overwrite((input) => input.toLowerCase());
}
// toUpperCase
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
    return _overwrite((input) => input.toUpperCase());
}
// slugify
// @__NO_SIDE_EFFECTS__
function _slugify() {
    return _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class, element, params) {
    return new Class({
        type: "array",
        element,
        // get element() {
        //   return element;
        // },
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _union(Class, options, params) {
    return new Class({
        type: "union",
        options,
        ...util.normalizeParams(params),
    });
}
function _xor(Class, options, params) {
    return new Class({
        type: "union",
        options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _discriminatedUnion(Class, discriminator, options, params) {
    return new Class({
        type: "union",
        options: options,
        discriminator,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _intersection(Class, left, right) {
    return new Class({
        type: "intersection",
        left,
        right,
    });
}
// export function _tuple(
//   Class: util.SchemaClass<schemas.$ZodTuple>,
//   items: [],
//   params?: string | $ZodTupleParams
// ): schemas.$ZodTuple<[], null>;
// @__NO_SIDE_EFFECTS__
function _tuple(Class, items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof schemas.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new Class({
        type: "tuple",
        items,
        rest,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _record(Class, keyType, valueType, params) {
    return new Class({
        type: "record",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _map(Class, keyType, valueType, params) {
    return new Class({
        type: "map",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _set(Class, valueType, params) {
    return new Class({
        type: "set",
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _enum(Class, values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    // if (Array.isArray(values)) {
    //   for (const value of values) {
    //     entries[value] = value;
    //   }
    // } else {
    //   Object.assign(entries, values);
    // }
    // const entries: util.EnumLike = {};
    // for (const val of values) {
    //   entries[val] = val;
    // }
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function _nativeEnum(Class, entries, params) {
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _literal(Class, value, params) {
    return new Class({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _file(Class, params) {
    return new Class({
        type: "file",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _transform(Class, fn) {
    return new Class({
        type: "transform",
        transform: fn,
    });
}
// @__NO_SIDE_EFFECTS__
function _optional(Class, innerType) {
    return new Class({
        type: "optional",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _nullable(Class, innerType) {
    return new Class({
        type: "nullable",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _default(Class, innerType, defaultValue) {
    return new Class({
        type: "default",
        innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : util.shallowClone(defaultValue);
        },
    });
}
// @__NO_SIDE_EFFECTS__
function _nonoptional(Class, innerType, params) {
    return new Class({
        type: "nonoptional",
        innerType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _success(Class, innerType) {
    return new Class({
        type: "success",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _catch(Class, innerType, catchValue) {
    return new Class({
        type: "catch",
        innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : util.constantCatch(catchValue)),
    });
}
// @__NO_SIDE_EFFECTS__
function _pipe(Class, in_, out) {
    return new Class({
        type: "pipe",
        in: in_,
        out,
    });
}
// @__NO_SIDE_EFFECTS__
function _readonly(Class, innerType) {
    return new Class({
        type: "readonly",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _templateLiteral(Class, parts, params) {
    return new Class({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lazy(Class, getter) {
    return new Class({
        type: "lazy",
        getter,
    });
}
// @__NO_SIDE_EFFECTS__
function _promise(Class, innerType) {
    return new Class({
        type: "promise",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _custom(Class, fn, _params) {
    const norm = util.normalizeParams(_params);
    norm.abort ?? (norm.abort = true); // default to abort:false
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...norm,
    });
    return schema;
}
// same as _custom but defaults to abort:false
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...normalizeParams(_params),
    });
    return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
    const ch = _check((payload) => {
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(util_issue(issue, payload.value, ch._zod.def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = ch);
                _issue.continue ?? (_issue.continue = !ch._zod.def.abort); // abort is always undefined, so this is always true...
                payload.issues.push(util_issue(_issue));
            }
        };
        return fn(payload.value, payload);
    }, params);
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
    const ch = new $ZodCheck({
        check: "custom",
        ...normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
// @__NO_SIDE_EFFECTS__
function describe(description) {
    const ch = new $ZodCheck({ check: "describe" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, description });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function meta(metadata) {
    const ch = new $ZodCheck({ check: "meta" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, ...metadata });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _stringbool(Classes, _params) {
    const params = util.normalizeParams(_params);
    let truthyArray = params.truthy ?? ["true", "1", "yes", "on", "y", "enabled"];
    let falsyArray = params.falsy ?? ["false", "0", "no", "off", "n", "disabled"];
    if (params.case !== "sensitive") {
        truthyArray = truthyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
        falsyArray = falsyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
    }
    const truthySet = new Set(truthyArray);
    const falsySet = new Set(falsyArray);
    const _Codec = Classes.Codec ?? schemas.$ZodCodec;
    const _Boolean = Classes.Boolean ?? schemas.$ZodBoolean;
    const _String = Classes.String ?? schemas.$ZodString;
    const stringSchema = new _String({ type: "string", error: params.error });
    const booleanSchema = new _Boolean({ type: "boolean", error: params.error });
    const codec = new _Codec({
        type: "pipe",
        in: stringSchema,
        out: booleanSchema,
        transform: ((input, payload) => {
            let data = input;
            if (params.case !== "sensitive")
                data = data.toLowerCase();
            if (truthySet.has(data)) {
                return true;
            }
            else if (falsySet.has(data)) {
                return false;
            }
            else {
                payload.issues.push({
                    code: "invalid_value",
                    expected: "stringbool",
                    values: [...truthySet, ...falsySet],
                    input: payload.value,
                    inst: codec,
                    continue: false,
                });
                return {};
            }
        }),
        reverseTransform: ((input, _payload) => {
            if (input === true) {
                return truthyArray[0] || "true";
            }
            else {
                return falsyArray[0] || "false";
            }
        }),
        error: params.error,
    });
    codec._zod.bag.truthy = truthyArray;
    codec._zod.bag.falsy = falsyArray;
    codec._zod.bag.case = params.case ?? "insensitive";
    return codec;
}
// @__NO_SIDE_EFFECTS__
function _stringFormat(Class, format, fnOrRegex, _params = {}) {
    const params = util.normalizeParams(_params);
    const def = {
        check: "string_format",
        type: "string",
        format,
        fn: typeof fnOrRegex === "function" ? fnOrRegex : (val) => fnOrRegex.test(val),
        ...params,
    };
    if (fnOrRegex instanceof RegExp) {
        def.pattern = fnOrRegex;
    }
    const inst = new Class(def);
    return inst;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/to-json-schema.js


function assignProps(target, ...sources) {
    for (const source of sources) {
        for (const key of Reflect.ownKeys(source)) {
            if (Object.prototype.propertyIsEnumerable.call(source, key)) {
                util_assignProp(target, key, source[key]);
            }
        }
    }
    return target;
}
// function initializeContext<T extends schemas.$ZodType>(inputs: JSONSchemaGeneratorParams<T>): ToJSONSchemaContext<T> {
//   return {
//     processor: inputs.processor,
//     metadataRegistry: inputs.metadata ?? globalRegistry,
//     target: inputs.target ?? "draft-2020-12",
//     unrepresentable: inputs.unrepresentable ?? "throw",
//   };
// }
function to_json_schema_initializeContext(params) {
    // Normalize target: convert old non-hyphenated versions to hyphenated versions
    let target = params?.target ?? "draft-2020-12";
    if (target === "draft-4")
        target = "draft-04";
    if (target === "draft-7")
        target = "draft-07";
    return {
        processors: params.processors ?? {},
        metadataRegistry: params?.metadata ?? globalRegistry,
        target,
        unrepresentable: params?.unrepresentable ?? "throw",
        override: params?.override ?? (() => { }),
        io: params?.io ?? "output",
        counter: 0,
        seen: new Map(),
        sharedDefsExtractedFor: undefined,
        sharedEmitDoneFor: undefined,
        cycles: params?.cycles ?? "ref",
        reused: params?.reused ?? "inline",
        intersections: [],
        deferred: [],
        external: params?.external ?? undefined,
    };
}
/**
 * Applies the `unrepresentable` setting at a site that has no JSON Schema equivalent. Throws
 * `message` unless the setting (or the handler's return value) says otherwise. Returns `true` if a
 * custom JSON Schema was written into `json`, in which case the caller must not write its own.
 */
function handleUnrepresentable(schema, ctx, json, params, message) {
    const result = typeof ctx.unrepresentable === "function"
        ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message })
        : ctx.unrepresentable;
    if (result === "any")
        return false;
    if (result === undefined || result === "throw")
        throw new Error(message);
    Object.assign(json, result);
    return true;
}
// never rename this back to `process`: bundler polyfills inject a top-level `const process` that a lexical declaration of the same name collides with (#6397)
function to_json_schema_processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
    var _a;
    const def = schema._zod.def;
    // check for schema in seens
    const seen = ctx.seen.get(schema);
    if (seen) {
        seen.count++;
        // check if cycle
        const isCycle = _params.schemaPath.includes(schema);
        if (isCycle) {
            seen.cycle = _params.path;
        }
        return seen.schema;
    }
    // initialize
    const result = { schema: {}, count: 1, cycle: undefined, path: _params.path };
    ctx.seen.set(schema, result);
    ctx.sharedDefsExtractedFor = undefined;
    ctx.sharedEmitDoneFor = undefined;
    // custom method overrides default behavior
    const overrideSchema = schema._zod.toJSONSchema?.();
    if (overrideSchema) {
        result.schema = overrideSchema;
    }
    else {
        const params = {
            ..._params,
            schemaPath: [..._params.schemaPath, schema],
            path: _params.path,
        };
        if (schema._zod.processJSONSchema) {
            schema._zod.processJSONSchema(ctx, result.schema, params);
        }
        else {
            const _json = result.schema;
            const processor = ctx.processors[def.type];
            if (!processor) {
                throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
            }
            processor(schema, ctx, _json, params);
        }
        const parent = schema._zod.parent;
        if (parent) {
            // Also set ref if processor didn't (for inheritance)
            if (!result.ref)
                result.ref = parent;
            to_json_schema_processSchema(parent, ctx, params);
            ctx.seen.get(parent).isParent = true;
        }
    }
    // metadata
    const meta = ctx.metadataRegistry.get(schema);
    if (meta)
        assignProps(result.schema, meta);
    if (ctx.io === "input" && isTransforming(schema)) {
        // examples/defaults only apply to output type of pipe
        delete result.schema.examples;
        delete result.schema.default;
    }
    // set prefault as default
    if (ctx.io === "input" && "_prefault" in result.schema)
        (_a = result.schema).default ?? (_a.default = result.schema._prefault);
    delete result.schema._prefault;
    // pulling fresh from ctx.seen in case it was overwritten
    const _result = ctx.seen.get(schema);
    return _result.schema;
}
/** @deprecated Renamed to `processSchema`. An export alias declares no binding, so it is safe to keep. */

// Escape a reference token for use in a JSON Pointer fragment (RFC 6901): `~` becomes `~0` and `/` becomes `~1`. The `~` replacement must run first.
function encodeJSONPointerSegment(segment) {
    return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function to_json_schema_extractDefs(ctx, schema
// params: EmitParams
) {
    // iterate over seen map;
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // With `external` set, every registered schema resolves through the external branch of `makeURI`, so the root branch below produces the same ref the external branch would — this pass is identical whichever schema it is called with, and only needs to run once.
    if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
        return;
    // Track ids to detect duplicates across different schemas
    const idToSchema = new Map();
    for (const entry of ctx.seen.entries()) {
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            const existing = idToSchema.get(id);
            if (existing && existing !== entry[0]) {
                throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
            }
            idToSchema.set(id, entry[0]);
        }
    }
    // returns a ref to the schema defId will be empty if the ref points to an external schema (or #)
    const makeURI = (entry) => {
        // comparing the seen objects because sometimes multiple schemas map to the same seen object. e.g. lazy
        // external is configured
        const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
        if (ctx.external) {
            const externalId = ctx.external.registry.get(entry[0])?.id; // ?? "__shared";// `__schema${ctx.counter++}`;
            // check if schema is in the external registry
            const uriGenerator = ctx.external.uri ?? ((id) => id);
            if (externalId) {
                return { ref: uriGenerator(externalId) };
            }
            // otherwise, add to __shared
            const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
            entry[1].defId = id; // set defId so it will be reused if needed
            return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
        }
        const uriPrefix = `#`;
        const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
        // an id-less root has nowhere to be extracted to, so it stays inline and self-references as `#`
        if (entry[1] === root && !entry[1].schema.id) {
            return { ref: uriPrefix };
        }
        // self-contained schema
        const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
        return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
    };
    // stored cached version in `def` property remove all properties, set $ref
    const extractToDef = (entry) => {
        // if the schema is already a reference, do not extract it
        if (entry[1].schema.$ref) {
            return;
        }
        const seen = entry[1];
        const { ref, defId } = makeURI(entry);
        seen.def = { ...seen.schema };
        // defId won't be set if the schema is a reference to an external schema or if the schema is the root schema
        if (defId)
            seen.defId = defId;
        // wipe away all properties except $ref
        const schema = seen.schema;
        for (const key in schema) {
            delete schema[key];
        }
        schema.$ref = ref;
    };
    // throw on cycles
    // break cycles
    if (ctx.cycles === "throw") {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.cycle) {
                throw new Error("Cycle detected: " +
                    `#/${seen.cycle?.join("/")}/<root>` +
                    '\n\nSet the `cycles` parameter to `"ref"` to resolve cyclical schemas with defs.');
            }
        }
    }
    // extract schemas into $defs
    for (const entry of ctx.seen.entries()) {
        const seen = entry[1];
        // convert root schema to # $ref
        if (schema === entry[0]) {
            extractToDef(entry); // this has special handling for the root schema
            continue;
        }
        // extract schemas that are in the external registry
        if (ctx.external) {
            const ext = ctx.external.registry.get(entry[0])?.id;
            if (schema !== entry[0] && ext) {
                extractToDef(entry);
                continue;
            }
        }
        // extract schemas with `id` meta
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            extractToDef(entry);
            continue;
        }
        // break cycles
        if (seen.cycle) {
            // any
            extractToDef(entry);
            continue;
        }
        // extract reused schemas
        if (seen.count > 1) {
            if (ctx.reused === "ref") {
                extractToDef(entry);
            }
        }
    }
    if (ctx.external)
        ctx.sharedDefsExtractedFor = ctx.external;
}
/** Rewrites `anyOf: [{type: "a"}, {type: "b"}]` to `type: ["a", "b"]`, which every JSON Schema draft treats as equivalent and most consumers render far better for the nullable case. Only branches that are a bare type assertion qualify — anything carrying a constraint, `$ref`, `const` or metadata is left alone. Runs after `flattenRef`, so a branch an override decorated or `$defs` extraction turned into a `$ref` is no longer bare and correctly stays in `anyOf`. `oneOf` is excluded: `integer` and `number` overlap, so "exactly one" and "at least one" are not the same there. OpenAPI 3.0 is excluded: its `type` must be a single string. */
function compactTypeUnion(schema) {
    const options = schema.anyOf;
    if (!Array.isArray(options) || options.length === 0 || schema.type !== undefined)
        return;
    const types = [];
    for (const option of options) {
        if (!option || typeof option !== "object")
            return;
        // A branch that is itself a compactible union folds into this one — nested `anyOf` and a flat `type` array say the same thing. Compacting it first also makes the result independent of the order this pass walks the seen map in.
        compactTypeUnion(option);
        const keys = Object.keys(option);
        if (keys.length !== 1 || keys[0] !== "type")
            return;
        const type = option.type;
        for (const member of Array.isArray(type) ? type : [type]) {
            if (typeof member !== "string")
                return;
            if (!types.includes(member))
                types.push(member);
        }
    }
    delete schema.anyOf;
    // A `type` array must be non-empty and unique (metaschema); a single member is spelled as a bare string.
    schema.type = types.length === 1 ? types[0] : types;
}
/** Keywords `foldIntersection` knows how to combine. Anything else — `$ref`, `patternProperties`,
 * an annotation like `description` — makes a member unfoldable, so a constraint this does not
 * understand leaves the `allOf` alone instead of being silently dropped or misattributed. */
const FOLDABLE_KEYS = new Set(["type", "properties", "required", "additionalProperties"]);
const UNION_KEYS = ["oneOf", "anyOf"];
/** A member's constraint on a key it does not declare itself. A `catchall` states one; `false`, an absent `additionalProperties`, and the empty schema a loose object emits state nothing. */
function undeclaredConstraint(member) {
    const extra = member.additionalProperties;
    if (extra === undefined || extra === false || typeof extra !== "object" || extra === null)
        return null;
    return Object.keys(extra).length ? extra : null;
}
/** Combines object members into the single object they describe together, or returns `null` if any of them carries a keyword outside {@link FOLDABLE_KEYS}. */
function foldObjects(members) {
    const objects = [];
    for (const member of members) {
        // A boolean subschema is legal JSON Schema and carries no keywords to fold.
        if (typeof member !== "object" || member.type !== "object")
            return null;
        for (const key in member) {
            if (!FOLDABLE_KEYS.has(key))
                return null;
        }
        objects.push(member);
    }
    const properties = {};
    const required = new Set();
    for (const object of objects) {
        for (const key in object.properties) {
            // `in` would report a `__proto__` key as already present via the prototype chain and skip it.
            if (Object.prototype.hasOwnProperty.call(properties, key))
                continue;
            // Every member constrains this key: the ones that declare it say how, and a `catchall` member constrains it too even though it does not name it. The key has to satisfy all of them, which is the same intersection one level down.
            const parts = [];
            for (const other of objects) {
                const part = other.properties?.[key] ?? undeclaredConstraint(other);
                if (part === null || part === undefined)
                    continue;
                if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
                    parts.push(part);
            }
            const merged = parts.length === 1
                ? parts[0]
                : (foldObjects(parts) ?? { allOf: parts });
            util_assignProp(properties, key, merged);
        }
        for (const key of object.required ?? [])
            required.add(key);
    }
    const folded = { type: "object", properties };
    if (required.size)
        folded.required = [...required];
    // A key no member declares is rejected only when every member rejects it, so the fold is closed only when every member is. Otherwise it carries whatever the `catchall` members demand of such a key.
    if (objects.every((object) => object.additionalProperties === false)) {
        folded.additionalProperties = false;
    }
    else {
        const constraints = [];
        for (const object of objects) {
            const constraint = undeclaredConstraint(object);
            if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
                constraints.push(constraint);
        }
        if (constraints.length === 1)
            folded.additionalProperties = constraints[0];
        else if (constraints.length > 1)
            folded.additionalProperties = { allOf: constraints };
    }
    return folded;
}
/** `additionalProperties` in an `allOf` member sees only that member's own `properties`, so two
 * closed object members reject each other's keys and the schema validates nothing. Zod's parser
 * pools the key sets instead — `handleIntersectionResults` reports a key as unrecognized only when
 * *every* side rejects it — so the emitted schema has to pool them too, and folding the members
 * into one object is the encoding that says so on every target.
 *
 * This runs from `finalize`, after `extractDefs`, which is what keeps it clear of the `$ref`
 * machinery: a member extracted into `$defs` is already a `$ref` by now and declines to fold, so it
 * keeps its reference and its own closedness rather than being inlined as a stale copy. */
function foldIntersection(json) {
    const allOf = json.allOf;
    if (!Array.isArray(allOf) || allOf.length < 2)
        return;
    // An `override` runs before this pass and may have written object keywords onto the intersection itself. Those are deliberate, so decline rather than overwrite them.
    for (const key of FOLDABLE_KEYS)
        if (key in json)
            return;
    // An intersection distributes over a union: `A & (X | Y)` is `(A & X) | (A & Y)`. Only the first union is distributed over; a second one stays among the members every branch folds against, where it fails the object check and declines the whole intersection rather than multiplying out.
    const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
    let folded = null;
    if (!unions.length) {
        folded = foldObjects(allOf);
    }
    else {
        const union = unions[0];
        const keyword = UNION_KEYS.find((k) => Array.isArray(union[k]));
        if (Object.keys(union).length !== 1)
            return;
        const rest = allOf.filter((m) => m !== union);
        const branches = union[keyword].map((branch) => foldObjects([...rest, branch]));
        if (branches.some((b) => !b))
            return;
        folded = { [keyword]: branches };
    }
    if (!folded)
        return;
    delete json.allOf;
    assignProps(json, folded);
}
function to_json_schema_finalize(ctx, schema) {
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // flatten refs - inherit properties from parent schemas
    const flattenRef = (zodSchema) => {
        const seen = ctx.seen.get(zodSchema);
        // already processed
        if (seen.ref === null)
            return;
        const schema = seen.def ?? seen.schema;
        const _cached = { ...schema };
        const ref = seen.ref;
        seen.ref = null; // prevent infinite recursion
        if (ref) {
            flattenRef(ref);
            const refSeen = ctx.seen.get(ref);
            const refSchema = refSeen.schema;
            // merge referenced schema into current
            if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
                // older drafts can't combine $ref with other properties
                schema.allOf = schema.allOf ?? [];
                schema.allOf.push(refSchema);
            }
            else {
                assignProps(schema, refSchema);
            }
            // restore child's own properties (child wins)
            assignProps(schema, _cached);
            const isParentRef = zodSchema._zod.parent === ref;
            // For parent chain, child is a refinement - remove parent-only properties
            if (isParentRef) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (!(key in _cached)) {
                        delete schema[key];
                    }
                }
            }
            // When ref was extracted to $defs, remove properties that match the definition
            if (refSchema.$ref && refSeen.def) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (key in refSeen.def && JSON.stringify(schema[key]) === JSON.stringify(refSeen.def[key])) {
                        delete schema[key];
                    }
                }
            }
        }
        // If parent was extracted (has $ref), propagate $ref to this schema. This handles cases like: readonly().meta({id}).describe() where processor sets ref to innerType but parent should be referenced
        const parent = zodSchema._zod.parent;
        if (parent && parent !== ref) {
            // Ensure parent is processed first so its def has inherited properties
            flattenRef(parent);
            const parentSeen = ctx.seen.get(parent);
            if (parentSeen?.schema.$ref) {
                schema.$ref = parentSeen.schema.$ref;
                // De-duplicate with parent's definition
                if (parentSeen.def) {
                    for (const key in schema) {
                        if (key === "$ref" || key === "allOf")
                            continue;
                        if (key in parentSeen.def && JSON.stringify(schema[key]) === JSON.stringify(parentSeen.def[key])) {
                            delete schema[key];
                        }
                    }
                }
            }
        }
        // execute overrides
        ctx.override({
            zodSchema: zodSchema,
            jsonSchema: schema,
            path: seen.path ?? [],
        });
    };
    // Flattening walks the whole map and clears each `ref` as it goes, so a second call over the same map is a no-op scan. Skip it outright once it has run for a registry conversion.
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of [...ctx.seen.entries()].reverse()) {
            flattenRef(entry[0]);
        }
        if (ctx.target !== "openapi-3.0") {
            for (const entry of ctx.seen.entries()) {
                compactTypeUnion(entry[1].def ?? entry[1].schema);
            }
        }
        for (const rewrite of ctx.deferred)
            rewrite();
        // After flattening, every member that was extracted is a `$ref`, so the fold sees the final shape. A schema that inherits an intersection — through `z.lazy`, or any `ref` chain — holds the same `allOf` array, so fold by array identity to catch every copy.
        if (ctx.intersections.length) {
            const carriers = new Map();
            for (const seen of ctx.seen.values()) {
                for (const json of [seen.schema, seen.def]) {
                    const allOf = json?.allOf;
                    if (!Array.isArray(allOf))
                        continue;
                    const existing = carriers.get(allOf);
                    if (existing)
                        existing.push(json);
                    else
                        carriers.set(allOf, [json]);
                }
            }
            for (const allOf of ctx.intersections) {
                for (const json of carriers.get(allOf) ?? [])
                    foldIntersection(json);
            }
        }
    }
    const result = {};
    if (ctx.target === "draft-2020-12") {
        result.$schema = "https://json-schema.org/draft/2020-12/schema";
    }
    else if (ctx.target === "draft-07") {
        result.$schema = "http://json-schema.org/draft-07/schema#";
    }
    else if (ctx.target === "draft-04") {
        result.$schema = "http://json-schema.org/draft-04/schema#";
    }
    else if (ctx.target === "openapi-3.0") {
        // OpenAPI 3.0 schema objects should not include a $schema property
    }
    else {
        // Arbitrary string values are allowed but won't have a $schema property set
    }
    if (ctx.external?.uri) {
        const id = ctx.external.registry.get(schema)?.id;
        if (!id)
            throw new Error("Schema is missing an `id` property");
        result.$id = ctx.external.uri(id);
    }
    // when the root was extracted into $defs, `root.schema` is the `$ref` wrapper and `root.def` is the body that now lives under $defs
    assignProps(result, root.defId ? root.schema : (root.def ?? root.schema));
    // The `id` in `.meta()` is a Zod-specific registration tag used to extract schemas into $defs — it is not user-facing JSON Schema metadata. Strip it from the output body where it would otherwise leak. The id is preserved implicitly via the $defs key (and via $ref paths).
    const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
    if (rootMetaId !== undefined && result.id === rootMetaId)
        delete result.id;
    // build defs object. With `external`, `defs` is the shared object every schema writes into, so the same entries are reassigned on every call. Without it, `defs` is fresh per call and must be rebuilt.
    const defs = ctx.external?.defs ?? {};
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.def && seen.defId) {
                if (seen.def.id === seen.defId)
                    delete seen.def.id;
                util_assignProp(defs, seen.defId, seen.def);
            }
        }
    }
    if (ctx.external)
        ctx.sharedEmitDoneFor = ctx.external;
    // set definitions in result
    if (ctx.external) {
    }
    else {
        if (Object.keys(defs).length > 0) {
            if (ctx.target === "draft-2020-12") {
                result.$defs = defs;
            }
            else {
                result.definitions = defs;
            }
        }
    }
    try {
        // this "finalizes" this schema and ensures all cycles are removed each call to finalize() is functionally independent though the seen map is shared
        const finalized = JSON.parse(JSON.stringify(result));
        Object.defineProperty(finalized, "~standard", {
            value: {
                ...schema["~standard"],
                jsonSchema: {
                    input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
                    output: createStandardJSONSchemaMethod(schema, "output", ctx.processors),
                },
            },
            enumerable: false,
            writable: false,
        });
        return finalized;
    }
    catch (_err) {
        throw new Error("Error converting schema to JSON.");
    }
}
function isTransforming(_schema, _ctx) {
    const ctx = _ctx ?? { seen: new Set() };
    if (ctx.seen.has(_schema))
        return false;
    ctx.seen.add(_schema);
    const def = _schema._zod.def;
    if (def.type === "transform")
        return true;
    if (def.type === "array")
        return isTransforming(def.element, ctx);
    if (def.type === "set")
        return isTransforming(def.valueType, ctx);
    if (def.type === "lazy")
        return isTransforming(def.getter(), ctx);
    if (def.type === "promise" ||
        def.type === "optional" ||
        def.type === "nonoptional" ||
        def.type === "nullable" ||
        def.type === "readonly" ||
        def.type === "default" ||
        def.type === "prefault" ||
        def.type === "catch") {
        return isTransforming(def.innerType, ctx);
    }
    if (def.type === "intersection") {
        return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
    }
    if (def.type === "record" || def.type === "map") {
        return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
    }
    if (def.type === "pipe") {
        if (_schema._zod.traits.has("$ZodCodec"))
            return true;
        return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
    }
    if (def.type === "object") {
        for (const key in def.shape) {
            if (isTransforming(def.shape[key], ctx))
                return true;
        }
        return false;
    }
    if (def.type === "union") {
        for (const option of def.options) {
            if (isTransforming(option, ctx))
                return true;
        }
        return false;
    }
    if (def.type === "tuple") {
        for (const item of def.items) {
            if (isTransforming(item, ctx))
                return true;
        }
        if (def.rest && isTransforming(def.rest, ctx))
            return true;
        return false;
    }
    return false;
}
/**
 * Creates a toJSONSchema method for a schema instance.
 * This encapsulates the logic of initializing context, processing, extracting defs, and finalizing.
 */
const createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
    const ctx = to_json_schema_initializeContext({ ...params, processors });
    to_json_schema_processSchema(schema, ctx);
    to_json_schema_extractDefs(ctx, schema);
    return to_json_schema_finalize(ctx, schema);
};
const createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
    const { libraryOptions, target } = params ?? {};
    const ctx = to_json_schema_initializeContext({ ...(libraryOptions ?? {}), target, io, processors });
    to_json_schema_processSchema(schema, ctx);
    to_json_schema_extractDefs(ctx, schema);
    return to_json_schema_finalize(ctx, schema);
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/json-schema-processors.js




const narrowMin = (agg, key, value) => {
    if (agg[key] === undefined || value > agg[key])
        agg[key] = value;
};
const narrowMax = (agg, key, value) => {
    if (agg[key] === undefined || value < agg[key])
        agg[key] = value;
};
const narrowBoth = (agg, value) => {
    narrowMin(agg, "minimum", value);
    narrowMax(agg, "maximum", value);
};
const addDivisor = (agg, value) => {
    agg.multipleOf ?? (agg.multipleOf = []);
    if (!agg.multipleOf.includes(value))
        agg.multipleOf.push(value);
};
const addPattern = (agg, pattern) => {
    agg.patterns ?? (agg.patterns = new Set());
    agg.patterns.add(pattern);
};
const intersectMime = (agg, mime) => {
    agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
// last-wins, matching the bag's historical write order; the flag keeps an integer format from being lost to a later float one
const setFormat = (agg, format) => {
    agg.format = format;
    if (format.includes("int"))
        agg.isInt = true;
};
const minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
const maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
const formatContributor = (ranges) => (agg, def) => {
    setFormat(agg, def.format);
    const [minimum, maximum] = ranges[def.format];
    narrowMin(agg, "minimum", minimum);
    narrowMax(agg, "maximum", maximum);
};
const contributors = {
    greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
    less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
    multiple_of: (agg, def) => addDivisor(agg, def.value),
    number_format: formatContributor(NUMBER_FORMAT_RANGES),
    bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
    min_length: minContributor,
    max_length: maxContributor,
    length_equals: (agg, def) => narrowBoth(agg, def.length),
    min_size: minContributor,
    max_size: maxContributor,
    size_equals: (agg, def) => narrowBoth(agg, def.size),
    string_format: (agg, def) => {
        setFormat(agg, def.format);
        if (def.pattern)
            addPattern(agg, def.pattern);
        if (def.format === "base64" || def.format === "base64url")
            agg.contentEncoding = def.format;
        if (def.local || def.precision === -1)
            agg.laxFormat = true;
    },
    mime_type: (agg, def) => intersectMime(agg, def.mime),
};
function aggregateChecks(schema) {
    const agg = {};
    const def = schema._zod.def;
    // a format schema is its own first check, same rule as $ZodType init
    const list = schema._zod.traits.has("$ZodCheck")
        ? [schema, ...(def.checks ?? [])]
        : (def.checks ?? []);
    for (const ch of list)
        contributors[ch._zod.def.check]?.(agg, ch._zod.def);
    // reconcile with the bag so third-party onattach contributions still land; first-party residue is never tighter than the fold, so merging it back is idempotent for one and additive for the other
    const bag = schema._zod.bag;
    if (bag.minimum !== undefined)
        narrowMin(agg, "minimum", bag.minimum);
    if (bag.exclusiveMinimum !== undefined)
        narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
    if (bag.maximum !== undefined)
        narrowMax(agg, "maximum", bag.maximum);
    if (bag.exclusiveMaximum !== undefined)
        narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
    if (bag.multipleOf !== undefined)
        addDivisor(agg, bag.multipleOf);
    if (bag.format !== undefined) {
        agg.format ?? (agg.format = bag.format);
        if (bag.format.includes("int"))
            agg.isInt = true;
    }
    if (bag.mime)
        intersectMime(agg, bag.mime);
    for (const pattern of bag.patterns ?? [])
        addPattern(agg, pattern);
    return agg;
}
const formatMap = {
    guid: "uuid",
    url: "uri",
    datetime: "date-time",
    json_string: "json-string",
    regex: "", // do not set
};
// ==================== SIMPLE TYPE PROCESSORS ====================
// the runtime patterns are lax so parse paths never overflow the regex stack; the emitted schema swaps in the exact block forms, which zod itself never executes
const exactPatterns = new Map([
    [base64Charset, base64],
    [base64urlCharset, base64url],
]);
const exactPattern = (p) => exactPatterns.get(p) ?? p;
const stringProcessor = (schema, ctx, _json, _params) => {
    const json = _json;
    json.type = "string";
    const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minLength = minimum;
    if (typeof maximum === "number")
        json.maxLength = maximum;
    // custom pattern overrides format
    if (format) {
        json.format = formatMap[format] ?? format;
        if (json.format === "")
            delete json.format; // empty format is not valid
        // `z.iso.time()` is never full-time, and `laxFormat` carries the datetime shapes that also accept what their keyword forbids
        if (format === "time" || laxFormat) {
            delete json.format;
        }
    }
    if (contentEncoding)
        json.contentEncoding = contentEncoding;
    if (patterns && patterns.size > 0) {
        const patternList = [...patterns].map(exactPattern);
        if (patternList.length === 1)
            json.pattern = patternList[0].source;
        else if (patternList.length > 1) {
            json.allOf = [
                ...patternList.map((regex) => ({
                    ...(ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0"
                        ? { type: "string" }
                        : {}),
                    pattern: regex.source,
                })),
            ];
        }
    }
};
const numberProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
    json.type = isInt ? "integer" : "number";
    // when both minimum and exclusiveMinimum exist, pick the more restrictive one
    const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
    const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
    const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
    if (exMin) {
        if (legacy) {
            json.minimum = exclusiveMinimum;
            json.exclusiveMinimum = true;
        }
        else {
            json.exclusiveMinimum = exclusiveMinimum;
        }
    }
    else if (typeof minimum === "number") {
        json.minimum = minimum;
    }
    if (exMax) {
        if (legacy) {
            json.maximum = exclusiveMaximum;
            json.exclusiveMaximum = true;
        }
        else {
            json.exclusiveMaximum = exclusiveMaximum;
        }
    }
    else if (typeof maximum === "number") {
        json.maximum = maximum;
    }
    if (multipleOf) {
        // JSON Schema requires a divisor strictly greater than zero, and a non-finite one does not survive JSON at all. A negative divisor accepts exactly what its absolute value accepts, so it still maps; zero, NaN and Infinity have no keyword form.
        const divisors = new Set();
        for (const divisor of multipleOf) {
            if (Number.isFinite(divisor) && divisor !== 0)
                divisors.add(Math.abs(divisor));
            else
                handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
        }
        // chained divisors are a conjunction the keyword cannot carry alone, so extras ride an allOf, same as stacked patterns
        const [first, ...rest] = divisors;
        if (first !== undefined)
            json.multipleOf = first;
        if (rest.length)
            json.allOf = [...(json.allOf ?? []), ...rest.map((m) => ({ multipleOf: m }))];
    }
};
const booleanProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const bigintProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "BigInt cannot be represented in JSON Schema");
};
const symbolProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Symbols cannot be represented in JSON Schema");
};
const nullProcessor = (_schema, ctx, json, _params) => {
    if (ctx.target === "openapi-3.0") {
        json.type = "string";
        json.nullable = true;
        json.enum = [null];
    }
    else {
        json.type = "null";
    }
};
const undefinedProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Undefined cannot be represented in JSON Schema");
};
const voidProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Void cannot be represented in JSON Schema");
};
const neverProcessor = (_schema, _ctx, json, _params) => {
    json.not = {};
};
const anyProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const unknownProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const dateProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Date cannot be represented in JSON Schema");
};
const enumProcessor = (schema, _ctx, json, _params) => {
    const def = schema._zod.def;
    const values = getEnumValues(def.entries);
    // an empty enum accepts nothing, same as z.never()
    if (values.length === 0) {
        json.not = {};
        return;
    }
    // Number enums can have both string and number values
    if (values.every((v) => typeof v === "number"))
        json.type = "number";
    if (values.every((v) => typeof v === "string"))
        json.type = "string";
    json.enum = values;
};
const literalProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // a literal with no values accepts nothing, same as z.never()
    if (def.values.length === 0) {
        json.not = {};
        return;
    }
    const vals = [];
    for (const val of def.values) {
        if (val === undefined) {
            // a custom schema replaces the whole literal, so there is nothing left to accumulate
            if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema"))
                return;
            // otherwise do not add to vals
        }
        else if (typeof val === "bigint") {
            if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema"))
                return;
            vals.push(Number(val));
        }
        else {
            vals.push(val);
        }
    }
    if (vals.length === 0) {
        // do nothing (an undefined literal was stripped)
    }
    else if (vals.length === 1) {
        const val = vals[0];
        json.type = val === null ? "null" : typeof val;
        if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
            json.enum = [val];
        }
        else {
            json.const = val;
        }
    }
    else {
        if (vals.every((v) => typeof v === "number"))
            json.type = "number";
        if (vals.every((v) => typeof v === "string"))
            json.type = "string";
        if (vals.every((v) => typeof v === "boolean"))
            json.type = "boolean";
        if (vals.every((v) => v === null))
            json.type = "null";
        json.enum = vals;
    }
};
const nanProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "NaN cannot be represented in JSON Schema");
};
const templateLiteralProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    const pattern = schema._zod.pattern;
    if (!pattern)
        throw new Error("Pattern not found in template literal");
    _json.type = "string";
    _json.pattern = pattern.source;
};
const fileProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    _json.type = "string";
    _json.format = "binary";
    _json.contentEncoding = "binary";
    const { minimum, maximum, mime } = aggregateChecks(schema);
    if (minimum !== undefined)
        _json.minLength = minimum;
    if (maximum !== undefined)
        _json.maxLength = maximum;
    if (!mime)
        return;
    // an empty intersection means the mime checks share no value, so nothing passes at runtime; `anyOf` must be non-empty, so the false schema is `not: {}`
    if (mime.length === 0)
        _json.not = {};
    else if (mime.length === 1)
        _json.contentMediaType = mime[0];
    // only contentMediaType differs, so the shared props stay at the root
    else
        _json.anyOf = mime.map((m) => ({ contentMediaType: m }));
};
const successProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const customProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
const functionProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Function types cannot be represented in JSON Schema");
};
const transformProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
const mapProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Map cannot be represented in JSON Schema");
};
const setProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Set cannot be represented in JSON Schema");
};
// ==================== COMPOSITE TYPE PROCESSORS ====================
const arrayProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
    json.type = "array";
    json.items = to_json_schema_processSchema(def.element, ctx, {
        ...params,
        path: [...params.path, "items"],
    });
};
// Transform and catch set `optin = "optional"` at runtime so the parser lets them observe an
// absent key, but their declared input type stays required. An input JSON Schema describes the
// declared type, so resolve past them to the schema that actually carries the optionality.
// Used by both `objectProcessor` (for `required`) and `tupleProcessor` (for `minItems`); see
// wiki/optionality.md, "The JSON Schema emitter reads the *static* value".
function inputOptin(schema) {
    const def = schema._zod.def;
    if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
        return inputOptin(def.out);
    }
    if (def.type === "catch") {
        return inputOptin(def.innerType);
    }
    return schema._zod.optin;
}
const objectProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const shape = def.shape;
    // dropping it while still emitting `additionalProperties: false` would emit a schema that rejects data this one requires
    const symbolKeys = Object.getOwnPropertySymbols(shape);
    if (symbolKeys.length &&
        handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
        return;
    }
    json.type = "object";
    json.properties = {};
    for (const key in shape) {
        // assignProp so a __proto__ key becomes an own property instead of hitting the inherited setter on the plain {} we build into
        util_assignProp(json.properties, key, to_json_schema_processSchema(shape[key], ctx, {
            ...params,
            path: [...params.path, "properties", key],
        }));
    }
    // required keys
    const requiredKeys = [];
    for (const key of Object.keys(shape)) {
        const field = def.shape[key];
        if (ctx.io === "input" ? inputOptin(field) === undefined : field._zod.optout === undefined) {
            requiredKeys.push(key);
        }
    }
    if (requiredKeys.length > 0) {
        json.required = requiredKeys;
    }
    // catchall
    if (def.catchall?._zod.def.type === "never") {
        // strict
        json.additionalProperties = false;
    }
    else if (!def.catchall) {
        // regular
        if (ctx.io === "output")
            json.additionalProperties = false;
    }
    else if (def.catchall) {
        json.additionalProperties = to_json_schema_processSchema(def.catchall, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
};
const unionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // Exclusive unions (inclusive === false) use oneOf (exactly one match) instead of anyOf (one or more matches). This includes both z.xor() and discriminated unions
    const isExclusive = def.inclusive === false;
    const options = def.options.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [...params.path, isExclusive ? "oneOf" : "anyOf", i],
    }));
    if (isExclusive) {
        json.oneOf = options;
    }
    else {
        json.anyOf = options;
    }
};
const intersectionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const a = to_json_schema_processSchema(def.left, ctx, {
        ...params,
        path: [...params.path, "allOf", 0],
    });
    const b = to_json_schema_processSchema(def.right, ctx, {
        ...params,
        path: [...params.path, "allOf", 1],
    });
    const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
    const allOf = [
        ...(isSimpleIntersection(a) ? a.allOf : [a]),
        ...(isSimpleIntersection(b) ? b.allOf : [b]),
    ];
    json.allOf = allOf;
    // Recorded innermost first, so a nested intersection has already folded by the time this one is considered. The array is the handle rather than the schema, because a wrapper that inherits this schema shares the same array; `finalize` folds every object holding it. See `foldIntersection`.
    ctx.intersections.push(allOf);
};
const tupleProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "array";
    const prefixPath = ctx.target === "draft-2020-12" ? "prefixItems" : "items";
    const restPath = ctx.target === "draft-2020-12" ? "items" : ctx.target === "openapi-3.0" ? "items" : "additionalItems";
    const prefixItems = def.items.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [...params.path, prefixPath, i],
    }));
    const rest = def.rest
        ? to_json_schema_processSchema(def.rest, ctx, {
            ...params,
            path: [...params.path, restPath, ...(ctx.target === "openapi-3.0" ? [def.items.length] : [])],
        })
        : null;
    let minItems = def.items.length;
    while (minItems > 0) {
        const item = def.items[minItems - 1];
        const optional = ctx.io === "input" ? inputOptin(item) !== undefined : item._zod.optout === "optional";
        if (!optional)
            break;
        minItems--;
    }
    const maxItems = def.items.length;
    const isClosed = !def.rest;
    if (ctx.target === "draft-2020-12") {
        json.prefixItems = prefixItems;
        if (isClosed) {
            json.items = false;
        }
        else if (rest) {
            json.items = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else if (ctx.target === "openapi-3.0") {
        json.items = {
            anyOf: prefixItems,
        };
        if (rest) {
            json.items.anyOf.push(rest);
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else {
        json.items = prefixItems;
        if (isClosed) {
            json.additionalItems = false;
        }
        else if (rest) {
            json.additionalItems = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    // explicit user-defined length checks take precedence
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
};
/** JSON object keys are always strings, so a numeric record key schema is re-expressed over the
 * numeric-string form the record parser matches. Deferred to `finalize`, after the flatten: a key
 * behind a wrapper only carries its own `type` before then, and a union key only has its branches.
 *
 * A numeric bound cannot apply to a property name, so `minimum` and its siblings are dropped rather
 * than carried over: keeping them beside `type: "string"` reproduces the match-nothing schema this
 * exists to fix. A key that carries one therefore emits wider than the record parses — `z.record(z.number().min(5), V)`
 * accepts `"3"` — which is the deliberate trade, since throwing on it would reject an ordinary schema
 * outright. */
function stringifyKeyNames(bySchema, json, visited) {
    // an extracted key that rewrites cannot go on sharing its definition — the string form a key position needs is not the number form every other reference wants — so it inlines. One that does not rewrite keeps the `$ref`.
    if (json.$ref) {
        // a recursive key holds its own reference inside its definition, so a node already on the path is left alone rather than resolved again
        if (visited.has(json))
            return json;
        visited.add(json);
        const def = bySchema.get(json)?.def;
        if (!def)
            return json;
        const inlined = stringifyKeyNames(bySchema, def, visited);
        return inlined === def ? json : inlined;
    }
    for (const keyword of ["anyOf", "oneOf"]) {
        const branches = json[keyword];
        if (!Array.isArray(branches))
            continue;
        const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
        // rebuilding regardless would detach a key that had nothing to re-express, dropping its `$ref` and leaking the internal `id`
        if (mapped.some((branch, i) => branch !== branches[i]))
            json = { ...json, [keyword]: mapped };
    }
    // a member that already admits a string leaves the key unconstrained, so the node's own type re-expresses only when every member is numeric
    const types = Array.isArray(json.type) ? json.type : [json.type];
    const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
    // a heterogeneous key carries no type at all, so its numeric members are caught here instead
    const values = json.enum ?? (json.const !== undefined ? [json.const] : undefined);
    if (!numericType && !values?.some((v) => typeof v === "number"))
        return json;
    const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
    if (rest.enum)
        rest.enum = rest.enum.map((v) => (typeof v === "number" ? String(v) : v));
    else if (typeof rest.const === "number")
        rest.const = String(rest.const);
    // a heterogeneous key keeps its absent type: the stringified members already say what a key may be
    if (!numericType)
        return rest;
    rest.type = "string";
    if (!values)
        rest.pattern = (types.includes("number") ? number : integer).source;
    return rest;
}
/** Every record of one conversion, so the carriers are found in a single pass rather than once per record. */
const pendingRecords = new WeakMap();
function rewriteKeyNames(ctx) {
    // an extracted key is resolved by the object `extractToDef` left in its place, so the map is built once rather than searched per reference. `_zod.toJSONSchema` can hand the same object to two schemas, so the first entry carrying a body wins, as a search would have found it.
    const bySchema = new Map();
    for (const entry of ctx.seen.values()) {
        if (entry.def && !bySchema.has(entry.schema))
            bySchema.set(entry.schema, entry);
    }
    const rewrites = new Map();
    for (const record of pendingRecords.get(ctx) ?? []) {
        const seen = ctx.seen.get(record);
        const names = (seen?.def ?? seen?.schema)?.propertyNames;
        if (!names || names === true || rewrites.has(names))
            continue;
        const rewritten = stringifyKeyNames(bySchema, names, new Set());
        if (rewritten !== names)
            rewrites.set(names, rewritten);
    }
    if (!rewrites.size)
        return;
    // the flatten has already copied each record's own properties onto every wrapper by reference, and an extracted body is another such copy, so every carrier holding a rewritten key is updated together
    for (const entry of ctx.seen.values()) {
        for (const carrier of [entry.schema, entry.def]) {
            const rewritten = carrier && rewrites.get(carrier.propertyNames);
            if (rewritten)
                carrier.propertyNames = rewritten;
        }
    }
}
const recordProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "object";
    // For looseRecord with regex patterns, use patternProperties. This correctly represents "only validate keys matching the pattern" semantics and composes well with allOf (intersections)
    const keyType = def.keyType;
    const patterns = aggregateChecks(keyType).patterns;
    if (def.mode === "loose" && patterns && patterns.size > 0) {
        // Use patternProperties for looseRecord with regex patterns
        const valueSchema = to_json_schema_processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "patternProperties", "*"],
        });
        json.patternProperties = {};
        for (const pattern of patterns) {
            util_assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
        }
    }
    else {
        // Default behavior: use propertyNames + additionalProperties
        if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
            json.propertyNames = to_json_schema_processSchema(def.keyType, ctx, {
                ...params,
                path: [...params.path, "propertyNames"],
            });
            let pending = pendingRecords.get(ctx);
            if (!pending) {
                pending = [];
                pendingRecords.set(ctx, pending);
                ctx.deferred.push(() => rewriteKeyNames(ctx));
            }
            pending.push(schema);
        }
        json.additionalProperties = to_json_schema_processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
    // Add required for keys with discrete values (enum, literal, etc.)
    const keyValues = keyType._zod.values;
    // Every key shares one value schema, so an optional-in value makes the whole key set omittable on input. Output keeps them: the exhaustive branch assigns every key, even one whose value came back undefined.
    const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== undefined;
    if (keyValues && !def.partial && !omittableOnInput) {
        const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
        if (validKeyValues.length > 0) {
            json.required = validKeyValues.map(String);
        }
    }
};
const nullableProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const inner = to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    if (ctx.target === "openapi-3.0") {
        seen.ref = def.innerType;
        json.nullable = true;
    }
    else {
        json.anyOf = [inner, { type: "null" }];
    }
};
const nonoptionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
/** Round-trips a default value through JSON so the emitted schema is guaranteed to be valid JSON.
 * A BigInt has no reliable encoding, so it goes through `unrepresentable` like any other
 * unrepresentable value. Returns a sentinel when the caller must not write a default of its own. */
const UNREPRESENTABLE_DEFAULT = Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
    let unrepresentable = false;
    const serialized = JSON.stringify(value, (_, val) => {
        if (typeof val !== "bigint")
            return val;
        unrepresentable = true;
        return null;
    });
    if (!unrepresentable)
        return JSON.parse(serialized);
    handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
    return UNREPRESENTABLE_DEFAULT;
}
const defaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json.default = value;
};
const prefaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    if (ctx.io !== "input")
        return;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json._prefault = value;
};
const catchProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    let catchValue;
    try {
        catchValue = def.catchValue(undefined);
    }
    catch {
        handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
        return;
    }
    json.default = catchValue;
};
const pipeProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    const inIsTransform = def.in._zod.traits.has("$ZodTransform");
    const innerType = ctx.io === "input" ? (inIsTransform ? def.out : def.in) : def.out;
    to_json_schema_processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
const readonlyProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    json.readOnly = true;
};
const promiseProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const optionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const lazyProcessor = (schema, ctx, _json, params) => {
    const innerType = schema._zod.innerType;
    to_json_schema_processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
// ==================== ALL PROCESSORS ====================
const allProcessors = {
    string: stringProcessor,
    number: numberProcessor,
    boolean: booleanProcessor,
    bigint: bigintProcessor,
    symbol: symbolProcessor,
    null: nullProcessor,
    undefined: undefinedProcessor,
    void: voidProcessor,
    never: neverProcessor,
    any: anyProcessor,
    unknown: unknownProcessor,
    date: dateProcessor,
    enum: enumProcessor,
    literal: literalProcessor,
    nan: nanProcessor,
    template_literal: templateLiteralProcessor,
    file: fileProcessor,
    success: successProcessor,
    custom: customProcessor,
    function: functionProcessor,
    transform: transformProcessor,
    map: mapProcessor,
    set: setProcessor,
    array: arrayProcessor,
    object: objectProcessor,
    union: unionProcessor,
    intersection: intersectionProcessor,
    tuple: tupleProcessor,
    record: recordProcessor,
    nullable: nullableProcessor,
    nonoptional: nonoptionalProcessor,
    default: defaultProcessor,
    prefault: prefaultProcessor,
    catch: catchProcessor,
    pipe: pipeProcessor,
    readonly: readonlyProcessor,
    promise: promiseProcessor,
    optional: optionalProcessor,
    lazy: lazyProcessor,
};
function toJSONSchema(input, params) {
    if ("_idmap" in input) {
        // Registry case
        const registry = input;
        const ctx = initializeContext({ ...params, processors: allProcessors });
        const defs = {};
        // First pass: process all schemas to build the seen map
        for (const entry of registry._idmap.entries()) {
            const [_, schema] = entry;
            processSchema(schema, ctx);
        }
        const schemas = {};
        const external = {
            registry,
            uri: params?.uri,
            defs,
        };
        // Update the context with external configuration
        ctx.external = external;
        // Second pass: emit each schema
        for (const entry of registry._idmap.entries()) {
            const [key, schema] = entry;
            extractDefs(ctx, schema);
            assignProp(schemas, key, finalize(ctx, schema));
        }
        if (Object.keys(defs).length > 0) {
            const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
            schemas.__shared = {
                [defsSegment]: defs,
            };
        }
        return { schemas };
    }
    // Single schema case
    const ctx = initializeContext({ ...params, processors: allProcessors });
    processSchema(input, ctx);
    extractDefs(ctx, input);
    return finalize(ctx, input);
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/locales/en.js

const error = () => {
    const Sizable = {
        string: { unit: "characters", verb: "to have" },
        file: { unit: "bytes", verb: "to have" },
        array: { unit: "items", verb: "to have" },
        set: { unit: "items", verb: "to have" },
        map: { unit: "entries", verb: "to have" },
    };
    function getSizing(origin) {
        return Sizable[origin] ?? null;
    }
    const FormatDictionary = {
        regex: "input",
        email: "email address",
        url: "URL",
        emoji: "emoji",
        uuid: "UUID",
        uuidv4: "UUIDv4",
        uuidv6: "UUIDv6",
        nanoid: "nanoid",
        guid: "GUID",
        cuid: "cuid",
        cuid2: "cuid2",
        ulid: "ULID",
        xid: "XID",
        ksuid: "KSUID",
        datetime: "ISO datetime",
        date: "ISO date",
        time: "ISO time",
        duration: "ISO duration",
        ipv4: "IPv4 address",
        ipv6: "IPv6 address",
        mac: "MAC address",
        cidrv4: "IPv4 range",
        cidrv6: "IPv6 range",
        base64: "base64-encoded string",
        base64url: "base64url-encoded string",
        json_string: "JSON string",
        e164: "E.164 number",
        currency_code: "currency code",
        credit_card: "credit card number",
        iban: "IBAN",
        jwt: "JWT",
        template_literal: "input",
    };
    // type names: missing keys = do not translate (use raw value via ?? fallback)
    const TypeDictionary = {
        // Compatibility: "nan" -> "NaN" for display
        nan: "NaN",
        // All other type names omitted - they fall back to raw values via ?? operator
    };
    function getTypeName(type, input) {
        if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
            return String(input);
        }
        return TypeDictionary[type] ?? type;
    }
    return (issue) => {
        switch (issue.code) {
            case "invalid_type": {
                const expected = getTypeName(issue.expected);
                const receivedType = parsedType(issue.input);
                const received = getTypeName(receivedType, issue.input);
                return `Invalid input: expected ${expected}, received ${received}`;
            }
            case "invalid_value":
                if (issue.values.length === 1)
                    return `Invalid input: expected ${stringifyPrimitive(issue.values[0])}`;
                return `Invalid option: expected one of ${joinValues(issue.values, "|")}`;
            case "too_big": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
                const sizing = getSizing(issue.origin);
                if (sizing)
                    return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
                return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
            }
            case "too_small": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
                const sizing = getSizing(issue.origin);
                if (sizing) {
                    return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
                }
                return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
            }
            case "invalid_format": {
                const _issue = issue;
                if (_issue.format === "starts_with") {
                    return `Invalid string: must start with "${_issue.prefix}"`;
                }
                if (_issue.format === "ends_with")
                    return `Invalid string: must end with "${_issue.suffix}"`;
                if (_issue.format === "includes")
                    return `Invalid string: must include "${_issue.includes}"`;
                if (_issue.format === "regex")
                    return `Invalid string: must match pattern ${_issue.pattern}`;
                return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
            }
            case "not_multiple_of":
                return `Invalid number: must be a multiple of ${issue.divisor}`;
            case "unrecognized_keys":
                return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${joinValues(issue.keys, ", ")}`;
            case "invalid_key":
                return `Invalid key in ${issue.origin}`;
            case "invalid_union":
                if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) {
                    const opts = issue.options.map((o) => `'${o}'`).join(" | ");
                    return `Invalid discriminator value. Expected ${opts}`;
                }
                if (issue.inclusive === false) {
                    return "Invalid input: more than one option matched";
                }
                return "Invalid input";
            case "invalid_element":
                return `Invalid value in ${issue.origin}`;
            default:
                return `Invalid input`;
        }
    };
};
/* harmony default export */ function en() {
    return {
        localeError: error(),
    };
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/errors.js


/* Computing the message eagerly is expensive (pretty-printed JSON of all
 * issues), so defer it until first read. The accessor functions and
 * descriptors are shared across instances to keep error construction
 * cheap; the computed message is cached on the internals object. The
 * setter preserves plain assignment semantics for consumers that
 * overwrite `message`. */
function _getMessage() {
    const internals = this._zod;
    internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
    return internals.message;
}
function _setMessage(value) {
    this._zod.message = value;
}
const _messageDesc = {
    get: _getMessage,
    set: _setMessage,
    enumerable: true,
    configurable: true,
};
const _issuesDesc = { value: undefined, enumerable: false };
/* Prototypes that already carry the lazy `toString`. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
const initializer = (inst, def) => {
    inst.name = "$ZodError";
    // `_zod` is already non-enumerable: $constructor's init defined it with this same descriptor
    _issuesDesc.value = def;
    Object.defineProperty(inst, "issues", _issuesDesc);
    // Clear the shared slot; a retained `value` pins the last error's issues.
    _issuesDesc.value = undefined;
    Object.defineProperty(inst, "message", _messageDesc);
    /* `toString` lives as a non-enumerable lazy getter on the shared
     * prototype; on first access it caches a per-instance closure so
     * detached usage still works. */
    const proto = Object.getPrototypeOf(inst);
    if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
            configurable: true,
            enumerable: false,
            get() {
                const value = () => this.message;
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
                return value;
            },
            set(value) {
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            },
        });
    }
};
const $ZodError = $constructor("$ZodError", initializer);
const $ZodRealError = $constructor("$ZodError", initializer, undefined, {
    Parent: Error,
});
/** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
 * ("toString", "constructor") would otherwise read through to the prototype, and assigning
 * "__proto__" would hit the setter instead of creating a key. */
function node(obj, key, make) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) {
        if (key === "__proto__") {
            Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
        }
        else {
            obj[key] = make();
        }
    }
    return obj[key];
}
function flattenError(error, mapper = (issue) => issue.message) {
    const fieldErrors = {};
    const formErrors = [];
    for (const sub of error.issues) {
        if (sub.path.length > 0) {
            node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
        }
        else {
            formErrors.push(mapper(sub));
        }
    }
    return { formErrors, fieldErrors };
}
function formatError(error, mapper = (issue) => issue.message) {
    const fieldErrors = { _errors: [] };
    const processError = (error, path = []) => {
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    fieldErrors._errors.push(mapper(issue));
                }
                else {
                    let curr = fieldErrors;
                    let i = 0;
                    while (i < fullpath.length) {
                        const el = fullpath[i];
                        const terminal = i === fullpath.length - 1;
                        // `_errors` is reserved by this legacy format, so merge a matching path segment into the current node instead of treating its array as a child.
                        if (el === "_errors") {
                            if (terminal)
                                curr._errors.push(mapper(issue));
                            i++;
                            continue;
                        }
                        // A path element may collide with an inherited property name such as
                        // "__proto__" or "constructor". Truthiness checks read the prototype
                        // (so no node is created, then ._errors.push throws), and bracket
                        // assignment of "__proto__" hits the setter instead of creating an
                        // own key. Guard the read with hasOwnProperty and create the node
                        // with defineProperty so any path element becomes a real own key.
                        if (!Object.prototype.hasOwnProperty.call(curr, el)) {
                            Object.defineProperty(curr, el, {
                                value: { _errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        const node = curr[el];
                        if (terminal) {
                            node._errors.push(mapper(issue));
                        }
                        curr = node;
                        i++;
                    }
                }
            }
        }
    };
    processError(error);
    return fieldErrors;
}
function treeifyError(error, mapper = (issue) => issue.message) {
    const result = { errors: [] };
    const processError = (error, path = []) => {
        var _a;
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                // regular union error
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    result.errors.push(mapper(issue));
                    continue;
                }
                let curr = result;
                let i = 0;
                while (i < fullpath.length) {
                    const el = fullpath[i];
                    const terminal = i === fullpath.length - 1;
                    if (typeof el === "string") {
                        curr.properties ?? (curr.properties = {});
                        // el may collide with an inherited property name ("__proto__",
                        // "constructor", ...); ??= reads the prototype so the node is never
                        // created and curr.errors.push throws. Guard with hasOwnProperty and
                        // create the node with defineProperty so "__proto__" becomes a real
                        // own key rather than invoking the prototype setter.
                        if (!Object.prototype.hasOwnProperty.call(curr.properties, el)) {
                            Object.defineProperty(curr.properties, el, {
                                value: { errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        curr = curr.properties[el];
                    }
                    else {
                        curr.items ?? (curr.items = []);
                        (_a = curr.items)[el] ?? (_a[el] = { errors: [] });
                        curr = curr.items[el];
                    }
                    if (terminal) {
                        curr.errors.push(mapper(issue));
                    }
                    i++;
                }
            }
        }
    };
    processError(error);
    return result;
}
/** Format a ZodError as a human-readable string in the following form.
 *
 * From
 *
 * ```ts
 * ZodError {
 *   issues: [
 *     {
 *       expected: 'string',
 *       code: 'invalid_type',
 *       path: [ 'username' ],
 *       message: 'Invalid input: expected string'
 *     },
 *     {
 *       expected: 'number',
 *       code: 'invalid_type',
 *       path: [ 'favoriteNumbers', 1 ],
 *       message: 'Invalid input: expected number'
 *     }
 *   ];
 * }
 * ```
 *
 * to
 *
 * ```
 * username
 *   ✖ Expected number, received string at "username
 * favoriteNumbers[0]
 *   ✖ Invalid input: expected number
 * ```
 */
function toDotPath(_path) {
    const segs = [];
    const path = _path.map((seg) => (typeof seg === "object" ? seg.key : seg));
    for (const seg of path) {
        if (typeof seg === "number")
            segs.push(`[${seg}]`);
        else if (typeof seg === "symbol")
            segs.push(`[${JSON.stringify(String(seg))}]`);
        else if (/[^\w$]/.test(seg))
            segs.push(`[${JSON.stringify(seg)}]`);
        else {
            if (segs.length)
                segs.push(".");
            segs.push(seg);
        }
    }
    return segs.join("");
}
function prettifyError(error) {
    const lines = [];
    // sort by path length
    const issues = [...error.issues].sort((a, b) => (a.path ?? []).length - (b.path ?? []).length);
    // Process each issue
    for (const issue of issues) {
        lines.push(`✖ ${issue.message}`);
        if (issue.path?.length)
            lines.push(`  → at ${toDotPath(issue.path)}`);
    }
    // Convert Map to formatted string
    return lines.join("\n");
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/parse.js



// Always both keys, so the `_params` read site in `_parse` sees one object shape rather than two.
function finalizeParams(callee, params) {
    return { callee: params?.callee ?? callee, Err: params?.Err };
}
const _parse = (_Err) => {
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise) {
            throw new $ZodAsyncError();
        }
        if (result.issues.length) {
            const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, _params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parse = /* @__PURE__*/ _parse($ZodRealError);
const _parseAsync = (_Err) => {
    const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
            result = await result;
        if (result.issues.length) {
            const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parseAsync = /* @__PURE__*/ _parseAsync($ZodRealError);
const _safeParse = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParse = /* @__PURE__*/ _safeParse($ZodRealError);
// the error is built on the first read of `error`: finalizing the issues and constructing the instance is most of a failing parse, and a caller that only branches on `success` never pays it. a getter in the literal keeps this small; the alternative, one shared accessor descriptor plus a hidden state slot, reads ~15% faster but costs ~75 B gzipped in every bundle
function failure(Err, issues, ctx) {
    let error;
    return {
        success: false,
        get error() {
            if (!error) {
                error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
                // finalizeIssue drops `input`, so the built error holds nothing; keeping the raw issues past this point pins the parsed value for the life of the result
                issues = undefined;
                ctx = undefined;
            }
            return error;
        },
        set error(e) {
            error = e;
            // a replacement makes the getter's branch unreachable, so the captures have to go here too
            issues = undefined;
            ctx = undefined;
        },
    };
}
const _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParseAsync = /* @__PURE__*/ _safeParseAsync($ZodRealError);
// registry mirrors of the compiler's sentinels, so this module never imports the compiler
const COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
const COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
// Deliberately tiny, because v8 will not inline a body carrying the fallback's object literals and throw. Everything that is not the compiled happy path lives in validateFallback, and that split is worth ~35% on a compiled schema.
const validate = ((schema, value, _ctx) => {
    const validator = schema._zod.bag.validator;
    if (validator !== undefined) {
        if (validator(value) !== COMPILE_INVALID)
            return true;
        // a definite sentinel means the runtime would reject, so skip the re-parse; a ctx can still change the answer
        if (validator.definite === true && _ctx === undefined)
            return false;
    }
    return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
    const ctx = _ctx
        ? { ..._ctx, async: false, abortEarly: true }
        : { async: false, abortEarly: true };
    const fallbackRun = schema._zod.bag.fallbackRun;
    let result;
    if (fallbackRun) {
        // skip nested fast paths on the fallback, so user callbacks keep the at-most-twice bound
        ctx[COMPILE_FALLBACK] = true;
        result = fallbackRun({ value, issues: [] }, ctx);
    }
    else {
        result = schema._zod.run({ value, issues: [] }, ctx);
    }
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length === 0;
}
// no fast path: the compiler keeps async parses on the runtime, because a promise-returning callback that is not declared async compiles to a throw
const parse_validateAsync = async (schema, value, _ctx) => {
    const ctx = _ctx
        ? { ..._ctx, async: true, abortEarly: true }
        : { async: true, abortEarly: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length === 0;
};
const _encode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return parse(schema, value, ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const encode = /* @__PURE__*/ _encode($ZodRealError);
const _decode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        return parse(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decode = /* @__PURE__*/ _decode($ZodRealError);
const _encodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return (await parseAsync(schema, value, ctx, finalizeParams(fn, _params)));
    };
    return fn;
};
const encodeAsync = /* @__PURE__*/ _encodeAsync($ZodRealError);
const _decodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decodeAsync = /* @__PURE__*/ _decodeAsync($ZodRealError);
const _safeEncode = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParse(_Err)(schema, value, ctx);
};
const safeEncode = /* @__PURE__*/ _safeEncode($ZodRealError);
const _safeDecode = (_Err) => (schema, value, _ctx) => {
    return _safeParse(_Err)(schema, value, _ctx);
};
const safeDecode = /* @__PURE__*/ _safeDecode($ZodRealError);
const _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParseAsync(_Err)(schema, value, ctx);
};
const safeEncodeAsync = /* @__PURE__*/ _safeEncodeAsync($ZodRealError);
const _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
    return _safeParseAsync(_Err)(schema, value, _ctx);
};
const safeDecodeAsync = /* @__PURE__*/ _safeDecodeAsync($ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/errors.js



/* Prototypes that already carry the lazy helper methods. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
/* Helper methods live as non-enumerable lazy getters on the shared
 * prototype instead of own properties on every instance. On first
 * access the getter allocates the per-instance closure and caches it
 * as a non-enumerable own property, so detached usage still works and
 * the allocation only happens for methods actually touched. */
function _lazyMethod(proto, key, make) {
    Object.defineProperty(proto, key, {
        configurable: true,
        enumerable: false,
        get() {
            const value = make(this);
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
            return value;
        },
        set(value) {
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
        },
    });
}
const errors_initializer = (inst, issues) => {
    $ZodError.init(inst, issues);
    inst.name = "ZodError";
    const proto = Object.getPrototypeOf(inst);
    if (_installedErrorProtos.has(proto))
        return;
    _installedErrorProtos.add(proto);
    _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
    _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
    _lazyMethod(proto, "addIssue", (self) => (issue) => {
        self.issues.push(issue);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
    });
    _lazyMethod(proto, "addIssues", (self) => (issues) => {
        self.issues.push(...issues);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
    });
    Object.defineProperty(proto, "isEmpty", {
        configurable: true,
        enumerable: false,
        get() {
            return this.issues.length === 0;
        },
    });
};
const ZodError = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodError", errors_initializer)));
const ZodRealError = /*@__PURE__*/ $constructor("ZodError", errors_initializer, undefined, {
    Parent: Error,
});
// /** @deprecated Use `z.core.$ZodErrorMapCtx` instead. */
// export type ErrorMapCtx = core.$ZodErrorMapCtx;

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/parse.js


const classic_parse_parse = /* @__PURE__ */ _parse(ZodRealError);
const classic_parse_parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
const parse_safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
const parse_safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);

// Codec functions
const parse_encode = /* @__PURE__ */ _encode(ZodRealError);
const parse_decode = /* @__PURE__ */ _decode(ZodRealError);
const parse_encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
const parse_decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
const parse_safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
const parse_safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
const parse_safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
const parse_safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/schemas.js








// Register English as the default locale on first ZodType construction. Hooked into the `ZodType` `$constructor` (rather than a top-level `config(en())` in `external.ts`) so bundlers honoring `sideEffects: false` can't tree-shake it out — see #5953, #5725. An explicit `z.config(z.locales.xx())` call wins regardless of order, since this only sets the default when none is present.
function _ensureDefaultLocale() {
    if (!globalConfig.localeError)
        config(en());
}
// the default memoizer is read by the core container init, which runs before `ZodType.init`, so each container calls this first
function _ensureDefaultMemoizer() {
    if (!globalConfig.memoizer)
        config({ memoizer: memoizer() });
}
const ZodType = /*@__PURE__*/ $constructor("ZodType", (inst, def) => {
    _ensureDefaultLocale();
    $ZodType.init(inst, def);
    inst.def = def;
    inst.type = def.type;
    return inst;
}, {
    check(...chks) {
        const def = this.def;
        return this.clone(mergeDefs(def, {
            checks: [
                ...(def.checks ?? []),
                ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch),
            ],
        }), { parent: true });
    },
    with(...chks) {
        return this.check(...chks);
    },
    clone(def, params) {
        return clone(this, def, params);
    },
    brand() {
        return this;
    },
    register(reg, meta) {
        reg.add(this, meta);
        return this;
    },
    refine(check, params) {
        return this.check(refine(check, params));
    },
    superRefine(refinement, params) {
        return this.check(superRefine(refinement, params));
    },
    overwrite(fn) {
        return this.check(_overwrite(fn));
    },
    optional() {
        return optional(this);
    },
    exactOptional() {
        return exactOptional(this);
    },
    nullable() {
        return nullable(this);
    },
    nullish() {
        return optional(nullable(this));
    },
    nonoptional(params) {
        return nonoptional(this, params);
    },
    array() {
        return array(this);
    },
    or(arg) {
        return union([this, arg]);
    },
    and(arg) {
        return intersection(this, arg);
    },
    transform(tx) {
        return pipe(this, transform(tx));
    },
    default(d) {
        return schemas_default(this, d);
    },
    prefault(d) {
        return prefault(this, d);
    },
    catch(params) {
        return schemas_catch(this, params);
    },
    pipe(target) {
        return pipe(this, target);
    },
    readonly() {
        return readonly(this);
    },
    describe(description) {
        const cl = this.clone();
        globalRegistry.add(cl, { description });
        return cl;
    },
    meta(...args) {
        // overloaded: meta() returns the registered metadata, meta(data) returns a clone with `data` registered. The mapped type picks up the second overload, so we accept variadic any-args and return `any` to satisfy both at runtime.
        if (args.length === 0)
            return globalRegistry.get(this);
        const cl = this.clone();
        globalRegistry.add(cl, args[0]);
        return cl;
    },
    isOptional() {
        return this.safeParse(undefined).success;
    },
    isNullable() {
        return this.safeParse(null).success;
    },
    apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
    },
    // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
    get "~standard"() {
        return hide(this, "~standard", {
            ...standardProps(this),
            jsonSchema: {
                input: createStandardJSONSchemaMethod(this, "input"),
                output: createStandardJSONSchemaMethod(this, "output"),
            },
        });
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
    parse: function _parse(data, params) {
        return classic_parse_parse(this, data, params, { callee: _parse });
    },
    parseAsync: async function _parseAsync(data, params) {
        return await classic_parse_parseAsync(this, data, params, { callee: _parseAsync });
    },
    safeParse(data, params) {
        return parse_safeParse(this, data, params);
    },
    async safeParseAsync(data, params) {
        return parse_safeParseAsync(this, data, params);
    },
    // `spa` is an alias: same function object as `safeParseAsync`, as before.
    get spa() {
        return this?.safeParseAsync;
    },
    set spa(value) {
        own(this, "spa", value);
    },
    validate(data, params) {
        return validate(this, data, params);
    },
    validateAsync(data, params) {
        return parse_validateAsync(this, data, params);
    },
    encode: function _encode(data, params) {
        return parse_encode(this, data, params, { callee: _encode });
    },
    decode: function _decode(data, params) {
        return parse_decode(this, data, params, { callee: _decode });
    },
    encodeAsync: async function _encodeAsync(data, params) {
        return await parse_encodeAsync(this, data, params, { callee: _encodeAsync });
    },
    decodeAsync: async function _decodeAsync(data, params) {
        return await parse_decodeAsync(this, data, params, { callee: _decodeAsync });
    },
    safeEncode(data, params) {
        return parse_safeEncode(this, data, params);
    },
    safeDecode(data, params) {
        return parse_safeDecode(this, data, params);
    },
    async safeEncodeAsync(data, params) {
        return parse_safeEncodeAsync(this, data, params);
    },
    async safeDecodeAsync(data, params) {
        return parse_safeDecodeAsync(this, data, params);
    },
    toJSONSchema(params) {
        return createToJSONSchemaMethod(this, {})(params);
    },
    // Reads through to the registry on every access, so it must not cache.
    get description() {
        return globalRegistry.get(this)?.description;
    },
    // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
    get _def() {
        return this._zod.def;
    },
});
/** @internal */
const _ZodString = /*@__PURE__*/ $constructor("_ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ derived({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null,
}, {
    regex(...args) {
        return this.check(_regex(...args));
    },
    includes(...args) {
        return this.check(_includes(...args));
    },
    startsWith(...args) {
        return this.check(_startsWith(...args));
    },
    endsWith(...args) {
        return this.check(_endsWith(...args));
    },
    min(...args) {
        return this.check(_minLength(...args));
    },
    max(...args) {
        return this.check(_maxLength(...args));
    },
    length(...args) {
        return this.check(_length(...args));
    },
    nonempty(...args) {
        return this.check(_minLength(1, ...args));
    },
    lowercase(params) {
        return this.check(_lowercase(params));
    },
    uppercase(params) {
        return this.check(_uppercase(params));
    },
    trim() {
        return this.check(_trim());
    },
    normalize(...args) {
        return this.check(_normalize(...args));
    },
    toLowerCase() {
        return this.check(_toLowerCase());
    },
    toUpperCase() {
        return this.check(_toUpperCase());
    },
    slugify() {
        return this.check(_slugify());
    },
}));
const ZodString = /*@__PURE__*/ $constructor("ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    _ZodString.init(inst, def);
}, {
    email(params) {
        return this.check(_email(ZodEmail, params));
    },
    url(params) {
        return this.check(_url(ZodURL, params));
    },
    jwt(params) {
        return this.check(_jwt(ZodJWT, params));
    },
    emoji(params) {
        return this.check(api_emoji(ZodEmoji, params));
    },
    guid(params) {
        return this.check(_guid(ZodGUID, params));
    },
    uuid(params) {
        return this.check(_uuid(ZodUUID, params));
    },
    uuidv4(params) {
        return this.check(_uuidv4(ZodUUID, params));
    },
    uuidv6(params) {
        return this.check(_uuidv6(ZodUUID, params));
    },
    uuidv7(params) {
        return this.check(_uuidv7(ZodUUID, params));
    },
    nanoid(params) {
        return this.check(_nanoid(ZodNanoID, params));
    },
    cuid(params) {
        return this.check(_cuid(ZodCUID, params));
    },
    cuid2(params) {
        return this.check(_cuid2(ZodCUID2, params));
    },
    ulid(params) {
        return this.check(_ulid(ZodULID, params));
    },
    base64(params) {
        return this.check(_base64(ZodBase64, params));
    },
    base64url(params) {
        return this.check(_base64url(ZodBase64URL, params));
    },
    xid(params) {
        return this.check(_xid(ZodXID, params));
    },
    ksuid(params) {
        return this.check(_ksuid(ZodKSUID, params));
    },
    ipv4(params) {
        return this.check(_ipv4(ZodIPv4, params));
    },
    ipv6(params) {
        return this.check(_ipv6(ZodIPv6, params));
    },
    cidrv4(params) {
        return this.check(_cidrv4(ZodCIDRv4, params));
    },
    cidrv6(params) {
        return this.check(_cidrv6(ZodCIDRv6, params));
    },
    e164(params) {
        return this.check(_e164(ZodE164, params));
    },
    datetime(params) {
        return this.check(_isoDateTime(ZodISODateTime, params));
    },
    date(params) {
        return this.check(_isoDate(schemas_ZodISODate, params));
    },
    time(params) {
        return this.check(_isoTime(schemas_ZodISOTime, params));
    },
    duration(params) {
        return this.check(_isoDuration(schemas_ZodISODuration, params));
    },
});
function schemas_string(params) {
    return _string(ZodString, params);
}
const ZodStringFormat = /*@__PURE__*/ $constructor("ZodStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    _ZodString.init(inst, def);
});
const ZodISODateTime = /*@__PURE__*/ $constructor("ZodISODateTime", (inst, def) => {
    $ZodISODateTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const schemas_ZodISODate = /*@__PURE__*/ $constructor("ZodISODate", (inst, def) => {
    $ZodISODate.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const schemas_ZodISOTime = /*@__PURE__*/ $constructor("ZodISOTime", (inst, def) => {
    $ZodISOTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const schemas_ZodISODuration = /*@__PURE__*/ $constructor("ZodISODuration", (inst, def) => {
    $ZodISODuration.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodEmail = /*@__PURE__*/ $constructor("ZodEmail", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmail.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_email(params) {
    return core._email(ZodEmail, params);
}
const ZodGUID = /*@__PURE__*/ $constructor("ZodGUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodGUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_guid(params) {
    return core._guid(ZodGUID, params);
}
const ZodUUID = /*@__PURE__*/ $constructor("ZodUUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodUUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_uuid(params) {
    return core._uuid(ZodUUID, params);
}
function uuidv4(params) {
    return core._uuidv4(ZodUUID, params);
}
// ZodUUIDv6
function uuidv6(params) {
    return core._uuidv6(ZodUUID, params);
}
// ZodUUIDv7
function uuidv7(params) {
    return core._uuidv7(ZodUUID, params);
}
const ZodURL = /*@__PURE__*/ $constructor("ZodURL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodURL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function url(params) {
    return core._url(ZodURL, params);
}
function httpUrl(params) {
    return core._url(ZodURL, {
        protocol: regexes.httpProtocol,
        hostname: regexes.domain,
        ...util.normalizeParams(params),
    });
}
const ZodEmoji = /*@__PURE__*/ $constructor("ZodEmoji", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmoji.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_emoji(params) {
    return core._emoji(ZodEmoji, params);
}
const ZodNanoID = /*@__PURE__*/ $constructor("ZodNanoID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodNanoID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_nanoid(params) {
    return core._nanoid(ZodNanoID, params);
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const ZodCUID = /*@__PURE__*/ $constructor("ZodCUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
/**
 * Validates a CUID v1 string.
 *
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2 | `z.cuid2()`} instead.
 * See https://github.com/paralleldrive/cuid.
 */
function schemas_cuid(params) {
    return core._cuid(ZodCUID, params);
}
const ZodCUID2 = /*@__PURE__*/ $constructor("ZodCUID2", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID2.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cuid2(params) {
    return core._cuid2(ZodCUID2, params);
}
const ZodULID = /*@__PURE__*/ $constructor("ZodULID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodULID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ulid(params) {
    return core._ulid(ZodULID, params);
}
const ZodXID = /*@__PURE__*/ $constructor("ZodXID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodXID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_xid(params) {
    return core._xid(ZodXID, params);
}
const ZodKSUID = /*@__PURE__*/ $constructor("ZodKSUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodKSUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ksuid(params) {
    return core._ksuid(ZodKSUID, params);
}
const ZodIPv4 = /*@__PURE__*/ $constructor("ZodIPv4", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ipv4(params) {
    return core._ipv4(ZodIPv4, params);
}
const ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMAC", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodMAC.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_mac(params) {
    return core._mac(ZodMAC, params);
}
const ZodIPv6 = /*@__PURE__*/ $constructor("ZodIPv6", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ipv6(params) {
    return core._ipv6(ZodIPv6, params);
}
const ZodCIDRv4 = /*@__PURE__*/ $constructor("ZodCIDRv4", (inst, def) => {
    $ZodCIDRv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cidrv4(params) {
    return core._cidrv4(ZodCIDRv4, params);
}
const ZodCIDRv6 = /*@__PURE__*/ $constructor("ZodCIDRv6", (inst, def) => {
    $ZodCIDRv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cidrv6(params) {
    return core._cidrv6(ZodCIDRv6, params);
}
const ZodBase64 = /*@__PURE__*/ $constructor("ZodBase64", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_base64(params) {
    return core._base64(ZodBase64, params);
}
const ZodBase64URL = /*@__PURE__*/ $constructor("ZodBase64URL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64URL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_base64url(params) {
    return core._base64url(ZodBase64URL, params);
}
const ZodE164 = /*@__PURE__*/ $constructor("ZodE164", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodE164.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_e164(params) {
    return core._e164(ZodE164, params);
}
const ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCreditCard", (inst, def) => {
    core.$ZodCreditCard.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_creditCard(params) {
    return core._creditCard(ZodCreditCard, params);
}
const ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodIBAN", (inst, def) => {
    core.$ZodIBAN.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_iban(params) {
    return core._iban(ZodIBAN, params);
}
const ZodJWT = /*@__PURE__*/ $constructor("ZodJWT", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodJWT.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function jwt(params) {
    return core._jwt(ZodJWT, params);
}
const ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCustomStringFormat", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodCustomStringFormat.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function stringFormat(format, fnOrRegex, _params = {}) {
    return core._stringFormat(ZodCustomStringFormat, format, fnOrRegex, _params);
}
function schemas_hostname(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hostname", regexes.hostname, _params);
}
function schemas_hex(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hex", regexes.hex, _params);
}
function schemas_currencyCode(_params) {
    return core._stringFormat(ZodCustomStringFormat, "currency_code", regexes.currencyCode, _params);
}
function hash(alg, params) {
    const enc = params?.enc ?? "hex";
    const format = `${alg}_${enc}`;
    const regex = core.regexes[format];
    if (!regex)
        throw new Error(`Unrecognized hash format: ${format}`);
    return core._stringFormat(ZodCustomStringFormat, format, regex, params);
}
const ZodNumber = /*@__PURE__*/ $constructor("ZodNumber", (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
    inst.isFinite = true;
}, 
/*@__PURE__*/ derived({
    minValue: (inst) => {
        const { minimum, exclusiveMinimum } = aggregateChecks(inst);
        return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
        const { maximum, exclusiveMaximum } = aggregateChecks(inst);
        return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
        const { isInt, multipleOf } = aggregateChecks(inst);
        return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gt(value, params) {
        return this.check(_gt(value, params));
    },
    gte(value, params) {
        return this.check(_gte(value, params));
    },
    min(value, params) {
        return this.check(_gte(value, params));
    },
    lt(value, params) {
        return this.check(_lt(value, params));
    },
    lte(value, params) {
        return this.check(_lte(value, params));
    },
    max(value, params) {
        return this.check(_lte(value, params));
    },
    int(params) {
        return this.check(schemas_int(params));
    },
    safe(params) {
        return this.check(schemas_int(params));
    },
    positive(params) {
        return this.check(_gt(0, params));
    },
    nonnegative(params) {
        return this.check(_gte(0, params));
    },
    negative(params) {
        return this.check(_lt(0, params));
    },
    nonpositive(params) {
        return this.check(_lte(0, params));
    },
    multipleOf(value, params) {
        return this.check(_multipleOf(value, params));
    },
    step(value, params) {
        return this.check(_multipleOf(value, params));
    },
    finite() {
        return this;
    },
}));
function schemas_number(params) {
    return _number(ZodNumber, params);
}
const ZodNumberFormat = /*@__PURE__*/ $constructor("ZodNumberFormat", (inst, def) => {
    $ZodNumberFormat.init(inst, def);
    ZodNumber.init(inst, def);
});
function schemas_int(params) {
    return _int(ZodNumberFormat, params);
}
function float32(params) {
    return core._float32(ZodNumberFormat, params);
}
function float64(params) {
    return core._float64(ZodNumberFormat, params);
}
function int32(params) {
    return core._int32(ZodNumberFormat, params);
}
function uint32(params) {
    return core._uint32(ZodNumberFormat, params);
}
const ZodBoolean = /*@__PURE__*/ $constructor("ZodBoolean", (inst, def) => {
    $ZodBoolean.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json, params);
});
function schemas_boolean(params) {
    return _boolean(ZodBoolean, params);
}
const ZodBigInt = /*@__PURE__*/ $constructor("ZodBigInt", (inst, def) => {
    $ZodBigInt.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => bigintProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ derived({
    minValue: (inst) => aggregateChecks(inst).minimum ?? null,
    maxValue: (inst) => aggregateChecks(inst).maximum ?? null,
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gte(value, params) {
        return this.check(_gte(value, params));
    },
    min(value, params) {
        return this.check(_gte(value, params));
    },
    gt(value, params) {
        return this.check(_gt(value, params));
    },
    lt(value, params) {
        return this.check(_lt(value, params));
    },
    lte(value, params) {
        return this.check(_lte(value, params));
    },
    max(value, params) {
        return this.check(_lte(value, params));
    },
    positive(params) {
        return this.check(_gt(BigInt(0), params));
    },
    negative(params) {
        return this.check(_lt(BigInt(0), params));
    },
    nonpositive(params) {
        return this.check(_lte(BigInt(0), params));
    },
    nonnegative(params) {
        return this.check(_gte(BigInt(0), params));
    },
    multipleOf(value, params) {
        return this.check(_multipleOf(value, params));
    },
}));
function schemas_bigint(params) {
    return core._bigint(ZodBigInt, params);
}
const ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodBigIntFormat", (inst, def) => {
    core.$ZodBigIntFormat.init(inst, def);
    ZodBigInt.init(inst, def);
})));
function int64(params) {
    return core._int64(ZodBigIntFormat, params);
}
function uint64(params) {
    return core._uint64(ZodBigIntFormat, params);
}
const ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSymbol", (inst, def) => {
    core.$ZodSymbol.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.symbolProcessor(inst, ctx, json, params);
})));
function symbol(params) {
    return core._symbol(ZodSymbol, params);
}
const ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodUndefined", (inst, def) => {
    core.$ZodUndefined.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.undefinedProcessor(inst, ctx, json, params);
})));
function schemas_undefined(params) {
    return core._undefined(ZodUndefined, params);
}

const ZodNull = /*@__PURE__*/ $constructor("ZodNull", (inst, def) => {
    $ZodNull.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nullProcessor(inst, ctx, json, params);
});
function schemas_null(params) {
    return api_null(ZodNull, params);
}

const ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodAny", (inst, def) => {
    core.$ZodAny.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.anyProcessor(inst, ctx, json, params);
})));
function any() {
    return core._any(ZodAny);
}
const ZodUnknown = /*@__PURE__*/ $constructor("ZodUnknown", (inst, def) => {
    $ZodUnknown.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
});
function unknown() {
    return _unknown(ZodUnknown);
}
const ZodNever = /*@__PURE__*/ $constructor("ZodNever", (inst, def) => {
    $ZodNever.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
    return _never(ZodNever, params);
}
const ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodVoid", (inst, def) => {
    core.$ZodVoid.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.voidProcessor(inst, ctx, json, params);
})));
function schemas_void(params) {
    return core._void(ZodVoid, params);
}

const ZodDate = /*@__PURE__*/ $constructor("ZodDate", (inst, def) => {
    $ZodDate.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => dateProcessor(inst, ctx, json, params);
    inst.min = (value, params) => inst.check(_gte(value, params));
    inst.max = (value, params) => inst.check(_lte(value, params));
}, 
/*@__PURE__*/ derived({
    minDate: (inst) => {
        const { minimum } = aggregateChecks(inst);
        return minimum ? new Date(minimum) : null;
    },
    maxDate: (inst) => {
        const { maximum } = aggregateChecks(inst);
        return maximum ? new Date(maximum) : null;
    },
}, {}));
function schemas_date(params) {
    return core._date(ZodDate, params);
}
const ZodArray = /*@__PURE__*/ $constructor("ZodArray", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodArray.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
    inst.element = def.element;
}, {
    min(n, params) {
        return this.check(_minLength(n, params));
    },
    nonempty(params) {
        return this.check(_minLength(1, params));
    },
    max(n, params) {
        return this.check(_maxLength(n, params));
    },
    length(n, params) {
        return this.check(_length(n, params));
    },
    unwrap() {
        return this.element;
    },
});
function array(element, params) {
    return _array(ZodArray, element, params);
}
// .keyof
function keyof(schema) {
    const shape = schema._zod.def.shape;
    return schemas_enum(Object.keys(shape));
}
const ZodObject = /*@__PURE__*/ $constructor("ZodObject", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodObjectJIT.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
    installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
    keyof() {
        return schemas_enum(Object.keys(this._zod.def.shape));
    },
    catchall(catchall) {
        // `mergeDefs` rather than a spread: spreading reads `shape`, and resolving it can mint a whole fresh subtree
        return this.clone(mergeDefs(this._zod.def, { catchall: catchall }));
    },
    passthrough() {
        return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    loose() {
        return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    strict() {
        return this.clone(mergeDefs(this._zod.def, { catchall: never() }));
    },
    strip() {
        return this.clone(mergeDefs(this._zod.def, { catchall: undefined }));
    },
    extend(incoming) {
        return extend(this, incoming);
    },
    safeExtend(incoming) {
        return safeExtend(this, incoming);
    },
    merge(other) {
        return merge(this, other);
    },
    pick(mask) {
        return pick(this, mask);
    },
    omit(mask) {
        return omit(this, mask);
    },
    partial(...args) {
        return partial(ZodOptional, this, args[0]);
    },
    exactPartial(...args) {
        return partial(ZodExactOptional, this, args[0], "exactPartial");
    },
    required(...args) {
        return required(ZodNonOptional, this, args[0]);
    },
});
function object(shape, params) {
    const def = {
        type: "object",
        shape: shape ?? {},
        ...util.normalizeParams(params),
    };
    return new ZodObject(def);
}
// strictObject
function strictObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: never(),
        ...normalizeParams(params),
    });
}
// looseObject
function looseObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: unknown(),
        ...normalizeParams(params),
    });
}
const ZodUnion = /*@__PURE__*/ $constructor("ZodUnion", (inst, def) => {
    $ZodUnion.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
});
function union(options, params) {
    return new ZodUnion({
        type: "union",
        options: options,
        ...normalizeParams(params),
    });
}
const ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodXor", (inst, def) => {
    ZodUnion.init(inst, def);
    core.$ZodXor.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
})));
/** Creates an exclusive union (XOR) where exactly one option must match.
 * Unlike regular unions that succeed when any option matches, xor fails if
 * zero or more than one option matches the input. */
function xor(options, params) {
    return new ZodXor({
        type: "union",
        options: options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
const ZodDiscriminatedUnion = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodDiscriminatedUnion", (inst, def) => {
    ZodUnion.init(inst, def);
    core.$ZodDiscriminatedUnion.init(inst, def);
})));
function discriminatedUnion(discriminator, options, params) {
    // const [options, params] = args;
    return new ZodDiscriminatedUnion({
        type: "union",
        options: options,
        discriminator,
        ...util.normalizeParams(params),
    });
}
const ZodIntersection = /*@__PURE__*/ $constructor("ZodIntersection", (inst, def) => {
    $ZodIntersection.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
    return new ZodIntersection({
        type: "intersection",
        left: left,
        right: right,
    });
}
const ZodTuple = /*@__PURE__*/ $constructor("ZodTuple", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTuple.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => tupleProcessor(inst, ctx, json, params);
}, {
    rest(rest) {
        return this.clone({
            ...this._zod.def,
            rest: rest,
        });
    },
    partial() {
        const def = this._zod.def;
        // a refinement was authored against the full arity; partialing would run it on a shorter array
        if (def.checks?.length)
            throw new Error(".partial() cannot be used on tuple schemas containing refinements");
        return this.clone({
            ...def,
            items: def.items.map((item) => new ZodOptional({ type: "optional", innerType: item })),
        });
    },
});
function tuple(items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof $ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new ZodTuple({
        type: "tuple",
        items: items,
        rest,
        ...normalizeParams(params),
    });
}
const ZodRecord = /*@__PURE__*/ $constructor("ZodRecord", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodRecord.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => recordProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
});
function record(keyType, valueType, params) {
    // v3-compat: z.record(valueType, params?) — defaults keyType to z.string()
    if (!valueType || !valueType._zod) {
        return new ZodRecord({
            type: "record",
            keyType: schemas_string(),
            valueType: keyType,
            ...normalizeParams(valueType),
        });
    }
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...normalizeParams(params),
    });
}
// type alksjf = core.output<core.$ZodRecordKey>;
function partialRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
        partial: true,
    });
}
function looseRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        mode: "loose",
        ...util.normalizeParams(params),
    });
}
const ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMap", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodMap.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.mapProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function map(keyType, valueType, params) {
    return new ZodMap({
        type: "map",
        keyType: keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSet", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodSet.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.setProcessor(inst, ctx, json, params);
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function set(valueType, params) {
    return new ZodSet({
        type: "set",
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodEnum = /*@__PURE__*/ $constructor("ZodEnum", (inst, def) => {
    $ZodEnum.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
    inst.enum = def.entries;
    // reuse the parsed value set so a numeric TS enum's reverse-mapping keys stay out
    inst.options = [...inst._zod.values];
    const keys = new Set(Object.keys(def.entries));
    inst.extract = (values, params) => {
        const newEntries = {};
        for (const value of values) {
            if (keys.has(value)) {
                newEntries[value] = def.entries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...normalizeParams(params),
            entries: newEntries,
        });
    };
    inst.exclude = (values, params) => {
        const newEntries = { ...def.entries };
        for (const value of values) {
            if (keys.has(value)) {
                delete newEntries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...normalizeParams(params),
            entries: newEntries,
        });
    };
});
function schemas_enum(values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    return new ZodEnum({
        type: "enum",
        entries,
        ...normalizeParams(params),
    });
}

/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function nativeEnum(entries, params) {
    return new ZodEnum({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
const ZodLiteral = /*@__PURE__*/ $constructor("ZodLiteral", (inst, def) => {
    $ZodLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => literalProcessor(inst, ctx, json, params);
    inst.values = new Set(def.values);
    Object.defineProperty(inst, "value", {
        get() {
            if (def.values.length > 1) {
                throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
            }
            return def.values[0];
        },
    });
});
function literal(value, params) {
    return new ZodLiteral({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...normalizeParams(params),
    });
}
const ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFile", (inst, def) => {
    core.$ZodFile.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.fileProcessor(inst, ctx, json, params);
    inst.min = (size, params) => inst.check(core._minSize(size, params));
    inst.max = (size, params) => inst.check(core._maxSize(size, params));
    inst.mime = (types, params) => inst.check(core._mime(Array.isArray(types) ? types : [types], params));
})));
function file(params) {
    return core._file(ZodFile, params);
}
const ZodTransform = /*@__PURE__*/ $constructor("ZodTransform", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTransform.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
    inst._zod.parse = (payload, _ctx) => {
        if (_ctx.direction === "backward") {
            throw new $ZodEncodeError(inst.constructor.name);
        }
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(util_issue(issue, payload.value, def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = inst);
                // _issue.continue ??= true;
                payload.issues.push(util_issue(_issue));
            }
        };
        const output = def.transform(payload.value, payload);
        if (output instanceof Promise) {
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        payload.value = output;
        return payload;
    };
});
function transform(fn) {
    return new ZodTransform({
        type: "transform",
        transform: fn,
    });
}
const ZodOptional = /*@__PURE__*/ $constructor("ZodOptional", (inst, def) => {
    $ZodOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
    return new ZodOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodExactOptional = /*@__PURE__*/ $constructor("ZodExactOptional", (inst, def) => {
    $ZodExactOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
    return new ZodExactOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodNullable = /*@__PURE__*/ $constructor("ZodNullable", (inst, def) => {
    $ZodNullable.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
    return new ZodNullable({
        type: "nullable",
        innerType: innerType,
    });
}
// nullish
function schemas_nullish(innerType) {
    return optional(nullable(innerType));
}
const ZodDefault = /*@__PURE__*/ $constructor("ZodDefault", (inst, def) => {
    $ZodDefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeDefault = inst.unwrap;
});
function schemas_default(innerType, defaultValue) {
    return new ZodDefault({
        type: "default",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        },
    });
}
const ZodPrefault = /*@__PURE__*/ $constructor("ZodPrefault", (inst, def) => {
    $ZodPrefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
    return new ZodPrefault({
        type: "prefault",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        },
    });
}
const ZodNonOptional = /*@__PURE__*/ $constructor("ZodNonOptional", (inst, def) => {
    $ZodNonOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
    return new ZodNonOptional({
        type: "nonoptional",
        innerType: innerType,
        ...normalizeParams(params),
    });
}
const ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSuccess", (inst, def) => {
    core.$ZodSuccess.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.successProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function success(innerType) {
    return new ZodSuccess({
        type: "success",
        innerType: innerType,
    });
}
const ZodCatch = /*@__PURE__*/ $constructor("ZodCatch", (inst, def) => {
    $ZodCatch.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeCatch = inst.unwrap;
});
function schemas_catch(innerType, catchValue) {
    return new ZodCatch({
        type: "catch",
        innerType: innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : constantCatch(catchValue)),
    });
}

const ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodNaN", (inst, def) => {
    core.$ZodNaN.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.nanProcessor(inst, ctx, json, params);
})));
function nan(params) {
    return core._nan(ZodNaN, params);
}
const ZodPipe = /*@__PURE__*/ $constructor("ZodPipe", (inst, def) => {
    $ZodPipe.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
    inst.in = def.in;
    inst.out = def.out;
});
function pipe(in_, out) {
    return new ZodPipe({
        type: "pipe",
        in: in_,
        out: out,
        // ...util.normalizeParams(params),
    });
}
const ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCodec", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodCodec.init(inst, def);
})));
function codec(in_, out, params) {
    return new ZodCodec({
        type: "pipe",
        in: in_,
        out: out,
        transform: params.decode,
        reverseTransform: params.encode,
    });
}
function invertCodec(codec) {
    const def = codec._zod.def;
    return new ZodCodec({
        type: "pipe",
        in: def.out,
        out: def.in,
        transform: def.reverseTransform,
        reverseTransform: def.transform,
    });
}
const ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPreprocess", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodPreprocess.init(inst, def);
})));
const ZodReadonly = /*@__PURE__*/ $constructor("ZodReadonly", (inst, def) => {
    $ZodReadonly.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
    return new ZodReadonly({
        type: "readonly",
        innerType: innerType,
    });
}
const ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodTemplateLiteral", (inst, def) => {
    core.$ZodTemplateLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.templateLiteralProcessor(inst, ctx, json, params);
})));
function templateLiteral(parts, params) {
    return new ZodTemplateLiteral({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
const ZodLazy = /*@__PURE__*/ $constructor("ZodLazy", (inst, def) => {
    $ZodLazy.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => lazyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.getter();
});
function lazy(getter) {
    return new ZodLazy({
        type: "lazy",
        getter: getter,
    });
}
const ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPromise", (inst, def) => {
    core.$ZodPromise.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.promiseProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function promise(innerType) {
    return new ZodPromise({
        type: "promise",
        innerType: innerType,
    });
}
const ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFunction", (inst, def) => {
    core.$ZodFunction.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.functionProcessor(inst, ctx, json, params);
})));
function _function(params) {
    return new ZodFunction({
        type: "function",
        input: Array.isArray(params?.input) ? tuple(params?.input) : (params?.input ?? array(unknown())),
        output: params?.output ?? unknown(),
    });
}

const ZodCustom = /*@__PURE__*/ $constructor("ZodCustom", (inst, def) => {
    $ZodCustom.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
// custom checks
function check(fn) {
    const ch = new core.$ZodCheck({
        check: "custom",
        // ...util.normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
function custom(fn, _params) {
    return core._custom(ZodCustom, fn ?? (() => true), _params);
}
function refine(fn, _params = {}) {
    return _refine(ZodCustom, fn, _params);
}
// superRefine
function superRefine(fn, params) {
    return _superRefine(fn, params);
}
// Re-export describe and meta from core
const schemas_describe = describe;
const schemas_meta = meta;
const ZodInstanceOf = /*@__PURE__*/ $constructor("ZodInstanceOf", (inst, def) => {
    ZodCustom.init(inst, def);
}, {
    properties(shape, params) {
        // asserts in place, so the narrowed output type is truthful without a wrapper
        return this.check(_properties(shape, params));
    },
});
function _instanceof(cls, params = {}) {
    const inst = new ZodInstanceOf({
        type: "custom",
        check: "custom",
        fn: (data) => data instanceof cls,
        abort: true,
        ...util.normalizeParams(params),
    });
    inst._zod.bag.Class = cls;
    // Override check to emit invalid_type instead of custom
    inst._zod.check = (payload) => {
        if (!(payload.value instanceof cls)) {
            payload.issues.push({
                code: "invalid_type",
                expected: cls.name,
                input: payload.value,
                inst,
                path: [...(inst._zod.def.path ?? [])],
            });
        }
    };
    return inst;
}

// stringbool
const stringbool = (...args) => core._stringbool({
    Codec: ZodCodec,
    Boolean: ZodBoolean,
    String: ZodString,
}, ...args);
function json(params) {
    const jsonSchema = lazy(() => {
        return union([schemas_string(params), schemas_number(), schemas_boolean(), schemas_null(), array(jsonSchema), record(schemas_string(), jsonSchema)]);
    });
    return jsonSchema;
}
// preprocess
function preprocess(fn, schema) {
    return new ZodPreprocess({
        type: "pipe",
        in: transform(fn),
        out: schema,
    });
}

;// CONCATENATED MODULE: ./lib/http/types.js
/** No usable response: the request errored (as opposed to an answer that failed expectations). */
class HttpFailure extends Error {
    kind;
    attempts;
    constructor(kind, message, attempts) {
        super(message);
        this.kind = kind;
        this.attempts = attempts;
        this.name = "HttpFailure";
    }
}

;// CONCATENATED MODULE: ./lib/checks/send.js
// Turns a rendered request spec into an HTTP request: URL joined to the base URL (keeping
// its path), default headers merged (null removes one), one body encoded.

const EXCERPT_BYTES = 2048;
/** `https://h/api` + `/health` → `https://h/api/health`; absolute URLs are kept. */
function joinUrl(baseUrl, path) {
    if (/^https?:\/\//i.test(path))
        return path;
    return `${baseUrl.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
}
function buildUrl(baseUrl, spec) {
    const url = new URL(spec.url ?? joinUrl(baseUrl, spec.path ?? "/"));
    for (const [k, v] of Object.entries(spec.query ?? {}))
        url.searchParams.append(k, String(v));
    return url.toString();
}
function mergeHeaders(defaults, ...layers) {
    const out = new Map();
    for (const [k, v] of Object.entries(defaults))
        out.set(k.toLowerCase(), [k, v]);
    for (const layer of layers) {
        for (const [k, v] of Object.entries(layer ?? {})) {
            if (v === null)
                out.delete(k.toLowerCase());
            else
                out.set(k.toLowerCase(), [k, v]);
        }
    }
    return Object.fromEntries(out.values());
}
function originOf(url) {
    try {
        return new URL(url).origin;
    }
    catch {
        return undefined;
    }
}
/**
 * The config's default headers carry the deployed service's credentials: they go only to the
 * base URL's origin, for the same reason a redirect to another host drops them. Headers a
 * check sets itself go wherever it sends them.
 */
function defaultHeadersFor(url, baseUrl, defaults) {
    return originOf(url) === originOf(baseUrl) ? defaults : {};
}
function hasHeader(headers, name) {
    return Object.keys(headers).some((k) => k.toLowerCase() === name);
}
function encodeBody(spec, headers) {
    if (spec.json !== undefined) {
        if (!hasHeader(headers, "content-type"))
            headers["Content-Type"] = "application/json";
        return JSON.stringify(spec.json);
    }
    if (spec.form !== undefined) {
        if (!hasHeader(headers, "content-type"))
            headers["Content-Type"] = "application/x-www-form-urlencoded";
        return new URLSearchParams(Object.entries(spec.form).map(([k, v]) => [k, String(v)])).toString();
    }
    if (spec.body !== undefined && !hasHeader(headers, "content-type"))
        headers["Content-Type"] = "text/plain";
    return spec.body;
}
/**
 * The first 2 KB of a body, redacted before it is cut: a secret straddling the cut would
 * otherwise leave its first characters behind, unrecognisable to a later redaction pass.
 */
function excerpt(text, redact, truncated = false) {
    const clean = redact(text.length > EXCERPT_BYTES * 4 ? text.slice(0, EXCERPT_BYTES * 4) : text);
    const cut = clean.length > EXCERPT_BYTES;
    const head = cut ? clean.slice(0, EXCERPT_BYTES) : clean;
    return cut || truncated || text.length > EXCERPT_BYTES * 4 ? `${head}\n… (body cut)` : head;
}
function toExchange(method, url, sent, redact, credentials = []) {
    const { response, failure } = sent;
    const used = credentials.length > 0 ? { credentials } : {};
    if (response) {
        const answeredBy = response.url || url;
        return {
            method,
            url: answeredBy,
            ...(answeredBy !== url ? { requestedUrl: url } : {}),
            ...(response.redirects?.length ? { redirects: response.redirects } : {}),
            ...used,
            status: response.status,
            responseHeaders: response.headers,
            bodyExcerpt: excerpt(response.text, redact, response.truncated),
            durationMs: response.durationMs,
            attempts: response.attempts,
        };
    }
    return {
        method,
        url,
        ...used,
        durationMs: failure?.attempts.at(-1)?.durationMs ?? 0,
        attempts: failure?.attempts ?? [],
        error: failure?.message ?? "no response",
        failure: failure?.kind ?? "protocol",
    };
}
/**
 * The secrets and variables, by name, that templates put into the headers and URL being sent:
 * what a 401's next step names (`check or rotate secrets.REPORTING_TOKEN`).
 */
function templateUses(ctx, spec, headers) {
    const uses = [];
    const add = (value, where) => {
        if (value === undefined)
            return;
        for (const from of ctx.namesIn(value)) {
            if (!uses.some((u) => u.from === from && u.header === where.header && u.query === where.query))
                uses.push({ ...where, from });
        }
    };
    for (const [name, value] of Object.entries(headers))
        add(value, { header: name });
    add(spec.url, {});
    add(spec.path, {});
    for (const [name, value] of Object.entries(spec.query ?? {}))
        add(String(value), { query: name });
    return uses;
}
/** Sends one request (with the client's retries); never throws for HTTP-level problems. */
async function send(ctx, spec, options = {}) {
    let url;
    try {
        url = buildUrl(ctx.baseUrl, spec);
    }
    catch {
        const failure = new HttpFailure("protocol", `invalid URL: ${spec.url ?? spec.path}`, []);
        return {
            failure,
            exchange: toExchange(spec.method, String(spec.url ?? spec.path), { failure }, ctx.redact),
        };
    }
    const headers = mergeHeaders(defaultHeadersFor(url, ctx.baseUrl, ctx.request.headers), spec.headers);
    let body = encodeBody(spec, headers);
    if (options.body !== undefined)
        body = options.body;
    const finalHeaders = mergeHeaders(headers, options.headers);
    const credentials = templateUses(ctx, spec, finalHeaders);
    try {
        const response = await ctx.http.send({
            method: spec.method,
            url,
            headers: finalHeaders,
            ...(body !== undefined ? { body } : {}),
            timeoutMs: ctx.request.timeoutMs,
            retries: options.retries ?? ctx.request.retries,
            deadline: Math.min(options.deadline ?? ctx.deadline, ctx.deadline),
            signal: ctx.signal,
            sensitiveHeaders: Object.entries(finalHeaders)
                .filter(([, value]) => ctx.containsSecret(value))
                .map(([name]) => name),
            ...(options.poll ? { waiting: true } : {}),
            ...(options.expects ? { expects: options.expects } : {}),
        });
        return { response, exchange: toExchange(spec.method, url, { response }, ctx.redact, credentials) };
    }
    catch (error) {
        const failure = error instanceof HttpFailure
            ? error
            : new HttpFailure("protocol", error.message ?? String(error), []);
        return { failure, exchange: toExchange(spec.method, url, { failure }, ctx.redact, credentials) };
    }
}
function requestLine(spec) {
    return `${spec.method} ${spec.url ?? spec.path}`;
}

;// CONCATENATED MODULE: ./lib/secrets/credential-headers.js
// Which names say that a value is a credential, whatever the value: one list for every place that
// must not carry or show one. The redirect client drops these headers on the way to another
// origin, assertions say whether they matched but never what they hold, the redactor masks them,
// and a flow capture from such a header (or under such a name) becomes a secret.
const CREDENTIAL_HEADERS = new Set([
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
function isCredentialHeader(name) {
    const lower = name.toLowerCase();
    return CREDENTIAL_HEADERS.has(lower) || CREDENTIAL_HEADER_PART.test(lower);
}

;// CONCATENATED MODULE: ./lib/text/duration.js
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const DURATION = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/;
/**
 * The longest duration accepted (about 24.8 days): Node timers cannot wait longer, and a longer one
 * fires at once — a `timeout: 1000h` gate would time out the moment it started.
 */
const MAX_DURATION_MS = 2 ** 31 - 1;
function milliseconds(value) {
    if (typeof value === "number")
        return Number.isFinite(value) && value >= 0 ? value : undefined;
    const m = DURATION.exec(value);
    if (!m)
        return undefined;
    const ms = Number(m[1]) * (UNIT_MS[m[2] ?? "ms"] ?? 1);
    return Number.isFinite(ms) ? Math.round(ms) : undefined;
}
/**
 * Parses `250ms`, `10s`, `5m`, `1h` or a number of milliseconds; undefined when it is none of those
 * or longer than MAX_DURATION_MS.
 */
function parseDuration(value) {
    const ms = milliseconds(value);
    return ms !== undefined && ms <= MAX_DURATION_MS ? ms : undefined;
}
/** A well-formed duration that is longer than MAX_DURATION_MS. */
function isTooLongDuration(value) {
    const ms = milliseconds(value);
    return ms !== undefined && ms > MAX_DURATION_MS;
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1).replace(/\.?0+$/, "")}s`;
    if (ms < 3_600_000) {
        const m = Math.floor(ms / 60_000);
        const s = Math.round((ms % 60_000) / 1000);
        return s ? `${m}m${s}s` : `${m}m`;
    }
    const h = Math.floor(ms / 3_600_000);
    const m = Math.round((ms % 3_600_000) / 60_000);
    return m ? `${h}h${m}m` : `${h}h`;
}

;// CONCATENATED MODULE: ./node_modules/jsonpath-rfc9535/dist/esm/parser/parser.js
// @generated by Peggy 4.2.0.
//
// https://peggyjs.org/
function peg$subclass(child, parent) {
    function C() { this.constructor = child; }
    C.prototype = parent.prototype;
    child.prototype = new C();
}
function peg$SyntaxError(message, expected, found, location) {
    var self = Error.call(this, message);
    // istanbul ignore next Check is a necessary evil to support older environments
    if (Object.setPrototypeOf) {
        Object.setPrototypeOf(self, peg$SyntaxError.prototype);
    }
    self.expected = expected;
    self.found = found;
    self.location = location;
    self.name = "SyntaxError";
    return self;
}
peg$subclass(peg$SyntaxError, Error);
function peg$padEnd(str, targetLength, padString) {
    padString = padString || " ";
    if (str.length > targetLength) {
        return str;
    }
    targetLength -= str.length;
    padString += padString.repeat(targetLength);
    return str + padString.slice(0, targetLength);
}
peg$SyntaxError.prototype.format = function (sources) {
    var str = "Error: " + this.message;
    if (this.location) {
        var src = null;
        var k;
        for (k = 0; k < sources.length; k++) {
            if (sources[k].source === this.location.source) {
                src = sources[k].text.split(/\r\n|\n|\r/g);
                break;
            }
        }
        var s = this.location.start;
        var offset_s = (this.location.source && (typeof this.location.source.offset === "function"))
            ? this.location.source.offset(s)
            : s;
        var loc = this.location.source + ":" + offset_s.line + ":" + offset_s.column;
        if (src) {
            var e = this.location.end;
            var filler = peg$padEnd("", offset_s.line.toString().length, ' ');
            var line = src[s.line - 1];
            var last = s.line === e.line ? e.column : line.length + 1;
            var hatLen = (last - s.column) || 1;
            str += "\n --> " + loc + "\n"
                + filler + " |\n"
                + offset_s.line + " | " + line + "\n"
                + filler + " | " + peg$padEnd("", s.column - 1, ' ')
                + peg$padEnd("", hatLen, "^");
        }
        else {
            str += "\n at " + loc;
        }
    }
    return str;
};
peg$SyntaxError.buildMessage = function (expected, found) {
    var DESCRIBE_EXPECTATION_FNS = {
        literal: function (expectation) {
            return "\"" + literalEscape(expectation.text) + "\"";
        },
        class: function (expectation) {
            var escapedParts = expectation.parts.map(function (part) {
                return Array.isArray(part)
                    ? classEscape(part[0]) + "-" + classEscape(part[1])
                    : classEscape(part);
            });
            return "[" + (expectation.inverted ? "^" : "") + escapedParts.join("") + "]";
        },
        any: function () {
            return "any character";
        },
        end: function () {
            return "end of input";
        },
        other: function (expectation) {
            return expectation.description;
        }
    };
    function hex(ch) {
        return ch.charCodeAt(0).toString(16).toUpperCase();
    }
    function literalEscape(s) {
        return s
            .replace(/\\/g, "\\\\")
            .replace(/"/g, "\\\"")
            .replace(/\0/g, "\\0")
            .replace(/\t/g, "\\t")
            .replace(/\n/g, "\\n")
            .replace(/\r/g, "\\r")
            .replace(/[\x00-\x0F]/g, function (ch) { return "\\x0" + hex(ch); })
            .replace(/[\x10-\x1F\x7F-\x9F]/g, function (ch) { return "\\x" + hex(ch); });
    }
    function classEscape(s) {
        return s
            .replace(/\\/g, "\\\\")
            .replace(/\]/g, "\\]")
            .replace(/\^/g, "\\^")
            .replace(/-/g, "\\-")
            .replace(/\0/g, "\\0")
            .replace(/\t/g, "\\t")
            .replace(/\n/g, "\\n")
            .replace(/\r/g, "\\r")
            .replace(/[\x00-\x0F]/g, function (ch) { return "\\x0" + hex(ch); })
            .replace(/[\x10-\x1F\x7F-\x9F]/g, function (ch) { return "\\x" + hex(ch); });
    }
    function describeExpectation(expectation) {
        return DESCRIBE_EXPECTATION_FNS[expectation.type](expectation);
    }
    function describeExpected(expected) {
        var descriptions = expected.map(describeExpectation);
        var i, j;
        descriptions.sort();
        if (descriptions.length > 0) {
            for (i = 1, j = 1; i < descriptions.length; i++) {
                if (descriptions[i - 1] !== descriptions[i]) {
                    descriptions[j] = descriptions[i];
                    j++;
                }
            }
            descriptions.length = j;
        }
        switch (descriptions.length) {
            case 1:
                return descriptions[0];
            case 2:
                return descriptions[0] + " or " + descriptions[1];
            default:
                return descriptions.slice(0, -1).join(", ")
                    + ", or "
                    + descriptions[descriptions.length - 1];
        }
    }
    function describeFound(found) {
        return found ? "\"" + literalEscape(found) + "\"" : "end of input";
    }
    return "Expected " + describeExpected(expected) + " but " + describeFound(found) + " found.";
};
function peg$parse(input, options) {
    options = options !== undefined ? options : {};
    var peg$FAILED = {};
    var peg$source = options.grammarSource;
    var peg$startRuleFunctions = { jsonpath_query: peg$parsejsonpath_query };
    var peg$startRuleFunction = peg$parsejsonpath_query;
    var peg$c0 = "$";
    var peg$c1 = ".";
    var peg$c2 = "..";
    var peg$c3 = "[";
    var peg$c4 = ",";
    var peg$c5 = "]";
    var peg$c6 = "*";
    var peg$c7 = ":";
    var peg$c8 = "?";
    var peg$c9 = "\"";
    var peg$c10 = "'";
    var peg$c11 = "0";
    var peg$c12 = "-";
    var peg$c13 = "||";
    var peg$c14 = "\\";
    var peg$c15 = "u";
    var peg$c16 = "&&";
    var peg$c17 = "d";
    var peg$c18 = "(";
    var peg$c19 = ")";
    var peg$c20 = "!";
    var peg$c21 = "==";
    var peg$c22 = "!=";
    var peg$c23 = "<=";
    var peg$c24 = ">=";
    var peg$c25 = "-0";
    var peg$c26 = "true";
    var peg$c27 = "false";
    var peg$c28 = "null";
    var peg$c29 = "@";
    var peg$c30 = "e";
    var peg$r0 = /^[\t-\n\r ]/;
    var peg$r1 = /^[A-Z_a-z\x80-\uD7FF\uE000-\uFFFF]/;
    var peg$r2 = /^[\uD800-\uDBFF]/;
    var peg$r3 = /^[\uDC00-\uDFFF]/;
    var peg$r4 = /^[A-Za-z]/;
    var peg$r5 = /^[0-9]/;
    var peg$r6 = /^[1-9]/;
    var peg$r7 = /^[ -!#-&(-[\]-\uD7FF\uE000-\uFFFF]/;
    var peg$r8 = /^[\/\\bfnrt]/;
    var peg$r9 = /^[A-CE-F]/i;
    var peg$r10 = /^[0-7]/;
    var peg$r11 = /^[8-9]/;
    var peg$r12 = /^[A-B]/i;
    var peg$r13 = /^[C-F]/i;
    var peg$r14 = /^[A-F]/i;
    var peg$r15 = /^[<>]/;
    var peg$r16 = /^[0-9_a-z]/;
    var peg$r17 = /^[+\-]/;
    var peg$r18 = /^[a-z]/;
    var peg$e0 = peg$literalExpectation("$", false);
    var peg$e1 = peg$classExpectation([["\t", "\n"], "\r", " "], false, false);
    var peg$e2 = peg$literalExpectation(".", false);
    var peg$e3 = peg$literalExpectation("..", false);
    var peg$e4 = peg$literalExpectation("[", false);
    var peg$e5 = peg$literalExpectation(",", false);
    var peg$e6 = peg$literalExpectation("]", false);
    var peg$e7 = peg$literalExpectation("*", false);
    var peg$e8 = peg$classExpectation([["A", "Z"], "_", ["a", "z"], ["\x80", "\uD7FF"], ["\uE000", "\uFFFF"]], false, false);
    var peg$e9 = peg$classExpectation([["\uD800", "\uDBFF"]], false, false);
    var peg$e10 = peg$classExpectation([["\uDC00", "\uDFFF"]], false, false);
    var peg$e11 = peg$literalExpectation(":", false);
    var peg$e12 = peg$literalExpectation("?", false);
    var peg$e13 = peg$classExpectation([["A", "Z"], ["a", "z"]], false, false);
    var peg$e14 = peg$classExpectation([["0", "9"]], false, false);
    var peg$e15 = peg$literalExpectation("\"", false);
    var peg$e16 = peg$literalExpectation("'", false);
    var peg$e17 = peg$literalExpectation("0", false);
    var peg$e18 = peg$literalExpectation("-", false);
    var peg$e19 = peg$classExpectation([["1", "9"]], false, false);
    var peg$e20 = peg$literalExpectation("||", false);
    var peg$e21 = peg$classExpectation([[" ", "!"], ["#", "&"], ["(", "["], ["]", "\uD7FF"], ["\uE000", "\uFFFF"]], false, false);
    var peg$e22 = peg$literalExpectation("\\", false);
    var peg$e23 = peg$classExpectation(["/", "\\", "b", "f", "n", "r", "t"], false, false);
    var peg$e24 = peg$literalExpectation("u", false);
    var peg$e25 = peg$literalExpectation("&&", false);
    var peg$e26 = peg$classExpectation([["A", "C"], ["E", "F"]], false, true);
    var peg$e27 = peg$literalExpectation("D", true);
    var peg$e28 = peg$classExpectation([["0", "7"]], false, false);
    var peg$e29 = peg$classExpectation([["8", "9"]], false, false);
    var peg$e30 = peg$classExpectation([["A", "B"]], false, true);
    var peg$e31 = peg$classExpectation([["C", "F"]], false, true);
    var peg$e32 = peg$literalExpectation("(", false);
    var peg$e33 = peg$literalExpectation(")", false);
    var peg$e34 = peg$classExpectation([["A", "F"]], false, true);
    var peg$e35 = peg$literalExpectation("!", false);
    var peg$e36 = peg$literalExpectation("==", false);
    var peg$e37 = peg$literalExpectation("!=", false);
    var peg$e38 = peg$literalExpectation("<=", false);
    var peg$e39 = peg$literalExpectation(">=", false);
    var peg$e40 = peg$classExpectation(["<", ">"], false, false);
    var peg$e41 = peg$literalExpectation("-0", false);
    var peg$e42 = peg$literalExpectation("true", false);
    var peg$e43 = peg$literalExpectation("false", false);
    var peg$e44 = peg$literalExpectation("null", false);
    var peg$e45 = peg$literalExpectation("@", false);
    var peg$e46 = peg$classExpectation([["0", "9"], "_", ["a", "z"]], false, false);
    var peg$e47 = peg$literalExpectation("e", true);
    var peg$e48 = peg$classExpectation(["+", "-"], false, false);
    var peg$e49 = peg$classExpectation([["a", "z"]], false, false);
    var peg$f0 = function (segments) {
        return {
            type: 'JsonPathQuery',
            segments,
        };
    };
    var peg$f1 = function (value) { return value; };
    var peg$f2 = function (value) { return value; };
    var peg$f3 = function (node) { return { type: "ChildSegment", node }; };
    var peg$f4 = function (node) { return { type: "DescendantSegment", node }; };
    var peg$f5 = function (main, child) { return child; };
    var peg$f6 = function (main, rest) { return [main, ...rest]; };
    var peg$f7 = function (selectors) {
        return {
            type: "BracketedSelection",
            selectors,
        };
    };
    var peg$f8 = function () { return { type: "WildcardSelector" }; };
    var peg$f9 = function (value) { return { type: "MemberNameShorthand", value }; };
    var peg$f10 = function (value) { return { type: "NameSelector", value }; };
    var peg$f11 = function (start, end, value) { return value; };
    var peg$f12 = function (start, end, step) { return { start, end, step }; };
    var peg$f13 = function (values) {
        return {
            type: 'SliceSelector',
            start: values.start === "" ? null : Number.parseInt(values.start.trim(), 10),
            end: values.end === "" ? null : Number.parseInt(values.end.trim(), 10),
            step: values.step === "" || values.step === null ? null : Number.parseInt(values.step.trim(), 10),
        };
    };
    var peg$f14 = function (value) { return { type: 'IndexSelector', value: Number.parseInt(value, 10) }; };
    var peg$f15 = function (value) { return { type: 'FilterSelector', value }; };
    var peg$f16 = function (value) { return value; };
    var peg$f17 = function (value) { return value; };
    var peg$f18 = function (value) { return value.join(''); };
    var peg$f19 = function () { return "\""; };
    var peg$f20 = function (value) {
        switch (value) {
            case "b":
                return "\b";
            case "f":
                return "\f";
            case "n":
                return "\n";
            case "r":
                return "\r";
            case "t":
                return "\t";
            case "/":
                return "/";
            case "\\":
                return "\\";
            default:
                return value.slice(1);
        }
    };
    var peg$f21 = function () { return "'"; };
    var peg$f22 = function (value) {
        switch (value) {
            case "b":
                return "\b";
            case "f":
                return "\f";
            case "n":
                return "\n";
            case "r":
                return "\r";
            case "t":
                return "\t";
            case "/":
                return "/";
            case "\\":
                return "\\";
            default:
                return value.slice(1);
        }
    };
    var peg$f23 = function (left, value) { return value; };
    var peg$f24 = function (left, rest) {
        return rest.length === 0 ? left : {
            type: "LogicalOrExpr",
            left,
            right: rest.length === 1 ? rest[0] : rest.slice(1)
                .reduce((acc, curr) => ({
                type: "LogicalOrExpr",
                left: acc,
                right: curr,
            }), rest[0])
        };
    };
    var peg$f25 = function (main, value) { return value; };
    var peg$f26 = function (main, rest) { return [main, ...rest]; };
    var peg$f27 = function (conditions) {
        return conditions.length === 1 ? conditions[0] : {
            type: "LogicalAndExpr",
            left: conditions[0],
            right: conditions.length === 2 ? conditions[1] : conditions.slice(2)
                .reduce((acc, curr) => ({
                type: "LogicalOrExpr",
                left: acc,
                right: curr,
            }), conditions[1])
        };
    };
    var peg$f28 = function () { return String.fromCharCode(Number.parseInt(text(), 16)); };
    var peg$f29 = function (h, l) {
        return (String.fromCharCode(Number.parseInt(h, 16)) + String.fromCharCode(Number.parseInt(l, 16)));
    };
    var peg$f30 = function (value) { return value; };
    var peg$f31 = function (not, expression) {
        return not !== null ? {
            type: "LogicalNotExpr",
            expression
        } : expression;
    };
    var peg$f32 = function (left, op, right) {
        return {
            type: "ComparisonExpr",
            left,
            op,
            right,
        };
    };
    var peg$f33 = function (not, expression) {
        return not !== null ? {
            type: "LogicalNotExpr",
            expression: {
                type: "TestExpr",
                expression
            }
        } : {
            type: "TestExpr",
            expression
        };
    };
    var peg$f34 = function (value) { return { type: "FilterQuery", value }; };
    var peg$f35 = function (name, f, rest) { return rest; };
    var peg$f36 = function (name, f, r) { return [f, ...r]; };
    var peg$f37 = function (name, args) {
        return {
            type: "FunctionExpr",
            name,
            arguments: args,
        };
    };
    var peg$f38 = function (value) { return { type: 'Literal', value }; };
    var peg$f39 = function (segments) { return { type: "RelQuery", segments }; };
    var peg$f40 = function (value) { return Number(value); };
    var peg$f41 = function () { return true; };
    var peg$f42 = function () { return false; };
    var peg$f43 = function () { return null; };
    var peg$f44 = function (segments) { return { type: "RelSingularQuery", segments }; };
    var peg$f45 = function (segments) { return { type: "AbsSingularQuery", segments }; };
    var peg$f46 = function (segment) {
        return {
            type: 'SingularQuerySegment',
            node: segment
        };
    };
    var peg$f47 = function (segments) { return segments; };
    var peg$f48 = function (value) { return value; };
    var peg$f49 = function (value) { return value; };
    var peg$f50 = function (selector) { return { type: "IndexSelector", selector }; };
    var peg$currPos = options.peg$currPos | 0;
    var peg$savedPos = peg$currPos;
    var peg$posDetailsCache = [{ line: 1, column: 1 }];
    var peg$maxFailPos = peg$currPos;
    var peg$maxFailExpected = options.peg$maxFailExpected || [];
    var peg$silentFails = options.peg$silentFails | 0;
    var peg$result;
    if (options.startRule) {
        if (!(options.startRule in peg$startRuleFunctions)) {
            throw new Error("Can't start parsing from rule \"" + options.startRule + "\".");
        }
        peg$startRuleFunction = peg$startRuleFunctions[options.startRule];
    }
    function text() {
        return input.substring(peg$savedPos, peg$currPos);
    }
    function offset() {
        return peg$savedPos;
    }
    function range() {
        return {
            source: peg$source,
            start: peg$savedPos,
            end: peg$currPos
        };
    }
    function location() {
        return peg$computeLocation(peg$savedPos, peg$currPos);
    }
    function expected(description, location) {
        location = location !== undefined
            ? location
            : peg$computeLocation(peg$savedPos, peg$currPos);
        throw peg$buildStructuredError([peg$otherExpectation(description)], input.substring(peg$savedPos, peg$currPos), location);
    }
    function error(message, location) {
        location = location !== undefined
            ? location
            : peg$computeLocation(peg$savedPos, peg$currPos);
        throw peg$buildSimpleError(message, location);
    }
    function peg$literalExpectation(text, ignoreCase) {
        return { type: "literal", text: text, ignoreCase: ignoreCase };
    }
    function peg$classExpectation(parts, inverted, ignoreCase) {
        return { type: "class", parts: parts, inverted: inverted, ignoreCase: ignoreCase };
    }
    function peg$anyExpectation() {
        return { type: "any" };
    }
    function peg$endExpectation() {
        return { type: "end" };
    }
    function peg$otherExpectation(description) {
        return { type: "other", description: description };
    }
    function peg$computePosDetails(pos) {
        var details = peg$posDetailsCache[pos];
        var p;
        if (details) {
            return details;
        }
        else {
            if (pos >= peg$posDetailsCache.length) {
                p = peg$posDetailsCache.length - 1;
            }
            else {
                p = pos;
                while (!peg$posDetailsCache[--p]) { }
            }
            details = peg$posDetailsCache[p];
            details = {
                line: details.line,
                column: details.column
            };
            while (p < pos) {
                if (input.charCodeAt(p) === 10) {
                    details.line++;
                    details.column = 1;
                }
                else {
                    details.column++;
                }
                p++;
            }
            peg$posDetailsCache[pos] = details;
            return details;
        }
    }
    function peg$computeLocation(startPos, endPos, offset) {
        var startPosDetails = peg$computePosDetails(startPos);
        var endPosDetails = peg$computePosDetails(endPos);
        var res = {
            source: peg$source,
            start: {
                offset: startPos,
                line: startPosDetails.line,
                column: startPosDetails.column
            },
            end: {
                offset: endPos,
                line: endPosDetails.line,
                column: endPosDetails.column
            }
        };
        if (offset && peg$source && (typeof peg$source.offset === "function")) {
            res.start = peg$source.offset(res.start);
            res.end = peg$source.offset(res.end);
        }
        return res;
    }
    function peg$fail(expected) {
        if (peg$currPos < peg$maxFailPos) {
            return;
        }
        if (peg$currPos > peg$maxFailPos) {
            peg$maxFailPos = peg$currPos;
            peg$maxFailExpected = [];
        }
        peg$maxFailExpected.push(expected);
    }
    function peg$buildSimpleError(message, location) {
        return new peg$SyntaxError(message, null, null, location);
    }
    function peg$buildStructuredError(expected, found, location) {
        return new peg$SyntaxError(peg$SyntaxError.buildMessage(expected, found), expected, found, location);
    }
    function peg$parsejsonpath_query() {
        var s0, s1, s2;
        s0 = peg$currPos;
        s1 = peg$parseroot_identifier();
        if (s1 !== peg$FAILED) {
            s2 = peg$parsesegments();
            peg$savedPos = s0;
            s0 = peg$f0(s2);
        }
        else {
            peg$currPos = s0;
            s0 = peg$FAILED;
        }
        return s0;
    }
    function peg$parseroot_identifier() {
        var s0;
        if (input.charCodeAt(peg$currPos) === 36) {
            s0 = peg$c0;
            peg$currPos++;
        }
        else {
            s0 = peg$FAILED;
            if (peg$silentFails === 0) {
                peg$fail(peg$e0);
            }
        }
        return s0;
    }
    function peg$parsesegments() {
        var s0, s1, s2, s3;
        s0 = [];
        s1 = peg$currPos;
        s2 = peg$parseS();
        s3 = peg$parsesegment();
        if (s3 !== peg$FAILED) {
            peg$savedPos = s1;
            s1 = peg$f1(s3);
        }
        else {
            peg$currPos = s1;
            s1 = peg$FAILED;
        }
        while (s1 !== peg$FAILED) {
            s0.push(s1);
            s1 = peg$currPos;
            s2 = peg$parseS();
            s3 = peg$parsesegment();
            if (s3 !== peg$FAILED) {
                peg$savedPos = s1;
                s1 = peg$f1(s3);
            }
            else {
                peg$currPos = s1;
                s1 = peg$FAILED;
            }
        }
        return s0;
    }
    function peg$parseS() {
        var s0, s1;
        s0 = [];
        s1 = peg$parseB();
        while (s1 !== peg$FAILED) {
            s0.push(s1);
            s1 = peg$parseB();
        }
        return s0;
    }
    function peg$parsesegment() {
        var s0;
        s0 = peg$parsechild_segment();
        if (s0 === peg$FAILED) {
            s0 = peg$parsedescendant_segment();
        }
        return s0;
    }
    function peg$parseB() {
        var s0;
        s0 = input.charAt(peg$currPos);
        if (peg$r0.test(s0)) {
            peg$currPos++;
        }
        else {
            s0 = peg$FAILED;
            if (peg$silentFails === 0) {
                peg$fail(peg$e1);
            }
        }
        return s0;
    }
    function peg$parsechild_segment() {
        var s0, s1, s2, s3;
        s0 = peg$currPos;
        s1 = peg$parsebracketed_selection();
        if (s1 === peg$FAILED) {
            s1 = peg$currPos;
            if (input.charCodeAt(peg$currPos) === 46) {
                s2 = peg$c1;
                peg$currPos++;
            }
            else {
                s2 = peg$FAILED;
                if (peg$silentFails === 0) {
                    peg$fail(peg$e2);
                }
            }
            if (s2 !== peg$FAILED) {
                s3 = peg$parsewildcard_selector();
                if (s3 === peg$FAILED) {
                    s3 = peg$parsemember_name_shorthand();
                }
                if (s3 !== peg$FAILED) {
                    peg$savedPos = s1;
                    s1 = peg$f2(s3);
                }
                else {
                    peg$currPos = s1;
                    s1 = peg$FAILED;
                }
            }
            else {
                peg$currPos = s1;
                s1 = peg$FAILED;
            }
        }
        if (s1 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$f3(s1);
        }
        s0 = s1;
        return s0;
    }
    function peg$parsedescendant_segment() {
        var s0, s1, s2;
        s0 = peg$currPos;
        if (input.substr(peg$currPos, 2) === peg$c2) {
            s1 = peg$c2;
            peg$currPos += 2;
        }
        else {
            s1 = peg$FAILED;
            if (peg$silentFails === 0) {
                peg$fail(peg$e3);
            }
        }
        if (s1 !== peg$FAILED) {
            s2 = peg$parsebracketed_selection();
            if (s2 === peg$FAILED) {
                s2 = peg$parsewildcard_selector();
                if (s2 === peg$FAILED) {
                    s2 = peg$parsemember_name_shorthand();
                }
            }
            if (s2 !== peg$FAILED) {
                peg$savedPos = s0;
                s0 = peg$f4(s2);
            }
            else {
                peg$currPos = s0;
                s0 = peg$FAILED;
            }
        }
        else {
            peg$currPos = s0;
            s0 = peg$FAILED;
        }
        return s0;
    }
    function peg$parsebracketed_selection() {
        var s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10;
        s0 = peg$currPos;
        if (input.charCodeAt(peg$currPos) === 91) {
            s1 = peg$c3;
            peg$currPos++;
        }
        else {
            s1 = peg$FAILED;
            if (peg$silentFails === 0) {
                peg$fail(peg$e4);
            }
        }
        if (s1 !== peg$FAILED) {
            s2 = peg$currPos;
            s3 = peg$parseS();
            s4 = peg$parseselector();
            if (s4 !== peg$FAILED) {
                s5 = [];
                s6 = peg$currPos;
                s7 = peg$parseS();
                if (input.charCodeAt(peg$currPos) === 44) {
                    s8 = peg$c4;
                    peg$currPos++;
                }
                else {
                    s8 = peg$FAILED;
                    if (peg$silentFails === 0) {
                        peg$fail(peg$e5);
                    }
                }
                if (s8 !== peg$FAILED) {
                    s9 = peg$parseS();
                    s10 = peg$parseselector();
                    if (s10 !== peg$FAILED) {
                        peg$savedPos = s6;
                        s6 = peg$f5(s4, s10);
                    }
                    else {
                        peg$currPos = s6;
                        s6 = peg$FAILED;
                    }
                }
                else {
                    peg$currPos = s6;
                    s6 = peg$FAILED;
                }
                while (s6 !== peg$FAILED) {
                    s5.push(s6);
                    s6 = peg$currPos;
                    s7 = peg$parseS();
                    if (input.charCodeAt(peg$currPos) === 44) {
                        s8 = peg$c4;
                        peg$currPos++;
                    }
                    else {
                        s8 = peg$FAILED;
                        if (peg$silentFails === 0) {
                            peg$fail(peg$e5);
                        }
                    }
                    if (s8 !== peg$FAILED) {
                        s9 = peg$parseS();
                        s10 = peg$parseselector();
                        if (s10 !== peg$FAILED) {
                            peg$savedPos = s6;
                            s6 = peg$f5(s4, s10);
                        }
                        else {
                            peg$currPos = s6;
                            s6 = peg$FAILED;
                        }
                    }
                    else {
                        peg$currPos = s6;
                        s6 = peg$FAILED;
                    }
                }
                peg$savedPos = s2;
                s2 = peg$f6(s4, s5);
            }
            else {
                peg$currPos = s2;
                s2 = peg$FAILED;
            }
            if (s2 !== peg$FAILED) {
                s3 = peg$parseS();
                if (input.charCodeAt(peg$currPos) === 93) {
                    s4 = peg$c5;
                    peg$currPos++;
                }
                else {
                    s4 = peg$FAILED;
                    if (peg$silentFails === 0) {
                        peg$fail(peg$e6);
                    }
                }
                if (s4 !== peg$FAILED) {
                    peg$savedPos = s0;
                    s0 = peg$f7(s2);
                }
                else {
                    peg$currPos = s0;
                    s0 = peg$FAILED;
                }
            }
            else {
                peg$currPos = s0;
                s0 = peg$FAILED;
            }
        }
        else {
            peg$currPos = s0;
            s0 = peg$FAILED;
        }
        return s0;
    }
    function peg$parsewildcard_selector() {
        var s0, s1;
        s0 = peg$currPos;
        if (input.charCodeAt(peg$currPos) === 42) {
            s1 = peg$c6;
            peg$currPos++;
        }
        else {
            s1 = peg$FAILED;
            if (peg$silentFails === 0) {
                peg$fail(peg$e7);
            }
        }
        if (s1 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$f8();
        }
        s0 = s1;
        return s0;
    }
    function peg$parsemember_name_shorthand() {
        var s0, s1, s2, s3, s4, s5;
        s0 = peg$currPos;
        s1 = peg$currPos;
        s2 = peg$currPos;
        s3 = peg$parsename_first();
        if (s3 !== peg$FAILED) {
            s4 = [];
            s5 = peg$parsename_char();
            while (s5 !== peg$FAILED) {
                s4.push(s5);
                s5 = peg$parsename_char();
            }
            s3 = [s3, s4];
            s2 = s3;
        }
        else {
            peg$currPos = s2;
            s2 = peg$FAILED;
        }
        if (s2 !== peg$FAILED) {
            s1 = input.substring(s1, peg$currPos);
        }
        else {
            s1 = s2;
        }
        if (s1 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$f9(s1);
        }
        s0 = s1;
        return s0;
    }
    function peg$parseselector() {
        var s0;
        s0 = peg$parsename_selector();
        if (s0 === peg$FAILED) {
            s0 = peg$parsewildcard_selector();
            if (s0 === peg$FAILED) {
                s0 = peg$parseslice_selector();
                if (s0 === peg$FAILED) {
                    s0 = peg$parseindex_selector();
                    if (s0 === peg$FAILED) {
                        s0 = peg$parsefilter_selector();
                    }
                }
            }
        }
        return s0;
    }
    function peg$parsename_first() {
        var s0, s1, s2;
        s0 = input.charAt(peg$currPos);
        if (peg$r1.test(s0)) {
            peg$currPos++;
        }
        else {
            s0 = peg$FAILED;
            if (peg$silentFails === 0) {
                peg$fail(peg$e8);
            }
        }
        if (s0 === peg$FAILED) {
            s0 = peg$currPos;
            s1 = input.charAt(peg$currPos);
            if (peg$r2.test(s1)) {
                peg$currPos++;
            }
            else {
                s1 = peg$FAILED;
                if (peg$silentFails === 0) {
                    peg$fail(peg$e9);
                }
            }
            if (s1 !== peg$FAILED) {
                s2 = input.charAt(peg$currPos);
                if (peg$r3.test(s2)) {
                    peg$currPos++;
                }
                else {
                    s2 = peg$FAILED;
                    if (peg$silentFails === 0) {
                        peg$fail(peg$e10);
                    }
                }
                if (s2 !== peg$FAILED) {
                    s1 = [s1, s2];
                    s0 = s1;
                }
                else {
                    peg$currPos = s0;
                    s0 = peg$FAILED;
                }
            }
            else {
                peg$currPos = s0;
                s0 = peg$FAILED;
            }
        }
        return s0;
    }
    function peg$parsename_char() {
        var s0;
        s0 = peg$parsename_first();
        if (s0 === peg$FAILED) {
            s0 = peg$parseDIGIT();
        }
        return s0;
    }
    function peg$parsename_selector() {
        var s0, s1;
        s0 = peg$currPos;
        s1 = peg$parsestring_literal();
        if (s1 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$f10(s1);
        }
        s0 = s1;
        return s0;
    }
    function peg$parseslice_selector() {
        var s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11;
        s0 = peg$currPos;
        s1 = peg$currPos;
        s2 = peg$currPos;
        s3 = peg$currPos;
        s4 = peg$parseint();
        if (s4 !== peg$FAILED) {
            s5 = peg$parseS();
            s4 = [s4, s5];
            s3 = s4;
        }
        else {
            peg$currPos = s3;
            s3 = peg$FAILED;
        }
        if (s3 === peg$FAILED) {
            s3 = null;
        }
        s2 = input.substring(s2, peg$currPos);
        if (input.charCodeAt(peg$currPos) === 58) {
            s3 = peg$c7;
            peg$currPos++;
        }
        else {
            s3 = peg$FAILED;
            if (peg$silentFails === 0) {
                peg$fail(peg$e11);
            }
        }
        if (s3 !== peg$FAILED) {
            s4 = peg$parseS();
            s5 = peg$currPos;
            s6 = peg$currPos;
            s7 = peg$parseint();
            if (s7 !== peg$FAILED) {
                s8 = peg$parseS();
                s7 = [s7, s8];
                s6 = s7;
            }
            else {
                peg$currPos = s6;
                s6 = peg$FAILED;
            }
            if (s6 === peg$FAILED) {
                s6 = null;
            }
            s5 = input.substring(s5, peg$currPos);
            s6 = peg$currPos;
            if (input.charCodeAt(peg$currPos) === 58) {
                s7 = peg$c7;
                peg$currPos++;
            }
            else {
                s7 = peg$FAILED;
                if (peg$silentFails === 0) {
                    peg$fail(peg$e11);
                }
            }
            if (s7 !== peg$FAILED) {
                s8 = peg$currPos;
                s9 = peg$currPos;
                s10 = peg$parseS();
                s11 = peg$parseint();
                if (s11 === peg$FAILED) {
                    s11 = null;
                }
                s10 = [s10, s11];
                s9 = s10;
                s8 = input.substring(s8, peg$currPos);
                peg$savedPos = s6;
                s6 = peg$f11(s2, s5, s8);
            }
            else {
                peg$currPos = s6;
                s6 = peg$FAILED;
            }
            if (s6 === peg$FAILED) {
                s6 = null;
            }
            peg$savedPos = s1;
            s1 = peg$f12(s2, s5, s6);
        }
        else {
            peg$currPos = s1;
            s1 = peg$FAILED;
        }
        if (s1 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$f13(s1);
        }
        s0 = s1;
        return s0;
    }
    function peg$parseindex_selector() {
        var s0, s1, s2;
        s0 = peg$currPos;
        s1 = peg$currPos;
        s2 = peg$parseint();
        if (s2 !== peg$FAILED) {
            s1 = input.substring(s1, peg$currPos);
        }
        else {
            s1 = s2;
        }
        if (s1 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$f14(s1);
        }
        s0 = s1;
        return s0;
    }
    function peg$parsefilter_selector() {
        var s0, s1, s2, s3;
        s0 = peg$currPos;
        if (input.charCodeAt(peg$currPos) === 63) {
            s1 = peg$c8;
            peg$currPos++;
        }
        else {
            s1 = peg$FAILED;
            if (peg$silentFails === 0) {
                peg$fail(peg$e12);
            }
        }
        if (s1 !== peg$FAILED) {
            s2 = peg$parseS();
            s3 = peg$parselogical_or_expr();
            if (s3 !== peg$FAILED) {
                peg$savedPos = s0;
                s0 = peg$f15(s3);
            }
            else {
                peg$currPos = s0;
                s0 = peg$FAILED;
            }
        }
        else {
            peg$currPos = s0;
            s0 = peg$FAILED;
        }
        return s0;
    }
    function peg$parseALPHA() {
        var s0;
        s0 = input.charAt(peg$currPos);
        if (peg$r4.test(s0)) {
            peg$currPos++;
        }
        else {
            s0 = peg$FAILED;
            if (peg$silentFails === 0) {
                peg$fail(peg$e13);
            }
        }
        return s0;
    }
    function peg$parseDIGIT() {
        var s0;
        s0 = input.charAt(peg$currPos);
        if (peg$r5.test(s0)) {
            peg$currPos++;
        }
        else {
            s0 = peg$FAILED;
            if (peg$silentFails === 0) {
                peg$fail(peg$e14);
            }
        }
        return s0;
    }
    function peg$parsestring_literal() {
        var s0, s1, s2, s3, s4;
        s0 = peg$currPos;
        s1 = peg$currPos;
        if (input.charCodeAt(peg$currPos) === 34) {
            s2 = peg$c9;
            peg$currPos++;
        }
        else {
            s2 = peg$FAILED;
            if (peg$silentFails === 0) {
                peg$fail(peg$e15);
            }
        }
        if (s2 !== peg$FAILED) {
            s3 = [];
            s4 = peg$parsedouble_quoted();
            while (s4 !== peg$FAILED) {
                s3.push(s4);
                s4 = peg$parsedouble_quoted();
            }
            if (input.charCodeAt(peg$currPos) === 34) {
                s4 = peg$c9;
                peg$currPos++;
            }
            else {
                s4 = peg$FAILED;
                if (peg$silentFails === 0) {
                    peg$fail(peg$e15);
                }
            }
            if (s4 !== peg$FAILED) {
                peg$savedPos = s1;
                s1 = peg$f16(s3);
            }
            else {
                peg$currPos = s1;
                s1 = peg$FAILED;
            }
        }
        else {
            peg$currPos = s1;
            s1 = peg$FAILED;
        }
        if (s1 === peg$FAILED) {
            s1 = peg$currPos;
            if (input.charCodeAt(peg$currPos) === 39) {
                s2 = peg$c10;
                peg$currPos++;
            }
            else {
                s2 = peg$FAILED;
                if (peg$silentFails === 0) {
                    peg$fail(peg$e16);
                }
            }
            if (s2 !== peg$FAILED) {
                s3 = [];
                s4 = peg$parsesingle_quoted();
                while (s4 !== peg$FAILED) {
                    s3.push(s4);
                    s4 = peg$parsesingle_quoted();
                }
                if (input.charCodeAt(peg$currPos) === 39) {
                    s4 = peg$c10;
                    peg$currPos++;
                }
                else {
                    s4 = peg$FAILED;
                    if (peg$silentFails === 0) {
                        peg$fail(peg$e16);
                    }
                }
                if (s4 !== peg$FAILED) {
                    peg$savedPos = s1;
                    s1 = peg$f17(s3);
                }
                else {
                    peg$currPos = s1;
                    s1 = peg$FAILED;
                }
            }
            else {
                peg$currPos = s1;
                s1 = peg$FAILED;
            }
        }
        if (s1 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$f18(s1);
        }
        s0 = s1;
        return s0;
    }
    function peg$parseint() {
        var s0, s1, s2, s3, s4;
        if (input.charCodeAt(peg$currPos) === 48) {
            s0 = peg$c11;
            peg$currPos++;
        }
        else {
            s0 = peg$FAILED;
            if (peg$silentFails === 0) {
                peg$fail(peg$e17);
            }
        }
        if (s0 === peg$FAILED) {
            s0 = peg$currPos;
            if (input.charCodeAt(peg$currPos) === 45) {
                s1 = peg$c12;
                peg$currPos++;
            }
            else {
                s1 = peg$FAILED;
                if (peg$silentFails === 0) {
                    peg$fail(peg$e18);
                }
            }
            if (s1 === peg$FAILED) {
                s1 = null;
            }
            s2 = peg$parseDIGIT1();
            if (s2 !== peg$FAILED) {
                s3 = [];
                s4 = peg$parseDIGIT();
                while (s4 !== peg$FAILED) {
                    s3.push(s4);
                    s4 = peg$parseDIGIT();
                }
                s1 = [s1, s2, s3];
                s0 = s1;
            }
            else {
                peg$currPos = s0;
                s0 = peg$FAILED;
            }
        }
        return s0;
    }
    function peg$parsedouble_quoted() {
        var s0, s1, s2;
        s0 = peg$currPos;
        s1 = peg$parseunescaped();
        if (s1 !== peg$FAILED) {
            s0 = input.substring(s0, peg$currPos);
        }
        else {
            s0 = s1;
        }
        if (s0 === peg$FAILED) {
            if (input.charCodeAt(peg$currPos) === 39) {
                s0 = peg$c10;
                peg$currPos++;
            }
            else {
                s0 = peg$FAILED;
                if (peg$silentFails === 0) {
                    peg$fail(peg$e16);
                }
            }
            if (s0 === peg$FAILED) {
                s0 = peg$currPos;
                s1 = peg$parseESC();
                if (s1 !== peg$FAILED) {
                    if (input.charCodeAt(peg$currPos) === 34) {
                        s2 = peg$c9;
                        peg$currPos++;
                    }
                    else {
                        s2 = peg$FAILED;
                        if (peg$silentFails === 0) {
                            peg$fail(peg$e15);
                        }
                    }
                    if (s2 !== peg$FAILED) {
                        peg$savedPos = s0;
                        s0 = peg$f19();
                    }
                    else {
                        peg$currPos = s0;
                        s0 = peg$FAILED;
                    }
                }
                else {
                    peg$currPos = s0;
                    s0 = peg$FAILED;
                }
                if (s0 === peg$FAILED) {
                    s0 = peg$currPos;
                    s1 = peg$parseESC();
                    if (s1 !== peg$FAILED) {
                        s2 = peg$parseescapable();
                        if (s2 !== peg$FAILED) {
                            peg$savedPos = s0;
                            s0 = peg$f20(s2);
                        }
                        else {
                            peg$currPos = s0;
                            s0 = peg$FAILED;
                        }
                    }
                    else {
                        peg$currPos = s0;
                        s0 = peg$FAILED;
                    }
                }
            }
        }
        return s0;
    }
    function peg$parsesingle_quoted() {
        var s0, s1, s2;
        s0 = peg$currPos;
        s1 = peg$parseunescaped();
        if (s1 !== peg$FAILED) {
            s0 = input.substring(s0, peg$currPos);
        }
        else {
            s0 = s1;
        }
        if (s0 === peg$FAILED) {
            if (input.charCodeAt(peg$currPos) === 34) {
                s0 = peg$c9;
                peg$currPos++;
            }
            else {
                s0 = peg$FAILED;
                if (peg$silentFails === 0) {
                    peg$fail(peg$e15);
                }
            }
            if (s0 === peg$FAILED) {
                s0 = peg$currPos;
                s1 = peg$parseESC();
                if (s1 !== peg$FAILED) {
                    if (input.charCodeAt(peg$currPos) === 39) {
                        s2 = peg$c10;
                        peg$currPos++;
                    }
                    else {
                        s2 = peg$FAILED;
                        if (peg$silentFails === 0) {
                            peg$fail(peg$e16);
                        }
                    }
                    if (s2 !== peg$FAILED) {
                        peg$savedPos = s0;
                        s0 = peg$f21();
                    }
                    else {
                        peg$currPos = s0;
                        s0 = peg$FAILED;
                    }
                }
                else {
                    peg$currPos = s0;
                    s0 = peg$FAILED;
                }
                if (s0 === peg$FAILED) {
                    s0 = peg$currPos;
                    s1 = peg$parseESC();
                    if (s1 !== peg$FAILED) {
                        s2 = peg$parseescapable();
                        if (s2 !== peg$FAILED) {
                            peg$savedPos = s0;
                            s0 = peg$f22(s2);
                        }
                        else {
                            peg$currPos = s0;
                            s0 = peg$FAILED;
                        }
                    }
                    else {
                        peg$currPos = s0;
                        s0 = peg$FAILED;
                    }
                }
            }
        }
        return s0;
    }
    function peg$parseDIGIT1() {
        var s0;
        s0 = input.charAt(peg$currPos);
        if (peg$r6.test(s0)) {
            peg$currPos++;
        }
        else {
            s0 = peg$FAILED;
            if (peg$silentFails === 0) {
                peg$fail(peg$e19);
            }
        }
        return s0;
    }
    function peg$parselogical_or_expr() {
        var s0, s1, s2, s3, s4, s5, s6, s7;
        s0 = peg$currPos;
        s1 = peg$parselogical_and_expr();
        if (s1 !== peg$FAILED) {
            s2 = [];
            s3 = peg$currPos;
            s4 = peg$parseS();
            if (input.substr(peg$currPos, 2) === peg$c13) {
                s5 = peg$c13;
                peg$currPos += 2;
            }
            else {
                s5 = peg$FAILED;
                if (peg$silentFails === 0) {
                    peg$fail(peg$e20);
                }
            }
            if (s5 !== peg$FAILED) {
                s6 = peg$parseS();
                s7 = peg$parselogical_and_expr();
                if (s7 !== peg$FAILED) {
                    peg$savedPos = s3;
                    s3 = peg$f23(s1, s7);
                }
                else {
                    peg$currPos = s3;
                    s3 = peg$FAILED;
                }
            }
            else {
                peg$currPos = s3;
                s3 = peg$FAILED;
            }
            while (s3 !== peg$FAILED) {
                s2.push(s3);
                s3 = peg$currPos;
                s4 = peg$parseS();
                if (input.substr(peg$currPos, 2) === peg$c13) {
                    s5 = peg$c13;
                    peg$currPos += 2;
                }
                else {
                    s5 = peg$FAILED;
                    if (peg$silentFails === 0) {
                        peg$fail(peg$e20);
                    }
                }
                if (s5 !== peg$FAILED) {
                    s6 = peg$parseS();
                    s7 = peg$parselogical_and_expr();
                    if (s7 !== peg$FAILED) {
                        peg$savedPos = s3;
                        s3 = peg$f23(s1, s7);
                    }
                    else {
                        peg$currPos = s3;
                        s3 = peg$FAILED;
                    }
                }
                else {
                    peg$currPos = s3;
                    s3 = peg$FAILED;
                }
            }
            peg$savedPos = s0;
            s0 = peg$f24(s1, s2);
        }
        else {
            peg$currPos = s0;
            s0 = peg$FAILED;
        }
        return s0;
    }
    function peg$parseunescaped() {
        var s0, s1, s2;
        s0 = input.charAt(peg$currPos);
        if (peg$r7.test(s0)) {
            peg$currPos++;
        }
        else {
            s0 = peg$FAILED;
            if (peg$silentFails === 0) {
                peg$fail(peg$e21);
            }
        }
        if (s0 === peg$FAILED) {
            s0 = peg$currPos;
            s1 = input.charAt(peg$currPos);
            if (peg$r2.test(s1)) {
                peg$currPos++;
            }
            else {
                s1 = peg$FAILED;
                if (peg$silentFails === 0) {
                    peg$fail(peg$e9);
                }
            }
            if (s1 !== peg$FAILED) {
                s2 = input.charAt(peg$currPos);
                if (peg$r3.test(s2)) {
                    peg$currPos++;
                }
                else {
                    s2 = peg$FAILED;
                    if (peg$silentFails === 0) {
                        peg$fail(peg$e10);
                    }
                }
                if (s2 !== peg$FAILED) {
                    s1 = [s1, s2];
                    s0 = s1;
                }
                else {
                    peg$currPos = s0;
                    s0 = peg$FAILED;
                }
            }
            else {
                peg$currPos = s0;
                s0 = peg$FAILED;
            }
        }
        return s0;
    }
    function peg$parseESC() {
        var s0;
        if (input.charCodeAt(peg$currPos) === 92) {
            s0 = peg$c14;
            peg$currPos++;
        }
        else {
            s0 = peg$FAILED;
            if (peg$silentFails === 0) {
                peg$fail(peg$e22);
            }
        }
        return s0;
    }
    function peg$parseescapable() {
        var s0, s1, s2;
        s0 = input.charAt(peg$currPos);
        if (peg$r8.test(s0)) {
            peg$currPos++;
        }
        else {
            s0 = peg$FAILED;
            if (peg$silentFails === 0) {
                peg$fail(peg$e23);
            }
        }
        if (s0 === peg$FAILED) {
            s0 = peg$currPos;
            if (input.charCodeAt(peg$currPos) === 117) {
                s1 = peg$c15;
                peg$currPos++;
            }
            else {
                s1 = peg$FAILED;
                if (peg$silentFails === 0) {
                    peg$fail(peg$e24);
                }
            }
            if (s1 !== peg$FAILED) {
                s2 = peg$parsehexchar();
                if (s2 !== peg$FAILED) {
                    s1 = [s1, s2];
                    s0 = s1;
                }
                else {
                    peg$currPos = s0;
                    s0 = peg$FAILED;
                }
            }
            else {
                peg$currPos = s0;
                s0 = peg$FAILED;
            }
        }
        return s0;
    }
    function peg$parselogical_and_expr() {
        var s0, s1, s2, s3, s4, s5, s6, s7, s8;
        s0 = peg$currPos;
        s1 = peg$currPos;
        s2 = peg$parsebasic_expr();
        if (s2 !== peg$FAILED) {
            s3 = [];
            s4 = peg$currPos;
            s5 = peg$parseS();
            if (input.substr(peg$currPos, 2) === peg$c16) {
                s6 = peg$c16;
                peg$currPos += 2;
            }
            else {
                s6 = peg$FAILED;
                if (peg$silentFails === 0) {
                    peg$fail(peg$e25);
                }
            }
            if (s6 !== peg$FAILED) {
                s7 = peg$parseS();
                s8 = peg$parsebasic_expr();
                if (s8 !== peg$FAILED) {
                    peg$savedPos = s4;
                    s4 = peg$f25(s2, s8);
                }
                else {
                    peg$currPos = s4;
                    s4 = peg$FAILED;
                }
            }
            else {
                peg$currPos = s4;
                s4 = peg$FAILED;
            }
            while (s4 !== peg$FAILED) {
                s3.push(s4);
                s4 = peg$currPos;
                s5 = peg$parseS();
                if (input.substr(peg$currPos, 2) === peg$c16) {
                    s6 = peg$c16;
                    peg$currPos += 2;
                }
                else {
                    s6 = peg$FAILED;
                    if (peg$silentFails === 0) {
                        peg$fail(peg$e25);
                    }
                }
                if (s6 !== peg$FAILED) {
                    s7 = peg$parseS();
                    s8 = peg$parsebasic_expr();
                    if (s8 !== peg$FAILED) {
                        peg$savedPos = s4;
                        s4 = peg$f25(s2, s8);
                    }
                    else {
                        peg$currPos = s4;
                        s4 = peg$FAILED;
                    }
                }
                else {
                    peg$currPos = s4;
                    s4 = peg$FAILED;
                }
            }
            peg$savedPos = s1;
            s1 = peg$f26(s2, s3);
        }
        else {
            peg$currPos = s1;
            s1 = peg$FAILED;
        }
        if (s1 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$f27(s1);
        }
        s0 = s1;
        return s0;
    }
    function peg$parsehexchar() {
        var s0, s1, s2, s3, s4, s5, s6;
        s0 = peg$currPos;
        s1 = peg$currPos;
        s2 = peg$parsenon_surrogate();
        if (s2 !== peg$FAILED) {
            peg$savedPos = s1;
            s2 = peg$f28();
        }
        s1 = s2;
        if (s1 === peg$FAILED) {
            s1 = peg$currPos;
            s2 = peg$currPos;
            s3 = peg$parsehigh_surrogate();
            if (s3 !== peg$FAILED) {
                s2 = input.substring(s2, peg$currPos);
            }
            else {
                s2 = s3;
            }
            if (s2 !== peg$FAILED) {
                if (input.charCodeAt(peg$currPos) === 92) {
                    s3 = peg$c14;
                    peg$currPos++;
                }
                else {
                    s3 = peg$FAILED;
                    if (peg$silentFails === 0) {
                        peg$fail(peg$e22);
                    }
                }
                if (s3 !== peg$FAILED) {
                    if (input.charCodeAt(peg$currPos) === 117) {
                        s4 = peg$c15;
                        peg$currPos++;
                    }
                    else {
                        s4 = peg$FAILED;
                        if (peg$silentFails === 0) {
                            peg$fail(peg$e24);
                        }
                    }
                    if (s4 !== peg$FAILED) {
                        s5 = peg$currPos;
                        s6 = peg$parselow_surrogate();
                        if (s6 !== peg$FAILED) {
                            s5 = input.substring(s5, peg$currPos);
                        }
                        else {
                            s5 = s6;
                        }
                        if (s5 !== peg$FAILED) {
                            peg$savedPos = s1;
                            s1 = peg$f29(s2, s5);
                        }
                        else {
                            peg$currPos = s1;
                            s1 = peg$FAILED;
                        }
                    }
                    else {
                        peg$currPos = s1;
                        s1 = peg$FAILED;
                    }
                }
                else {
                    peg$currPos = s1;
                    s1 = peg$FAILED;
                }
            }
            else {
                peg$currPos = s1;
                s1 = peg$FAILED;
            }
        }
        if (s1 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$f30(s1);
        }
        s0 = s1;
        return s0;
    }
    function peg$parsebasic_expr() {
        var s0;
        s0 = peg$parseparen_expr();
        if (s0 === peg$FAILED) {
            s0 = peg$parsecomparison_expr();
            if (s0 === peg$FAILED) {
                s0 = peg$parsetest_expr();
            }
        }
        return s0;
    }
    function peg$parsenon_surrogate() {
        var s0, s1, s2, s3, s4, s5;
        s0 = peg$currPos;
        s1 = peg$parseDIGIT();
        if (s1 === peg$FAILED) {
            s1 = input.charAt(peg$currPos);
            if (peg$r9.test(s1)) {
                peg$currPos++;
            }
            else {
                s1 = peg$FAILED;
                if (peg$silentFails === 0) {
                    peg$fail(peg$e26);
                }
            }
        }
        if (s1 !== peg$FAILED) {
            s2 = peg$currPos;
            s3 = [];
            s4 = peg$parseHEXDIG();
            while (s4 !== peg$FAILED) {
                s3.push(s4);
                if (s3.length >= 3) {
                    s4 = peg$FAILED;
                }
                else {
                    s4 = peg$parseHEXDIG();
                }
            }
            if (s3.length < 3) {
                peg$currPos = s2;
                s2 = peg$FAILED;
            }
            else {
                s2 = s3;
            }
            if (s2 !== peg$FAILED) {
                s1 = [s1, s2];
                s0 = s1;
            }
            else {
                peg$currPos = s0;
                s0 = peg$FAILED;
            }
        }
        else {
            peg$currPos = s0;
            s0 = peg$FAILED;
        }
        if (s0 === peg$FAILED) {
            s0 = peg$currPos;
            s1 = input.charAt(peg$currPos);
            if (s1.toLowerCase() === peg$c17) {
                peg$currPos++;
            }
            else {
                s1 = peg$FAILED;
                if (peg$silentFails === 0) {
                    peg$fail(peg$e27);
                }
            }
            if (s1 !== peg$FAILED) {
                s2 = input.charAt(peg$currPos);
                if (peg$r10.test(s2)) {
                    peg$currPos++;
                }
                else {
                    s2 = peg$FAILED;
                    if (peg$silentFails === 0) {
                        peg$fail(peg$e28);
                    }
                }
                if (s2 !== peg$FAILED) {
                    s3 = peg$currPos;
                    s4 = [];
                    s5 = peg$parseHEXDIG();
                    while (s5 !== peg$FAILED) {
                        s4.push(s5);
                        if (s4.length >= 2) {
                            s5 = peg$FAILED;
                        }
                        else {
                            s5 = peg$parseHEXDIG();
                        }
                    }
                    if (s4.length < 2) {
                        peg$currPos = s3;
                        s3 = peg$FAILED;
                    }
                    else {
                        s3 = s4;
                    }
                    if (s3 !== peg$FAILED) {
                        s1 = [s1, s2, s3];
                        s0 = s1;
                    }
                    else {
                        peg$currPos = s0;
                        s0 = peg$FAILED;
                    }
                }
                else {
                    peg$currPos = s0;
                    s0 = peg$FAILED;
                }
            }
            else {
                peg$currPos = s0;
                s0 = peg$FAILED;
            }
        }
        return s0;
    }
    function peg$parsehigh_surrogate() {
        var s0, s1, s2, s3, s4, s5;
        s0 = peg$currPos;
        s1 = input.charAt(peg$currPos);
        if (s1.toLowerCase() === peg$c17) {
            peg$currPos++;
        }
        else {
            s1 = peg$FAILED;
            if (peg$silentFails === 0) {
                peg$fail(peg$e27);
            }
        }
        if (s1 !== peg$FAILED) {
            s2 = input.charAt(peg$currPos);
            if (peg$r11.test(s2)) {
                peg$currPos++;
            }
            else {
                s2 = peg$FAILED;
                if (peg$silentFails === 0) {
                    peg$fail(peg$e29);
                }
            }
            if (s2 === peg$FAILED) {
                s2 = input.charAt(peg$currPos);
                if (peg$r12.test(s2)) {
                    peg$currPos++;
                }
                else {
                    s2 = peg$FAILED;
                    if (peg$silentFails === 0) {
                        peg$fail(peg$e30);
                    }
                }
            }
            if (s2 !== peg$FAILED) {
                s3 = peg$currPos;
                s4 = [];
                s5 = peg$parseHEXDIG();
                while (s5 !== peg$FAILED) {
                    s4.push(s5);
                    if (s4.length >= 2) {
                        s5 = peg$FAILED;
                    }
                    else {
                        s5 = peg$parseHEXDIG();
                    }
                }
                if (s4.length < 2) {
                    peg$currPos = s3;
                    s3 = peg$FAILED;
                }
                else {
                    s3 = s4;
                }
                if (s3 !== peg$FAILED) {
                    s1 = [s1, s2, s3];
                    s0 = s1;
                }
                else {
                    peg$currPos = s0;
                    s0 = peg$FAILED;
                }
            }
            else {
                peg$currPos = s0;
                s0 = peg$FAILED;
            }
        }
        else {
            peg$currPos = s0;
            s0 = peg$FAILED;
        }
        return s0;
    }
    function peg$parselow_surrogate() {
        var s0, s1, s2, s3, s4, s5;
        s0 = peg$currPos;
        s1 = input.charAt(peg$currPos);
        if (s1.toLowerCase() === peg$c17) {
            peg$currPos++;
        }
        else {
            s1 = peg$FAILED;
            if (peg$silentFails === 0) {
                peg$fail(peg$e27);
            }
        }
        if (s1 !== peg$FAILED) {
            s2 = input.charAt(peg$currPos);
            if (peg$r13.test(s2)) {
                peg$currPos++;
            }
            else {
                s2 = peg$FAILED;
                if (peg$silentFails === 0) {
                    peg$fail(peg$e31);
                }
            }
            if (s2 !== peg$FAILED) {
                s3 = peg$currPos;
                s4 = [];
                s5 = peg$parseHEXDIG();
                while (s5 !== peg$FAILED) {
                    s4.push(s5);
                    if (s4.length >= 2) {
                        s5 = peg$FAILED;
                    }
                    else {
                        s5 = peg$parseHEXDIG();
                    }
                }
                if (s4.length < 2) {
                    peg$currPos = s3;
                    s3 = peg$FAILED;
                }
                else {
                    s3 = s4;
                }
                if (s3 !== peg$FAILED) {
                    s1 = [s1, s2, s3];
                    s0 = s1;
                }
                else {
                    peg$currPos = s0;
                    s0 = peg$FAILED;
                }
            }
            else {
                peg$currPos = s0;
                s0 = peg$FAILED;
            }
        }
        else {
            peg$currPos = s0;
            s0 = peg$FAILED;
        }
        return s0;
    }
    function peg$parseparen_expr() {
        var s0, s1, s2, s3, s4, s5, s6;
        s0 = peg$currPos;
        s1 = peg$currPos;
        s2 = peg$parselogical_not_op();
        if (s2 !== peg$FAILED) {
            s3 = peg$parseS();
            s2 = [s2, s3];
            s1 = s2;
        }
        else {
            peg$currPos = s1;
            s1 = peg$FAILED;
        }
        if (s1 === peg$FAILED) {
            s1 = null;
        }
        if (input.charCodeAt(peg$currPos) === 40) {
            s2 = peg$c18;
            peg$currPos++;
        }
        else {
            s2 = peg$FAILED;
            if (peg$silentFails === 0) {
                peg$fail(peg$e32);
            }
        }
        if (s2 !== peg$FAILED) {
            s3 = peg$parseS();
            s4 = peg$parselogical_or_expr();
            if (s4 !== peg$FAILED) {
                s5 = peg$parseS();
                if (input.charCodeAt(peg$currPos) === 41) {
                    s6 = peg$c19;
                    peg$currPos++;
                }
                else {
                    s6 = peg$FAILED;
                    if (peg$silentFails === 0) {
                        peg$fail(peg$e33);
                    }
                }
                if (s6 !== peg$FAILED) {
                    peg$savedPos = s0;
                    s0 = peg$f31(s1, s4);
                }
                else {
                    peg$currPos = s0;
                    s0 = peg$FAILED;
                }
            }
            else {
                peg$currPos = s0;
                s0 = peg$FAILED;
            }
        }
        else {
            peg$currPos = s0;
            s0 = peg$FAILED;
        }
        return s0;
    }
    function peg$parsecomparison_expr() {
        var s0, s1, s2, s3, s4, s5;
        s0 = peg$currPos;
        s1 = peg$parsecomparable();
        if (s1 !== peg$FAILED) {
            s2 = peg$parseS();
            s3 = peg$parsecomparison_op();
            if (s3 !== peg$FAILED) {
                s4 = peg$parseS();
                s5 = peg$parsecomparable();
                if (s5 !== peg$FAILED) {
                    peg$savedPos = s0;
                    s0 = peg$f32(s1, s3, s5);
                }
                else {
                    peg$currPos = s0;
                    s0 = peg$FAILED;
                }
            }
            else {
                peg$currPos = s0;
                s0 = peg$FAILED;
            }
        }
        else {
            peg$currPos = s0;
            s0 = peg$FAILED;
        }
        return s0;
    }
    function peg$parsetest_expr() {
        var s0, s1, s2, s3;
        s0 = peg$currPos;
        s1 = peg$currPos;
        s2 = peg$parselogical_not_op();
        if (s2 !== peg$FAILED) {
            s3 = peg$parseS();
            s2 = [s2, s3];
            s1 = s2;
        }
        else {
            peg$currPos = s1;
            s1 = peg$FAILED;
        }
        if (s1 === peg$FAILED) {
            s1 = null;
        }
        s2 = peg$parsefilter_query();
        if (s2 === peg$FAILED) {
            s2 = peg$parsefunction_expr();
        }
        if (s2 !== peg$FAILED) {
            peg$savedPos = s0;
            s0 = peg$f33(s1, s2);
        }
        else {
            peg$currPos = s0;
            s0 = peg$FAILED;
        }
        return s0;
    }
    function peg$parseHEXDIG() {
        var s0;
        s0 = peg$parseDIGIT();
        if (s0 === peg$FAILED) {
            s0 = input.charAt(peg$currPos);
            if (peg$r14.test(s0)) {
                peg$currPos++;
            }
            else {
                s0 = peg$FAILED;
                if (peg$silentFails === 0) {
                    peg$fail(peg$e34);
                }
            }
        }
        return s0;
    }
    function peg$parselogical_not_op() {
        var s0;
        if (input.charCodeAt(peg$currPos) === 33) {
            s0 = peg$c20;
            peg$currPos++;
        }
        else {
            s0 = peg$FAILED;
            if (peg$silentFails === 0) {
                peg$fail(peg$e35);
            }
        }
        return s0;
    }
    function peg$parsecomparable() {
        var s0;
        s0 = peg$parseliteral();
        if (s0 === peg$FAILED) {
            s0 = peg$parsesingular_query();
            if (s0 === peg$FAILED) {
                s0 = peg$parsefunction_expr();
            }
        }
        return s0;
    }
    function peg$parsecomparison_op() {
        var s0;
        if (input.substr(peg$currPos, 2) === peg$c21) {
            s0 = peg$c21;
            peg$currPos += 2;
        }
        else {
            s0 = peg$FAILED;
            if (peg$silentFails === 0) {
                peg$fail(peg$e36);
            }
        }
        if (s0 === peg$FAILED) {
            if (input.substr(peg$currPos, 2) === peg$c22) {
                s0 = peg$c22;
                peg$currPos += 2;
            }
            else {
                s0 = peg$FAILED;
                if (peg$silentFails === 0) {
                    peg$fail(peg$e37);
                }
            }
            if (s0 === peg$FAILED) {
                if (input.substr(peg$currPos, 2) === peg$c23) {
                    s0 = peg$c23;
                    peg$currPos += 2;
                }
                else {
                    s0 = peg$FAILED;
                    if (peg$silentFails === 0) {
                        peg$fail(peg$e38);
                    }
                }
                if (s0 === peg$FAILED) {
                    if (input.substr(peg$currPos, 2) === peg$c24) {
                        s0 = peg$c24;
                        peg$currPos += 2;
                    }
                    else {
                        s0 = peg$FAILED;
                        if (peg$silentFails === 0) {
                            peg$fail(peg$e39);
                        }
                    }
                    if (s0 === peg$FAILED) {
                        s0 = input.charAt(peg$currPos);
                        if (peg$r15.test(s0)) {
                            peg$currPos++;
                        }
                        else {
                            s0 = peg$FAILED;
                            if (peg$silentFails === 0) {
                                peg$fail(peg$e40);
                            }
                        }
                    }
                }
            }
        }
        return s0;
    }
    function peg$parsefilter_query() {
        var s0, s1;
        s0 = peg$currPos;
        s1 = peg$parserel_query();
        if (s1 === peg$FAILED) {
            s1 = peg$parsejsonpath_query();
        }
        if (s1 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$f34(s1);
        }
        s0 = s1;
        return s0;
    }
    function peg$parsefunction_expr() {
        var s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11;
        s0 = peg$currPos;
        s1 = peg$parsefunction_name();
        if (s1 !== peg$FAILED) {
            if (input.charCodeAt(peg$currPos) === 40) {
                s2 = peg$c18;
                peg$currPos++;
            }
            else {
                s2 = peg$FAILED;
                if (peg$silentFails === 0) {
                    peg$fail(peg$e32);
                }
            }
            if (s2 !== peg$FAILED) {
                s3 = peg$parseS();
                s4 = peg$currPos;
                s5 = peg$parsefunction_argument();
                if (s5 !== peg$FAILED) {
                    s6 = [];
                    s7 = peg$currPos;
                    s8 = peg$parseS();
                    if (input.charCodeAt(peg$currPos) === 44) {
                        s9 = peg$c4;
                        peg$currPos++;
                    }
                    else {
                        s9 = peg$FAILED;
                        if (peg$silentFails === 0) {
                            peg$fail(peg$e5);
                        }
                    }
                    if (s9 !== peg$FAILED) {
                        s10 = peg$parseS();
                        s11 = peg$parsefunction_argument();
                        if (s11 !== peg$FAILED) {
                            peg$savedPos = s7;
                            s7 = peg$f35(s1, s5, s11);
                        }
                        else {
                            peg$currPos = s7;
                            s7 = peg$FAILED;
                        }
                    }
                    else {
                        peg$currPos = s7;
                        s7 = peg$FAILED;
                    }
                    while (s7 !== peg$FAILED) {
                        s6.push(s7);
                        s7 = peg$currPos;
                        s8 = peg$parseS();
                        if (input.charCodeAt(peg$currPos) === 44) {
                            s9 = peg$c4;
                            peg$currPos++;
                        }
                        else {
                            s9 = peg$FAILED;
                            if (peg$silentFails === 0) {
                                peg$fail(peg$e5);
                            }
                        }
                        if (s9 !== peg$FAILED) {
                            s10 = peg$parseS();
                            s11 = peg$parsefunction_argument();
                            if (s11 !== peg$FAILED) {
                                peg$savedPos = s7;
                                s7 = peg$f35(s1, s5, s11);
                            }
                            else {
                                peg$currPos = s7;
                                s7 = peg$FAILED;
                            }
                        }
                        else {
                            peg$currPos = s7;
                            s7 = peg$FAILED;
                        }
                    }
                    peg$savedPos = s4;
                    s4 = peg$f36(s1, s5, s6);
                }
                else {
                    peg$currPos = s4;
                    s4 = peg$FAILED;
                }
                if (s4 === peg$FAILED) {
                    s4 = null;
                }
                s5 = peg$parseS();
                if (input.charCodeAt(peg$currPos) === 41) {
                    s6 = peg$c19;
                    peg$currPos++;
                }
                else {
                    s6 = peg$FAILED;
                    if (peg$silentFails === 0) {
                        peg$fail(peg$e33);
                    }
                }
                if (s6 !== peg$FAILED) {
                    peg$savedPos = s0;
                    s0 = peg$f37(s1, s4);
                }
                else {
                    peg$currPos = s0;
                    s0 = peg$FAILED;
                }
            }
            else {
                peg$currPos = s0;
                s0 = peg$FAILED;
            }
        }
        else {
            peg$currPos = s0;
            s0 = peg$FAILED;
        }
        return s0;
    }
    function peg$parseliteral() {
        var s0, s1;
        s0 = peg$currPos;
        s1 = peg$parsenumber();
        if (s1 === peg$FAILED) {
            s1 = peg$parsestring_literal();
            if (s1 === peg$FAILED) {
                s1 = peg$parsetrue();
                if (s1 === peg$FAILED) {
                    s1 = peg$parsefalse();
                    if (s1 === peg$FAILED) {
                        s1 = peg$parsenull();
                    }
                }
            }
        }
        if (s1 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$f38(s1);
        }
        s0 = s1;
        return s0;
    }
    function peg$parsesingular_query() {
        var s0;
        s0 = peg$parserel_singular_query();
        if (s0 === peg$FAILED) {
            s0 = peg$parseabs_singular_query();
        }
        return s0;
    }
    function peg$parserel_query() {
        var s0, s1, s2;
        s0 = peg$currPos;
        s1 = peg$parsecurrent_node_identifier();
        if (s1 !== peg$FAILED) {
            s2 = peg$parsesegments();
            if (s2 !== peg$FAILED) {
                peg$savedPos = s0;
                s0 = peg$f39(s2);
            }
            else {
                peg$currPos = s0;
                s0 = peg$FAILED;
            }
        }
        else {
            peg$currPos = s0;
            s0 = peg$FAILED;
        }
        return s0;
    }
    function peg$parsefunction_name() {
        var s0, s1, s2, s3, s4;
        s0 = peg$currPos;
        s1 = peg$currPos;
        s2 = peg$parseLCALPHA();
        if (s2 !== peg$FAILED) {
            s3 = [];
            s4 = peg$parsefunction_name_char();
            while (s4 !== peg$FAILED) {
                s3.push(s4);
                s4 = peg$parsefunction_name_char();
            }
            s2 = [s2, s3];
            s1 = s2;
        }
        else {
            peg$currPos = s1;
            s1 = peg$FAILED;
        }
        if (s1 !== peg$FAILED) {
            s0 = input.substring(s0, peg$currPos);
        }
        else {
            s0 = s1;
        }
        return s0;
    }
    function peg$parsefunction_argument() {
        var s0;
        s0 = peg$parseliteral();
        if (s0 === peg$FAILED) {
            s0 = peg$parsefilter_query();
            if (s0 === peg$FAILED) {
                s0 = peg$parsefunction_expr();
                if (s0 === peg$FAILED) {
                    s0 = peg$parselogical_or_expr();
                }
            }
        }
        return s0;
    }
    function peg$parsenumber() {
        var s0, s1, s2, s3, s4, s5;
        s0 = peg$currPos;
        s1 = peg$currPos;
        s2 = peg$currPos;
        s3 = peg$parseint();
        if (s3 === peg$FAILED) {
            if (input.substr(peg$currPos, 2) === peg$c25) {
                s3 = peg$c25;
                peg$currPos += 2;
            }
            else {
                s3 = peg$FAILED;
                if (peg$silentFails === 0) {
                    peg$fail(peg$e41);
                }
            }
        }
        if (s3 !== peg$FAILED) {
            s4 = peg$parsefrac();
            if (s4 === peg$FAILED) {
                s4 = null;
            }
            s5 = peg$parseexp();
            if (s5 === peg$FAILED) {
                s5 = null;
            }
            s3 = [s3, s4, s5];
            s2 = s3;
        }
        else {
            peg$currPos = s2;
            s2 = peg$FAILED;
        }
        if (s2 !== peg$FAILED) {
            s1 = input.substring(s1, peg$currPos);
        }
        else {
            s1 = s2;
        }
        if (s1 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$f40(s1);
        }
        s0 = s1;
        return s0;
    }
    function peg$parsetrue() {
        var s0, s1;
        s0 = peg$currPos;
        if (input.substr(peg$currPos, 4) === peg$c26) {
            s1 = peg$c26;
            peg$currPos += 4;
        }
        else {
            s1 = peg$FAILED;
            if (peg$silentFails === 0) {
                peg$fail(peg$e42);
            }
        }
        if (s1 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$f41();
        }
        s0 = s1;
        return s0;
    }
    function peg$parsefalse() {
        var s0, s1;
        s0 = peg$currPos;
        if (input.substr(peg$currPos, 5) === peg$c27) {
            s1 = peg$c27;
            peg$currPos += 5;
        }
        else {
            s1 = peg$FAILED;
            if (peg$silentFails === 0) {
                peg$fail(peg$e43);
            }
        }
        if (s1 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$f42();
        }
        s0 = s1;
        return s0;
    }
    function peg$parsenull() {
        var s0, s1;
        s0 = peg$currPos;
        if (input.substr(peg$currPos, 4) === peg$c28) {
            s1 = peg$c28;
            peg$currPos += 4;
        }
        else {
            s1 = peg$FAILED;
            if (peg$silentFails === 0) {
                peg$fail(peg$e44);
            }
        }
        if (s1 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$f43();
        }
        s0 = s1;
        return s0;
    }
    function peg$parserel_singular_query() {
        var s0, s1, s2;
        s0 = peg$currPos;
        s1 = peg$parsecurrent_node_identifier();
        if (s1 !== peg$FAILED) {
            s2 = peg$parsesingular_query_segments();
            peg$savedPos = s0;
            s0 = peg$f44(s2);
        }
        else {
            peg$currPos = s0;
            s0 = peg$FAILED;
        }
        return s0;
    }
    function peg$parseabs_singular_query() {
        var s0, s1, s2;
        s0 = peg$currPos;
        s1 = peg$parseroot_identifier();
        if (s1 !== peg$FAILED) {
            s2 = peg$parsesingular_query_segments();
            peg$savedPos = s0;
            s0 = peg$f45(s2);
        }
        else {
            peg$currPos = s0;
            s0 = peg$FAILED;
        }
        return s0;
    }
    function peg$parsecurrent_node_identifier() {
        var s0;
        if (input.charCodeAt(peg$currPos) === 64) {
            s0 = peg$c29;
            peg$currPos++;
        }
        else {
            s0 = peg$FAILED;
            if (peg$silentFails === 0) {
                peg$fail(peg$e45);
            }
        }
        return s0;
    }
    function peg$parsefunction_name_char() {
        var s0;
        s0 = input.charAt(peg$currPos);
        if (peg$r16.test(s0)) {
            peg$currPos++;
        }
        else {
            s0 = peg$FAILED;
            if (peg$silentFails === 0) {
                peg$fail(peg$e46);
            }
        }
        return s0;
    }
    function peg$parsefrac() {
        var s0, s1, s2, s3;
        s0 = peg$currPos;
        if (input.charCodeAt(peg$currPos) === 46) {
            s1 = peg$c1;
            peg$currPos++;
        }
        else {
            s1 = peg$FAILED;
            if (peg$silentFails === 0) {
                peg$fail(peg$e2);
            }
        }
        if (s1 !== peg$FAILED) {
            s2 = [];
            s3 = peg$parseDIGIT();
            if (s3 !== peg$FAILED) {
                while (s3 !== peg$FAILED) {
                    s2.push(s3);
                    s3 = peg$parseDIGIT();
                }
            }
            else {
                s2 = peg$FAILED;
            }
            if (s2 !== peg$FAILED) {
                s1 = [s1, s2];
                s0 = s1;
            }
            else {
                peg$currPos = s0;
                s0 = peg$FAILED;
            }
        }
        else {
            peg$currPos = s0;
            s0 = peg$FAILED;
        }
        return s0;
    }
    function peg$parseexp() {
        var s0, s1, s2, s3, s4;
        s0 = peg$currPos;
        s1 = input.charAt(peg$currPos);
        if (s1.toLowerCase() === peg$c30) {
            peg$currPos++;
        }
        else {
            s1 = peg$FAILED;
            if (peg$silentFails === 0) {
                peg$fail(peg$e47);
            }
        }
        if (s1 !== peg$FAILED) {
            s2 = input.charAt(peg$currPos);
            if (peg$r17.test(s2)) {
                peg$currPos++;
            }
            else {
                s2 = peg$FAILED;
                if (peg$silentFails === 0) {
                    peg$fail(peg$e48);
                }
            }
            if (s2 === peg$FAILED) {
                s2 = null;
            }
            s3 = [];
            s4 = peg$parseDIGIT();
            if (s4 !== peg$FAILED) {
                while (s4 !== peg$FAILED) {
                    s3.push(s4);
                    s4 = peg$parseDIGIT();
                }
            }
            else {
                s3 = peg$FAILED;
            }
            if (s3 !== peg$FAILED) {
                s1 = [s1, s2, s3];
                s0 = s1;
            }
            else {
                peg$currPos = s0;
                s0 = peg$FAILED;
            }
        }
        else {
            peg$currPos = s0;
            s0 = peg$FAILED;
        }
        return s0;
    }
    function peg$parsesingular_query_segments() {
        var s0, s1, s2, s3, s4;
        s0 = peg$currPos;
        s1 = [];
        s2 = peg$currPos;
        s3 = peg$parseS();
        s4 = peg$parsename_segment();
        if (s4 === peg$FAILED) {
            s4 = peg$parseindex_segment();
        }
        if (s4 !== peg$FAILED) {
            peg$savedPos = s2;
            s2 = peg$f46(s4);
        }
        else {
            peg$currPos = s2;
            s2 = peg$FAILED;
        }
        while (s2 !== peg$FAILED) {
            s1.push(s2);
            s2 = peg$currPos;
            s3 = peg$parseS();
            s4 = peg$parsename_segment();
            if (s4 === peg$FAILED) {
                s4 = peg$parseindex_segment();
            }
            if (s4 !== peg$FAILED) {
                peg$savedPos = s2;
                s2 = peg$f46(s4);
            }
            else {
                peg$currPos = s2;
                s2 = peg$FAILED;
            }
        }
        peg$savedPos = s0;
        s1 = peg$f47(s1);
        s0 = s1;
        return s0;
    }
    function peg$parseLCALPHA() {
        var s0;
        s0 = input.charAt(peg$currPos);
        if (peg$r18.test(s0)) {
            peg$currPos++;
        }
        else {
            s0 = peg$FAILED;
            if (peg$silentFails === 0) {
                peg$fail(peg$e49);
            }
        }
        return s0;
    }
    function peg$parsename_segment() {
        var s0, s1, s2, s3;
        s0 = peg$currPos;
        if (input.charCodeAt(peg$currPos) === 91) {
            s1 = peg$c3;
            peg$currPos++;
        }
        else {
            s1 = peg$FAILED;
            if (peg$silentFails === 0) {
                peg$fail(peg$e4);
            }
        }
        if (s1 !== peg$FAILED) {
            s2 = peg$parsename_selector();
            if (s2 !== peg$FAILED) {
                if (input.charCodeAt(peg$currPos) === 93) {
                    s3 = peg$c5;
                    peg$currPos++;
                }
                else {
                    s3 = peg$FAILED;
                    if (peg$silentFails === 0) {
                        peg$fail(peg$e6);
                    }
                }
                if (s3 !== peg$FAILED) {
                    peg$savedPos = s0;
                    s0 = peg$f48(s2);
                }
                else {
                    peg$currPos = s0;
                    s0 = peg$FAILED;
                }
            }
            else {
                peg$currPos = s0;
                s0 = peg$FAILED;
            }
        }
        else {
            peg$currPos = s0;
            s0 = peg$FAILED;
        }
        if (s0 === peg$FAILED) {
            s0 = peg$currPos;
            if (input.charCodeAt(peg$currPos) === 46) {
                s1 = peg$c1;
                peg$currPos++;
            }
            else {
                s1 = peg$FAILED;
                if (peg$silentFails === 0) {
                    peg$fail(peg$e2);
                }
            }
            if (s1 !== peg$FAILED) {
                s2 = peg$parsemember_name_shorthand();
                if (s2 !== peg$FAILED) {
                    peg$savedPos = s0;
                    s0 = peg$f49(s2);
                }
                else {
                    peg$currPos = s0;
                    s0 = peg$FAILED;
                }
            }
            else {
                peg$currPos = s0;
                s0 = peg$FAILED;
            }
        }
        return s0;
    }
    function peg$parseindex_segment() {
        var s0, s1, s2, s3;
        s0 = peg$currPos;
        if (input.charCodeAt(peg$currPos) === 91) {
            s1 = peg$c3;
            peg$currPos++;
        }
        else {
            s1 = peg$FAILED;
            if (peg$silentFails === 0) {
                peg$fail(peg$e4);
            }
        }
        if (s1 !== peg$FAILED) {
            s2 = peg$parseindex_selector();
            if (s2 !== peg$FAILED) {
                if (input.charCodeAt(peg$currPos) === 93) {
                    s3 = peg$c5;
                    peg$currPos++;
                }
                else {
                    s3 = peg$FAILED;
                    if (peg$silentFails === 0) {
                        peg$fail(peg$e6);
                    }
                }
                if (s3 !== peg$FAILED) {
                    peg$savedPos = s0;
                    s0 = peg$f50(s2);
                }
                else {
                    peg$currPos = s0;
                    s0 = peg$FAILED;
                }
            }
            else {
                peg$currPos = s0;
                s0 = peg$FAILED;
            }
        }
        else {
            peg$currPos = s0;
            s0 = peg$FAILED;
        }
        return s0;
    }
    peg$result = peg$startRuleFunction();
    if (options.peg$library) {
        return /** @type {any} */ ({
            peg$result,
            peg$currPos,
            peg$FAILED,
            peg$maxFailExpected,
            peg$maxFailPos
        });
    }
    if (peg$result !== peg$FAILED && peg$currPos === input.length) {
        return peg$result;
    }
    else {
        if (peg$result !== peg$FAILED && peg$currPos < input.length) {
            peg$fail(peg$endExpectation());
        }
        throw peg$buildStructuredError(peg$maxFailExpected, peg$maxFailPos < input.length ? input.charAt(peg$maxFailPos) : null, peg$maxFailPos < input.length
            ? peg$computeLocation(peg$maxFailPos, peg$maxFailPos + 1)
            : peg$computeLocation(peg$maxFailPos, peg$maxFailPos));
    }
}
const peg$allowedStartRules = (/* unused pure expression or super */ null && ([
    "jsonpath_query"
]));

//# sourceMappingURL=parser.js.map
;// CONCATENATED MODULE: ./node_modules/jsonpath-rfc9535/dist/esm/parser/index.js

/* harmony default export */ function parser(input) {
    return peg$parse(input);
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/jsonpath-rfc9535/dist/esm/utils/stack.js
class Stack {
    head = null;
    tail = null;
    size = 0;
    push(element) {
        const newNode = { value: element, next: null };
        if (this.tail !== null) {
            this.tail.next = newNode;
        }
        this.tail = newNode;
        if (this.head === null) {
            this.head = newNode;
        }
        this.size++;
    }
    pop() {
        if (this.head === null)
            return;
        const value = this.head.value;
        this.head = this.head.next;
        if (this.head === null) {
            this.tail = null;
        }
        this.size--;
        return value;
    }
}
//# sourceMappingURL=stack.js.map
;// CONCATENATED MODULE: ./node_modules/jsonpath-rfc9535/dist/esm/utils/guards.js
function guards_isPlainObject(value) {
    if (typeof value !== "object" || value === null) {
        return false;
    }
    const prototype = Object.getPrototypeOf(value);
    return prototype === null || prototype === Object.prototype;
}
const isStackItemWithArrayValue = (item) => Array.isArray(item.value);
const isStackItemWithObjectValue = (item) => guards_isPlainObject(item.value);
//# sourceMappingURL=guards.js.map
;// CONCATENATED MODULE: ./node_modules/jsonpath-rfc9535/dist/esm/core/results.js

const nodeLists = new WeakSet();
const isNodeList = (value) => {
    return typeof value === "object" && value !== null && nodeLists.has(value);
};
const isJsonValue = (value) => {
    switch (typeof value) {
        case "string":
        case "number":
        case "boolean":
            return true;
        case "object":
            return value === null || guards_isPlainObject(value) || isArray(value);
        default:
            return false;
    }
};
const isArray = (value) => Array.isArray(value) && !isNodeList(value);
const createNodeList = () => {
    const list = [];
    nodeLists.add(list);
    return list;
};
const Nothing = Symbol("Nothing");
//# sourceMappingURL=results.js.map
;// CONCATENATED MODULE: ./node_modules/jsonpath-rfc9535/dist/esm/core/functions/count.js

/* harmony default export */ const count = ({
    declaration: function count(ctx, value) {
        if (isNodeList(value)) {
            return value.length;
        }
        return 0;
    },
    definition: {
        parameters: ["NodesType"],
        returnType: "ValueType",
    },
});
//# sourceMappingURL=count.js.map
;// CONCATENATED MODULE: ./node_modules/jsonpath-rfc9535/dist/esm/core/functions/length.js


// Any Unicode code point except high-surrogate and low-surrogate code points.
function countUnicodeScalarValues(str) {
    let count = 0;
    for (let i = 0; i < str.length; i++) {
        const code = str.charCodeAt(i);
        if ((code >= 0 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0x10ffff)) {
            count++;
        }
    }
    return count;
}
/* harmony default export */ const functions_length = ({
    declaration: function length(ctx, value) {
        if (typeof value === "string") {
            return countUnicodeScalarValues(value);
        }
        if (Array.isArray(value)) {
            return value.length;
        }
        if (guards_isPlainObject(value)) {
            return Object.keys(value).length;
        }
        return Nothing;
    },
    definition: {
        parameters: ["ValueType"],
        returnType: "ValueType",
    },
});
//# sourceMappingURL=length.js.map
;// CONCATENATED MODULE: ./node_modules/jsonpath-rfc9535/dist/esm/core/functions/utils/construct-regex.js
function isBackslash(code) {
    return code === 92;
}
function eatCharacterClass(pattern, start) {
    let maybeEscaped = false;
    let i = start;
    while (i < pattern.length) {
        const ch = pattern.charCodeAt(i);
        i++;
        if (isBackslash(ch)) {
            maybeEscaped = true;
            continue;
        }
        if (ch === 93 /* ] */) {
            if (!maybeEscaped) {
                break;
            }
            maybeEscaped = false;
        }
    }
    return i;
}
function toEcmaScriptPattern(pattern) {
    let ecmaScriptPattern = pattern;
    for (let i = 0; i < pattern.length; i++) {
        const ch = pattern.charCodeAt(i);
        if (isBackslash(ch)) {
            i++;
        }
        else if (ch === 91 /* [ */) {
            i = eatCharacterClass(pattern, i);
        }
        else if (ch === 46 /* . */) {
            ecmaScriptPattern = `${pattern.slice(0, i)}[^\n\r]${pattern.slice(i + 1)}`;
        }
    }
    return ecmaScriptPattern;
}
function constructRegex({ cache }, pattern) {
    const store = (cache.get("regexps") ?? {});
    if (!cache.has("regexps")) {
        cache.set("regexps", store);
    }
    if (Object.hasOwn(store, pattern)) {
        return store[pattern];
    }
    try {
        const r = RegExp(toEcmaScriptPattern(pattern), "u");
        store[pattern] = r;
        return r;
    }
    catch {
        store[pattern] = null;
        return null;
    }
}
//# sourceMappingURL=construct-regex.js.map
;// CONCATENATED MODULE: ./node_modules/jsonpath-rfc9535/dist/esm/core/functions/match.js

/* harmony default export */ const match = ({
    declaration: function match(ctx, value, pattern) {
        if (typeof value !== "string" || typeof pattern !== "string") {
            return false;
        }
        return constructRegex(ctx, `^${pattern}$`)?.test(value) === true;
    },
    definition: {
        parameters: ["ValueType", "ValueType"],
        returnType: "LogicalType",
    },
});
//# sourceMappingURL=match.js.map
;// CONCATENATED MODULE: ./node_modules/jsonpath-rfc9535/dist/esm/core/functions/search.js

/* harmony default export */ const search = ({
    declaration: function search(ctx, value, pattern) {
        if (typeof value !== "string" || typeof pattern !== "string") {
            return false;
        }
        return constructRegex(ctx, pattern)?.test(value) === true;
    },
    definition: {
        parameters: ["ValueType", "ValueType"],
        returnType: "LogicalType",
    },
});
//# sourceMappingURL=search.js.map
;// CONCATENATED MODULE: ./node_modules/jsonpath-rfc9535/dist/esm/core/functions/value.js

/* harmony default export */ const value = ({
    declaration: function value(ctx, nodes) {
        if (nodes.length === 1) {
            return nodes[0];
        }
        return Nothing;
    },
    definition: {
        parameters: ["NodesType"],
        returnType: "ValueType",
    },
});
//# sourceMappingURL=value.js.map
;// CONCATENATED MODULE: ./node_modules/jsonpath-rfc9535/dist/esm/core/path.js
const EMPTY_PATH = [];
function joinPathWithKey(path, key) {
    if (path === EMPTY_PATH) {
        return EMPTY_PATH;
    }
    if (typeof key === "number") {
        return [...path, key];
    }
    return [...path, toNormalizedKey(key)];
}
function getInitialPath(capturePaths) {
    return capturePaths ? [] : EMPTY_PATH;
}
const ESCAPE_REGEX = 
// biome-ignore lint/suspicious/noControlCharactersInRegex: we need control characters to escape Unicode characters
/[\u0000-\u001f'\\]/g;
function escapeValue(ch) {
    const code = ch.charCodeAt(0);
    switch (code) {
        case 0x8 /* backspace */:
            return "\\b";
        case 0xc /* form feed */:
            return "\\f";
        case 0xa /* line feed */:
            return "\\n";
        case 0xd /* carriage return */:
            return "\\r";
        case 0x9 /* horizontal tab */:
            return "\\t";
        case 0x27 /* apostrophe */:
            return "\\'";
        case 0x5c /* backslash */:
            return "\\\\";
        default:
            return `\\u${code.toString(16).padStart(4, "0")}`;
    }
}
function toNormalizedKey(key) {
    return key.replace(ESCAPE_REGEX, escapeValue);
}
function path_toNormalizedPath(path) {
    let normalizedPath = "$";
    for (const key of path) {
        if (typeof key === "number") {
            normalizedPath += `[${key}]`;
        }
        else {
            normalizedPath += `['${key}']`;
        }
    }
    return normalizedPath;
}
//# sourceMappingURL=path.js.map
;// CONCATENATED MODULE: ./node_modules/jsonpath-rfc9535/dist/esm/utils/assertions.js
function assertDefinedNodeType(node) {
    throw new TypeError(
    // biome-ignore lint/complexity/useLiteralKeys: type exhaustiveness
    `Unexpected node type: ${node["type"]}`);
}
function assertDefinedComparisonOp(op) {
    throw new TypeError(`Unexpected comparison operator: ${op}`);
}
function assertions_assertNever(_, message) {
    throw new Error(message);
}
//# sourceMappingURL=assertions.js.map
;// CONCATENATED MODULE: ./node_modules/jsonpath-rfc9535/dist/esm/utils/get-type.js


function getType(value) {
    switch (typeof value) {
        case "object":
            if (value === null) {
                return "null";
            }
            if (isNodeList(value)) {
                return "NodeList";
            }
            if (isArray(value)) {
                return "array";
            }
            if (guards_isPlainObject(value)) {
                return "object";
            }
            throw new TypeError(`Unknown type: ${value}`);
        case "string":
            return "string";
        case "number":
            return "number";
        case "boolean":
            return "boolean";
        default:
            if (value === Nothing) {
                return "Nothing";
            }
            throw new TypeError(`Unknown type: ${value}`);
    }
}
//# sourceMappingURL=get-type.js.map
;// CONCATENATED MODULE: ./node_modules/jsonpath-rfc9535/dist/esm/utils/is-equal.js

function isEqualArray(a, b) {
    if (a.length !== b.length) {
        return false;
    }
    for (let i = 0; i < a.length; i++) {
        if (!isEqual(a[i], b[i])) {
            return false;
        }
    }
    return true;
}
function isEqualObject(a, b) {
    const aKeys = Object.keys(a);
    const bKeys = Object.keys(b);
    if (aKeys.length !== bKeys.length) {
        return false;
    }
    for (const key of aKeys) {
        if (!Object.hasOwn(b, key)) {
            return false;
        }
        if (!isEqual(a[key], b[key])) {
            return false;
        }
    }
    return true;
}
function isEqual(left, right) {
    if (getType(left) !== getType(right)) {
        return false;
    }
    switch (getType(left)) {
        case "string":
        case "number":
        case "boolean":
        case "null":
            return left === right;
        case "object":
            return isEqualObject(left, right);
        case "array":
        case "NodeList":
            return isEqualArray(left, right);
        default:
            return false;
    }
}
//# sourceMappingURL=is-equal.js.map
;// CONCATENATED MODULE: ./node_modules/jsonpath-rfc9535/dist/esm/utils/comparers/array.js



function compareArrays(a, b, op) {
    switch (op) {
        case "==":
        case ">=": // does not offer < comparison
        case "<=": // does not offer < comparison
            return !isNodeList(a) && !isNodeList(b) && isEqual(a, b);
        case "<": // does not offer < comparison
        case ">": // does not offer < comparison
            return false;
        case "!=":
            return !compareArrays(a, b, "==");
        default:
            assertDefinedComparisonOp(op);
    }
}
//# sourceMappingURL=array.js.map
;// CONCATENATED MODULE: ./node_modules/jsonpath-rfc9535/dist/esm/utils/comparers/node-lists.js



function compareNodeLists(a, b, op) {
    switch (op) {
        case "==":
        case "<=": // does not offer < comparison
        case ">=": // does not offer < comparison
            return (isNodeList(a) && ((isNodeList(b) && isEqual(a, b)) || b === Nothing));
        case "<": // does not offer < comparison
        case ">": // does not offer < comparison
            return false;
        case "!=":
            return !compareNodeLists(a, b, "==");
        default:
            assertDefinedComparisonOp(op);
    }
}
//# sourceMappingURL=node-lists.js.map
;// CONCATENATED MODULE: ./node_modules/jsonpath-rfc9535/dist/esm/utils/comparers/nothing.js


function compareNothing(a, b, op) {
    switch (op) {
        case "==":
        case "<=": // does not offer < comparison
        case ">=": // does not offer < comparison
            return b === Nothing || (isNodeList(b) && b.length === 0);
        case "<": // does not offer < comparison
        case ">": // does not offer < comparison
            return false;
        case "!=":
            return !compareNothing(a, b, "==");
        default:
            assertDefinedComparisonOp(op);
    }
}
//# sourceMappingURL=nothing.js.map
;// CONCATENATED MODULE: ./node_modules/jsonpath-rfc9535/dist/esm/utils/comparers/number.js

function compareNumbers(a, b, op) {
    switch (op) {
        case "==":
            return a === b;
        case "<":
            return typeof b === "number" && a < b;
        case "!=":
            return !compareNumbers(a, b, "==");
        case "<=":
            return compareNumbers(a, b, "<") || compareNumbers(a, b, "==");
        case ">":
            return typeof b === "number" && compareNumbers(b, a, "<");
        case ">=":
            return ((typeof b === "number" && compareNumbers(b, a, "<")) ||
                compareNumbers(a, b, "=="));
        default:
            assertDefinedComparisonOp(op);
    }
}
//# sourceMappingURL=number.js.map
;// CONCATENATED MODULE: ./node_modules/jsonpath-rfc9535/dist/esm/utils/comparers/object.js


function compareObjects(a, b, op) {
    switch (op) {
        case "==":
        case "<=": // does not offer < comparison
        case ">=": // does not offer < comparison
            return isEqual(a, b);
        case "<": // does not offer < comparison
        case ">": // does not offer < comparison
            return false;
        case "!=":
            return !isEqual(a, b);
        default:
            assertDefinedComparisonOp(op);
    }
}
//# sourceMappingURL=object.js.map
;// CONCATENATED MODULE: ./node_modules/jsonpath-rfc9535/dist/esm/utils/comparers/primitives.js

function comparePrimitives(a, b, op) {
    switch (op) {
        case "==":
        case "<=": // do not offer < comparison
        case ">=": // do not offer < comparison
            return a === b;
        case "<":
        case ">":
            return false;
        case "!=":
            return !comparePrimitives(a, b, "==");
        default:
            assertDefinedComparisonOp(op);
    }
}
//# sourceMappingURL=primitives.js.map
;// CONCATENATED MODULE: ./node_modules/jsonpath-rfc9535/dist/esm/utils/comparers/string.js

function compareString(a, b, op) {
    if (typeof a !== "string" || typeof b !== "string") {
        return false;
    }
    switch (op) {
        case "==":
            return a === b;
        case "<": {
            let index = 0;
            while (a.length > index && b.length > index) {
                const leftCode = a.charCodeAt(index);
                const rightCode = b.charCodeAt(index);
                if (leftCode === rightCode) {
                    index++;
                    continue;
                }
                return a.charCodeAt(index) < b.charCodeAt(index);
            }
            return a.length < b.length;
        }
        default:
            assertDefinedComparisonOp(op);
    }
}
/* harmony default export */ function comparers_string(a, b, op) {
    switch (op) {
        case "==":
        case "<":
            return compareString(a, b, op);
        case "!=":
            return !compareString(a, b, "==");
        case "<=":
            return compareString(a, b, "<") || compareString(a, b, "==");
        case ">":
            return compareString(b, a, "<");
        case ">=":
            return compareString(b, a, "<") || compareString(a, b, "==");
        default:
            assertDefinedComparisonOp(op);
    }
}
//# sourceMappingURL=string.js.map
;// CONCATENATED MODULE: ./node_modules/jsonpath-rfc9535/dist/esm/utils/comparers/compare.js










function compare(a, b, op) {
    const leftValue = isNodeList(a) && a.length === 1 ? a[0] : a;
    const leftType = getType(leftValue);
    const rightValue = isNodeList(b) && b.length === 1 ? b[0] : b;
    switch (leftType) {
        case "string":
            return comparers_string(leftValue, rightValue, op);
        case "number":
            return compareNumbers(leftValue, rightValue, op);
        case "boolean":
        case "null":
            return comparePrimitives(leftValue, rightValue, op);
        case "object":
            return compareObjects(leftValue, rightValue, op);
        case "array":
            return compareArrays(leftValue, rightValue, op);
        case "Nothing":
            return compareNothing(leftValue, rightValue, op);
        case "NodeList":
            return compareNodeLists(leftValue, rightValue, op);
        default:
            assertions_assertNever(leftType, "Unknown type");
    }
}
//# sourceMappingURL=compare.js.map
;// CONCATENATED MODULE: ./node_modules/jsonpath-rfc9535/dist/esm/core/evaluators/filter-query.js



function evalFilterQuery(ctx, item, node) {
    const list = createNodeList();
    switch (node.value.type) {
        case "RelQuery":
            visitQuery(ctx, item.root, item.value, node.value, (value) => {
                list.push(value);
            });
            break;
        case "JsonPathQuery":
            visitQuery(ctx, item.root, item.root, node.value, (value) => {
                list.push(value);
            });
            break;
        default:
            assertDefinedNodeType(node.value);
    }
    return list;
}
//# sourceMappingURL=filter-query.js.map
;// CONCATENATED MODULE: ./node_modules/jsonpath-rfc9535/dist/esm/core/evaluators/test-expr.js



function evalTestExpr(ctx, item, node) {
    switch (node.expression.type) {
        case "FilterQuery":
            return evalFilterQuery(ctx, item, node.expression).length > 0;
        case "FunctionExpr":
            return evalFunctionExpr(ctx, item, node.expression) === true;
        default:
            assertDefinedNodeType(node.expression);
    }
}
//# sourceMappingURL=test-expr.js.map
;// CONCATENATED MODULE: ./node_modules/jsonpath-rfc9535/dist/esm/core/evaluators/logical-expr.js



function evalLogicalExpr(ctx, item, node) {
    switch (node.type) {
        case "LogicalNotExpr":
            return !evalLogicalExpr(ctx, item, node.expression);
        case "LogicalAndExpr":
            return (evalLogicalExpr(ctx, item, node.left) &&
                evalLogicalExpr(ctx, item, node.right));
        case "LogicalOrExpr":
            return (evalLogicalExpr(ctx, item, node.left) ||
                evalLogicalExpr(ctx, item, node.right));
        case "TestExpr":
            return evalTestExpr(ctx, item, node);
        case "ComparisonExpr":
            return evalComparisonExpr(ctx, item, node);
        default:
            assertDefinedNodeType(node);
    }
}
//# sourceMappingURL=logical-expr.js.map
;// CONCATENATED MODULE: ./node_modules/jsonpath-rfc9535/dist/esm/core/evaluators/function-argument.js




function evalFunctionArgument(ctx, item, node) {
    switch (node.type) {
        case "FunctionExpr":
            return evalFunctionExpr(ctx, item, node);
        case "FilterQuery":
            return evalFilterQuery(ctx, item, node);
        case "LogicalNotExpr":
        case "LogicalAndExpr":
        case "LogicalOrExpr":
        case "TestExpr":
            return evalLogicalExpr(ctx, item, node);
        case "Literal":
            return node.value;
        default:
            assertDefinedNodeType(node);
    }
}
//# sourceMappingURL=function-argument.js.map
;// CONCATENATED MODULE: ./node_modules/jsonpath-rfc9535/dist/esm/core/evaluators/function-expr.js



function coerceValueType(value) {
    if (isNodeList(value)) {
        return value.length === 1 ? value[0] : Nothing;
    }
    return value;
}
function evalFunctionExpr(ctx, item, node) {
    if (!isKnownFunction(ctx.functions, node.name)) {
        return false;
    }
    const fn = ctx.functions[node.name];
    if (fn.definition.parameters.length !== node.arguments.length) {
        return false;
    }
    const args = [];
    for (let i = 0; i < node.arguments.length; i++) {
        const value = evalFunctionArgument(ctx, item, node.arguments[i]);
        const param = fn.definition.parameters[i];
        switch (param) {
            case "ValueType":
                if (!isNodeList(value) && !isJsonValue(value)) {
                    return false;
                }
                args.push(coerceValueType(value));
                break;
            case "NodesType":
                if (!isNodeList(value)) {
                    return false;
                }
                args.push(value);
                break;
            case "LogicalType":
                if (typeof value === "boolean") {
                    args.push(value);
                }
                else if (isNodeList(value)) {
                    args.push(value.length > 0);
                }
                else {
                    return false;
                }
                break;
            default:
                assertions_assertNever(param, "Unknown function argument type");
        }
    }
    // we could validate the return type here,
    // but currently all functions are well-typed when it comes to returned values
    return fn.declaration(ctx, 
    // @ts-expect-error
    ...args);
}
function isKnownFunction(functions, name) {
    return Object.hasOwn(functions, name);
}
//# sourceMappingURL=function-expr.js.map
;// CONCATENATED MODULE: ./node_modules/jsonpath-rfc9535/dist/esm/core/evaluators/comparable.js




function evalComparable(ctx, item, node) {
    switch (node.type) {
        case "Literal":
            return node.value;
        case "RelSingularQuery":
        case "AbsSingularQuery": {
            const root = node.type === "RelSingularQuery" ? item.value : item.root;
            if (node.segments.length === 0) {
                return root;
            }
            const nodeList = createNodeList();
            visitQuery(ctx, item.root, root, node, (v) => {
                nodeList.push(v);
            });
            return nodeList;
        }
        case "FunctionExpr":
            return evalFunctionExpr(ctx, item, node);
        default:
            assertDefinedNodeType(node);
    }
}
//# sourceMappingURL=comparable.js.map
;// CONCATENATED MODULE: ./node_modules/jsonpath-rfc9535/dist/esm/core/evaluators/comparison-expr.js


function evalComparisonExpr(ctx, item, node) {
    const leftValue = evalComparable(ctx, item, node.left);
    const rightValue = evalComparable(ctx, item, node.right);
    return compare(leftValue, rightValue, node.op);
}
//# sourceMappingURL=comparison-expr.js.map
;// CONCATENATED MODULE: ./node_modules/jsonpath-rfc9535/dist/esm/core/visitors/filter-selector.js


function visitFilterSelector(ctx, item, node) {
    if (node.value.type === "ComparisonExpr") {
        if (!evalComparisonExpr(ctx, item, node.value)) {
            return;
        }
    }
    else if (!evalLogicalExpr(ctx, item, node.value)) {
        return;
    }
    ctx.stack.push({
        root: item.root,
        path: item.path,
        value: item.value,
        index: item.index + 1,
    });
}
//# sourceMappingURL=filter-selector.js.map
;// CONCATENATED MODULE: ./node_modules/jsonpath-rfc9535/dist/esm/core/visitors/index-selector.js

function getArrayIndex(index, length) {
    return index < 0 ? length + index : index;
}
function visitIndexSelector(ctx, item, node) {
    const index = getArrayIndex(node.value, item.value.length);
    if (index >= 0 && index < item.value.length) {
        ctx.stack.push({
            root: item.root,
            path: joinPathWithKey(item.path, index),
            value: item.value[index],
            index: item.index + 1,
        });
    }
}
//# sourceMappingURL=index-selector.js.map
;// CONCATENATED MODULE: ./node_modules/jsonpath-rfc9535/dist/esm/core/visitors/name-selector.js

function visitNameSelector(ctx, { root, path, value, index }, node) {
    if (Object.hasOwn(value, node.value)) {
        ctx.stack.push({
            root,
            path: joinPathWithKey(path, node.value),
            value: value[node.value],
            index: index + 1,
        });
    }
}
//# sourceMappingURL=name-selector.js.map
;// CONCATENATED MODULE: ./node_modules/jsonpath-rfc9535/dist/esm/core/visitors/slice-selector.js

function normalize(i, len) {
    return i >= 0 ? i : len + i;
}
function bounds(start, end, step, len) {
    const nStart = normalize(start, len);
    const nEnd = normalize(end, len);
    if (step >= 0) {
        const lower = Math.min(Math.max(nStart, 0), len);
        const upper = Math.min(Math.max(nEnd, 0), len);
        return [lower, upper];
    }
    const upper = Math.min(Math.max(nStart, -1), len - 1);
    const lower = Math.min(Math.max(nEnd, -1), len - 1);
    return [lower, upper];
}
function visitSliceSelector(ctx, { root, path, value, index }, node) {
    const step = node.step ?? 1;
    const defaultStart = step >= 0 ? 0 : value.length - 1;
    const defaultEnd = step >= 0 ? value.length : -value.length - 1;
    const nStart = node.start === null ? defaultStart : normalize(node.start, value.length);
    const nEnd = node.end === null ? defaultEnd : normalize(node.end, value.length);
    const [lower, upper] = bounds(nStart, nEnd, step, value.length);
    if (step > 0) {
        let i = lower;
        while (i < upper) {
            ctx.stack.push({
                root,
                path: joinPathWithKey(path, i),
                value: value[i],
                index: index + 1,
            });
            i += step;
        }
    }
    else if (step < 0) {
        let i = upper;
        while (lower < i) {
            ctx.stack.push({
                root,
                path: joinPathWithKey(path, i),
                value: value[i],
                index: index + 1,
            });
            i += step;
        }
    }
}
//# sourceMappingURL=slice-selector.js.map
;// CONCATENATED MODULE: ./node_modules/jsonpath-rfc9535/dist/esm/core/visitors/wildcard-selector.js


function visitWildcardSelector(ctx, { root, path, value, index }) {
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
            ctx.stack.push({
                root,
                path: joinPathWithKey(path, i),
                value: value[i],
                index: index + 1,
            });
        }
    }
    else if (guards_isPlainObject(value)) {
        for (const key of Object.keys(value)) {
            ctx.stack.push({
                root,
                path: joinPathWithKey(path, key),
                value: value[key],
                index: index + 1,
            });
        }
    }
}
//# sourceMappingURL=wildcard-selector.js.map
;// CONCATENATED MODULE: ./node_modules/jsonpath-rfc9535/dist/esm/core/visitors/bracketed-selection.js








function visitBracketedSelection(ctx, item, node) {
    for (const selector of node.selectors) {
        switch (selector.type) {
            case "NameSelector":
                if (isStackItemWithObjectValue(item)) {
                    visitNameSelector(ctx, item, selector);
                }
                break;
            case "SliceSelector":
                if (isStackItemWithArrayValue(item)) {
                    visitSliceSelector(ctx, item, selector);
                }
                break;
            case "IndexSelector": {
                if (isStackItemWithArrayValue(item)) {
                    visitIndexSelector(ctx, item, selector);
                }
                break;
            }
            case "WildcardSelector":
                visitWildcardSelector(ctx, item);
                break;
            case "FilterSelector": {
                if (isStackItemWithArrayValue(item)) {
                    visitFilterSelectorForArrayItem(ctx, item, selector);
                }
                else if (isStackItemWithObjectValue(item)) {
                    visitFilterSelectorForObjectItem(ctx, item, selector);
                }
                break;
            }
            default:
                assertDefinedNodeType(selector);
        }
    }
}
function visitFilterSelectorForArrayItem(ctx, { root, path, value, index }, node) {
    for (let i = 0; i < value.length; i++) {
        visitFilterSelector(ctx, {
            root,
            path: joinPathWithKey(path, i),
            value: value[i],
            index,
        }, node);
    }
}
function visitFilterSelectorForObjectItem(ctx, { root, path, value, index }, node) {
    for (const key of Object.keys(value)) {
        visitFilterSelector(ctx, {
            root,
            path: joinPathWithKey(path, key),
            value: value[key],
            index,
        }, node);
    }
}
//# sourceMappingURL=bracketed-selection.js.map
;// CONCATENATED MODULE: ./node_modules/jsonpath-rfc9535/dist/esm/core/visitors/member-name-shorthand.js

function visitMemberNameShorthand(ctx, { root, path, value, index }, node) {
    if (Object.hasOwn(value, node.value)) {
        ctx.stack.push({
            root,
            path: joinPathWithKey(path, node.value),
            value: value[node.value],
            index: index + 1,
        });
    }
}
//# sourceMappingURL=member-name-shorthand.js.map
;// CONCATENATED MODULE: ./node_modules/jsonpath-rfc9535/dist/esm/core/visitors/segment.js







function visitSegment(ctx, item, node) {
    switch (node.type) {
        case "BracketedSelection":
            return visitBracketedSelection(ctx, item, node);
        case "WildcardSelector":
            return visitWildcardSelector(ctx, item);
        case "MemberNameShorthand":
            if (isStackItemWithObjectValue(item)) {
                visitMemberNameShorthand(ctx, item, node);
            }
            break;
        case "NameSelector":
            if (isStackItemWithObjectValue(item)) {
                visitNameSelector(ctx, item, node);
            }
            break;
        case "IndexSelector":
            if (isStackItemWithArrayValue(item)) {
                visitIndexSelector(ctx, item, node);
            }
            break;
        default:
            assertDefinedNodeType(node);
    }
}
//# sourceMappingURL=segment.js.map
;// CONCATENATED MODULE: ./node_modules/jsonpath-rfc9535/dist/esm/core/visitors/query.js



function visitQuery(ctx, root, input, node, cb) {
    const stack = new Stack();
    stack.push({
        root,
        path: getInitialPath(ctx.capturePaths),
        value: input,
        index: 0,
    });
    const context = {
        cache: ctx.cache,
        capturePaths: false,
        functions: ctx.functions,
        regexp: ctx.regexp,
        stack,
    };
    while (stack.size > 0) {
        // biome-ignore lint/style/noNonNullAssertion: size is guaranteed to be > 0
        const item = stack.pop();
        if (item.index === node.segments.length) {
            cb(item.value, item.path);
            continue;
        }
        const { path, value, index } = item;
        const segment = node.segments[index];
        visitSegment(context, item, segment.node);
        if (segment.type === "DescendantSegment") {
            if (Array.isArray(value)) {
                for (let i = 0; i < value.length; i++) {
                    stack.push({
                        root,
                        path: joinPathWithKey(path, i),
                        value: value[i],
                        index,
                    });
                }
            }
            else if (value !== null && typeof value === "object") {
                for (const key of Object.keys(value)) {
                    stack.push({
                        root,
                        path: joinPathWithKey(path, key),
                        value: value[key],
                        index,
                    });
                }
            }
        }
    }
}
//# sourceMappingURL=query.js.map
;// CONCATENATED MODULE: ./node_modules/jsonpath-rfc9535/dist/esm/core/exec.js








function exec(input, expression, opts, cb) {
    const ctx = {
        cache: new Map(),
        capturePaths: opts.capturePaths,
        functions: {
            count: count,
            search: search,
            value: value,
            match: match,
            length: functions_length,
        },
        regexp: "i-regexp",
        stack: new Stack(),
    };
    visitQuery(ctx, input, input, parser(expression), cb);
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: ./node_modules/jsonpath-rfc9535/dist/esm/index.js


const DEFAULT_OPTIONS = {
    capturePaths: true,
};
function query(input, expression) {
    const values = [];
    exec(input, expression, { capturePaths: false }, (value) => {
        values.push(value);
    });
    return values;
}
function paths(input, expression) {
    const paths = [];
    _exec(input, expression, DEFAULT_OPTIONS, (_, path) => {
        paths.push(toNormalizedPath(path));
    });
    return paths;
}
function esm_exec(input, expression, cb) {
    _exec(input, expression, DEFAULT_OPTIONS, cb);
}
function batchExec(input, expressionToCallback, errorCallback) {
    for (const [expression, cb] of expressionToCallback) {
        try {
            esm_exec(input, expression, cb);
        }
        catch (e) {
            errorCallback?.(e instanceof Error ? e : new Error(String(e)), expression);
        }
    }
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./lib/assert/preview.js
// Short, readable renderings of JSON values for `expected` / `actual`. Bounded work: a huge
// response body costs no more than the preview length, whatever its size or depth.
const PREVIEW_LIMIT = 200;
/** Cuts text to `limit` characters, marking the cut with an ellipsis. */
function truncate(text, limit = PREVIEW_LIMIT) {
    return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
/** JSON-like text of a value (`"queued"`, `[1,2]`, `{"id":3}`), at most `limit` characters. */
function previewJson(value, limit = PREVIEW_LIMIT) {
    const parts = [];
    let length = 0;
    // Returns false once the budget is spent, so callers stop walking the value.
    const write = (text) => {
        parts.push(text);
        length += text.length;
        return length <= limit;
    };
    const walk = (v) => {
        if (typeof v === "string")
            return write(JSON.stringify(v.length > limit ? v.slice(0, limit) : v));
        if (typeof v === "number")
            return write(Number.isFinite(v) ? JSON.stringify(v) : String(v));
        if (v === null || typeof v !== "object")
            return write(String(v));
        if (Array.isArray(v)) {
            if (!write("["))
                return false;
            for (let i = 0; i < v.length; i++) {
                if ((i > 0 && !write(",")) || !walk(v[i]))
                    return false;
            }
            return write("]");
        }
        if (!write("{"))
            return false;
        let first = true;
        for (const key of Object.keys(v)) {
            if (!first && !write(","))
                return false;
            first = false;
            if (!walk(key) || !write(":") || !walk(v[key]))
                return false;
        }
        return write("}");
    };
    walk(value);
    return truncate(parts.join(""), limit);
}

;// CONCATENATED MODULE: ./lib/assert/regex.js
// The `/pattern/flags` notation shared by header, `matches` and body expectations.
// Config patterns are compiled once and reused for every response and every poll; every one
// is also compiled when the config loads (`regexProblem`), so none fails at run time.
const SLASH_FORM = /^\/(.+)\/([a-z]*)$/s;
const FLAGS = /^[dgimsuvy]*$/;
const compiled = new Map();
function compile(key, source, flags) {
    let re = compiled.get(key);
    if (!re) {
        // `g` and `y` make `test()` stateful through lastIndex, which a cached RegExp must not be.
        re = new RegExp(source, flags.replace(/[gy]/g, ""));
        compiled.set(key, re);
    }
    return re;
}
/** The RegExp for a `/pattern/flags` string, or undefined when the text is not in that form. Throws on a bad pattern. */
function slashRegex(text) {
    const m = SLASH_FORM.exec(text);
    return m ? compile(text, m[1] ?? "", m[2] ?? "") : undefined;
}
/** `/pattern/flags` or a bare pattern. Throws on a bad pattern. */
function patternRegex(text) {
    return slashRegex(text) ?? compile(`bare:${text}`, text, "");
}
/** The engine's reason, without its restatement of the pattern: `unterminated group`. */
function reasonOf(error) {
    const message = error instanceof Error ? error.message : String(error);
    const flags = /^Invalid flags supplied to RegExp constructor '(.*)'$/.exec(message);
    if (flags)
        return `unknown flags ${JSON.stringify(flags[1])}`;
    const reason = message.slice(message.lastIndexOf(": ") + 2) || message;
    return reason.charAt(0).toLowerCase() + reason.slice(1);
}
/**
 * Why `text` does not compile as the regular expression it is read as, or undefined when it does.
 * `slash`: only a `/pattern/flags` string is a regex (a header value); `pattern`: `/…/flags` or a
 * bare pattern (`matches`); `anchored`: a bare pattern over the whole value (a metrics label).
 */
function regexProblem(text, form) {
    const m = form === "anchored" ? null : SLASH_FORM.exec(text);
    if (form === "slash" && !m)
        return undefined;
    const flags = m?.[2] ?? "";
    if (!FLAGS.test(flags))
        return `unknown flags ${JSON.stringify(flags)}`;
    const source = m ? (m[1] ?? "") : form === "anchored" ? `^(?:${text})$` : text;
    try {
        new RegExp(source, flags.replace(/[gy]/g, ""));
        return undefined;
    }
    catch (error) {
        return reasonOf(error);
    }
}
/** A regular expression in JSONPath's `match()` / `search()` (an I-Regexp, compiled as the library does). */
function iRegexpProblem(pattern) {
    try {
        new RegExp(pattern, "u");
        return undefined;
    }
    catch (error) {
        return reasonOf(error);
    }
}

;// CONCATENATED MODULE: ./lib/assert/jsonpath.js
// JSONPath (RFC 9535) over response bodies, through jsonpath-rfc9535: a generated parser, no eval.
// The library parses the expression on every query and offers no way to run a parsed one, so
// there is nothing to cache here; parsing costs microseconds next to the request itself.




function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}
// A name after a dot (RFC 9535 member-name-shorthand): a letter, `_` or non-ASCII, then those or digits.
const SHORTHAND_NAME = /^[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*$/;
// What ends a dotted name when looking for one the parser refused: structure, quotes, space.
const DOTTED = /(\.\.?)([^.[\]()?@$,=!<>&|'"\s*]+)/g;
function bracketed(name) {
    return /^\d+$/.test(name) ? `[${name}]` : `['${name.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}']`;
}
/** The path with every dotted name that is not a valid shorthand in brackets, when that parses. */
function bracketForm(path) {
    let name;
    const fixed = path.replace(DOTTED, (all, dots, member) => {
        if (SHORTHAND_NAME.test(member))
            return all;
        name ??= member;
        return `${dots === ".." ? ".." : ""}${bracketed(member)}`;
    });
    if (name === undefined || syntaxError(fixed) !== undefined)
        return undefined;
    return { fixed, name };
}
function describeSyntax(path, error) {
    const shown = JSON.stringify(truncate(path, 200));
    const fix = bracketForm(path);
    if (fix) {
        const odd = [...fix.name].find((ch) => !/[\w\u0080-\uffff]/.test(ch));
        const why = odd === undefined ? "cannot start a dotted name" : "cannot appear in a dotted name";
        return `invalid JSONPath ${shown}: ${JSON.stringify(odd ?? fix.name.charAt(0))} ${why}; use the bracket form ${truncate(fix.fixed, 200)}`;
    }
    const { found, location } = (error ?? {});
    const at = location?.start?.offset;
    if (at === undefined)
        return `invalid JSONPath ${shown}: ${truncate(messageOf(error), 120)}`;
    if (found === null || found === undefined)
        return `invalid JSONPath ${shown}: it ends too early (at character ${at + 1})`;
    return `invalid JSONPath ${shown}: unexpected ${JSON.stringify(found)} at character ${at + 1}`;
}
function syntaxError(path) {
    try {
        parser(path);
        return undefined;
    }
    catch (error) {
        return error ?? new Error("does not parse");
    }
}
/** Regular expressions in `match()` / `search()` calls: literal patterns found anywhere in the parsed path. */
function* functionPatterns(node) {
    if (Array.isArray(node)) {
        for (const child of node)
            yield* functionPatterns(child);
        return;
    }
    if (node === null || typeof node !== "object")
        return;
    const n = node;
    if (n.type === "FunctionExpr" &&
        (n.name === "match" || n.name === "search") &&
        Array.isArray(n.arguments)) {
        const pattern = n.arguments[1];
        if (pattern?.type === "Literal" && typeof pattern.value === "string")
            yield [n.name, pattern.value];
    }
    for (const child of Object.values(node))
        yield* functionPatterns(child);
}
/**
 * Why a JSONPath is not usable, in one readable line (never the parser's list of expected
 * characters), or undefined. Checked for every path when the config loads.
 */
function jsonPathProblem(path) {
    let parsed;
    try {
        parsed = parser(path);
    }
    catch (error) {
        return describeSyntax(path, error);
    }
    for (const [fn, pattern] of functionPatterns(parsed)) {
        const problem = iRegexpProblem(pattern);
        if (problem) {
            return `invalid JSONPath ${JSON.stringify(truncate(path, 200))}: the pattern ${JSON.stringify(truncate(pattern, 120))} of ${fn}() is not a valid regular expression (${problem}); compare with == for the literal`;
        }
    }
    return undefined;
}
/** Every node the path selects, in document order. Throws an Error naming the path when it is invalid. */
function queryJson(doc, path) {
    try {
        return query(doc, path);
    }
    catch (error) {
        // Parse again only on this error path, to tell a bad expression from a failed evaluation.
        const syntax = syntaxError(path);
        const text = syntax === undefined
            ? `cannot evaluate JSONPath ${JSON.stringify(path)}: ${messageOf(error)}`
            : describeSyntax(path, syntax);
        throw new Error(truncate(text, 300), { cause: error });
    }
}
/**
 * Parses a response body for JSON expectations. Fails closed: an empty or non-JSON body is a
 * reason, never a value. JSON.parse keeps `__proto__` as an ordinary own key, and parsed values
 * are only read, never merged into other objects.
 */
function parseJsonBody(text) {
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch (error) {
        if (text.trim() === "")
            return { ok: false, reason: "body is empty" };
        return { ok: false, reason: truncate(`body is not JSON: ${messageOf(error)}`) };
    }
}

;// CONCATENATED MODULE: ./lib/assert/deep-equal.js
// Structural equality of JSON values. Strict on types: 1 and "1" differ, as do [] and {}.
// Recursion follows both values at once, so its depth is bounded by the shallower one.
function isObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a)) {
        return Array.isArray(b) && a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
    }
    if (!isObject(a) || !isObject(b))
        return false;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length)
        return false;
    return keys.every((key) => Object.hasOwn(b, key) && deepEqual(a[key], b[key]));
}

;// CONCATENATED MODULE: ./lib/assert/matchers.js




const MATCHER_KEYS = new Set([
    "equals",
    "in",
    "matches",
    "exists",
    "type",
    "gt",
    "gte",
    "lt",
    "lte",
    "length",
    "contains",
]);
const JSON_TYPES = new Set([
    "string",
    "number",
    "integer",
    "boolean",
    "array",
    "object",
    "null",
]);
const BOUNDS = [
    ["gt", ">", (a, b) => a > b],
    ["gte", "≥", (a, b) => a >= b],
    ["lt", "<", (a, b) => a < b],
    ["lte", "≤", (a, b) => a <= b],
];
const LITERAL_HINT = "(to compare an object literally, use { equals: … })";
function matchers_isPlainObject(value) {
    if (typeof value !== "object" || value === null || Array.isArray(value))
        return false;
    const proto = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
}
/** A value is a matcher only when it is a plain object whose keys are all matcher keys. */
function isMatcher(value) {
    if (!matchers_isPlainObject(value))
        return false;
    const keys = Object.keys(value);
    return keys.length > 0 && keys.every((key) => MATCHER_KEYS.has(key));
}
function typeName(value) {
    if (value === null)
        return "null";
    if (Array.isArray(value))
        return "array";
    return typeof value;
}
function isFiniteNumber(value) {
    return typeof value === "number" && Number.isFinite(value);
}
function got(node) {
    return `got ${previewJson(node)}`;
}
function gotTyped(node) {
    return `got ${previewJson(node)} (${typeName(node)})`;
}
function hasType(node, type) {
    switch (type) {
        case "integer":
            return Number.isInteger(node);
        case "object":
            return typeName(node) === "object";
        default:
            return typeName(node) === type;
    }
}
function containsValue(node, needle) {
    if (Array.isArray(node))
        return node.some((item) => deepEqual(item, needle));
    if (typeof node === "string")
        return typeof needle === "string" && node.includes(needle);
    if (matchers_isPlainObject(node) && matchers_isPlainObject(needle)) {
        return Object.keys(needle).every((key) => Object.hasOwn(node, key) && deepEqual(node[key], needle[key]));
    }
    return false;
}
function lengthOf(node) {
    if (typeof node === "string")
        return [...node].length;
    return Array.isArray(node) ? node.length : undefined;
}
/** Comparison conditions (`> 5`, `≤ 10`) on a number derived from the node. */
function boundConditions(bounds, label, measure, describeMissing) {
    const conditions = [];
    for (const [key, symbol, holds] of BOUNDS) {
        const limit = bounds[key];
        if (limit === undefined)
            continue;
        if (!isFiniteNumber(limit))
            return `${label}${key} must be a finite number, got ${previewJson(limit)}`;
        conditions.push({
            expected: `${label}${symbol} ${limit}`,
            failure: (node) => {
                const n = measure(node);
                if (n === undefined)
                    return describeMissing(node);
                return holds(n, limit) ? undefined : label ? `got ${label}${n}` : got(node);
            },
        });
    }
    return conditions;
}
function lengthConditions(spec) {
    const noLength = (node) => `${gotTyped(node)}, which has no length`;
    if (typeof spec === "number") {
        if (!Number.isInteger(spec) || spec < 0)
            return `length must be a whole number, got ${previewJson(spec)}`;
        return [
            {
                expected: `length ${spec}`,
                failure: (node) => {
                    const n = lengthOf(node);
                    if (n === undefined)
                        return noLength(node);
                    return n === spec ? undefined : `got length ${n}`;
                },
            },
        ];
    }
    const keys = matchers_isPlainObject(spec) ? Object.keys(spec) : [];
    if (!matchers_isPlainObject(spec) || keys.length === 0 || keys.some((k) => !BOUNDS.some(([b]) => b === k))) {
        return `length must be a number or { gt, gte, lt, lte }, got ${previewJson(spec)}`;
    }
    return boundConditions(spec, "length ", lengthOf, noLength);
}
function compileMatcher(matcher) {
    const conditions = [];
    const describe = () => conditions.map((c) => c.expected).join(" and ");
    const invalid = (reason) => ({
        ok: false,
        expected: previewJson(matcher),
        reason: `invalid matcher: ${reason} ${LITERAL_HINT}`,
    });
    const { equals, in: oneOf, matches, exists, type, length, contains } = matcher;
    if (exists !== undefined && typeof exists !== "boolean")
        return invalid(`exists must be true or false, got ${previewJson(exists)}`);
    if (exists === false) {
        if (Object.keys(matcher).length > 1)
            return invalid("exists: false cannot be combined with other matchers");
        return { ok: true, expected: "not to exist", exists: false, conditions: [] };
    }
    if (equals !== undefined) {
        conditions.push({
            expected: previewJson(equals),
            failure: (node) => (deepEqual(node, equals) ? undefined : got(node)),
        });
    }
    if (oneOf !== undefined) {
        if (!Array.isArray(oneOf))
            return invalid(`in must be a list, got ${previewJson(oneOf)}`);
        conditions.push({
            expected: `one of ${previewJson(oneOf)}`,
            failure: (node) => (oneOf.some((item) => deepEqual(node, item)) ? undefined : got(node)),
        });
    }
    if (matches !== undefined) {
        if (typeof matches !== "string")
            return invalid(`matches must be a string, got ${previewJson(matches)}`);
        let re;
        try {
            re = patternRegex(matches);
        }
        catch (error) {
            return invalid(`matches is not a valid regular expression: ${error instanceof Error ? error.message : error}`);
        }
        conditions.push({
            expected: `a string matching ${re}`,
            failure: (node) => {
                if (typeof node !== "string")
                    return gotTyped(node);
                return re.test(node) ? undefined : got(node);
            },
        });
    }
    if (type !== undefined) {
        if (typeof type !== "string" || !JSON_TYPES.has(type)) {
            return invalid(`type must be one of ${[...JSON_TYPES].join(", ")}, got ${previewJson(type)}`);
        }
        conditions.push({
            expected: `type ${type}`,
            failure: (node) => (hasType(node, type) ? undefined : gotTyped(node)),
        });
    }
    const numeric = boundConditions(matcher, "", (node) => (isFiniteNumber(node) ? node : undefined), (node) => `${gotTyped(node)}, not a finite number`);
    if (typeof numeric === "string")
        return invalid(numeric);
    conditions.push(...numeric);
    if (length !== undefined) {
        const byLength = lengthConditions(length);
        if (typeof byLength === "string")
            return invalid(byLength);
        conditions.push(...byLength);
    }
    if (contains !== undefined) {
        conditions.push({
            expected: `to contain ${previewJson(contains)}`,
            failure: (node) => (containsValue(node, contains) ? undefined : got(node)),
        });
    }
    if (conditions.length === 0)
        return { ok: true, expected: "to exist", exists: true, conditions };
    return { ok: true, expected: exists ? `to exist and ${describe()}` : describe(), conditions };
}
function compileLiteral(literal) {
    const expected = previewJson(literal);
    const failure = (node) => (deepEqual(node, literal) ? undefined : got(node));
    return { ok: true, expected, conditions: [{ expected, failure }] };
}
// Polling evaluates the same config objects again and again: compile each object once.
const compiledObjects = new WeakMap();
function matchers_compile(expectation) {
    if (typeof expectation !== "object" || expectation === null)
        return compileLiteral(expectation);
    let compiled = compiledObjects.get(expectation);
    if (!compiled) {
        compiled = isMatcher(expectation) ? compileMatcher(expectation) : compileLiteral(expectation);
        compiledObjects.set(expectation, compiled);
    }
    return compiled;
}
/** Why an expectation can never be evaluated (a malformed matcher), or undefined. Checked when the config loads. */
function matcherProblem(expectation) {
    const compiled = matchers_compile(expectation);
    return compiled.ok ? undefined : compiled.reason;
}
/** What an expectation asks for, as `expected` shows it: `"completed"`, `type array and length > 0`. */
function describeJsonExpectation(expectation) {
    return matchers_compile(expectation).expected;
}
function result(path, expected, actual, passed, message) {
    return { target: path, expected, actual, passed, message: `${path}: ${message}` };
}
function describeNodes(nodes) {
    if (nodes.length === 0)
        return "nothing";
    return nodes.length === 1 ? previewJson(nodes[0]) : `${nodes.length} nodes: ${previewJson(nodes)}`;
}
/** Evaluates `path: expectation` against a parsed JSON document. Never throws. */
function evaluateJsonExpectation(doc, path, expectation) {
    const compiled = matchers_compile(expectation);
    if (!compiled.ok)
        return result(path, compiled.expected, "not evaluated", false, compiled.reason);
    let nodes;
    try {
        nodes = queryJson(doc, path);
    }
    catch (error) {
        return result(path, compiled.expected, "not evaluated", false, error instanceof Error ? error.message : String(error));
    }
    const actual = describeNodes(nodes);
    if (compiled.exists === false) {
        const passed = nodes.length === 0;
        return result(path, compiled.expected, actual, passed, passed ? "got nothing" : `expected not to exist, got ${actual}`);
    }
    if (nodes.length === 0)
        return result(path, compiled.expected, actual, false, `expected ${compiled.expected}, found nothing`);
    for (let i = 0; i < nodes.length; i++) {
        for (const condition of compiled.conditions) {
            const failure = condition.failure(nodes[i]);
            if (failure === undefined)
                continue;
            const message = nodes.length === 1
                ? `expected ${condition.expected}, ${failure}`
                : `expected ${condition.expected} for every node (${nodes.length} found), node ${i + 1} ${failure}`;
            return result(path, compiled.expected, actual, false, message);
        }
    }
    return result(path, compiled.expected, actual, true, `got ${actual}`);
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(7030);
;// CONCATENATED MODULE: ./lib/assert/schema-formats.js
// The JSON Schema `format`s checked without ajv-formats (not a dependency). A format outside
// this list makes the schema unusable rather than silently ignored (fail closed).

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
const SCHEMA_FORMATS = {
    date: DATE,
    time: TIME,
    "date-time": (value) => {
        const [date, time, ...rest] = value.split(/[Tt ]/);
        return rest.length === 0 && DATE.test(date ?? "") && TIME.test(time ?? "");
    },
    email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
    uri: /^[a-z][a-z\d+.-]*:[^\s]*$/i,
    uuid: /^(urn:uuid:)?[\da-f]{8}-([\da-f]{4}-){3}[\da-f]{12}$/i,
    ipv4: external_node_net_.isIPv4,
    ipv6: external_node_net_.isIPv6,
};

;// CONCATENATED MODULE: ./lib/assert/schema.js


const MAX_ERRORS = 10;
const LOADERS = {
    "2020-12": () => Promise.all(/* import() */[__nccwpck_require__.e(457), __nccwpck_require__.e(210)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2210, 19)),
    "2019-09": () => Promise.all(/* import() */[__nccwpck_require__.e(457), __nccwpck_require__.e(878)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 878, 19)),
    "draft-07": () => Promise.all(/* import() */[__nccwpck_require__.e(457), __nccwpck_require__.e(463)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2463, 19)),
};
const instances = new Map();
const byObject = new WeakMap();
const byText = new Map();
/** The schema's own `$schema` picks the draft; without one it is 2020-12. */
function draftOf(schema) {
    const declared = typeof schema.$schema === "string" ? schema.$schema : "";
    if (declared.includes("draft-07"))
        return "draft-07";
    if (declared.includes("2019-09"))
        return "2019-09";
    return "2020-12";
}
async function createInstance(draft) {
    const { default: module } = await LOADERS[draft]();
    const warnings = [];
    const ajv = new module.default({
        allErrors: true,
        strict: false,
        // Schemas with an `$id` are compiled again when a config is re-rendered; do not register them.
        addUsedSchema: false,
        logger: { log: () => undefined, warn: (w) => warnings.push(String(w)), error: () => undefined },
    });
    for (const [name, format] of Object.entries(SCHEMA_FORMATS))
        ajv.addFormat(name, format);
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
            }
            catch (error) {
                return { error: error instanceof Error ? error.message : String(error) };
            }
        },
    };
}
function instanceFor(draft) {
    let instance = instances.get(draft);
    if (!instance) {
        instance = createInstance(draft);
        instances.set(draft, instance);
    }
    return instance;
}
async function schema_compile(schema) {
    let text;
    try {
        text = JSON.stringify(schema);
    }
    catch (error) {
        return { error: error instanceof Error ? error.message : String(error) };
    }
    let validator = byText.get(text);
    if (!validator) {
        validator = instanceFor(draftOf(schema)).then((instance) => instance.compile(schema), (error) => ({ error: `cannot load ajv: ${error instanceof Error ? error.message : error}` }));
        byText.set(text, validator);
    }
    return validator;
}
function validatorFor(schema) {
    let validator = byObject.get(schema);
    if (!validator) {
        validator = schema_compile(schema);
        byObject.set(schema, validator);
    }
    return validator;
}
/** The value an RFC 6901 pointer (ajv's `instancePath`) designates; own properties only. */
function atPointer(doc, pointer) {
    let node = doc;
    for (const raw of pointer.split("/").slice(1)) {
        const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
        if (typeof node !== "object" || node === null || !Object.hasOwn(node, key))
            return undefined;
        node = node[key];
    }
    return node;
}
/** Validates a parsed JSON body. One assertion when it is valid, else one per error (at most 10, then a count). */
async function validateSchema(schema, value) {
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
    let valid;
    try {
        valid = validate(value);
    }
    catch (e) {
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
    const results = errors.slice(0, MAX_ERRORS).map((e) => {
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

;// CONCATENATED MODULE: ./lib/assert/status.js
function itemMatches(item, status) {
    if (typeof item === "number")
        return item === status;
    if (/^[1-5]xx$/i.test(item))
        return Math.floor(status / 100) === Number(item[0]);
    return Number(item) === status;
}
function itemText(item) {
    return typeof item === "number" ? String(item) : item.toLowerCase();
}
/** `undefined` means the default expectation: any 2xx. */
function statusMatches(spec, status) {
    if (spec === undefined)
        return Math.floor(status / 100) === 2;
    const items = Array.isArray(spec) ? spec : [spec];
    return items.some((item) => itemMatches(item, status));
}
/** "2xx", "200", "200 or 201", "200, 201 or 204". */
function describeStatus(spec) {
    if (spec === undefined)
        return "2xx";
    const items = (Array.isArray(spec) ? spec : [spec]).map(itemText);
    if (items.length === 1)
        return items[0] ?? "";
    return `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}

;// CONCATENATED MODULE: ./lib/assert/expect.js
// `expect` (and `until` / `fail-when`, which share its form): every assertion on one response,
// passed and failed, in a fixed order. Pure and cheap, since polling calls it on every response.








function assertion(target, expected, actual, passed, message) {
    return { target, expected, actual, passed, message: `${target}: ${message}` };
}
function errorText(error) {
    return error instanceof Error ? error.message : String(error);
}
function checkStatus(spec, status) {
    const expected = describeStatus(spec);
    const passed = statusMatches(spec, status);
    return assertion("status", expected, String(status), passed, passed ? `got ${status}` : `expected ${expected}, got ${status}`);
}
function checkHeader(name, expectation, headers) {
    const key = name.toLowerCase();
    const target = `header ${key}`;
    const value = headers[key];
    // A credential header's value is never shown: the assertion says whether it matched, not what it holds.
    const hidden = isCredentialHeader(key);
    const actual = value === undefined ? "absent" : hidden ? "present (value hidden)" : truncate(value);
    if (typeof expectation !== "string" && "exists" in expectation) {
        const expected = expectation.exists ? "present" : "absent";
        const passed = (value !== undefined) === expectation.exists;
        return assertion(target, expected, actual, passed, passed ? actual : `expected ${expected}, got ${actual}`);
    }
    // `{ equals }` is a literal even in slashes (a Location path); a bare `/…/` is a regex.
    const literal = typeof expectation === "string" ? expectation : expectation.equals;
    let regex;
    try {
        regex = typeof expectation === "string" ? slashRegex(expectation) : undefined;
    }
    catch (error) {
        // The config's patterns compile at load time; one a template filled in may still not.
        return assertion(target, literal, actual, false, `invalid regular expression ${literal}: ${errorText(error)}`);
    }
    const expected = regex ? `matching ${regex}` : hidden ? "the expected value" : truncate(literal);
    if (value === undefined)
        return assertion(target, expected, actual, false, `expected ${expected}, but the header is absent`);
    const passed = regex ? regex.test(value) : value === literal;
    return assertion(target, expected, actual, passed, passed ? `got ${actual}` : `expected ${expected}, got ${actual}`);
}
/** The JSON document, or why there is none: JSON expectations fail closed on a cut, empty or non-JSON body. */
function jsonBody(response) {
    if (response.truncated) {
        return {
            ok: false,
            reason: `body was cut at ${response.body.length} bytes, so it cannot be read as JSON`,
        };
    }
    return parseJsonBody(response.text);
}
function checkBody(spec, response) {
    const { text } = response;
    const actual = text === "" ? "empty body" : previewJson(text);
    // A miss on a cut body may only mean the text lay past the cut: say so.
    const cut = response.truncated ? ` (body was cut at ${response.body.length} bytes)` : "";
    const results = [];
    if (spec.contains !== undefined) {
        const expected = `contains ${previewJson(spec.contains)}`;
        const passed = text.includes(spec.contains);
        results.push(assertion("body", expected, actual, passed, passed ? expected : `expected to contain ${previewJson(spec.contains)}, not found${cut}`));
    }
    if (spec.matches !== undefined) {
        let regex;
        try {
            regex = patternRegex(spec.matches);
        }
        catch (error) {
            results.push(assertion("body", `matches ${spec.matches}`, actual, false, `invalid regular expression: ${errorText(error)}`));
            return results;
        }
        const expected = `matches ${regex}`;
        const passed = regex.test(text);
        results.push(assertion("body", expected, actual, passed, passed ? expected : `expected to match ${regex}, no match${cut}`));
    }
    return results;
}
function checkDuration(budgetMs, durationMs) {
    const expected = `≤ ${formatDuration(budgetMs)}`;
    const actual = formatDuration(durationMs);
    const passed = durationMs <= budgetMs;
    return assertion("duration", expected, actual, passed, passed
        ? `${actual} within ${formatDuration(budgetMs)}`
        : `took ${actual}, over the ${formatDuration(budgetMs)} budget`);
}
/** Every assertion of `expect` on `response`, passed and failed: status, headers, json, body, schema, duration. */
async function evaluateExpect(expect, response, options = {}) {
    const results = [];
    if (expect?.status !== undefined || options.defaultStatus !== false)
        results.push(checkStatus(expect?.status, response.status));
    if (!expect)
        return results;
    for (const [name, expectation] of Object.entries(expect.headers ?? {})) {
        results.push(checkHeader(name, expectation, response.headers));
    }
    const jsonPaths = Object.entries(expect.json ?? {});
    const body = jsonPaths.length > 0 || expect.schema ? jsonBody(response) : undefined;
    for (const [path, expectation] of jsonPaths) {
        if (body?.ok) {
            results.push(evaluateJsonExpectation(body.value, path, expectation));
        }
        else {
            const reason = body?.reason ?? "body is empty";
            results.push(assertion(path, describeJsonExpectation(expectation), reason, false, reason));
        }
    }
    if (expect.body)
        results.push(...checkBody(expect.body, response));
    if (expect.schema) {
        if (body?.ok) {
            results.push(...(await validateSchema(expect.schema, body.value)));
        }
        else {
            const reason = body?.reason ?? "body is empty";
            results.push(assertion("schema", "valid against the schema", reason, false, reason));
        }
    }
    const budget = expect["max-duration"];
    if (budget !== undefined)
        results.push(checkDuration(budget, response.durationMs));
    return results;
}
function allPassed(results) {
    return results.every((r) => r.passed);
}

;// CONCATENATED MODULE: ./lib/text/template-syntax.js
// What a `{{ name }}` template looks like, apart from what it means (src/config/templates.ts):
// the expectation grammar checks a regular expression with templates in it before any value is known.
const TEMPLATE = /\{\{\s*([^{}]*?)\s*\}\}/g;
/**
 * The text with every `{{ … }}` replaced by a plain letter: what a regular expression with
 * templates in it is checked as before their values are known.
 */
function withoutTemplates(source) {
    return source.includes("{{") ? source.replace(TEMPLATE, "x") : source;
}

;// CONCATENATED MODULE: ./lib/assert/expect-schema.js
// The expectation grammar: the zod schemas of `expect` (and `until` / `fail-when`) and the
// `duration` field they use. zod is the single source of truth: types are inferred from these,
// validation is these, and schema/deploy-gate.schema.json is generated from them.







const DURATION_MESSAGE = "expected a duration like 250ms, 10s, 5m, 1h or a number of milliseconds";
const DURATION_TOO_LONG_MESSAGE = "expected a duration of at most 24 days (596h)";
const expect_schema_duration = union([schemas_number(), schemas_string()], { error: DURATION_MESSAGE })
    .transform((v, ctx) => {
    const ms = parseDuration(v);
    if (ms === undefined) {
        const message = isTooLongDuration(v) ? DURATION_TOO_LONG_MESSAGE : DURATION_MESSAGE;
        ctx.issues.push({ code: "custom", message, input: v });
        return NEVER;
    }
    return ms;
})
    .meta({ description: "250ms, 10s, 5m, 1h or a number of milliseconds" });
const STATUS_MESSAGE = "expected a status code, a list or a class like 2xx";
const statusCode = schemas_number({ error: STATUS_MESSAGE })
    .int(STATUS_MESSAGE)
    .min(100, STATUS_MESSAGE)
    .max(599, STATUS_MESSAGE);
const statusClass = schemas_string({ error: STATUS_MESSAGE }).regex(/^[1-5]xx$/i, STATUS_MESSAGE);
const statusItem = union([statusCode, statusClass, schemas_string().regex(/^[1-5]\d\d$/, STATUS_MESSAGE)], {
    error: STATUS_MESSAGE,
});
const statusSpec = union([statusItem, array(statusItem).min(1, STATUS_MESSAGE)], {
    error: STATUS_MESSAGE,
});
/**
 * Why a regular expression of the config does not compile, as a config message saying how to write
 * the literal instead; undefined when it compiles. A `{{ template }}` in it stands for plain text.
 */
function regexIssue(text, form, literal) {
    const problem = regexProblem(withoutTemplates(text), form);
    if (problem === undefined)
        return undefined;
    const shown = JSON.stringify(clip(text));
    const what = form === "slash"
        ? `${shown} is read as a /regular expression/ and does not compile (${problem})`
        : `${shown} is not a valid regular expression (${problem})`;
    return `${what}; use ${literal(clip(text))} for the literal`;
}
const equalsLiteral = (text) => `{ equals: ${JSON.stringify(text)} }`;
/** An exact string, a `/regex/flags`, `{ equals }` (a literal, even one in slashes) or `{ exists }`. */
const headerExpectation = union([
    schemas_string().superRefine((text, ctx) => {
        const message = regexIssue(text, "slash", equalsLiteral);
        if (message)
            ctx.addIssue({ code: "custom", message, input: text });
    }),
    strictObject({ equals: schemas_string() }),
    strictObject({ exists: schemas_boolean() }),
])
    .meta({
    description: "An exact value, a /regex/, { equals } for a literal (even one in slashes) or { exists }",
});
const JSON_PATH_MESSAGE = "expected a JSONPath starting with $";
/** A JSONPath (RFC 9535) that parses, with every regular expression in it compiling. */
const jsonPath = schemas_string()
    .superRefine((path, ctx) => {
    const message = path.startsWith("$") ? jsonPathProblem(path) : JSON_PATH_MESSAGE;
    if (message)
        ctx.addIssue({ code: "custom", message, input: path });
})
    .meta({
    description: "A JSONPath (RFC 9535); a name with - in it goes in brackets: $.headers['X-Api-Key']",
});
const jsonType = schemas_enum(["string", "number", "integer", "boolean", "array", "object", "null"]);
const matcher = strictObject({
    equals: unknown().optional(),
    in: array(unknown()).optional(),
    matches: schemas_string().optional(),
    exists: schemas_boolean().optional(),
    type: jsonType.optional(),
    gt: schemas_number().optional(),
    gte: schemas_number().optional(),
    lt: schemas_number().optional(),
    lte: schemas_number().optional(),
    length: union([schemas_number().int().min(0), lazy(() => numberBounds)]).optional(),
    contains: unknown().optional(),
})
    .meta({ description: "A matcher; several keys must all hold" });
const numberBounds = strictObject({
    gt: schemas_number().optional(),
    gte: schemas_number().optional(),
    lt: schemas_number().optional(),
    lte: schemas_number().optional(),
});
/**
 * The value a JSONPath maps to: a literal (deep equality) or a matcher. A malformed matcher is a
 * config error here, so it can never be a failure found only after a request.
 */
const jsonExpectationValue = unknown().superRefine((expectation, ctx) => {
    if (!isMatcher(expectation))
        return;
    const { matches } = expectation;
    const regex = typeof matches === "string" ? regexIssue(matches, "pattern", equalsLiteral) : undefined;
    if (regex) {
        ctx.addIssue({ code: "custom", message: regex, path: ["matches"], input: matches });
        return;
    }
    const standIn = typeof matches === "string" ? { ...expectation, matches: withoutTemplates(matches) } : expectation;
    const problem = matcherProblem(standIn);
    if (problem)
        ctx.addIssue({ code: "custom", message: problem, input: expectation });
});
const jsonExpectation = record(jsonPath, jsonExpectationValue);
const bodyExpectation = strictObject({
    contains: schemas_string().optional(),
    matches: schemas_string()
        .superRefine((text, ctx) => {
        const message = regexIssue(text, "pattern", (t) => `{ contains: ${JSON.stringify(t)} }`);
        if (message)
            ctx.addIssue({ code: "custom", message, input: text });
    })
        .optional(),
});
const expect = strictObject({
    status: statusSpec.optional(),
    headers: record(schemas_string(), headerExpectation).optional(),
    json: jsonExpectation.optional(),
    body: bodyExpectation.optional(),
    schema: record(schemas_string(), unknown()).optional(),
    "max-duration": expect_schema_duration.optional(),
});

;// CONCATENATED MODULE: ./lib/text/display-text.js
// Text that came from a service or a config is untrusted on its way to a person: it may
// carry terminal escapes, control characters or bidi overrides, and it may be huge.
// Every reporter passes it through here before formatting it for its own medium.
/** CSI (`ESC [ … m`), OSC (`ESC ] … BEL`) and two-byte escape sequences: dropped whole, not just the ESC. */
const ANSI_SEQUENCE = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])/g;
/** C0/C1 controls except tab and newline, DEL, and the bidi controls used to disguise text. */
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Removes escape sequences and control characters; keeps tabs and newlines (CR LF and CR become LF). */
function stripControl(text) {
    return text.replace(ANSI_SEQUENCE, "").replace(/\r\n?/g, "\n").replace(CONTROL, "");
}
/** One clean line of at most `maxChars` characters, ending in `…` when it was clipped. */
function display_text_oneLine(text, maxChars) {
    const flat = stripControl(text).replace(/\s+/g, " ").trim();
    if (flat.length <= maxChars)
        return flat;
    let end = Math.max(0, maxChars - 1);
    // Never split a surrogate pair: half an emoji renders as a replacement character.
    const last = flat.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end--;
    return `${flat.slice(0, end)}…`;
}
/** The longest prefix of `text` that fits in `maxBytes` of UTF-8, cut on a character boundary. */
function cutUtf8(text, maxBytes) {
    if (Buffer.byteLength(text, "utf8") <= maxBytes)
        return { text, cut: false };
    const bytes = Buffer.from(text, "utf8");
    let end = maxBytes;
    // Back up over continuation bytes (10xxxxxx) so the cut lands before a character's first byte.
    while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80)
        end--;
    return { text: bytes.toString("utf8", 0, end), cut: true };
}
/** Zero-width: combining marks, variation selectors, joiners. */
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
/** Two columns on a terminal: East Asian wide and fullwidth characters, and most emoji. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f680}-\u{1f6ff}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;
/** Columns a terminal gives `text` (one line, no control characters): to pad table cells. */
function displayWidth(text) {
    let width = 0;
    for (const char of text)
        width += ZERO_WIDTH.test(char) ? 0 : WIDE.test(char) ? 2 : 1;
    return width;
}

;// CONCATENATED MODULE: ./lib/text/plural.js
/** `1 check`, `2 checks`; `nouns` for an irregular plural (`retry`, `retries`). */
function plural(n, noun, nouns = `${noun}s`) {
    return `${n} ${n === 1 ? noun : nouns}`;
}

;// CONCATENATED MODULE: ./lib/http/explain.js
// Turns a 4xx/5xx answer into what on-call needs: the service's own error code and message
// (when the body is a recognisable error document) and the action the status calls for.


const MAX_DETAIL_CHARS = 300;
const TRANSIENT_5XX = new Set([502, 503, 504]);
const STATUS_HINTS = {
    400: "fix the request fields",
    401: "check or rotate the credential",
    403: "check permissions or tenant",
    404: "check the route and base URL",
    405: "check the request method for this route",
    409: "an idempotency conflict: reuse the original request shape",
    413: "the request body is larger than the service accepts",
    415: "check the request body's content-type",
    422: "fix the request fields",
};
function isDoc(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
function str(value) {
    return typeof value === "string" && value.trim() !== "" ? value : undefined;
}
function join(code, message) {
    if (code && message && code !== message)
        return `${code}: ${message}`;
    return code ?? message;
}
/** A problem `type` URI names the error by its last path segment; `about:blank` names nothing. */
function explain_typeName(type) {
    const uri = str(type);
    if (!uri || uri === "about:blank")
        return undefined;
    return uri
        .replace(/[/#]+$/, "")
        .split(/[/#]/)
        .pop();
}
/** `{ code, message }` and its common spellings; a numeric code that repeats the status adds nothing. */
function codeAndMessage(o, status) {
    const numeric = typeof o.code === "number" && o.code !== status ? String(o.code) : undefined;
    // Google-style errors carry the symbolic name in `status` next to a numeric `code`.
    const symbolic = typeof o.status === "string" ? str(o.status) : undefined;
    const code = str(o.code) ?? symbolic ?? str(o.error_code) ?? str(o.errorCode) ?? numeric;
    const message = str(o.message) ?? str(o.detail) ?? str(o.error_description) ?? str(o.description) ?? str(o.title);
    return join(code, message);
}
function fromDocument(doc, status) {
    if (isDoc(doc.error))
        return codeAndMessage(doc.error, status);
    // `{ "error": "invalid_grant", "error_description": … }` (OAuth) and `{ "error", "message" }`.
    if (str(doc.error))
        return join(str(doc.error), str(doc.error_description) ?? str(doc.message) ?? str(doc.detail));
    // JSON:API and GraphQL put a list under `errors`; the first one is shown, the rest counted.
    if (Array.isArray(doc.errors) && isDoc(doc.errors[0])) {
        const first = codeAndMessage(doc.errors[0], status);
        const more = doc.errors.length - 1;
        return first && more > 0 ? `${first} (and ${more} more)` : first;
    }
    // RFC 9457 problem details: `title` is the kind of problem, `detail` this occurrence.
    if (str(doc.title) || (str(doc.type) && str(doc.detail))) {
        const code = str(doc.code) ?? str(doc.title) ?? explain_typeName(doc.type);
        return join(code, str(doc.detail) ?? str(doc.message));
    }
    return codeAndMessage(doc, status);
}
function serviceError(bodyText, status) {
    const body = bodyText.trim();
    if (body.startsWith("{")) {
        try {
            const doc = JSON.parse(body);
            return isDoc(doc) ? fromDocument(doc, status) : undefined;
        }
        catch {
            return undefined;
        }
    }
    // An HTML page from a JSON API usually means a proxy or load balancer answered, not the service.
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(body)?.[1];
    return str(title) ? `HTML error page: ${title}` : undefined;
}
const REPORTED_ERROR_KEYS = [
    "error",
    "failure",
    "failureReason",
    "failure_reason",
    "errorMessage",
    "error_message",
    "lastError",
    "last_error",
];
function reportedIn(doc) {
    for (const key of REPORTED_ERROR_KEYS) {
        const value = doc[key];
        if (isDoc(value)) {
            const said = codeAndMessage(value, 0);
            if (said)
                return said;
        }
        else if (str(value)) {
            return key === "error" ? join(str(value), str(doc.error_description) ?? str(doc.message)) : str(value);
        }
    }
    return undefined;
}
/**
 * The error a successful answer reports about something else — a task or job that ended
 * `failed` with `{ "error": { "code", "message" } }`, `"failure": "…"`, `"lastError": "…"` —
 * at the top level or under `data`, `result`, `task` or `job`. Only those fields: on a 2xx a
 * `message` or `title` is not an error.
 */
function reportedError(bodyText) {
    const body = bodyText.trim();
    if (!body.startsWith("{"))
        return undefined;
    let doc;
    try {
        doc = JSON.parse(body);
    }
    catch {
        return undefined;
    }
    if (!isDoc(doc))
        return undefined;
    const found = reportedIn(doc) ??
        ["data", "result", "task", "job"]
            .map((k) => doc[k])
            .filter(isDoc)
            .map(reportedIn)
            .find(Boolean);
    return found ? display_text_oneLine(found, MAX_DETAIL_CHARS) : undefined;
}
/** `WWW-Authenticate: Bearer error="invalid_token", error_description="…"` (RFC 6750). */
function authChallenge(headers) {
    const challenge = header(headers, "www-authenticate");
    if (!challenge)
        return undefined;
    const error = /\berror="([^"]*)"/.exec(challenge)?.[1];
    const description = /\berror_description="([^"]*)"/.exec(challenge)?.[1];
    return join(str(error), str(description));
}
function header(headers, name) {
    for (const [k, v] of Object.entries(headers))
        if (k.toLowerCase() === name)
            return v;
    return undefined;
}
function statusHint(status, headers, attempts) {
    if (status === 429) {
        const retryAfter = header(headers, "retry-after")?.trim();
        const wait = retryAfter ? `Retry-After: ${retryAfter}` : "no Retry-After given";
        return `rate limited (${wait})${attempts > 1 ? `, still limited after ${plural(attempts, "attempt")}` : ""}`;
    }
    if (status >= 500 && status <= 599) {
        return TRANSIENT_5XX.has(status)
            ? `still ${status} after ${plural(attempts, "attempt")}: usually transient, but it persisted — check the deployment's health`
            : `${status} after ${plural(attempts, "attempt")}, not transient: the service failed — check its logs`;
    }
    return STATUS_HINTS[status];
}
/** Pure: explains an error response; a status below 400 has nothing to explain. */
function explainResponse(status, headers, bodyText, attempts) {
    if (status < 400)
        return {};
    const found = serviceError(bodyText, status) ?? (status === 401 ? authChallenge(headers) : undefined);
    const detail = found ? display_text_oneLine(found, MAX_DETAIL_CHARS) : undefined;
    const hint = statusHint(status, headers, Math.max(1, attempts));
    return { ...(detail ? { detail } : {}), ...(hint ? { hint } : {}) };
}
/** `explainResponse` for a response as the http client returns it. */
function explainAnswer(response) {
    return explainResponse(response.status, response.headers, response.text, response.attempts.length);
}

;// CONCATENATED MODULE: ./lib/checks/fields.js
// Field schemas shared by every check type: the request, polling, captures, bake windows and the
// config's `defaults`. zod is the single source of truth: types are inferred from these,
// validation is these, and schema/deploy-gate.schema.json is generated.


const retries = schemas_number().int().min(0).max(10);
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
const REQUEST_LINE_MESSAGE = 'expected a request line like "GET /health"';
const REQUEST_LINE = /^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\s+(\S(?:.*\S)?)$/;
const requestObject = strictObject({
    method: schemas_string()
        .transform((m) => m.toUpperCase())
        .pipe(schemas_enum(METHODS))
        .default("GET"),
    path: schemas_string().optional(),
    url: schemas_string().optional(),
    query: record(schemas_string(), union([schemas_string(), schemas_number(), schemas_boolean()])).optional(),
    headers: record(schemas_string(), union([schemas_string(), schemas_null()])).optional(),
    json: unknown().optional(),
    body: schemas_string().optional(),
    form: record(schemas_string(), union([schemas_string(), schemas_number(), schemas_boolean()])).optional(),
})
    .superRefine((r, ctx) => {
    if (r.path === undefined && r.url === undefined)
        ctx.addIssue({ code: "custom", message: "expected a path or a url" });
    if (r.path !== undefined && r.url !== undefined)
        ctx.addIssue({ code: "custom", message: "give a path or a url, not both" });
    const bodies = [r.json, r.body, r.form].filter((b) => b !== undefined).length;
    if (bodies > 1)
        ctx.addIssue({ code: "custom", message: "give one body: json, body or form" });
});
/** `"GET /path"` or the object form; the line form expands to `{ method, path }`. */
const request = union([
    schemas_string()
        .regex(REQUEST_LINE, REQUEST_LINE_MESSAGE)
        .transform((line) => {
        const [, method = "GET", target = "/"] = REQUEST_LINE.exec(line) ?? [];
        return /^https?:\/\//i.test(target) ? { method, url: target } : { method, path: target };
    }),
    requestObject,
]);
const poll = strictObject({
    interval: expect_schema_duration.default(2000),
    timeout: expect_schema_duration.default(120_000),
});
const captureSpec = union([
    jsonPath,
    strictObject({
        json: jsonPath.optional(),
        header: schemas_string().optional(),
        secret: schemas_boolean().optional(),
    }),
]);
const captures = record(schemas_string().regex(/^[A-Za-z_][\w-]*$/, "expected a capture name"), captureSpec);
const bake = strictObject({
    for: expect_schema_duration,
    every: expect_schema_duration.default(30_000),
    "failure-limit": schemas_number().int().min(0).default(0),
});
/** Fields every check has. */
const fields_baseCheck = {
    name: schemas_string().min(1).optional(),
    needs: union([schemas_string(), array(schemas_string())]).optional(),
    if: union([schemas_string(), schemas_boolean(), schemas_number()]).optional(),
    severity: schemas_enum(["critical", "warning"]).default("critical"),
    tags: array(schemas_string()).default([]),
    timeout: expect_schema_duration.optional(),
    retries: retries.optional(),
    bake: bake.optional(),
};
const defaults = strictObject({
    timeout: expect_schema_duration.optional(),
    retries: retries.optional(),
    headers: record(schemas_string(), schemas_string()).optional(),
});

;// CONCATENATED MODULE: ./lib/checks/step.js
// One request with its expectations: the whole of an http check, and one step of a flow.
// With `until` it polls (reacting within one interval) and `fail-when` ends the wait early.











const stepFields = {
    request: request,
    expect: expect.optional(),
    until: expect.optional(),
    "fail-when": expect
        .refine((e) => Object.keys(e).length > 0, "give at least one condition; an empty fail-when would always hold")
        .optional(),
    poll: poll.optional(),
    capture: captures.optional(),
};
const DEFAULT_POLL = { interval: 2000, timeout: 120_000 };
function failedOnes(assertions) {
    return assertions.filter((a) => !a.passed);
}
function capture(ctx, spec, response) {
    const values = {};
    const errors = [];
    let parsed;
    for (const [name, raw] of Object.entries(spec)) {
        const rule = typeof raw === "string" ? { json: raw } : raw;
        let value;
        let source = "";
        if (rule.header !== undefined) {
            source = `header ${rule.header}`;
            value = response.headers[rule.header.toLowerCase()];
        }
        else if (rule.json !== undefined) {
            source = rule.json;
            parsed ??= parseJsonBody(response.text);
            if (parsed.ok) {
                const [node] = queryJson(parsed.value, rule.json);
                if (node !== undefined && node !== null)
                    value = typeof node === "string" ? node : JSON.stringify(node);
            }
        }
        if (value === undefined) {
            errors.push({
                target: `capture ${name}`,
                expected: `a value at ${source || "(no source)"}`,
                actual: "nothing",
                passed: false,
                message: `capture ${name}: ${source || "(no source)"} matched nothing`,
            });
            continue;
        }
        const credential = isCredentialHeader(name) ||
            (rule.header !== undefined && isCredentialHeader(rule.header)) ||
            (rule.json !== undefined && isCredentialHeader(rule.json));
        if (rule.secret || credential)
            ctx.addSecret(value);
        values[name] = value;
    }
    return { values, errors };
}
function describeFailure(sent, failed) {
    const { response } = sent;
    const first = failed[0]?.message ?? "failed";
    const more = failed.length > 1 ? ` (+${failed.length - 1} more)` : "";
    if (!response || response.status < 400)
        return { detail: `${first}${more}` };
    const explained = explainAnswer(response);
    return {
        detail: `${first}${more}${explained.detail ? ` — ${explained.detail}` : ""}`,
        ...(explained.hint ? { hint: explained.hint } : {}),
    };
}
function stepResult(name, outcome, detail, started, exchange, assertions, waiting) {
    return {
        name,
        outcome,
        detail,
        durationMs: Date.now() - started,
        ...(exchange ? { exchange } : {}),
        assertions: [...failedOnes(assertions), ...assertions.filter((a) => a.passed)],
        ...(waiting ? waiting : {}),
    };
}
/** Answers the step's `expect.status` names (even a 5xx): the client neither retries them nor counts them. */
function namedStatuses(expectation) {
    const status = expectation?.status;
    return status === undefined ? undefined : (answer) => statusMatches(status, answer.status);
}
async function runStep(ctx, raw, name, captured = {}) {
    const started = Date.now();
    const step = ctx.render(raw, captured);
    const line = requestLine(step.request);
    let waiting;
    const done = (outcome, detail, sent, assertions = [], values = {}, hint) => ({
        result: stepResult(name, outcome, detail, started, sent?.exchange, assertions, waiting),
        captured: values,
        ...(hint ? { hint } : {}),
    });
    let sent;
    if (step.until || step["fail-when"]) {
        const { interval, timeout } = step.poll ?? DEFAULT_POLL;
        const pollDeadline = Math.min(started + timeout, ctx.deadline);
        let polls = 0;
        let firstPoll;
        // The last answer that was not yet good enough: at the timeout it says why, even when the
        // final poll itself got no answer.
        let lastAnswer;
        let lastChance = false;
        for (;;) {
            polls++;
            // Polls start every `interval` (not `interval` after each answer), so a slow service does
            // not stretch the period and a state change is seen within one interval.
            const pollStarted = Date.now();
            firstPoll ??= pollStarted;
            waiting = { polls, waitedMs: pollStarted - firstPoll };
            sent = await send(ctx, step.request, { deadline: pollDeadline, poll: true });
            if (sent.response && step["fail-when"]) {
                const hit = await evaluateExpect(step["fail-when"], sent.response, { defaultStatus: false });
                if (allPassed(hit)) {
                    const why = hit.map((a) => `${a.target} is ${a.actual}`).join(", ");
                    return done("failed", `${line}: fail-when held after ${plural(polls, "poll")}: ${why}`, sent, hit);
                }
            }
            if (sent.response) {
                const notYet = failedOnes(await evaluateExpect(step.until, sent.response));
                if (notYet.length === 0)
                    break;
                lastAnswer = { sent, waiting: notYet };
            }
            if (ctx.signal.aborted)
                return done("errored", `${line}: stopped while polling`, sent);
            const notReady = () => {
                const after = `not ready after ${formatDuration(Date.now() - started)} (${plural(polls, "poll")})`;
                if (!lastAnswer)
                    return done("errored", `${line}: ${after}, no answer: ${sent.failure?.message}`, sent);
                const reason = lastAnswer.waiting[0]?.message;
                return done("failed", `${line}: ${after}: ${reason}`, lastAnswer.sent, lastAnswer.waiting);
            };
            if (lastChance)
                return notReady();
            let wait = Math.max(0, pollStarted + interval - Date.now());
            if (Date.now() + wait >= pollDeadline) {
                // The next regular poll would start after the timeout: one last poll just before it, so
                // the service gets the whole timeout to get there.
                const finalAt = pollDeadline - (Date.now() - pollStarted) - 10;
                if (finalAt <= Date.now() + 10)
                    return notReady();
                wait = finalAt - Date.now();
                lastChance = true;
            }
            await (0,external_node_timers_promises_namespaceObject.setTimeout)(wait, undefined, { signal: ctx.signal }).catch(() => undefined);
        }
    }
    else {
        const expects = namedStatuses(step.expect);
        sent = await send(ctx, step.request, expects ? { expects } : {});
    }
    if (!sent.response)
        return done("errored", `${line}: ${sent.failure?.message ?? "no response"}`, sent);
    const assertions = await evaluateExpect(step.expect, sent.response);
    const failed = failedOnes(assertions);
    if (failed.length > 0) {
        const { detail, hint } = describeFailure(sent, failed);
        return done("failed", detail, sent, assertions, {}, hint);
    }
    const { values, errors } = step.capture
        ? capture(ctx, step.capture, sent.response)
        : { values: {}, errors: [] };
    if (errors.length > 0)
        return done("failed", errors[0]?.message ?? "capture failed", sent, [...errors, ...assertions]);
    const answered = `${sent.response.status} in ${formatDuration(sent.response.durationMs)}`;
    const passed = waiting && waiting.polls > 1
        ? `${sent.response.status} after waiting ${formatDuration(waiting.waitedMs)} (${plural(waiting.polls, "poll")})`
        : answered;
    return done("passed", passed, sent, assertions, values);
}

;// CONCATENATED MODULE: ./lib/checks/flow.js
// Ordered steps sharing captures: create → poll until terminal → validate evidence.



const step = strictObject({ name: schemas_string().min(1).optional(), ...stepFields });
const fields = { steps: array(step).min(1, "a flow needs at least one step") };
const flowCheck = {
    type: "flow",
    fields,
    async run(ctx) {
        const captured = {};
        const steps = [];
        for (const [i, spec] of ctx.check.steps.entries()) {
            const name = spec.name ?? requestLine(spec.request);
            const run = await runStep(ctx, spec, name, captured);
            steps.push(run.result);
            Object.assign(captured, run.captured);
            if (run.result.outcome !== "passed") {
                // The steps after the one that decided are listed too, so the report shows the whole flow.
                for (const later of ctx.check.steps.slice(i + 1)) {
                    steps.push({
                        name: later.name ?? requestLine(later.request),
                        outcome: "skipped",
                        detail: `not run: step ${i + 1} ${run.result.outcome === "failed" ? "failed" : run.result.outcome}`,
                        durationMs: 0,
                        assertions: [],
                    });
                }
                return {
                    outcome: run.result.outcome === "failed" ? "failed" : "errored",
                    detail: `step ${i + 1}/${ctx.check.steps.length} (${name}): ${run.result.detail}`,
                    ...(run.hint ? { hint: run.hint } : {}),
                    assertions: run.result.assertions,
                    ...(run.result.exchange ? { exchange: run.result.exchange } : {}),
                    steps,
                };
            }
        }
        return {
            outcome: "passed",
            detail: `${steps.length} steps passed`,
            assertions: [],
            steps,
        };
    },
};

;// CONCATENATED MODULE: ./lib/checks/http.js


const { capture: _capture, ...http_fields } = stepFields;
const httpCheck = {
    type: "http",
    fields: http_fields,
    defaultName: (check) => requestLine(check.request),
    async run(ctx) {
        const { result, hint } = await runStep(ctx, ctx.check, ctx.check.request.method);
        return {
            outcome: result.outcome === "passed" ? "passed" : result.outcome === "failed" ? "failed" : "errored",
            detail: result.detail,
            ...(hint ? { hint } : {}),
            assertions: result.assertions,
            ...(result.exchange ? { exchange: result.exchange } : {}),
        };
    },
};

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./lib/checks/idempotency.js
// The idempotency-key contract of a write endpoint, in three sends with one key:
// 1. the original request → 2xx and a resource id;
// 2. the same request again → 2xx and the same id (a replay must not create a second resource);
// 3. the same key with a changed body → `conflict-status` (409 by default): the key is bound to
//    its first request, so a different payload under it is refused, not silently replayed.








const idempotency_fields = {
    request: request,
    "key-header": schemas_string().min(1).default("Idempotency-Key"),
    /** Defaults to a fresh UUID; `smoke-{{ run.id }}` keeps re-runs of a workflow run idempotent. */
    key: schemas_string().min(1).optional(),
    id: jsonPath.default("$.id"),
    conflict: schemas_boolean().default(true),
    "conflict-status": statusSpec.default(409),
    /** The changed body of the third send; by default the request's body with one member added. */
    "conflict-json": unknown().optional(),
    "conflict-body": schemas_string().optional(),
};
const CONFLICT_MEMBER = "deploy-gate-conflict";
function idempotency_isPlainObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
/** The third send's request: the same request with a body that differs from the first. */
function changedRequest(spec, given) {
    const { json: _j, body: _b, form: _f, ...rest } = spec;
    if (given.json !== undefined)
        return { ...rest, json: given.json };
    if (given.body !== undefined)
        return { ...rest, body: given.body };
    const marker = (0,external_node_crypto_.randomUUID)();
    if (idempotency_isPlainObject(spec.json))
        return { ...rest, json: { ...spec.json, [CONFLICT_MEMBER]: marker } };
    if (spec.form !== undefined)
        return { ...rest, form: { ...spec.form, [CONFLICT_MEMBER]: marker } };
    if (spec.body !== undefined) {
        const parsed = parseJsonBody(spec.body);
        if (parsed.ok && idempotency_isPlainObject(parsed.value)) {
            return { ...rest, body: JSON.stringify({ ...parsed.value, [CONFLICT_MEMBER]: marker }) };
        }
    }
    return "the request has no JSON object or form body to change for the conflict send: give conflict-json or conflict-body, or set conflict: false";
}
function extractId(response, path) {
    const body = parseJsonBody(response.text);
    if (!body.ok)
        return { ok: false, why: body.reason };
    let node;
    try {
        [node] = queryJson(body.value, path);
    }
    catch (error) {
        return { ok: false, why: error.message };
    }
    if (node === undefined || node === null)
        return { ok: false, why: `${path} matched nothing` };
    return { ok: true, id: typeof node === "string" ? node : JSON.stringify(node) };
}
const idempotencyCheck = {
    type: "idempotency",
    fields: idempotency_fields,
    defaultName: (check) => `idempotency ${requestLine(check.request)}`,
    async run(ctx) {
        const check = ctx.render(ctx.check);
        const keyHeader = check["key-header"];
        // A key written into the request's own headers counts as `key`; it is sent once, by the check.
        const isKeyHeader = ([name]) => name.toLowerCase() === keyHeader.toLowerCase();
        const ownHeaders = Object.entries(check.request.headers ?? {});
        const ownKey = ownHeaders.find(isKeyHeader)?.[1];
        const spec = {
            ...check.request,
            headers: Object.fromEntries(ownHeaders.filter((h) => !isKeyHeader(h))),
        };
        const key = check.key ?? ownKey ?? (0,external_node_crypto_.randomUUID)();
        const line = requestLine(spec);
        const headers = { [keyHeader]: key };
        const conflictSpec = check.conflict
            ? changedRequest(spec, { json: check["conflict-json"], body: check["conflict-body"] })
            : undefined;
        const rows = [
            { what: "1. original request", expected: "2xx", result: "not sent" },
            { what: "2. replay: same key, same body", expected: "2xx, same id", result: "not sent" },
            ...(check.conflict
                ? [
                    {
                        what: "3. same key, changed body",
                        expected: describeStatus(check["conflict-status"]),
                        result: "not sent",
                    },
                ]
                : []),
        ];
        const assertions = [];
        const finish = (outcome, detail, sent, hint) => ({
            outcome,
            detail,
            ...(hint ? { hint } : {}),
            assertions: [...assertions.filter((a) => !a.passed), ...assertions.filter((a) => a.passed)],
            ...(sent ? { exchange: sent.exchange } : {}),
            tables: [
                {
                    title: `Idempotency contract (${keyHeader}: ${key})`,
                    columns: ["send", "expected", "status", "id", "result"],
                    rows: rows.map((r) => [r.what, r.expected, r.status ?? "", r.id ?? "", r.result]),
                },
            ],
        });
        const assert = (target, expected, actual, passed, message) => {
            assertions.push({ target, expected, actual, passed, message });
        };
        if (typeof conflictSpec === "string")
            return finish("errored", conflictSpec);
        // Sends 1 and 2 must each answer 2xx with a resource id; the id is the send's result.
        const sendForId = async (row, name) => {
            const sent = await send(ctx, spec, { headers });
            const { response } = sent;
            if (!response) {
                row.result = "no answer";
                return {
                    run: finish("errored", `${line} (${name}): ${sent.failure?.message ?? "no response"}`, sent),
                };
            }
            row.status = String(response.status);
            const ok = statusMatches(undefined, response.status);
            assert(`${name} status`, "2xx", row.status, ok, `${name} answered ${response.status}, expected 2xx`);
            if (!ok) {
                row.result = "BROKE: not 2xx";
                const explained = explainAnswer(response);
                const said = explained.detail ? ` — ${explained.detail}` : "";
                return {
                    run: finish("failed", `${name} answered ${response.status}, expected 2xx${said}`, sent, explained.hint),
                };
            }
            const found = extractId(response, check.id);
            if (!found.ok) {
                row.result = "BROKE: no id";
                assert(`${name} ${check.id}`, "a resource id", "nothing", false, `${name}: ${found.why}`);
                const detail = `${name} answered ${response.status} without a resource id: ${found.why} (set id to the JSONPath of the created resource's id)`;
                return { run: finish("failed", detail, sent) };
            }
            row.id = found.id;
            return { id: found.id, sent };
        };
        const first = await sendForId(rows[0], "first send");
        if ("run" in first)
            return first.run;
        rows[0].result = "ok";
        const replay = await sendForId(rows[1], `replay with the same ${keyHeader}`);
        if ("run" in replay)
            return replay.run;
        const original = first.id;
        const same = replay.id === original;
        assert(`replay ${check.id}`, original, replay.id, same, same ? "same resource" : `replay created ${replay.id}`);
        if (!same) {
            rows[1].result = "BROKE: new resource";
            return finish("failed", `replay with the same ${keyHeader} created a new resource (${replay.id} ≠ ${original}): the service ignores the key`, replay.sent);
        }
        rows[1].result = "ok";
        if (!conflictSpec)
            return finish("passed", `replay with the same ${keyHeader} returned the same resource ${original}`);
        // Send 3: the same key with a changed body must be refused.
        const row = rows[2];
        const sent = await send(ctx, conflictSpec, { headers });
        const { response } = sent;
        if (!response) {
            row.result = "no answer";
            return finish("errored", `${line} (changed body): ${sent.failure?.message ?? "no response"}`, sent);
        }
        row.status = String(response.status);
        const expected = describeStatus(check["conflict-status"]);
        const ok = statusMatches(check["conflict-status"], response.status);
        assert("changed body status", expected, row.status, ok, `changed body answered ${response.status}, expected ${expected}`);
        if (ok) {
            row.result = "ok";
            return finish("passed", `replay returned the same resource ${original}; a changed body under the same key got ${response.status}`, sent);
        }
        if (response.status >= 200 && response.status < 300) {
            const found = extractId(response, check.id);
            if (found.ok)
                row.id = found.id;
            row.result = "BROKE: accepted";
            const changed = `the same ${keyHeader} with a changed body`;
            const detail = !found.ok
                ? `${changed} was accepted (${response.status}), expected ${expected}: the service does not bind the key to its first request`
                : found.id === original
                    ? `${changed} was answered ${response.status} with the original ${original}, expected ${expected}: the service silently ignores the changed body`
                    : `${changed} created another resource (${found.id}, ${response.status}), expected ${expected}: the service does not bind the key to its first request`;
            return finish("failed", detail, sent);
        }
        row.result = "BROKE: wrong status";
        const explained = explainAnswer(response);
        return finish("failed", `the same ${keyHeader} with a changed body answered ${response.status}, expected ${expected}${explained.detail ? ` — ${explained.detail}` : ""}`, sent, explained.hint);
    },
};

;// CONCATENATED MODULE: ./lib/checks/jwks.js




// jose is loaded only when a jwks check runs: start-up is on every deploy's critical path.
const loadJose = () => __nccwpck_require__.e(/* import() */ 460).then(__nccwpck_require__.bind(__nccwpck_require__, 6460));
const jwks_fields = {
    /** A path on the base URL or an absolute URL (an identity provider's JWKS). */
    path: schemas_string().min(1).default("/.well-known/jwks.json"),
    headers: record(schemas_string(), union([schemas_string(), schemas_null()])).optional(),
    /** A JWT the service issued; its signature must verify against the set. */
    token: schemas_string().min(1).optional(),
};
/** RFC 7518 private (and symmetric) key members; `oth` carries further RSA primes. */
const PRIVATE_MEMBERS = ["d", "p", "q", "dp", "dq", "qi", "oth", "k"];
/** The algorithm to import a key for when it names none. */
function importAlgorithm(key) {
    if (typeof key.alg === "string")
        return key.alg;
    const enc = key.use === "enc";
    switch (key.kty) {
        case "RSA":
            return enc ? "RSA-OAEP-256" : "RS256";
        case "EC":
            if (enc)
                return "ECDH-ES";
            return { "P-256": "ES256", "P-384": "ES384", "P-521": "ES512" }[String(key.crv)];
        case "OKP":
            return key.crv === "X25519" || key.crv === "X448" ? "ECDH-ES" : "EdDSA";
        case "oct":
            return "HS256";
        default:
            return undefined;
    }
}
function keyName(key, index) {
    return typeof key.kid === "string" ? `kid "${key.kid}"` : `keys[${index}] (no kid)`;
}
function jwks_messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}
/** Every string inside a member's value (`oth` is a list of objects). */
function stringsOf(value) {
    if (typeof value === "string")
        return [value];
    if (Array.isArray(value))
        return value.flatMap(stringsOf);
    if (value !== null && typeof value === "object")
        return Object.values(value).flatMap(stringsOf);
    return [];
}
async function inspectKey(key, index, kidCount, setSize, mask) {
    const problems = [];
    if (typeof key !== "object" || key === null || Array.isArray(key))
        return { problems: [`keys[${index}] is not a JSON object`] };
    const k = key;
    const name = keyName(k, index);
    const leaked = PRIVATE_MEMBERS.filter((m) => Object.hasOwn(k, m));
    // Leaked material is in the response body the report excerpts: mask it before anything is reported.
    for (const m of leaked)
        for (const v of stringsOf(k[m]))
            mask(v);
    if (leaked.length > 0) {
        const what = leaked.includes("k") ? "a symmetric secret" : "private key material";
        problems.push(`SECURITY: ${name} publishes ${what} (member${leaked.length > 1 ? "s" : ""} ${leaked.join(", ")}): rotate that key now`);
    }
    if (typeof k.kid === "string" && (kidCount.get(k.kid) ?? 0) > 1)
        problems.push(`kid "${k.kid}" is used by ${kidCount.get(k.kid)} keys`);
    if (k.kid === undefined && setSize > 1)
        problems.push(`${name}: with several keys every key needs a kid`);
    if (k.kid !== undefined && typeof k.kid !== "string")
        problems.push(`keys[${index}].kid is not a string`);
    if (typeof k.kty !== "string") {
        problems.push(`${name} has no kty`);
        return { problems };
    }
    const alg = importAlgorithm(k);
    if (alg === undefined) {
        problems.push(`${name}: no algorithm known for kty ${k.kty}${k.crv ? ` / crv ${String(k.crv)}` : ""}`);
        return { problems };
    }
    // Import only the public members: importability is about what verifiers will do with it.
    const pub = Object.fromEntries(Object.entries(k).filter(([m]) => !PRIVATE_MEMBERS.includes(m) || k.kty === "oct"));
    try {
        const { importJWK } = await loadJose();
        await importJWK(pub, alg);
    }
    catch (error) {
        problems.push(`${name} cannot be imported (${k.kty}, ${alg}): ${jwks_messageOf(error)}`);
    }
    return { problems };
}
const jwksCheck = {
    type: "jwks",
    fields: jwks_fields,
    async run(ctx) {
        const check = ctx.render(ctx.check);
        if (check.token)
            ctx.addSecret(check.token);
        const sent = await send(ctx, {
            method: "GET",
            path: check.path,
            headers: { Accept: "application/json", ...check.headers },
        });
        const line = `GET ${check.path}`;
        const assertions = [];
        const base = { exchange: sent.exchange };
        const { response } = sent;
        if (!response)
            return {
                ...base,
                outcome: "errored",
                detail: `${line}: ${sent.failure?.message ?? "no response"}`,
                assertions,
            };
        const failed = (detail, extra = {}) => ({
            ...base,
            outcome: "failed",
            detail,
            assertions,
            ...extra,
        });
        if (response.status < 200 || response.status > 299) {
            const explained = explainAnswer(response);
            return failed(`${line} answered ${response.status}, expected 2xx${explained.detail ? ` — ${explained.detail}` : ""}`, explained.hint ? { hint: explained.hint } : {});
        }
        const body = parseJsonBody(response.text);
        if (!body.ok)
            return failed(`${line}: ${body.reason}`);
        const keys = body.value?.keys;
        if (!Array.isArray(keys))
            return failed(`${line}: expected a JSON Web Key Set { "keys": [...] }`);
        if (keys.length === 0)
            return failed(`${line}: the key set is empty: no token can be verified`);
        const kidCount = new Map();
        for (const k of keys) {
            const kid = k?.kid;
            if (typeof kid === "string")
                kidCount.set(kid, (kidCount.get(kid) ?? 0) + 1);
        }
        const reports = await Promise.all(keys.map((k, i) => inspectKey(k, i, kidCount, keys.length, (v) => ctx.addSecret(v))));
        const rows = keys.map((k, i) => {
            const key = (typeof k === "object" && k !== null ? k : {});
            const problems = reports[i]?.problems ?? [];
            return [
                typeof key.kid === "string" ? key.kid : "",
                String(key.kty ?? ""),
                String(key.alg ?? ""),
                String(key.use ?? ""),
                problems.length ? problems.join("; ") : "ok",
            ];
        });
        const tables = [{ title: "JWKS keys", columns: ["kid", "kty", "alg", "use", "result"], rows }];
        const problems = reports.flatMap((r) => r.problems);
        for (const p of problems)
            assertions.push({
                target: "key set",
                expected: "public, importable keys with unique kids",
                actual: p,
                passed: false,
                message: p,
            });
        if (problems.length > 0) {
            // Leaked key material outranks every other problem.
            const first = problems.find((p) => p.startsWith("SECURITY")) ?? problems[0];
            return failed(`${first}${problems.length > 1 ? ` (+${problems.length - 1} more)` : ""}`, { tables });
        }
        const kids = [...kidCount.keys()];
        let verified = "";
        if (check.token) {
            const token = check.token;
            let header;
            const { compactVerify, createLocalJWKSet, decodeProtectedHeader } = await loadJose();
            try {
                header = decodeProtectedHeader(token);
            }
            catch (error) {
                return failed(`token is not a JWT: ${jwks_messageOf(error)}`, { tables });
            }
            const alg = header.alg ?? "no alg";
            const drift = (why) => {
                assertions.push({
                    target: "token signature",
                    expected: "verifies against the key set",
                    actual: why,
                    passed: false,
                    message: why,
                });
                return failed(`signing drift: ${why}`, { tables });
            };
            if (header.kid !== undefined && !kidCount.has(header.kid)) {
                return drift(`the token's kid "${header.kid}" (${alg}) is not in the key set (kids: ${kids.join(", ") || "none"}): the issuer signs with a key the JWKS does not publish`);
            }
            try {
                await compactVerify(token, createLocalJWKSet({ keys: keys }));
            }
            catch (error) {
                const code = error.code;
                const key = header.kid !== undefined ? `the published key "${header.kid}"` : "any published key";
                const why = code === "ERR_JWS_SIGNATURE_VERIFICATION_FAILED"
                    ? `the token (${alg}) does not verify against ${key}: it was signed by a key the JWKS does not publish`
                    : `the token (${alg}${header.kid !== undefined ? `, kid "${header.kid}"` : ""}) cannot be verified against the set: ${jwks_messageOf(error)}`;
                return drift(why);
            }
            assertions.push({
                target: "token signature",
                expected: "verifies against the key set",
                actual: "verified",
                passed: true,
                message: "token verified",
            });
            verified = `; the token (${alg}${header.kid !== undefined ? `, kid "${header.kid}"` : ""}) verifies`;
        }
        return {
            ...base,
            outcome: "passed",
            detail: `${keys.length} key${keys.length > 1 ? "s" : ""} (${kids.join(", ") || "no kids"})${verified}`,
            assertions,
            tables,
        };
    },
};

;// CONCATENATED MODULE: ./lib/assert/thresholds.js
// Numeric thresholds on a measured value — a metric's sum or increase, a ratio, a Prometheus
// sample: how the bounds read and which one a value breaks, said the same way by every check.
/** Six significant digits; `NaN`, `+Inf` and `-Inf` as Prometheus writes them. */
function formatNumber(n) {
    if (Number.isNaN(n))
        return "NaN";
    if (!Number.isFinite(n))
        return n > 0 ? "+Inf" : "-Inf";
    return String(Number(n.toPrecision(6)));
}
/** `= 5 and > 1 and < 10`: the bounds as an expectation; "" when there are none. */
function thresholdText(t) {
    const parts = [];
    if (t.equals !== undefined)
        parts.push(`= ${formatNumber(t.equals)}`);
    if (t.above !== undefined)
        parts.push(`> ${formatNumber(t.above)}`);
    if (t.below !== undefined)
        parts.push(`< ${formatNumber(t.below)}`);
    return parts.join(" and ");
}
/**
 * The bound `value` breaks — `not 5`, `not below 0.05`, `not above 1` — or `NaN`, which meets no
 * bound (a rate over no traffic); undefined when it meets them all.
 */
function breach(value, t) {
    if (Number.isNaN(value))
        return "NaN";
    if (t.equals !== undefined && value !== t.equals)
        return `not ${formatNumber(t.equals)}`;
    if (t.below !== undefined && !(value < t.below))
        return `not below ${formatNumber(t.below)}`;
    if (t.above !== undefined && !(value > t.above))
        return `not above ${formatNumber(t.above)}`;
    return undefined;
}
/** `is 0.07, not below 0.05`, `is NaN`: the breach with the value in it; undefined when none. */
function breaks(value, t) {
    const why = breach(value, t);
    if (why === undefined)
        return undefined;
    return Number.isNaN(value) ? "is NaN" : `is ${formatNumber(value)}, ${why}`;
}

;// CONCATENATED MODULE: ./lib/checks/prometheus-text.js
// The Prometheus text exposition format (0.0.4), parsed by hand: it is small, and the only
// well-kept parsers are Go's. Also tolerates what OpenMetrics adds to it (`# EOF`, exemplars,
// float timestamps) and quoted UTF-8 names (`{"my.metric", "le"="1"}`), since services that
// are asked for text/plain sometimes answer in those.
class ExpositionError extends Error {
    line;
    name = "ExpositionError";
    constructor(line, reason) {
        super(`line ${line}: ${reason}`);
        this.line = line;
    }
}
const METRIC_NAME = /[a-zA-Z_:][a-zA-Z0-9_:]*/y;
const LABEL_NAME = /[a-zA-Z_][a-zA-Z0-9_]*/y;
const FLOAT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const SPECIAL_FLOATS = {
    nan: Number.NaN,
    inf: Number.POSITIVE_INFINITY,
    "+inf": Number.POSITIVE_INFINITY,
    "-inf": Number.NEGATIVE_INFINITY,
    infinity: Number.POSITIVE_INFINITY,
    "+infinity": Number.POSITIVE_INFINITY,
    "-infinity": Number.NEGATIVE_INFINITY,
};
/** `1`, `-2.5e3`, `NaN`, `+Inf` (Go's ParseFloat spellings); undefined for anything else. */
function parseSampleValue(text) {
    if (FLOAT.test(text))
        return Number(text);
    return SPECIAL_FLOATS[text.toLowerCase()];
}
/** Label values escape `\\`, `\"` and `\n`; any other escape is kept as written, as Prometheus does. */
function unescapeLabel(raw) {
    return raw.replace(/\\(.)/gs, (whole, c) => c === "\\" ? "\\" : c === '"' ? '"' : c === "n" ? "\n" : whole);
}
/** HELP text escapes only `\\` and `\n`. */
function unescapeHelp(raw) {
    return raw.replace(/\\([\\n])/g, (_, c) => (c === "n" ? "\n" : "\\"));
}
class LineReader {
    text;
    line;
    pos = 0;
    constructor(text, line) {
        this.text = text;
        this.line = line;
    }
    fail(reason) {
        throw new ExpositionError(this.line, reason);
    }
    skipBlanks() {
        while (this.text[this.pos] === " " || this.text[this.pos] === "\t")
            this.pos++;
    }
    peek() {
        return this.text[this.pos];
    }
    done() {
        return this.pos >= this.text.length;
    }
    match(re) {
        re.lastIndex = this.pos;
        const m = re.exec(this.text);
        if (!m)
            return undefined;
        this.pos += m[0].length;
        return m[0];
    }
    /** A `"…"` string; the opening quote is at the cursor. */
    quoted(what) {
        const start = ++this.pos;
        while (this.pos < this.text.length) {
            const c = this.text[this.pos];
            if (c === "\\")
                this.pos += 2;
            else if (c === '"')
                return unescapeLabel(this.text.slice(start, this.pos++));
            else
                this.pos++;
        }
        return this.fail(`unterminated quoted ${what}`);
    }
    /** Up to the next blank. */
    token() {
        const start = this.pos;
        while (this.pos < this.text.length && this.text[this.pos] !== " " && this.text[this.pos] !== "\t")
            this.pos++;
        return this.text.slice(start, this.pos);
    }
}
function parseComment(text, types, help) {
    const m = /^#[ \t]+(HELP|TYPE)[ \t]+(\S+)(?:[ \t]+(.*))?$/.exec(text);
    if (!m)
        return; // any other comment (`# EOF` included) carries nothing
    const name = m[2] ?? "";
    const rest = m[3] ?? "";
    if (m[1] === "TYPE")
        types.set(name, rest.trim().toLowerCase());
    else
        help.set(name, unescapeHelp(rest));
}
/** `{name="value",…}`; the `{` is at the cursor. A quoted first item without `=` is the metric name. */
function parseLabels(r, name) {
    const labels = {};
    r.pos++;
    let metric = name;
    for (let first = true;; first = false) {
        r.skipBlanks();
        if (r.peek() === "}") {
            r.pos++;
            return { name: metric, labels };
        }
        let label;
        if (r.peek() === '"') {
            const quoted = r.quoted("name");
            r.skipBlanks();
            if (first && metric === undefined && (r.peek() === "," || r.peek() === "}")) {
                metric = quoted;
                if (r.peek() === ",")
                    r.pos++;
                continue;
            }
            label = quoted;
        }
        else {
            label = r.match(LABEL_NAME);
            if (label === undefined)
                r.fail(`expected a label name at column ${r.pos + 1}`);
            r.skipBlanks();
        }
        if (r.peek() !== "=")
            r.fail(`expected = after label ${label}`);
        r.pos++;
        r.skipBlanks();
        if (r.peek() !== '"')
            r.fail(`expected a quoted value for label ${label}`);
        const value = r.quoted(`value of label ${label}`);
        if (Object.hasOwn(labels, label))
            r.fail(`label ${label} is given twice`);
        labels[label] = value;
        r.skipBlanks();
        if (r.peek() === ",")
            r.pos++;
        else if (r.peek() !== "}")
            r.fail(`expected , or } after label ${label}`);
    }
}
function parseSample(r) {
    let name = r.peek() === "{" ? undefined : r.match(METRIC_NAME);
    if (r.peek() !== "{" && name === undefined)
        r.fail("expected a metric name");
    let labels = {};
    if (r.peek() === "{")
        ({ name, labels } = parseLabels(r, name));
    if (name === undefined)
        return r.fail("expected a metric name");
    const beforeValue = r.pos;
    r.skipBlanks();
    if (r.pos === beforeValue && !r.done())
        r.fail(`expected a blank after ${name}`);
    const valueText = r.token();
    if (valueText === "")
        r.fail(`expected a value for ${name}`);
    const value = parseSampleValue(valueText);
    if (value === undefined)
        r.fail(`"${valueText}" is not a number (value of ${name})`);
    r.skipBlanks();
    let timestamp;
    if (!r.done() && r.peek() !== "#") {
        const tsText = r.token();
        if (!FLOAT.test(tsText))
            r.fail(`"${tsText}" is not a timestamp (after the value of ${name})`);
        timestamp = Number(tsText);
        r.skipBlanks();
    }
    // An OpenMetrics exemplar (` # {trace_id="…"} 1`) belongs to the sample and is not needed here.
    if (!r.done() && r.peek() !== "#")
        r.fail(`unexpected text after the value of ${name}`);
    return { name, labels, value, ...(timestamp !== undefined ? { timestamp } : {}) };
}
/** Parses a whole exposition; throws ExpositionError naming the line (from 1) on malformed input. */
function parseExposition(text) {
    const samples = [];
    const types = new Map();
    const help = new Map();
    const lines = text.split("\n");
    for (const [i, raw] of lines.entries()) {
        const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
        const r = new LineReader(line, i + 1);
        r.skipBlanks();
        if (r.done())
            continue;
        if (r.peek() === "#") {
            parseComment(line.slice(r.pos), types, help);
            continue;
        }
        samples.push(parseSample(r));
    }
    return { samples, types, help };
}
/** The family a series belongs to: `x_bucket`, `x_sum`, `x_count` (and `x_total`, `x_created`) are part of `x`. */
function familyNames(name) {
    const m = /^(.*)_(bucket|sum|count|total|created|gsum|gcount|info)$/.exec(name);
    return m?.[1] ? [name, m[1]] : [name];
}

;// CONCATENATED MODULE: ./lib/checks/metrics.js
// Series assertions on a service's own Prometheus endpoint, with no Prometheus server: the
// matching series of a metric are summed and compared; with `window` the endpoint is scraped
// twice and the increase over the window is compared, and `ratio` divides two increases
// (an error-rate SLO straight from the service).









// Metacharacters that made an old `/…/` label value a regex; without them it was exact anyway.
const REGEX_META = /[.*+?^$()[\]{}|\\]/;
const OLD_REGEX_FORM = /^\/(.+)\/([dgimsuvy]*)$/s;
/**
 * A label value: a string is matched exactly (PromQL `=`), `{ matches }` is a regex over the
 * whole value (PromQL `=~`), `{ equals }` an exact value spelt out; `""` matches an absent label.
 */
const labelValue = union([
    schemas_string().superRefine((value, ctx) => {
        // Label values in /slashes/ used to be regexes: one that reads as a regex must not become a
        // literal that matches nothing (a ratio whose numerator silently drops to 0 passes).
        const old = OLD_REGEX_FORM.exec(value);
        if (!old || !REGEX_META.test(old[1] ?? ""))
            return;
        ctx.addIssue({
            code: "custom",
            message: `${JSON.stringify(clip(value))} is now matched exactly (PromQL =), not as a regular expression; write { matches: ${JSON.stringify(clip(old[1] ?? ""))} } for the regex or { equals: ${JSON.stringify(clip(value))} } for the literal`,
            input: value,
        });
    }),
    strictObject({
        matches: schemas_string().superRefine((pattern, ctx) => {
            const message = regexIssue(pattern, "anchored", (text) => `{ equals: ${JSON.stringify(text)} }`);
            if (message)
                ctx.addIssue({ code: "custom", message, input: pattern });
        }),
    }),
    strictObject({ equals: schemas_string() }),
])
    .meta({
    description: 'An exact value (PromQL =), { matches: "5.." } for a regex over the whole value (=~), or { equals }',
});
const labels = record(schemas_string(), labelValue);
const series = strictObject({ metric: schemas_string().min(1), labels: labels.optional() });
const metrics_assertion = series
    .extend({
    exists: schemas_boolean().optional(),
    equals: schemas_number().optional(),
    below: schemas_number().optional(),
    above: schemas_number().optional(),
})
    .refine((a) => a.exists !== undefined || a.equals !== undefined || a.below !== undefined || a.above !== undefined, "give exists, equals, below or above");
const ratio = strictObject({ of: series, to: series, below: schemas_number().optional(), above: schemas_number().optional() })
    .refine((r) => r.below !== undefined || r.above !== undefined, "give below or above for the ratio");
const metrics_fields = {
    path: schemas_string().min(1).default("/metrics"),
    headers: record(schemas_string(), union([schemas_string(), schemas_null()])).optional(),
    expect: array(metrics_assertion).default([]),
    window: expect_schema_duration.optional(),
    ratio: ratio.optional(),
};
const ACCEPT = "text/plain;version=0.0.4;q=1,*/*;q=0.1";
function labelMatcher(expected) {
    if (typeof expected !== "string" && "matches" in expected) {
        // The template was rendered; the pattern compiled when the config loaded.
        const re = new RegExp(`^(?:${expected.matches})$`);
        return (v) => re.test(v);
    }
    const exact = typeof expected === "string" ? expected : expected.equals;
    return (v) => v === exact;
}
/** `code=~"5.."`, `route="/v1/tasks"`: one label matcher as PromQL writes it. */
function labelText(name, value) {
    return typeof value !== "string" && "matches" in value
        ? `${name}=~${JSON.stringify(value.matches)}`
        : `${name}=${JSON.stringify(typeof value === "string" ? value : value.equals)}`;
}
function selectorText(s) {
    const parts = Object.entries(s.labels ?? {}).map(([k, v]) => labelText(k, v));
    return parts.length ? `${s.metric}{${parts.join(",")}}` : s.metric;
}
function seriesKey(sample) {
    return JSON.stringify([
        sample.name,
        Object.entries(sample.labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    ]);
}
function matching(exposition, s) {
    const matchers = Object.entries(s.labels ?? {}).map(([k, v]) => [k, labelMatcher(v)]);
    return exposition.samples.filter((x) => x.name === s.metric && matchers.every(([k, match]) => match(x.labels[k] ?? "")));
}
/** The metric is exposed at all (a series with its name, or its family's `# TYPE`), whatever the labels. */
function familyExists(exposition, metric) {
    return (exposition.samples.some((x) => x.name === metric) ||
        familyNames(metric).some((n) => exposition.types.has(n)));
}
const SEEN_LIMIT = 10;
function seenValues(samples, label) {
    const values = [...new Set(samples.map((x) => x.labels[label] ?? ""))].sort();
    const shown = values.slice(0, SEEN_LIMIT).map((v) => (v === "" ? "(none)" : clip(v, 60)));
    const more = values.length > SEEN_LIMIT ? `, … (${values.length - SEEN_LIMIT} more)` : "";
    return `${shown.join(", ")}${more}`;
}
/**
 * Why no series matches `s`, with the values its labels do have, so a typo is visible:
 * `no series of http_requests_total has route="/v1/orders"; seen: /v1/orders/, /v1/tasks`.
 */
function noSeriesReason(exposition, s) {
    if (!familyExists(exposition, s.metric))
        return "the metric is not exposed";
    const samples = exposition.samples.filter((x) => x.name === s.metric);
    const given = Object.entries(s.labels ?? {});
    if (samples.length === 0 || given.length === 0)
        return `${s.metric} has no series`;
    // The labels no series matches at all are the typo; when each matches some series, it is the combination.
    const culprits = given.filter(([k, v]) => {
        const match = labelMatcher(v);
        return !samples.some((x) => match(x.labels[k] ?? ""));
    });
    const named = culprits.length ? culprits : given;
    const wanted = named.map(([k, v]) => labelText(k, v)).join(", ");
    const together = culprits.length ? "" : " together";
    const seen = named.length === 1
        ? `seen: ${seenValues(samples, named[0][0])}`
        : `seen ${named.map(([k]) => `${k}: ${seenValues(samples, k)}`).join("; ")}`;
    return `no series of ${s.metric} has ${wanted}${together}; ${seen}`;
}
/**
 * Increase of the matching series between two scrapes, summed. A series whose value went down
 * was reset (the process restarted): its whole second value is the increase, as in PromQL.
 * A series born inside the window counts from zero: services often create a counter's series
 * on its first increment (the first 5xx), and that increment is exactly what the window is for.
 */
function increase(before, after, s) {
    const earlier = new Map(matching(before, s).map((x) => [seriesKey(x), x.value]));
    let value = 0;
    const now = matching(after, s);
    for (const x of now) {
        const prior = earlier.get(seriesKey(x)) ?? 0;
        value += x.value >= prior ? x.value - prior : x.value;
    }
    return { value, series: now.length };
}
function sum(samples) {
    return samples.reduce((acc, x) => acc + x.value, 0);
}
async function scrape(ctx, path, headers) {
    const sent = await send(ctx, { method: "GET", path, headers: { Accept: ACCEPT, ...headers } });
    const { response } = sent;
    const line = `GET ${path}`;
    if (!response)
        return {
            exchange: sent.exchange,
            error: { outcome: "errored", detail: `${line}: ${sent.failure?.message ?? "no response"}` },
        };
    if (response.status < 200 || response.status > 299) {
        const explained = explainAnswer(response);
        return {
            exchange: sent.exchange,
            error: {
                outcome: "failed",
                detail: `${line} answered ${response.status}, expected 2xx${explained.detail ? ` — ${explained.detail}` : ""}`,
                ...(explained.hint ? { hint: explained.hint } : {}),
            },
        };
    }
    if (response.truncated)
        return {
            exchange: sent.exchange,
            error: { outcome: "failed", detail: `${line}: the exposition is larger than the response size limit` },
        };
    try {
        return { exposition: parseExposition(response.text), exchange: sent.exchange };
    }
    catch (error) {
        if (!(error instanceof ExpositionError))
            throw error;
        return {
            exchange: sent.exchange,
            error: { outcome: "failed", detail: `${line}: not Prometheus text exposition: ${error.message}` },
        };
    }
}
const metricsCheck = {
    type: "metrics",
    fields: metrics_fields,
    async run(ctx) {
        const check = ctx.render(ctx.check);
        const done = (outcome, detail, exchange, extra = {}) => ({
            outcome,
            detail,
            assertions: [],
            exchange,
            ...extra,
        });
        const first = await scrape(ctx, check.path, check.headers);
        if (first.error || !first.exposition) {
            const { outcome, detail, hint } = first.error ?? {
                outcome: "errored",
                detail: "no exposition",
            };
            return done(outcome, detail, first.exchange, hint ? { hint } : {});
        }
        let before;
        let after = first.exposition;
        let exchange = first.exchange;
        const window = check.window;
        if (window !== undefined) {
            const left = ctx.deadline - Date.now();
            if (window >= left) {
                return done("errored", `window ${formatDuration(window)} does not fit before the check's deadline (in ${formatDuration(Math.max(0, left))})`, exchange);
            }
            await (0,external_node_timers_promises_namespaceObject.setTimeout)(window, undefined, { signal: ctx.signal }).catch(() => undefined);
            if (ctx.signal.aborted)
                return done("errored", "stopped while waiting for the second scrape", exchange);
            const second = await scrape(ctx, check.path, check.headers);
            if (second.error || !second.exposition) {
                const { outcome, detail, hint } = second.error ?? {
                    outcome: "errored",
                    detail: "no exposition",
                };
                return done(outcome, `second scrape: ${detail}`, second.exchange, hint ? { hint } : {});
            }
            before = first.exposition;
            after = second.exposition;
            exchange = second.exchange;
        }
        const over = window !== undefined ? ` over ${formatDuration(window)}` : "";
        const measure = (s) => before
            ? increase(before, after, s)
            : { value: sum(matching(after, s)), series: matching(after, s).length };
        const assertions = [];
        const rows = [];
        const record = (target, expected, actual, seriesCount, failure) => {
            assertions.push({
                target,
                expected,
                actual,
                passed: failure === undefined,
                message: failure ?? `${target} ${actual}`,
            });
            rows.push([target, expected, actual, seriesCount, failure === undefined ? "ok" : "FAILED"]);
        };
        for (const a of check.expect) {
            const target = selectorText(a);
            const { value, series: n } = measure(a);
            const present = before ? matching(after, a).length > 0 : n > 0;
            if (a.exists !== undefined) {
                const ok = present === a.exists;
                const why = a.exists
                    ? `${target} is absent: ${noSeriesReason(after, a)}`
                    : `${target} is exposed but should not be`;
                record(target, a.exists ? "exists" : "absent", present ? "exists" : "absent", String(n), ok ? undefined : why);
            }
            if (a.equals !== undefined || a.below !== undefined || a.above !== undefined) {
                const expected = `${before ? "increase " : ""}${thresholdText(a)}`;
                if (!present) {
                    record(target, expected, "absent", "0", `${target} is absent: ${noSeriesReason(after, a)}`);
                }
                else {
                    const why = breaks(value, a);
                    record(target, expected, formatNumber(value), String(n), why ? `${target}${before ? ` increase${over}` : ""} ${why}` : undefined);
                }
            }
        }
        let ratioText = "";
        if (check.ratio) {
            const r = check.ratio;
            const of = selectorText(r.of);
            const to = selectorText(r.to);
            const target = `${of} / ${to}`;
            const expected = thresholdText(r);
            if (!familyExists(after, r.to.metric) || matching(after, r.to).length === 0) {
                record(target, expected, "absent", "0", `ratio denominator ${to} is absent: ${noSeriesReason(after, r.to)}`);
            }
            else if (!familyExists(after, r.of.metric)) {
                record(target, expected, "absent", "0", `ratio numerator ${r.of.metric} is not exposed (check the metric name)`);
            }
            else {
                // A numerator with no matching series yet (no errors ever) is zero, not absent.
                const num = measure(r.of).value;
                const den = measure(r.to).value;
                if (den === 0) {
                    record(target, expected, `${formatNumber(num)} / 0`, "", `ratio undefined: ${to} ${before ? `did not increase${over}` : "is 0"} (no traffic to judge)`);
                }
                else {
                    const value = num / den;
                    const why = breaks(value, r);
                    // A numerator with no series reads as zero errors; say so, in case a label value is mistyped.
                    const none = matching(after, r.of).length === 0 ? `; numerator: ${noSeriesReason(after, r.of)}` : "";
                    ratioText = `ratio ${formatNumber(value)} (${formatNumber(num)} / ${formatNumber(den)})${none}`;
                    record(target, expected, `${formatNumber(value)} (${formatNumber(num)} / ${formatNumber(den)})`, "", why ? `${target}${over} ${why}` : undefined);
                }
            }
        }
        const tables = rows.length
            ? [
                {
                    title: `Metrics${over ? ` (increase${over})` : ""}`,
                    columns: ["series", "expected", "actual", "series matched", "result"],
                    rows,
                },
            ]
            : [];
        const failed = assertions.filter((a) => !a.passed);
        const ordered = [...failed, ...assertions.filter((a) => a.passed)];
        if (failed.length > 0) {
            const more = failed.length > 1 ? ` (+${failed.length - 1} more)` : "";
            return done("failed", `${failed[0]?.message}${more}`, exchange, { assertions: ordered, tables });
        }
        const what = assertions.length
            ? `${assertions.length} assertion${assertions.length > 1 ? "s hold" : " holds"}${over}`
            : "exposition parsed";
        return done("passed", `${what} (${after.samples.length} samples)${ratioText ? `; ${ratioText}` : ""}`, exchange, {
            assertions: ordered,
            tables,
        });
    },
};

;// CONCATENATED MODULE: ./lib/checks/prometheus.js
// The SLO gate: an instant PromQL query against a Prometheus server's HTTP API, every returned
// sample compared with the thresholds. An empty result fails (fail closed) unless allowed;
// Prometheus's own error (`{ status: "error", errorType, error }`) is shown verbatim.






const prometheus_fields = {
    /** The Prometheus server's base URL (not the service's). */
    url: schemas_string().min(1),
    query: schemas_string().min(1),
    below: schemas_number().optional(),
    above: schemas_number().optional(),
    "allow-empty": schemas_boolean().default(false),
    headers: record(schemas_string(), union([schemas_string(), schemas_null()])).optional(),
};
const answer = looseObject({
    status: schemas_string(),
    data: looseObject({ resultType: schemas_string(), result: unknown() }).optional(),
    errorType: schemas_string().optional(),
    error: schemas_string().optional(),
    warnings: array(schemas_string()).optional(),
});
const vectorItem = looseObject({
    metric: record(schemas_string(), schemas_string()).default({}),
    value: tuple([schemas_number(), schemas_string()]),
});
const matrixItem = looseObject({
    metric: record(schemas_string(), schemas_string()).default({}),
    values: array(tuple([schemas_number(), schemas_string()])),
});
function seriesText(metric) {
    const { __name__: name = "", ...labels } = metric;
    const parts = Object.entries(labels).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
    return `${name}{${parts.join(", ")}}`;
}
/** Every sample of a query result; undefined when the result is not a vector, matrix or scalar. */
function samplesOf(resultType, result) {
    const sample = (series, text) => ({ series, value: Number(text), text });
    if (resultType === "vector") {
        const items = array(vectorItem).safeParse(result);
        return items.success ? items.data.map((i) => sample(seriesText(i.metric), i.value[1])) : undefined;
    }
    if (resultType === "matrix") {
        const items = array(matrixItem).safeParse(result);
        return items.success
            ? items.data.flatMap((i) => i.values.map((v) => sample(seriesText(i.metric), v[1])))
            : undefined;
    }
    if (resultType === "scalar") {
        const value = tuple([schemas_number(), schemas_string()]).safeParse(result);
        return value.success ? [sample("scalar", value.data[1])] : undefined;
    }
    return undefined;
}
const MAX_ROWS = 20;
const prometheusCheck = {
    type: "prometheus",
    fields: prometheus_fields,
    defaultName: (check) => `prometheus ${display_text_oneLine(check.query, 80)}`,
    async run(ctx) {
        const check = ctx.render(ctx.check);
        const { below, above, query } = check;
        const url = joinUrl(check.url, "/api/v1/query");
        const sent = await send(ctx, {
            method: "GET",
            url,
            query: { query },
            headers: { Accept: "application/json", ...check.headers },
        });
        const base = { exchange: sent.exchange };
        const assertions = [];
        const { response } = sent;
        if (!response)
            return {
                ...base,
                outcome: "errored",
                detail: `Prometheus at ${check.url}: ${sent.failure?.message ?? "no response"}`,
                assertions,
            };
        const failed = (detail, extra = {}) => ({
            ...base,
            outcome: "failed",
            detail,
            assertions,
            ...extra,
        });
        const body = parseJsonBody(response.text);
        const parsed = body.ok ? answer.safeParse(body.value) : undefined;
        if (parsed?.success && parsed.data.status === "error") {
            const { errorType = "error", error = "" } = parsed.data;
            return failed(`Prometheus ${errorType} (${response.status}): ${display_text_oneLine(error, 500)}`);
        }
        if (response.status < 200 ||
            response.status > 299 ||
            !parsed?.success ||
            parsed.data.status !== "success" ||
            !parsed.data.data) {
            const explained = explainAnswer(response);
            const why = !body.ok
                ? body.reason
                : "expected a Prometheus API answer { status, data: { resultType, result } }";
            return failed(`Prometheus answered ${response.status}: ${explained.detail ?? why}`, explained.hint ? { hint: explained.hint } : {});
        }
        const { resultType, result } = parsed.data.data;
        const samples = samplesOf(resultType, result);
        if (!samples)
            return failed(`query returned a ${resultType}; expected a vector, matrix or scalar`);
        const warnings = parsed.data.warnings?.length
            ? ` (Prometheus warned: ${display_text_oneLine(parsed.data.warnings.join("; "), 300)})`
            : "";
        if (samples.length === 0) {
            if (check["allow-empty"])
                return { ...base, outcome: "passed", detail: `empty result (allowed)${warnings}`, assertions };
            assertions.push({
                target: "result",
                expected: "at least one sample",
                actual: "empty",
                passed: false,
                message: "empty result",
            });
            return failed(`the query returned no samples (fail closed; set allow-empty: true if that is expected)${warnings}`);
        }
        const threshold = thresholdText({ below, above });
        const verdicts = samples.map((s) => ({ s, why: breach(s.value, { below, above }) }));
        for (const { s, why } of verdicts) {
            assertions.push({
                target: s.series,
                expected: threshold || "a sample",
                actual: s.text,
                passed: !why,
                message: why ? `${s.series} = ${s.text}: ${why}` : `${s.series} = ${s.text}`,
            });
        }
        const bad = verdicts.filter((v) => v.why);
        const shown = [...bad, ...verdicts.filter((v) => !v.why)].slice(0, MAX_ROWS);
        const rows = shown.map(({ s, why }) => [s.series, s.text, why ? `FAILED: ${why}` : "ok"]);
        if (verdicts.length > MAX_ROWS)
            rows.push([`… ${verdicts.length - MAX_ROWS} more samples`, "", ""]);
        const tables = [
            { title: `Prometheus: ${display_text_oneLine(query, 200)}`, columns: ["series", "value", "result"], rows },
        ];
        const ordered = [...assertions.filter((a) => !a.passed), ...assertions.filter((a) => a.passed)];
        if (bad.length > 0) {
            const [firstBad] = bad;
            const more = bad.length > 1 ? ` (+${bad.length - 1} more)` : "";
            return failed(`${bad.length} of ${samples.length} sample${samples.length > 1 ? "s" : ""} break ${threshold}: ${firstBad?.s.series} = ${firstBad?.s.text}${more}${warnings}`, {
                assertions: ordered,
                tables,
            });
        }
        const values = samples.map((s) => s.value);
        const range = samples.length > 1
            ? `, from ${formatNumber(Math.min(...values))} to ${formatNumber(Math.max(...values))}`
            : ` = ${samples[0]?.text}`;
        return {
            ...base,
            outcome: "passed",
            detail: `${samples.length} sample${samples.length > 1 ? "s" : ""}${threshold ? ` ${threshold}` : ""}${range}${warnings}`,
            assertions: ordered,
            tables,
        };
    },
};

;// CONCATENATED MODULE: ./lib/http/retry.js
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const IDEMPOTENCY_HEADERS = new Set(["idempotency-key", "x-idempotency-key"]);
// What a keep-alive socket the server already closed fails with.
const STALE_SOCKET_CODES = new Set(["ECONNRESET", "EPIPE"]);
/**
 * Wait before retry number `retry` (1 for the first retry): exponential with full jitter
 * (a uniform draw below the exponential ceiling), so retrying clients spread out.
 */
function backoffMs(retry, options = {}, random = Math.random) {
    const baseMs = options.baseMs ?? 200;
    const maxMs = options.maxMs ?? 5000;
    const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, retry - 1));
    return Math.floor(random() * ceiling);
}
/** `Retry-After` as milliseconds from `now`: delta-seconds or an HTTP date; undefined when unreadable. */
function parseRetryAfter(value, now) {
    if (value === undefined)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    // Date.parse also accepts bare numbers and ISO fragments; an HTTP date always names its weekday or month.
    if (!/[a-z]/i.test(trimmed))
        return undefined;
    const at = Date.parse(trimmed);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
/** Sending the request twice does no harm: a safe method, or the caller gave it an idempotency key. */
function isIdempotent(method, headers) {
    if (SAFE_METHODS.has(method.toUpperCase()))
        return true;
    return Object.keys(headers).some((name) => IDEMPOTENCY_HEADERS.has(name.toLowerCase()));
}
/** The error a keep-alive socket closed by the server gives when a request is written to it. */
function isStaleSocketError(outcome) {
    if (outcome.kind !== "connection")
        return false;
    return ((outcome.code !== undefined && STALE_SOCKET_CODES.has(outcome.code)) ||
        /socket hang up/i.test(outcome.message));
}
/** A Retry-After wait plus a little jitter (up to one backoff base), so clients told the same time spread out. */
function retryAfterWaitMs(retryAfterMs, options = {}, random = Math.random) {
    return retryAfterMs + Math.floor(random() * (options.baseMs ?? 200));
}

;// CONCATENATED MODULE: ./lib/checks/rate-limit.js
// Rate limiting as clients depend on it: the limit headers are present and coherent, and with
// `burst: N` the limit is enforced (a 429 with Retry-After within N requests) and lifted again
// once Retry-After has passed. Bounded: at most N burst requests plus one recovery request,
// and no wait that would pass max-wait or the check's deadline.








const rate_limit_fields = {
    request: request,
    "limit-header": schemas_string().min(1).default("x-ratelimit-limit"),
    "remaining-header": schemas_string().min(1).default("x-ratelimit-remaining"),
    "reset-header": schemas_string().min(1).default("x-ratelimit-reset"),
    burst: schemas_number().int().min(1).max(10_000).optional(),
    /** The longest Retry-After the check will wait out before its recovery request. */
    "max-wait": expect_schema_duration.default(60_000),
};
const DAY_S = 86_400;
// Quotas reset at most monthly; a reset further away than this is a unit mistake.
const MAX_RESET_S = 31 * DAY_S;
// Epoch resets may lag our clock a little.
const CLOCK_SKEW_S = 60;
// Margin past Retry-After: a fixed window rounds to whole seconds on the server.
const RECOVERY_MARGIN_MS = 250;
function rate_limit_header(h, name) {
    return h[name.toLowerCase()];
}
function rate_limit_count(value) {
    return /^\s*\d+\s*$/.test(value) ? Number(value) : undefined;
}
/** Seconds until the reset: delta-seconds, or an epoch in seconds or milliseconds (GitHub uses epoch seconds). */
function resetInSeconds(value, nowMs) {
    if (!/^\s*\d+(\.\d+)?\s*$/.test(value))
        return undefined;
    const n = Number(value);
    if (n >= 1e12)
        return (n - nowMs) / 1000;
    if (n >= 1e9)
        return n - nowMs / 1000;
    return n;
}
/** What is wrong with one response's rate-limit headers; an empty list when they are present and coherent. */
function limitHeaderProblems(headers, names, nowMs) {
    const missing = [names.limit, names.remaining, names.reset].filter((n) => rate_limit_header(headers, n) === undefined);
    if (missing.length > 0)
        return [`${missing.join(", ")} ${missing.length > 1 ? "are" : "is"} missing`];
    const problems = [];
    const limitText = rate_limit_header(headers, names.limit) ?? "";
    const remainingText = rate_limit_header(headers, names.remaining) ?? "";
    const resetText = rate_limit_header(headers, names.reset) ?? "";
    const limit = rate_limit_count(limitText);
    const remaining = rate_limit_count(remainingText);
    if (limit === undefined)
        problems.push(`${names.limit} is "${limitText}", not a whole number`);
    else if (limit === 0)
        problems.push(`${names.limit} is 0: no request could ever pass`);
    if (remaining === undefined)
        problems.push(`${names.remaining} is "${remainingText}", not a whole number`);
    if (limit !== undefined && remaining !== undefined && remaining > limit) {
        problems.push(`${names.remaining} (${remaining}) is above ${names.limit} (${limit})`);
    }
    const reset = resetInSeconds(resetText, nowMs);
    if (reset === undefined)
        problems.push(`${names.reset} is "${resetText}", not seconds or an epoch time`);
    else if (reset < -CLOCK_SKEW_S)
        problems.push(`${names.reset} (${resetText}) is ${formatDuration(-reset * 1000)} in the past`);
    else if (reset > MAX_RESET_S)
        problems.push(`${names.reset} (${resetText}) is ${Math.round(reset / DAY_S)} days away`);
    return problems;
}
function row(p, names) {
    const r = p.sent.response;
    const h = r?.headers ?? {};
    return [
        p.n,
        r ? String(r.status) : (p.sent.failure?.message ?? "no answer"),
        rate_limit_header(h, names.limit) ?? "",
        rate_limit_header(h, names.remaining) ?? "",
        rate_limit_header(h, names.reset) ?? "",
        rate_limit_header(h, "retry-after") ?? "",
    ];
}
const TABLE_HEAD = 3;
const TABLE_TAIL = 10;
function table(probes, names) {
    const rows = probes.map((p) => row(p, names));
    const shown = rows.length > TABLE_HEAD + TABLE_TAIL + 1
        ? [
            ...rows.slice(0, TABLE_HEAD),
            [`… ${rows.length - TABLE_HEAD - TABLE_TAIL} more`, "", "", "", "", ""],
            ...rows.slice(-TABLE_TAIL),
        ]
        : rows;
    return [
        {
            title: "Rate-limit probes",
            columns: ["request", "status", names.limit, names.remaining, names.reset, "retry-after"],
            rows: shown,
        },
    ];
}
function is2xx(status) {
    return status >= 200 && status < 300;
}
/**
 * A burst is sent to provoke the limit: every answer is seen as it is (no retry may hide or wait
 * out a 429), and none counts against the service's circuit, whatever the overload made it say.
 */
const BURST = { retries: 0, expects: () => true };
const rateLimitCheck = {
    type: "rate-limit",
    fields: rate_limit_fields,
    defaultName: (check) => `rate-limit ${requestLine(check.request)}`,
    async run(ctx) {
        const check = ctx.render(ctx.check);
        const spec = check.request;
        const line = requestLine(spec);
        const names = {
            limit: check["limit-header"],
            remaining: check["remaining-header"],
            reset: check["reset-header"],
        };
        const burst = check.burst;
        const probes = [];
        const assertions = [];
        const finish = (outcome, detail, deciding, hint) => ({
            outcome,
            detail,
            ...(hint ? { hint } : {}),
            assertions,
            ...(deciding ? { exchange: deciding.exchange } : {}),
            tables: table(probes, names),
        });
        // Under a burst every answer must be seen as it is: no client-side retry may hide (or wait out) a 429.
        const probe = async (n) => {
            const sent = await send(ctx, spec, burst === undefined ? {} : BURST);
            probes.push({ n, sent });
            return sent;
        };
        const unexpected = (sent, response, what) => {
            const explained = explainAnswer(response);
            assertions.push({
                target: `${what} status`,
                expected: "2xx",
                actual: String(response.status),
                passed: false,
                message: `${what} answered ${response.status}`,
            });
            return finish("failed", `${what} answered ${response.status}, expected 2xx${explained.detail ? ` — ${explained.detail}` : ""}`, sent, explained.hint);
        };
        const incoherent = (sent, response, what) => {
            const problems = limitHeaderProblems(response.headers, names, Date.now());
            if (problems.length === 0)
                return undefined;
            for (const p of problems)
                assertions.push({
                    target: "rate-limit headers",
                    expected: "present and coherent",
                    actual: p,
                    passed: false,
                    message: p,
                });
            return finish("failed", `${what}: ${problems.join("; ")}`, sent);
        };
        if (burst === undefined) {
            const sent = await probe("1");
            const { response } = sent;
            if (!response)
                return finish("errored", `${line}: ${sent.failure?.message ?? "no response"}`, sent);
            if (!is2xx(response.status))
                return unexpected(sent, response, line);
            const wrong = incoherent(sent, response, line);
            if (wrong)
                return wrong;
            const h = response.headers;
            const resetMs = Math.max(0, (resetInSeconds(rate_limit_header(h, names.reset) ?? "", Date.now()) ?? 0) * 1000);
            return finish("passed", `${rate_limit_header(h, names.remaining)} of ${rate_limit_header(h, names.limit)} left, resets in ${formatDuration(resetMs)}`, sent);
        }
        let limited;
        let last;
        for (let n = 1; n <= burst && !limited; n++) {
            const sent = await probe(`burst ${n}/${burst}`);
            last = sent;
            const { response } = sent;
            if (!response)
                return finish("errored", `${line} (burst request ${n}): ${sent.failure?.message ?? "no response"}`, sent);
            if (response.status === 429)
                limited = { sent, response, n };
            else if (!is2xx(response.status))
                return unexpected(sent, response, `burst request ${n} of ${burst}`);
            else {
                const wrong = incoherent(sent, response, `burst request ${n} of ${burst}`);
                if (wrong)
                    return wrong;
            }
        }
        if (!limited) {
            const h = last?.response?.headers ?? {};
            const left = rate_limit_header(h, names.remaining);
            assertions.push({
                target: "burst",
                expected: "a 429",
                actual: `no 429 in ${burst} requests`,
                passed: false,
                message: "the limit is not enforced",
            });
            return finish("failed", `no 429 after a burst of ${burst} requests${left !== undefined ? ` (the last answer still said ${names.remaining}: ${left})` : ""}: the limit is not enforced`, last);
        }
        const { response: tooMany, n } = limited;
        const retryAfter = rate_limit_header(tooMany.headers, "retry-after");
        const waitMs = parseRetryAfter(retryAfter, Date.now());
        if (retryAfter === undefined || waitMs === undefined) {
            const why = retryAfter === undefined ? "without Retry-After" : `with an unreadable Retry-After: "${retryAfter}"`;
            assertions.push({
                target: "header retry-after",
                expected: "seconds or an HTTP date",
                actual: retryAfter ?? "missing",
                passed: false,
                message: `429 ${why}`,
            });
            return finish("failed", `429 after ${n} of ${burst} requests, but ${why}: clients cannot tell when to come back`, limited.sent);
        }
        const wait = waitMs + RECOVERY_MARGIN_MS;
        if (waitMs > check["max-wait"]) {
            return finish("failed", `429 after ${n} of ${burst} requests, but Retry-After asks for ${formatDuration(waitMs)}, more than max-wait ${formatDuration(check["max-wait"])}: recovery not verified`, limited.sent);
        }
        const left = ctx.deadline - Date.now();
        if (wait >= left) {
            return finish("failed", `429 after ${n} of ${burst} requests; Retry-After asks for ${formatDuration(waitMs)} but the check's deadline is in ${formatDuration(Math.max(0, left))}: recovery not verified`, limited.sent);
        }
        ctx.log(`429 after ${n} requests; waiting ${formatDuration(wait)} (Retry-After: ${retryAfter})`);
        await (0,external_node_timers_promises_namespaceObject.setTimeout)(wait, undefined, { signal: ctx.signal }).catch(() => undefined);
        if (ctx.signal.aborted)
            return finish("errored", "stopped while waiting out Retry-After", limited.sent);
        const sent = await probe("recovery");
        const { response } = sent;
        if (!response)
            return finish("errored", `${line} (recovery): ${sent.failure?.message ?? "no response"}`, sent);
        const recovered = is2xx(response.status);
        assertions.push({
            target: "recovery status",
            expected: "2xx",
            actual: String(response.status),
            passed: recovered,
            message: recovered ? `recovered with ${response.status}` : `still ${response.status} after Retry-After`,
        });
        if (!recovered) {
            const still = response.status === 429
                ? `still 429 (Retry-After: ${rate_limit_header(response.headers, "retry-after") ?? "none"})`
                : `answered ${response.status}`;
            return finish("failed", `no recovery: after waiting out Retry-After: ${retryAfter} (${formatDuration(wait)}) the service ${still}`, sent);
        }
        return finish("passed", `429 after ${n} of ${burst} requests with Retry-After: ${retryAfter}; recovered with ${response.status} after ${formatDuration(wait)}`, sent);
    },
};

;// CONCATENATED MODULE: ./lib/checks/release-guard.js
// The release guard contract: `{ pass, violations: [{ reason, route, evidence }] }`.




const ignoreRule = strictObject({ reason: schemas_string().optional(), route: schemas_string().optional() });
const release_guard_fields = {
    path: schemas_string().default("/ops/release-guard"),
    headers: record(schemas_string(), union([schemas_string(), schemas_null()])).optional(),
    ignore: array(ignoreRule).default([]),
};
const violation = looseObject({
    reason: schemas_string(),
    route: schemas_string().optional(),
    evidence: unknown().optional(),
});
const guardAnswer = looseObject({ pass: schemas_boolean(), violations: array(violation).default([]) });
function isVerdictDocument(text) {
    const body = parseJsonBody(text);
    return body.ok && guardAnswer.safeParse(body.value).success;
}
/** `*` matches any run of characters; everything else is literal. */
function globMatches(pattern, value) {
    const re = new RegExp(`^${pattern
        .split("*")
        .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
        .join(".*")}$`);
    return re.test(value);
}
function isIgnored(v, rules) {
    return rules.some((r) => (r.reason === undefined || globMatches(r.reason, v.reason)) &&
        (r.route === undefined || (v.route !== undefined && globMatches(r.route, v.route))));
}
/** A string as it is; an object's fields as `key: value, …`, which reads in a table cell where JSON does not. */
function evidenceText(evidence) {
    if (evidence === undefined || evidence === null)
        return "";
    if (typeof evidence === "string")
        return evidence;
    if (typeof evidence === "object" && !Array.isArray(evidence)) {
        return Object.entries(evidence)
            .map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`)
            .join(", ");
    }
    return JSON.stringify(evidence);
}
/** The documented columns (docs/report-schema.md) first, then whether the violation blocks. */
function release_guard_table(active, ignored) {
    if (active.length + ignored.length === 0)
        return [];
    const row = (v, state) => [v.reason, v.route ?? "", evidenceText(v.evidence), state];
    return [
        {
            title: "Release guard violations",
            columns: ["reason", "route", "evidence", "state"],
            rows: [...active.map((v) => row(v, "blocking")), ...ignored.map((v) => row(v, "ignored"))],
        },
    ];
}
const releaseGuardCheck = {
    type: "release-guard",
    fields: release_guard_fields,
    async run(ctx) {
        const { path, headers, ignore } = ctx.render(ctx.check);
        // A guard's answer is a verdict, not a fault: a 503 carrying its document is not retried.
        const sent = await send(ctx, { method: "GET", path, ...(headers ? { headers } : {}) }, { expects: (answer) => isVerdictDocument(answer.text) });
        const base = { exchange: sent.exchange, assertions: [] };
        const { response } = sent;
        if (!response)
            return { ...base, outcome: "errored", detail: `GET ${path}: ${sent.failure?.message}` };
        const body = parseJsonBody(response.text);
        const answer = body.ok ? guardAnswer.safeParse(body.value) : undefined;
        if (!answer?.success) {
            const why = body.ok ? "expected { pass: boolean, violations: [...] }" : body.reason;
            const explained = explainAnswer(response);
            return {
                ...base,
                outcome: "failed",
                detail: `guard answered ${response.status} with an unexpected shape: ${why}${explained.detail ? ` — ${explained.detail}` : ""}`,
                ...(explained.hint ? { hint: explained.hint } : {}),
            };
        }
        const violations = answer.data.violations;
        const active = violations.filter((v) => !isIgnored(v, ignore));
        const ignored = violations.filter((v) => isIgnored(v, ignore));
        const tables = release_guard_table(active, ignored);
        const ok2xx = response.status >= 200 && response.status < 300;
        const ignoredNote = ignored.length ? ` (${ignored.length} ignored)` : "";
        if (violations.length > 0 && active.length === 0) {
            return {
                ...base,
                outcome: "passed",
                detail: `every violation is acknowledged${ignoredNote}`,
                tables,
            };
        }
        if (answer.data.pass && ok2xx) {
            return { ...base, outcome: "passed", detail: `pass: true${ignoredNote}`, tables };
        }
        const first = active[0];
        const detail = first
            ? `${active.length} blocking violation${active.length > 1 ? "s" : ""}: ${first.reason}${first.route ? ` on ${first.route}` : ""}${ignoredNote}`
            : answer.data.pass
                ? `guard answered ${response.status} with pass: true`
                : "pass: false with no violations listed";
        return { ...base, outcome: "failed", detail, tables };
    },
};

// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __nccwpck_require__(1692);
;// CONCATENATED MODULE: ./lib/checks/tls.js
// The served certificate: within its validity window, at least `min-days` from expiry, and
// (unless `insecure: true`) trusted for the host name. One TLS handshake, no HTTP request.
// The handshake itself never rejects the certificate, so an expired or untrusted one can
// still be read and its dates reported; trust is judged afterwards from the socket's verdict.



const tls_fields = {
    /** Defaults to the base URL's host. */
    host: schemas_string().min(1).optional(),
    /** Defaults to the base URL's port when it is an https URL with one, else 443. */
    port: schemas_number().int().min(1).max(65_535).optional(),
    "min-days": schemas_number().min(0).default(14),
    /** Judge the dates only: accept a self-signed or otherwise untrusted chain and another host name. */
    insecure: schemas_boolean().default(false),
};
const DAY_MS = 86_400_000;
// OpenSSL's texts for the verification codes node reports in `authorizationError`.
const VERIFY_TEXT = {
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
function handshake(host, port, timeoutMs, signal) {
    return new Promise((resolve) => {
        const socket = (0,external_node_tls_.connect)({
            host,
            port,
            ...((0,external_node_net_.isIP)(host) ? {} : { servername: host }),
            rejectUnauthorized: false,
            ALPNProtocols: ["http/1.1"],
        });
        const finish = (result) => {
            clearTimeout(timer);
            signal.removeEventListener("abort", onAbort);
            socket.destroy();
            resolve(result);
        };
        const timer = setTimeout(() => finish({ authorized: false, error: `no TLS handshake within ${timeoutMs}ms` }), timeoutMs);
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
        socket.once("error", (error) => finish({ authorized: false, error: error.message }));
    });
}
function target(baseUrl, host, port) {
    let url;
    try {
        url = new URL(baseUrl);
    }
    catch {
        url = undefined;
    }
    const baseHost = url?.hostname.replace(/^\[(.*)\]$/, "$1");
    const basePort = url?.protocol === "https:" && url.port ? Number(url.port) : undefined;
    return { host: host ?? baseHost ?? "", port: port ?? (host === undefined ? basePort : undefined) ?? 443 };
}
function agoText(ms) {
    const days = Math.floor(ms / DAY_MS);
    return days < 1 ? "less than a day ago" : `${days} day${days === 1 ? "" : "s"} ago`;
}
function isoDay(ms) {
    return new Date(ms).toISOString().replace(".000Z", "Z");
}
function nameOf(entity) {
    if (!entity)
        return "";
    const cn = entity.CN;
    return Array.isArray(cn) ? cn.join(", ") : (cn ?? Object.values(entity).flat().join(", "));
}
function trustProblem(h, host) {
    if (h.authorized || !h.authorizationError)
        return undefined;
    const code = h.authorizationError;
    if (code === "ERR_TLS_CERT_ALTNAME_INVALID" && h.cert) {
        return (0,external_node_tls_.checkServerIdentity)(host, h.cert)?.message ?? "the certificate does not name this host";
    }
    return VERIFY_TEXT[code] ? `${VERIFY_TEXT[code]} (${code})` : code;
}
const tlsCheck = {
    type: "tls",
    fields: tls_fields,
    async run(ctx) {
        const check = ctx.render(ctx.check);
        const { host, port } = target(ctx.baseUrl, check.host, check.port);
        const where = `${host}:${port}`;
        const minDays = check["min-days"];
        const timeoutMs = Math.max(0, Math.min(ctx.request.timeoutMs, ctx.deadline - Date.now()));
        const base = { assertions: [] };
        if (!host)
            return { ...base, outcome: "errored", detail: "no host: give host, or an https base URL" };
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
        const assertions = [];
        const assert = (t, expected, actual, passed, message) => {
            assertions.push({ target: t, expected, actual, passed, message });
        };
        // The detail says what is wrong with the certificate; the hint, what to do about it.
        let detail;
        let hint;
        if (Number.isNaN(from) || Number.isNaN(to)) {
            detail = `cannot read the certificate's validity dates (${cert.valid_from} – ${cert.valid_to})`;
            hint = "check the certificate the server is configured with";
        }
        else if (to <= now) {
            detail = `certificate of ${where} expired on ${isoDay(to)} (${agoText(now - to)})`;
            hint = "renew the certificate and deploy it now";
        }
        else if (from > now) {
            detail = `certificate of ${where} is not valid until ${isoDay(from)}`;
            hint = "check the certificate's start date and the server's clock";
        }
        else if (daysLeft < minDays) {
            detail = `certificate of ${where} expires on ${isoDay(to)}, in ${daysLeft} day${daysLeft === 1 ? "" : "s"}: less than min-days ${minDays}`;
            hint = `renew it before ${isoDay(to).slice(0, 10)}`;
        }
        assert("validity", `valid for at least ${minDays} days`, `valid ${isoDay(from)} to ${isoDay(to)} (${daysLeft} days left)`, detail === undefined, detail ?? "valid");
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
        return {
            ...base,
            outcome: "passed",
            detail: `certificate of ${where} valid until ${isoDay(to)} (${daysLeft} days left, min-days ${minDays})${check.insecure ? "; trust not checked" : ""}`,
            assertions: ordered,
            tables,
        };
    },
};

;// CONCATENATED MODULE: ./lib/checks/webhook-signatures.js
// Webhook signature schemes, exactly as their owners define them:
// - hmac-sha256: hex HMAC-SHA256 of the raw body in one header (X-Signature by default);
// - github: `X-Hub-Signature-256: sha256=<hex HMAC of the body>`;
// - stripe: `Stripe-Signature: t=<unix seconds>,v1=<hex HMAC of "{t}.{body}">`, keyed with the
//   whole `whsec_…` string as UTF-8 (what Stripe's libraries do);
// - standard-webhooks: `webhook-id`, `webhook-timestamp` and `webhook-signature: v1,<base64 HMAC
//   of "{id}.{timestamp}.{body}">`, keyed with the base64-decoded part after `whsec_`;
// - svix: the same signature under `svix-id`, `svix-timestamp` and `svix-signature`, the names
//   Svix sends (a receiver built on them reads no `webhook-*` header).

const WEBHOOK_SCHEMES = ["hmac-sha256", "github", "svix", "stripe", "standard-webhooks"];
/** Schemes that sign a timestamp, so a receiver can refuse a replayed (stale) event. */
const TIMESTAMPED = new Set(["svix", "stripe", "standard-webhooks"]);
/** Schemes keyed with the base64 after `whsec_`, by the names their owners give such a secret. */
const BASE64_KEYED = new Map([
    ["svix", "Svix"],
    ["standard-webhooks", "Standard Webhooks"],
]);
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
/** The HMAC key of a Standard Webhooks (or Svix) secret; undefined when it is not `whsec_` + base64. */
function standardWebhooksKey(secret) {
    const encoded = secret.startsWith("whsec_") ? secret.slice("whsec_".length) : secret;
    if (!BASE64.test(encoded) || encoded.length % 4 !== 0)
        return undefined;
    const key = Buffer.from(encoded, "base64");
    return key.length > 0 ? key : undefined;
}
function hmac(key, data) {
    return (0,external_node_crypto_.createHmac)("sha256", key).update(data, "utf8").digest();
}
/** `v1,<base64 HMAC of "{id}.{timestamp}.{body}">` under the base64-decoded key. */
function standardSignature(scheme, secret, id, timestamp, body) {
    const key = standardWebhooksKey(secret);
    if (!key)
        throw new Error(`a ${scheme} secret is whsec_ followed by base64`);
    return `v1,${hmac(key, `${id}.${timestamp}.${body}`).toString("base64")}`;
}
/** The headers that sign `body` under `scheme`. Throws when a Standard Webhooks or Svix secret is not base64. */
function signatureHeaders(input) {
    const { scheme, secret, body, timestamp, id } = input;
    switch (scheme) {
        case "hmac-sha256":
            return { [input.header ?? "X-Signature"]: hmac(secret, body).toString("hex") };
        case "github":
            return {
                "X-Hub-Signature-256": `sha256=${hmac(secret, body).toString("hex")}`,
                "X-GitHub-Delivery": id,
            };
        case "stripe":
            return {
                "Stripe-Signature": `t=${timestamp},v1=${hmac(secret, `${timestamp}.${body}`).toString("hex")}`,
            };
        case "svix":
            return {
                "svix-id": id,
                "svix-timestamp": String(timestamp),
                "svix-signature": standardSignature(scheme, secret, id, timestamp, body),
            };
        case "standard-webhooks":
            return {
                "webhook-id": id,
                "webhook-timestamp": String(timestamp),
                "webhook-signature": standardSignature(scheme, secret, id, timestamp, body),
            };
    }
}

;// CONCATENATED MODULE: ./lib/checks/webhook.js
// A webhook receiver must accept a correctly signed event and refuse a forged signature and
// (for timestamped schemes) a replayed, stale one. Accepting either is a security hole.








const webhook_fields = {
    path: schemas_string().min(1),
    scheme: schemas_enum(WEBHOOK_SCHEMES).default("hmac-sha256"),
    secret: schemas_string().min(1),
    /** A JSON value (sent as JSON) or a string (sent as is). */
    payload: unknown().default({ type: "deploy-gate.test" }),
    /** Signature header of the hmac-sha256 scheme. */
    header: schemas_string().min(1).default("X-Signature"),
    headers: record(schemas_string(), union([schemas_string(), schemas_null()])).optional(),
    accepted: statusSpec.optional(),
    rejected: statusSpec.default([400, 401, 403]),
    "stale-age": expect_schema_duration.default(3_600_000),
};
function forgedSecret(scheme) {
    const key = (0,external_node_crypto_.randomBytes)(32);
    return BASE64_KEYED.has(scheme) ? `whsec_${key.toString("base64")}` : key.toString("hex");
}
function messageId() {
    return `msg_${(0,external_node_crypto_.randomUUID)().replaceAll("-", "")}`;
}
const webhookCheck = {
    type: "webhook",
    fields: webhook_fields,
    async run(ctx) {
        const check = ctx.render(ctx.check);
        const { scheme, secret, path } = check;
        ctx.addSecret(secret);
        const fail = (outcome, detail, extra = {}) => ({
            outcome,
            detail,
            assertions: [],
            ...extra,
        });
        const keyName = BASE64_KEYED.get(scheme);
        if (keyName && !standardWebhooksKey(secret)) {
            return fail("errored", `the secret is not a ${keyName} secret: expected whsec_ followed by base64`);
        }
        const body = typeof check.payload === "string" ? check.payload : JSON.stringify(check.payload);
        const spec = {
            method: "POST",
            path,
            headers: { "Content-Type": "application/json", ...check.headers },
            body,
        };
        const staleAge = formatDuration(check["stale-age"]);
        const deliver = async (kind, label, expected) => {
            const now = Math.floor(Date.now() / 1000);
            const timestamp = kind === "stale" ? now - Math.round(check["stale-age"] / 1000) : now;
            const headers = signatureHeaders({
                scheme,
                secret: kind === "forged" ? forgedSecret(scheme) : secret,
                body,
                timestamp,
                id: scheme === "github" ? (0,external_node_crypto_.randomUUID)() : messageId(),
                header: check.header,
            });
            return { kind, label, expected, sent: await send(ctx, spec, { headers }) };
        };
        const deliveries = [await deliver("valid", "valid signature", check.accepted)];
        deliveries.push(await deliver("forged", "forged signature", check.rejected));
        if (TIMESTAMPED.has(scheme)) {
            deliveries.push(await deliver("stale", `valid signature, timestamp ${staleAge} old`, check.rejected));
        }
        const tables = [
            {
                title: `Webhook deliveries (${scheme})`,
                columns: ["event", "expected", "status", "result"],
                rows: deliveries.map((d) => {
                    const status = d.sent.response?.status;
                    const ok = status !== undefined && statusMatches(d.expected, status);
                    const verdict = status === undefined
                        ? "no answer"
                        : ok
                            ? "ok"
                            : d.kind === "valid"
                                ? "REJECTED"
                                : accepted(status)
                                    ? "ACCEPTED"
                                    : "wrong status";
                    return [
                        d.label,
                        describeStatus(d.expected),
                        status === undefined ? (d.sent.failure?.message ?? "") : String(status),
                        verdict,
                    ];
                }),
            },
        ];
        const noAnswer = deliveries.find((d) => !d.sent.response);
        if (noAnswer) {
            return fail("errored", `POST ${path} (${noAnswer.label}): ${noAnswer.sent.failure?.message ?? "no response"}`, {
                exchange: noAnswer.sent.exchange,
                tables,
            });
        }
        const assertions = deliveries.map((d) => {
            const status = d.sent.response?.status ?? 0;
            const passed = statusMatches(d.expected, status);
            return {
                target: d.label,
                expected: describeStatus(d.expected),
                actual: String(status),
                passed,
                message: passed ? `${d.label}: ${status}` : problem(d, status, staleAge),
            };
        });
        const broken = deliveries.filter((_, i) => !assertions[i]?.passed);
        if (broken.length === 0) {
            const statuses = deliveries.map((d) => d.sent.response?.status).join(" / ");
            return {
                outcome: "passed",
                detail: `${scheme}: valid event accepted, ${TIMESTAMPED.has(scheme) ? "forged and stale events" : "forged event"} rejected (${statuses})`,
                assertions,
                exchange: deliveries[0].sent.exchange,
                tables,
            };
        }
        // A hole the receiver leaves open outranks a valid event it refuses.
        const holes = broken.filter((d) => d.kind !== "valid" && accepted(d.sent.response?.status ?? 0));
        const deciding = holes[0] ?? broken.find((d) => d.kind === "valid") ?? broken[0];
        const status = deciding.sent.response?.status ?? 0;
        let detail;
        if (holes.length > 0) {
            detail = `SECURITY: receiver accepted ${holes.map((d) => `${d.kind === "forged" ? "a forged signature" : `a replayed event with a ${staleAge}-old timestamp`} (${d.sent.response?.status})`).join(" and ")}`;
        }
        else {
            detail = problem(deciding, status, staleAge);
        }
        const explained = status >= 400
            ? explainResponse(status, deciding.sent.response?.headers ?? {}, deciding.sent.response?.text ?? "", 1)
            : {};
        if (explained.detail && deciding.kind === "valid")
            detail += ` — ${explained.detail}`;
        return fail("failed", detail, {
            assertions: [...assertions.filter((a) => !a.passed), ...assertions.filter((a) => a.passed)],
            exchange: deciding.sent.exchange,
            tables,
            ...(deciding.kind === "valid" && explained.hint ? { hint: explained.hint } : {}),
        });
    },
};
/** `1h`, not formatDuration's `60m`: the age reads as the receivers' tolerances are written. */
function accepted(status) {
    return status >= 200 && status < 300;
}
function problem(d, status, staleAge) {
    const expected = describeStatus(d.expected);
    if (d.kind === "valid")
        return `the validly signed event was refused (${status}), expected ${expected}: check the secret and the scheme`;
    if (accepted(status)) {
        return d.kind === "forged"
            ? `SECURITY: receiver accepted a forged signature (${status})`
            : `SECURITY: receiver accepted a replayed event with a ${staleAge}-old timestamp (${status})`;
    }
    return `${d.label} answered ${status}, expected ${expected}`;
}

;// CONCATENATED MODULE: ./lib/checks/registry.js
// `type` → runner. Adding a check type is one new file and one line here.










// biome-ignore lint/suspicious/noExplicitAny: each entry's run() takes its own config type; the schema check makes that safe.
const registry_CHECK_TYPES = [
    httpCheck,
    flowCheck,
    releaseGuardCheck,
    idempotencyCheck,
    webhookCheck,
    rateLimitCheck,
    jwksCheck,
    metricsCheck,
    prometheusCheck,
    tlsCheck,
];
// biome-ignore lint/suspicious/noExplicitAny: as above.
const checkTypes = new Map(registry_CHECK_TYPES.map((t) => [t.type, t]));

;// CONCATENATED MODULE: ./lib/config/templates.js
// `{{ name }}` templates. Each distinct string is parsed once and cached, so a check that
// runs 500 times never re-parses its templates.


const REF = /^[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*$/;
const cache = new Map();
class TemplateError extends Error {
    name = "TemplateError";
}
/** Splits a string into literal text and references; throws TemplateError on a malformed `{{ }}`. */
function parseTemplate(source) {
    const hit = cache.get(source);
    if (hit)
        return hit;
    const parts = [];
    let last = 0;
    for (const m of source.matchAll(TEMPLATE)) {
        const ref = m[1] ?? "";
        if (!REF.test(ref))
            throw new TemplateError(`"{{ ${ref} }}" is not a template name`);
        if (m.index > last)
            parts.push(source.slice(last, m.index));
        parts.push({ ref });
        last = m.index + m[0].length;
    }
    if (last < source.length)
        parts.push(source.slice(last));
    if (cache.size > 10_000)
        cache.clear();
    cache.set(source, parts);
    return parts;
}
function templateRefs(source) {
    if (!source.includes("{{"))
        return [];
    return parseTemplate(source).flatMap((p) => (typeof p === "string" ? [] : [p.ref]));
}
const BUILTINS = new Set(["run.id", "run.attempt", "sha", "label", "uuid", "now"]);
/** The names every config may use whatever its inputs, with a flow's captures. */
function knownRefs(captures) {
    return [...BUILTINS, ...captures];
}
/** Whether a reference can be resolved: checked for every string before any request is sent. */
function isKnownRef(ref, scope, captures) {
    if (BUILTINS.has(ref) || captures.has(ref))
        return true;
    const [root, key, ...rest] = ref.split(".");
    if (key === undefined || rest.length > 0)
        return false;
    if (root === "secrets")
        return Object.hasOwn(scope.secrets, key);
    if (root === "vars")
        return Object.hasOwn(scope.vars, key);
    // Own keys only: process.env inherits `constructor`, `toString`, … which lookupRef never resolves.
    if (root === "env")
        return Object.hasOwn(scope.env, key) && scope.env[key] !== undefined;
    return false;
}
/** Resolves a reference; undefined when it is unknown (validation has ruled that out for checks). */
function lookupRef(ref, scope, captures) {
    if (Object.hasOwn(captures, ref))
        return captures[ref];
    switch (ref) {
        case "run.id":
            return scope.run.id;
        case "run.attempt":
            return scope.run.attempt;
        case "sha":
            return scope.sha;
        case "label":
            return scope.label;
        case "uuid":
            return (0,external_node_crypto_.randomUUID)();
        case "now":
            return new Date().toISOString();
    }
    const dot = ref.indexOf(".");
    const root = ref.slice(0, dot);
    const key = ref.slice(dot + 1);
    const table = root === "secrets" ? scope.secrets : root === "vars" ? scope.vars : root === "env" ? scope.env : {};
    return Object.hasOwn(table, key) ? table[key] : undefined;
}
function renderString(source, scope, captures = {}) {
    if (!source.includes("{{"))
        return source;
    let out = "";
    for (const part of parseTemplate(source)) {
        if (typeof part === "string")
            out += part;
        else {
            const value = lookupRef(part.ref, scope, captures);
            if (value === undefined)
                throw new TemplateError(`unknown template name "${part.ref}"`);
            out += value;
        }
    }
    return out;
}
/** Renders every string inside a value; object keys are left as they are. */
function renderDeep(value, scope, captures = {}, observe) {
    if (typeof value === "string") {
        const rendered = renderString(value, scope, captures);
        if (observe && rendered !== value)
            observe(value, rendered);
        return rendered;
    }
    if (Array.isArray(value))
        return value.map((v) => renderDeep(v, scope, captures, observe));
    if (value !== null && typeof value === "object") {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renderDeep(v, scope, captures, observe)]));
    }
    return value;
}
/** `if` semantics: '', 'false', '0', unset are falsy; an unset vars.X / env.X is simply falsy. */
function evaluateCondition(condition, scope) {
    if (typeof condition === "boolean")
        return condition;
    if (typeof condition === "number")
        return condition !== 0;
    let text = "";
    for (const part of parseTemplate(condition)) {
        text += typeof part === "string" ? part : (lookupRef(part.ref, scope, {}) ?? "");
    }
    const t = text.trim().toLowerCase();
    return !(t === "" || t === "false" || t === "0" || t === "null" || t === "undefined" || t === "no");
}
/** Walks every string in a value with its path, for validation. */
function* stringsIn(value, path = []) {
    if (typeof value === "string")
        yield [value, path];
    else if (Array.isArray(value))
        for (const [i, v] of value.entries())
            yield* stringsIn(v, [...path, i]);
    else if (value !== null && typeof value === "object")
        for (const [k, v] of Object.entries(value))
            yield* stringsIn(v, [...path, k]);
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
var external_node_http_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_node_http_, 2);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
;// CONCATENATED MODULE: ./lib/http/body.js
// Bounded, decoding body reader: a huge or bomb-like response costs at most `maxBytes` of memory.


/** The body could not be read to its end (`read`: the connection broke) or not decoded (`decode`). */
class BodyError extends Error {
    stage;
    constructor(stage, message, options) {
        super(message, options);
        this.stage = stage;
        this.name = "BodyError";
    }
}
// Lenient flushing, as browsers and undici do: a stream that stops cleanly between blocks still decodes.
const FLUSH = { flush: external_node_zlib_.constants.Z_SYNC_FLUSH, finishFlush: external_node_zlib_.constants.Z_SYNC_FLUSH };
const BROTLI_FLUSH = {
    flush: external_node_zlib_.constants.BROTLI_OPERATION_FLUSH,
    finishFlush: external_node_zlib_.constants.BROTLI_OPERATION_FLUSH,
};
function decoderFor(encoding) {
    switch (encoding) {
        case "gzip":
        case "x-gzip":
            return external_node_zlib_.createGunzip(FLUSH);
        case "deflate":
            return external_node_zlib_.createInflate(FLUSH);
        case "br":
            return external_node_zlib_.createBrotliDecompress(BROTLI_FLUSH);
        default:
            return undefined;
    }
}
/** Decoders in the order to apply them: encodings are listed in the order the server applied them. */
function decodersFor(contentEncoding) {
    if (!contentEncoding)
        return [];
    const encodings = contentEncoding
        .toLowerCase()
        .split(",")
        .map((e) => e.trim())
        .filter((e) => e !== "" && e !== "identity")
        .reverse();
    const decoders = encodings.map(decoderFor);
    // An encoding we cannot undo makes every later decoder meaningless: keep the bytes as sent.
    return decoders.every((d) => d !== undefined) ? decoders : [];
}
/**
 * Reads the body, decoding it, until its end or until more than `maxBytes` decoded bytes arrived.
 * Past the limit the stream is destroyed, which closes the socket: the rest is never downloaded.
 */
async function readBody(source, options) {
    const decoders = decodersFor(options.contentEncoding);
    const last = decoders.at(-1);
    let sourceError;
    source.on("error", (error) => {
        sourceError = error;
    });
    // The pipeline's errors surface through the iteration of its last stream, so its callback has nothing to do.
    if (last)
        (0,external_node_stream_.pipeline)([source, ...decoders], () => { });
    const stream = last ?? source;
    const chunks = [];
    let size = 0;
    try {
        for await (const chunk of stream) {
            const room = options.maxBytes - size;
            if (chunk.length > room) {
                if (room > 0)
                    chunks.push(chunk.subarray(0, room));
                // Leaving the loop destroys the stream (and through the pipeline, the response and its socket).
                return { body: Buffer.concat(chunks, options.maxBytes), truncated: true };
            }
            chunks.push(chunk);
            size += chunk.length;
        }
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        if (last && error !== sourceError) {
            throw new BodyError("decode", `could not decode the ${options.contentEncoding} body: ${reason}`, {
                cause: error,
            });
        }
        throw new BodyError("read", `the connection broke after ${size} bytes of the body: ${reason}`, {
            cause: error,
        });
    }
    return { body: Buffer.concat(chunks, size), truncated: false };
}
/** The body as UTF-8 text; a leading byte order mark is not part of the content. */
function bodyText(body) {
    const text = body.toString("utf8");
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

;// CONCATENATED MODULE: ./lib/http/circuit.js
function signal() {
    let fire = () => { };
    const promise = new Promise((resolve) => {
        fire = resolve;
    });
    return { promise, fire };
}
class CircuitBreaker {
    threshold;
    cooldownMs;
    origins = new Map();
    constructor(options = {}) {
        this.threshold = Math.max(1, options.threshold ?? 5);
        this.cooldownMs = Math.max(0, options.cooldownMs ?? 5000);
    }
    state(origin) {
        let s = this.origins.get(origin);
        if (!s) {
            s = {
                consecutive: 0,
                open: false,
                openUntil: 0,
                probing: false,
                decided: signal(),
                opened: 0,
                heldBack: 0,
                failedProbes: 0,
                confirmed: false,
                reason: "",
            };
            this.origins.set(origin, s);
        }
        return s;
    }
    /** Asks to send a request to the URL's origin now. */
    admit(url, now = Date.now()) {
        const s = this.origins.get(url.origin);
        if (!s?.open)
            return { go: true, probe: false };
        if (now >= s.openUntil && !s.probing) {
            s.probing = true;
            return { go: true, probe: true };
        }
        s.heldBack++;
        return {
            go: false,
            reason: `held back: the circuit for ${url.host} is open after ${s.reason}`,
            retryInMs: Math.max(0, s.openUntil - now),
            probing: s.probing,
            decided: s.decided.promise,
            confirmed: s.confirmed,
        };
    }
    /** Records what an attempt that was sent came to. `what` says the failure in a few words. */
    record(url, judgement, what, probe, now = Date.now()) {
        const s = this.state(url.origin);
        if (probe)
            s.probing = false;
        if (!judgement.serviceFailed) {
            // Any answer shows the service is there — the probe's, or one that was already in flight
            // when the circuit opened: it closes the circuit and wakes what it held back.
            s.consecutive = 0;
            if (s.open) {
                s.open = false;
                s.confirmed = false;
                this.decide(s);
            }
            return;
        }
        if (s.open) {
            if (probe) {
                s.openUntil = now + this.cooldownMs;
                s.failedProbes++;
                s.confirmed = true;
                this.decide(s);
            }
            return;
        }
        if (judgement.excused)
            return;
        s.consecutive++;
        if (s.consecutive >= this.threshold) {
            s.open = true;
            s.openUntil = now + this.cooldownMs;
            s.opened++;
            s.reason = `${this.threshold} consecutive failures (last: ${what})`;
        }
    }
    /** A probe that was cut (deadline, cancellation) learned nothing: the next request probes instead. */
    abandonProbe(url) {
        const s = this.origins.get(url.origin);
        if (s?.probing) {
            s.probing = false;
            this.decide(s);
        }
    }
    decide(s) {
        s.decided.fire();
        s.decided = signal();
    }
    /** Every origin whose circuit opened during the gate. */
    records() {
        const out = new Map();
        for (const [origin, s] of this.origins) {
            if (s.opened > 0) {
                out.set(origin, {
                    opened: s.opened,
                    heldBack: s.heldBack,
                    failedProbes: s.failedProbes,
                    reason: s.reason,
                });
            }
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./lib/http/redirect.js
// Which request a redirect calls for, and what it must no longer carry.

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
// Headers that describe a body, dropped with it (fetch's "request-body-header names").
const BODY_HEADERS = [
    "content-type",
    "content-length",
    "content-encoding",
    "content-language",
    "content-location",
    "transfer-encoding",
];
/**
 * The request to send for a redirect response, or undefined when there is nothing to follow.
 * Another origin (scheme, host or port) gets no credentials: credential headers (by name),
 * `sensitiveHeaders`, and a caller-set Host, which named the old host.
 */
function redirectTarget(hop, status, location, sensitiveHeaders = []) {
    if (!REDIRECT_STATUSES.has(status) || !location)
        return undefined;
    let url;
    try {
        url = new URL(location, hop.url);
    }
    catch {
        return undefined;
    }
    if (url.protocol !== "http:" && url.protocol !== "https:")
        return undefined;
    // As fetch does: 303 turns anything but HEAD into GET, 301/302 turn POST into GET, 307/308 resend as is.
    const toGet = (status === 303 && hop.method !== "HEAD") ||
        ((status === 301 || status === 302) && hop.method === "POST");
    const dropped = new Set();
    if (toGet)
        for (const name of BODY_HEADERS)
            dropped.add(name);
    const crossOrigin = url.origin !== hop.url.origin;
    if (crossOrigin)
        for (const name of [...sensitiveHeaders, "host"])
            dropped.add(name.toLowerCase());
    const headers = Object.fromEntries(Object.entries(hop.headers).filter(([name]) => !dropped.has(name.toLowerCase()) && !(crossOrigin && isCredentialHeader(name))));
    return { method: toGet ? "GET" : hop.method, url, headers, body: toGet ? undefined : hop.body };
}

;// CONCATENATED MODULE: ./lib/http/transient.js
// The one decision about a failed attempt that retries, the circuit and the reports all read:
// did the service fail, did the check expect it or is it waiting through it, and is another
// try worth it. Nothing else in the gate classifies an attempt.
const TRANSIENT_STATUSES = new Set([429, 502, 503, 504]);
const TRANSIENT_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT"]);
function judgeAttempt(outcome, intent = {}) {
    const excused = Boolean(intent.waiting) || (outcome.kind === "answer" && Boolean(intent.expected));
    switch (outcome.kind) {
        case "answer": {
            const serviceFailed = outcome.status >= 500 && outcome.status <= 599;
            return { serviceFailed, excused, transient: TRANSIENT_STATUSES.has(outcome.status) };
        }
        case "timeout":
            return { serviceFailed: true, excused, transient: true };
        case "connection":
            return {
                serviceFailed: true,
                excused,
                transient: (outcome.code !== undefined && TRANSIENT_CODES.has(outcome.code)) ||
                    /socket hang up/i.test(outcome.message),
            };
        case "protocol":
            return { serviceFailed: true, excused, transient: false };
        case "held-back":
            return { serviceFailed: false, excused, transient: true };
        case "cut":
            return { serviceFailed: false, excused, transient: false };
    }
}
/** Whether to try again: a transient failure the check did not ask for, on a request safe to repeat. */
function shouldRetry(judgement, intent, idempotent) {
    return judgement.transient && !judgement.excused && !intent.waiting && idempotent;
}

;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
var external_node_https_namespaceObject_0 = /*#__PURE__*/__nccwpck_require__.t(external_node_https_namespaceObject, 2);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/proxy.js
var proxy = __nccwpck_require__(9783);
;// CONCATENATED MODULE: ./lib/http/transport.js
// Sends one HTTP request and hands back the raw response stream; redirects, retries and body reading
// are the caller's. Requests go out through node:http / node:https with one keep-alive agent per
// scheme. Only a request that the runner's proxy settings apply to loads @actions/http-client (and
// undici with it, ~80 ms of start-up) to be routed through the proxy.



/** No response arrived. */
class DispatchError extends Error {
    reusedSocket;
    code;
    constructor(
    /** The request went out on a pooled keep-alive connection (which the server may have closed). */
    reusedSocket, cause) {
        super(cause instanceof Error ? cause.message : String(cause), { cause });
        this.reusedSocket = reusedSocket;
        this.name = "DispatchError";
        this.code = cause?.code;
    }
}
class Transport {
    userAgent;
    agents = new Map();
    proxied;
    constructor(userAgent) {
        this.userAgent = userAgent;
    }
    async send(request) {
        const headers = wireHeaders(request, this.userAgent);
        // The same test (http_proxy / https_proxy, no_proxy, loopback never proxied) that
        // @actions/http-client applies itself, so the two can never disagree about a URL.
        if ((0,proxy/* getProxyUrl */.s)(request.url)?.hostname) {
            try {
                this.proxied ??= Promise.all(/* import() */[__nccwpck_require__.e(779), __nccwpck_require__.e(820)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9820)).then((m) => new m.ProxyTransport());
                return await (await this.proxied).send(request, headers);
            }
            catch (error) {
                throw new DispatchError(false, error);
            }
        }
        return this.sendDirect(request, headers);
    }
    /** Releases keep-alive sockets. */
    close() {
        for (const agent of this.agents.values())
            agent.destroy();
        this.agents.clear();
        this.proxied?.then((proxied) => proxied.close(), () => undefined);
        this.proxied = undefined;
    }
    sendDirect(request, headers) {
        const { url } = request;
        const secure = url.protocol === "https:";
        const options = {
            // node:http wants an IPv6 literal without its brackets.
            hostname: url.hostname.replace(/^\[(.*)\]$/, "$1"),
            port: url.port ? Number(url.port) : secure ? 443 : 80,
            path: `${url.pathname}${url.search}`,
            method: request.method,
            headers,
            // `false`: a one-off agent, so a new connection that is closed after the response.
            agent: request.freshConnection ? false : this.agentFor(url.protocol),
            signal: request.signal,
        };
        return new Promise((resolve, reject) => {
            const req = (secure ? external_node_https_namespaceObject_0 : external_node_http_namespaceObject).request(options, resolve);
            // Node sets reusedSocket when the agent hands this request an idle pooled socket; errors after the
            // response arrived surface on the response stream, where the body reader sees them.
            req.on("error", (error) => reject(new DispatchError(req.reusedSocket, error)));
            req.end(request.body);
        });
    }
    // One agent per scheme (an http agent cannot carry https). No socket cap and no idle timeout: the
    // gate's own concurrency bounds the sockets, a cap would queue requests inside their attempt timer,
    // and the per-attempt timer is the only one that may cut a request.
    agentFor(protocol) {
        let agent = this.agents.get(protocol);
        if (!agent) {
            const options = { keepAlive: true, maxSockets: Number.POSITIVE_INFINITY };
            agent = protocol === "https:" ? new external_node_https_namespaceObject.Agent(options) : new external_node_http_.Agent(options);
            this.agents.set(protocol, agent);
        }
        return agent;
    }
}
/** Lower-cased names; the caller's User-Agent or the client's; Content-Length for any body. */
function wireHeaders(request, userAgent) {
    const headers = {};
    for (const [name, value] of Object.entries(request.headers))
        headers[name.toLowerCase()] = value;
    headers["user-agent"] ??= userAgent;
    if (request.body !== undefined)
        headers["content-length"] = Buffer.byteLength(request.body);
    return headers;
}

;// CONCATENATED MODULE: ./lib/http/client.js
// The gate's HTTP client: per-attempt timeouts under the check's deadline, retries, redirects that
// never carry credentials to another origin, a per-origin circuit breaker, and bounded, decoded bodies.
// What counts as a transient failure is decided once, in transient.ts.










const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;
const MAX_REDIRECTS = 5;
// A redirect's own body is read only to free its connection.
const REDIRECT_BODY_BYTES = 64 * 1024;
// Longer timers overflow and fire at once.
const MAX_TIMER_MS = 2 ** 31 - 1;
// Failures that no retry can mend.
const FINAL_FAILURES = new Set(["aborted", "deadline", "protocol"]);
function createHttpClient(options = {}) {
    return new GateHttpClient(options);
}
class GateHttpClient {
    options;
    transport;
    circuit;
    seen = new Map();
    constructor(options) {
        this.options = options;
        this.transport = new Transport(options.userAgent ?? "deploy-gate");
        this.circuit = new CircuitBreaker(options.circuit);
    }
    close() {
        this.transport.close();
    }
    origins() {
        const circuits = this.circuit.records();
        return [...this.seen].map(([origin, t]) => {
            const circuit = circuits.get(origin);
            return {
                origin,
                answered: t.answered,
                unanswered: t.unanswered,
                unansweredSinceLastAnswer: t.unansweredSinceLastAnswer,
                ...(t.lastError !== undefined ? { lastError: t.lastError } : {}),
                ...(t.lastFailure !== undefined ? { lastFailure: t.lastFailure } : {}),
                ...(circuit ? { circuit } : {}),
            };
        });
    }
    async send(request) {
        const attempts = [];
        const fail = (kind, message) => new HttpFailure(kind, message, attempts);
        const url = parseHttpUrl(request.url);
        if (!url)
            throw fail("protocol", `not an http(s) URL: ${request.url}`);
        const intent = { waiting: Boolean(request.waiting) };
        const idempotent = isIdempotent(request.method, request.headers);
        let retries = 0;
        let staleRetried = false;
        let freshConnection = false;
        let waitedMs = 0;
        for (let number = 1;; number++) {
            if (request.signal?.aborted)
                throw fail("aborted", abortMessage(request.signal));
            const remainingMs = request.deadline - Date.now();
            if (remainingMs <= 0) {
                throw fail("deadline", `the check's deadline passed before attempt ${number} could start`);
            }
            const admission = this.circuit.admit(url);
            if (!admission.go) {
                const heldAt = Date.now();
                attempts.push({ error: admission.reason, failure: "held-back", durationMs: 0, waitedMs });
                // A held-back request was never sent, so waiting does no harm and is no retry: it waits
                // for the circuit's next decision once (the cool-down's end, then the probe's answer),
                // unless a probe already confirmed the failure. A poll does not wait: its next poll is
                // its next chance.
                if (request.waiting || admission.confirmed)
                    throw fail("held-back", admission.reason);
                const decided = await this.awaitDecision(admission, request);
                if (decided === "deadline") {
                    throw fail("held-back", `${admission.reason}; the check's deadline comes before the circuit's next probe`);
                }
                if (decided === "aborted")
                    throw fail("aborted", abortMessage(request.signal));
                waitedMs = Date.now() - heldAt;
                continue;
            }
            const started = performance.now();
            const result = await this.attempt(request, url, remainingMs, freshConnection, admission.probe);
            const durationMs = Math.round(performance.now() - started);
            const record = "answer" in result
                ? { status: result.answer.status, durationMs, waitedMs }
                : { error: result.failure.message, failure: result.failure.kind, durationMs, waitedMs };
            attempts.push(record);
            this.options.onAttempt?.({ method: request.method, url: request.url, number, record });
            const outcome = outcomeOf(result);
            const answer = "answer" in result ? result.answer : undefined;
            const judgement = judgeAttempt(outcome, {
                ...intent,
                expected: answer !== undefined && this.expected(request, answer),
            });
            if ("failure" in result) {
                if (FINAL_FAILURES.has(result.failure.kind))
                    throw fail(result.failure.kind, result.failure.message);
                // The server most likely closed an idle keep-alive connection as we reused it: a request that is safe
                // to repeat gets one immediate try on a fresh connection, outside `retries`. Unkeyed writes never
                // meet this: they always go on a new connection (see attempt()), because a reset on a reused one
                // cannot tell "closed while idle" from "acted on it, then crashed".
                if (result.failure.reusedSocket && isStaleSocketError(outcome) && idempotent && !staleRetried) {
                    staleRetried = true;
                    freshConnection = true;
                    waitedMs = 0;
                    continue;
                }
            }
            freshConnection = false;
            if (retries >= request.retries || !shouldRetry(judgement, intent, idempotent)) {
                if ("answer" in result)
                    return answerResponse(result.answer, attempts);
                throw fail(result.failure.kind, result.failure.message);
            }
            const wait = this.waitBefore(answer, retries + 1);
            const leftMs = request.deadline - Date.now();
            if (wait.ms >= leftMs) {
                throw fail("deadline", `${describeOutcome(outcome)}: ${wait.reason} but the check's deadline is in ${formatDuration(Math.max(0, leftMs))}`);
            }
            try {
                await (0,external_node_timers_promises_namespaceObject.setTimeout)(wait.ms, undefined, { signal: request.signal });
            }
            catch {
                throw fail("aborted", abortMessage(request.signal));
            }
            retries++;
            waitedMs = wait.ms;
        }
    }
    expected(request, answer) {
        if (!request.expects)
            return false;
        return request.expects({ status: answer.status, text: bodyText(answer.body) });
    }
    /** One try: the request and the redirects it leads to, under one timer. */
    async attempt(request, url, remainingMs, freshConnection, probe) {
        const controller = new AbortController();
        const timeoutMs = Math.min(request.timeoutMs, remainingMs, MAX_TIMER_MS);
        const timeoutCause = request.timeoutMs <= remainingMs ? "timeout" : "deadline";
        const timer = setTimeout(() => controller.abort(timeoutCause), timeoutMs);
        const onAbort = () => controller.abort("aborted");
        request.signal?.addEventListener("abort", onAbort);
        let hop = {
            method: request.method.toUpperCase(),
            url,
            headers: withDefaults(request.headers),
            body: request.body,
        };
        // Only the first hop can be the origin's probe; a redirect's hop asks its own origin.
        let hopIsProbe = probe;
        let readingBody = false;
        const hops = [];
        let result;
        try {
            for (let redirects = 0;; redirects++) {
                if (redirects > 0) {
                    // A redirect may lead to an origin whose circuit is open.
                    const admission = this.circuit.admit(hop.url);
                    if (!admission.go)
                        return { failure: { kind: "held-back", message: admission.reason } };
                    hopIsProbe = admission.probe;
                }
                readingBody = false;
                const message = await this.transport.send({
                    ...hop,
                    signal: controller.signal,
                    freshConnection: freshConnection || !isIdempotent(hop.method, hop.headers),
                });
                readingBody = true;
                const status = message.statusCode ?? 0;
                const next = redirectTarget(hop, status, message.headers.location, request.sensitiveHeaders);
                if (next) {
                    await readBody(message, { maxBytes: REDIRECT_BODY_BYTES });
                    this.settle(hop.url, { kind: "answer", status }, request, undefined, hopIsProbe);
                    hopIsProbe = false;
                    if (redirects === MAX_REDIRECTS) {
                        const reason = `stopped after ${MAX_REDIRECTS} redirects; the next one pointed to ${next.url.href}`;
                        return { failure: { kind: "protocol", message: reason } };
                    }
                    hops.push({ url: hop.url.href, status });
                    hop = next;
                    continue;
                }
                const { body, truncated } = await readBody(message, {
                    maxBytes: request.maxBodyBytes ?? this.options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
                    contentEncoding: message.headers["content-encoding"],
                });
                result = {
                    answer: {
                        status,
                        headers: responseHeaders(message),
                        body,
                        truncated,
                        url: hop.url,
                        redirects: hops,
                    },
                };
                break;
            }
        }
        catch (error) {
            result = {
                failure: controller.signal.aborted
                    ? abortFailure(controller.signal.reason, readingBody, timeoutMs, request.signal)
                    : transportFailure(error, hop.url),
            };
        }
        finally {
            clearTimeout(timer);
            request.signal?.removeEventListener("abort", onAbort);
        }
        const answer = "answer" in result ? result.answer : undefined;
        this.settle(hop.url, outcomeOf(result), request, answer, hopIsProbe);
        return result;
    }
    /** What an attempt that was sent tells the circuit and the origin's tally. */
    settle(url, outcome, request, answer, probe) {
        if (outcome.kind === "cut") {
            if (probe)
                this.circuit.abandonProbe(url);
            return;
        }
        const judgement = judgeAttempt(outcome, {
            waiting: Boolean(request.waiting),
            expected: answer !== undefined && this.expected(request, answer),
        });
        const what = describeOutcome(outcome);
        this.circuit.record(url, judgement, what, probe);
        let tally = this.seen.get(url.origin);
        if (!tally) {
            tally = { answered: 0, unanswered: 0, unansweredSinceLastAnswer: 0 };
            this.seen.set(url.origin, tally);
        }
        if (outcome.kind === "answer") {
            tally.answered++;
            tally.unansweredSinceLastAnswer = 0;
            delete tally.lastError;
            delete tally.lastFailure;
        }
        else {
            tally.unanswered++;
            tally.unansweredSinceLastAnswer++;
            tally.lastError = what;
            tally.lastFailure = outcome.kind;
        }
    }
    /**
     * Waits until an open circuit decides: another answer closes it or the probe in flight is
     * answered (`decided`), or the cool-down ends and a probe may go.
     */
    async awaitDecision(held, request) {
        const leftMs = request.deadline - Date.now();
        if (!held.probing && held.retryInMs >= leftMs)
            return "deadline";
        const stop = new AbortController();
        const signal = request.signal ? AbortSignal.any([request.signal, stop.signal]) : stop.signal;
        const timer = held.probing
            ? (0,external_node_timers_promises_namespaceObject.setTimeout)(Math.max(0, leftMs), "deadline", { signal })
            : (0,external_node_timers_promises_namespaceObject.setTimeout)(held.retryInMs, "cool-down-over", { signal });
        try {
            return await Promise.race([held.decided.then(() => "decided"), timer]);
        }
        catch {
            return "aborted";
        }
        finally {
            // The losing timer must not keep the process alive.
            stop.abort();
        }
    }
    waitBefore(answer, retry) {
        const retryAfterMs = parseRetryAfter(answer?.headers["retry-after"], Date.now());
        if (retryAfterMs !== undefined) {
            return {
                ms: retryAfterWaitMs(retryAfterMs, this.options.backoff),
                reason: `Retry-After asks for ${formatDuration(retryAfterMs)}`,
            };
        }
        const ms = backoffMs(retry, this.options.backoff);
        return { ms, reason: `retry ${retry} is due in ${formatDuration(ms)}` };
    }
}
function parseHttpUrl(value) {
    try {
        const url = new URL(value);
        return url.protocol === "http:" || url.protocol === "https:" ? url : undefined;
    }
    catch {
        return undefined;
    }
}
// Compressed answers are decoded anyway, so ask for them, as browsers do.
function withDefaults(headers) {
    const named = Object.keys(headers).some((name) => name.toLowerCase() === "accept-encoding");
    return named ? { ...headers } : { ...headers, "accept-encoding": "gzip, deflate, br" };
}
function outcomeOf(result) {
    if ("answer" in result)
        return { kind: "answer", status: result.answer.status };
    const { kind, code, message } = result.failure;
    switch (kind) {
        case "timeout":
            return { kind: "timeout" };
        case "connection":
            return { kind: "connection", code, message };
        case "protocol":
            return { kind: "protocol" };
        case "held-back":
            return { kind: "held-back" };
        case "deadline":
        case "aborted":
            return { kind: "cut" };
    }
}
/** A failure in a few words, for the circuit's reason and the origin's last error. */
function describeOutcome(outcome) {
    switch (outcome.kind) {
        case "answer":
            return external_node_http_.STATUS_CODES[outcome.status]
                ? `${outcome.status} ${external_node_http_.STATUS_CODES[outcome.status]}`
                : String(outcome.status);
        case "timeout":
            return "no answer in time";
        case "connection":
            return outcome.message;
        case "protocol":
            return "a malformed answer";
        case "held-back":
            return "held back";
        case "cut":
            return "cut short";
    }
}
function answerResponse(answer, attempts) {
    return {
        status: answer.status,
        headers: answer.headers,
        body: answer.body,
        text: bodyText(answer.body),
        truncated: answer.truncated,
        durationMs: attempts.at(-1)?.durationMs ?? 0,
        url: answer.url.href,
        ...(answer.redirects.length > 0 ? { redirects: answer.redirects } : {}),
        attempts,
    };
}
// Node already lower-cases names and joins repeats with ", "; only set-cookie stays a list.
function responseHeaders(message) {
    const headers = {};
    for (const [name, value] of Object.entries(message.headers)) {
        if (value !== undefined)
            headers[name] = Array.isArray(value) ? value.join("\n") : value;
    }
    return headers;
}
function abortMessage(signal) {
    const reason = signal?.reason;
    if (typeof reason === "string" && reason !== "")
        return `request aborted: ${reason}`;
    if (reason instanceof Error && reason.name !== "AbortError")
        return `request aborted: ${reason.message}`;
    return "request aborted";
}
function abortFailure(cause, readingBody, timeoutMs, signal) {
    switch (cause) {
        case "timeout":
            return {
                kind: "timeout",
                message: readingBody
                    ? `timed out: the body did not arrive within the ${formatDuration(timeoutMs)} request timeout`
                    : `timed out: no response within the ${formatDuration(timeoutMs)} request timeout`,
            };
        case "deadline":
            return {
                kind: "deadline",
                message: `the check's deadline passed while waiting for ${readingBody ? "the body" : "a response"}`,
            };
        case "aborted":
            return { kind: "aborted", message: abortMessage(signal) };
    }
}
function transportFailure(error, url) {
    if (error instanceof BodyError) {
        if (error.stage === "decode")
            return { kind: "protocol", message: error.message };
        return { kind: "connection", message: error.message, code: error.cause.code };
    }
    if (!(error instanceof DispatchError)) {
        return { kind: "connection", message: error instanceof Error ? error.message : String(error) };
    }
    const { code, reusedSocket } = error;
    if (code?.startsWith("HPE_")) {
        return { kind: "protocol", message: `${url.host} sent a malformed HTTP response: ${error.message}` };
    }
    const base = { kind: "connection", code, reusedSocket };
    switch (code) {
        case "ECONNREFUSED":
            return { ...base, message: `connection refused by ${url.host} (ECONNREFUSED)` };
        case "ENOTFOUND":
            return { ...base, message: `cannot resolve host ${url.hostname} (ENOTFOUND)` };
        case "ECONNRESET":
        case "EPIPE": {
            const where = reusedSocket ? ", on a reused keep-alive connection" : "";
            return { ...base, message: `${url.host} closed the connection before answering (${code}${where})` };
        }
        default:
            return { ...base, message: error.message };
    }
}

;// CONCATENATED MODULE: ./lib/version.js
/** Kept equal to package.json's version by a test. */
const VERSION = "0.1.0";

;// CONCATENATED MODULE: ./lib/engine/plan.js
function selectChecks(checks, only) {
    if (only.length === 0)
        return [...checks];
    const byName = new Map(checks.map((c) => [c.name, c]));
    const chosen = new Set();
    const add = (name) => {
        if (chosen.has(name))
            return;
        chosen.add(name);
        for (const need of byName.get(name)?.needs ?? [])
            add(need);
    };
    for (const c of checks)
        if (only.includes(c.name) || c.tags.some((t) => only.includes(t)))
            add(c.name);
    return checks.filter((c) => chosen.has(c.name));
}

;// CONCATENATED MODULE: ./lib/engine/rendered-names.js
// Which secrets and variables went into a request, by name: the engine notes, for every value a
// template rendered, the `secrets.*`, `vars.*` and `env.*` names in its template, so a report
// can say which secret a 401 refused (`check or rotate secrets.REPORTING_TOKEN`) without ever
// holding the value.

const NAMED = /^(?:secrets|vars|env)\./;
/** A bake renders a fresh `{{ uuid }}` each run: the oldest values are forgotten past this. */
const MAX_VALUES = 10_000;
function renderedNames() {
    const byValue = new Map();
    return {
        observe(source, rendered) {
            const names = templateRefs(source).filter((ref) => NAMED.test(ref));
            if (names.length === 0)
                return;
            const known = byValue.get(rendered) ?? [];
            byValue.set(rendered, [...new Set([...known, ...names])]);
            if (byValue.size > MAX_VALUES)
                byValue.delete(byValue.keys().next().value);
        },
        namesIn: (value) => byValue.get(value) ?? [],
    };
}

;// CONCATENATED MODULE: ./lib/engine/request-ledger.js

function requestLedger(http) {
    let attempts = 0;
    let retries = 0;
    let polls = 0;
    let heldBack = 0;
    let waitedMs = 0;
    // A run of polls of one request: the wait is from its first poll to its last.
    let series;
    const closeSeries = () => {
        if (series)
            waitedMs += series.last - series.first;
        series = undefined;
    };
    const count = (records) => {
        // A held-back attempt was never sent: it is neither an attempt nor a retry.
        const sent = records.filter((r) => r.failure !== "held-back").length;
        heldBack += records.length - sent;
        attempts += sent;
        retries += Math.max(0, sent - 1);
    };
    const client = {
        async send(request) {
            const started = Date.now();
            if (request.waiting) {
                polls++;
                const key = `${request.method} ${request.url}`;
                if (series?.key === key)
                    series.last = started;
                else {
                    closeSeries();
                    series = { key, first: started, last: started };
                }
            }
            else
                closeSeries();
            try {
                const response = await http.send(request);
                count(response.attempts);
                return response;
            }
            catch (error) {
                if (error instanceof HttpFailure)
                    count(error.attempts);
                throw error;
            }
        },
        origins: () => http.origins(),
        close: () => undefined,
    };
    return {
        client,
        tally() {
            closeSeries();
            return { attempts, retries, polls, waitedMs, heldBack };
        },
    };
}

;// CONCATENATED MODULE: ./lib/engine/results.js
const FAILING = new Set(["failed", "errored", "timed-out", "cancelled"]);
function results_isFailing(outcome) {
    return FAILING.has(outcome);
}
function countResults(checks) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    let warnings = 0;
    for (const c of checks) {
        if (c.outcome === "passed")
            passed++;
        else if (c.outcome === "skipped")
            skipped++;
        else if (c.severity === "warning")
            warnings++;
        else
            failed++;
    }
    return { passed, failed, skipped, warnings };
}
/** The report of a gate that never ran: a matrix fan-in must see this leg as failed, not missing. */
function notRunResult(base, error, startedAt) {
    return {
        version: 1,
        ...base,
        verdict: "failed",
        error,
        startedAt: startedAt.toISOString(),
        durationMs: Date.now() - startedAt.getTime(),
        counts: { passed: 0, failed: 0, skipped: 0, warnings: 0 },
        failedChecks: [],
        checks: [],
    };
}

;// CONCATENATED MODULE: ./lib/engine/gate.js
// Runs the selected checks as a DAG: independent checks at most `concurrency` at once,
// dependent ones after their needs, everything inside the gate's deadline.












const BUILTIN_TIMEOUT_MS = 10_000;
const BUILTIN_RETRIES = 2;
/** The check's own `timeout` and `retries` win over the inputs, which win over the config's `defaults`. */
function requestSettings(check, options, headers) {
    const { defaults } = options.config;
    return {
        timeoutMs: check.timeout ?? options.requestTimeoutMs ?? defaults.timeout ?? BUILTIN_TIMEOUT_MS,
        retries: check.retries ?? options.retries ?? defaults.retries ?? BUILTIN_RETRIES,
        headers,
    };
}
function skipped(check, detail) {
    return base(check, "skipped", detail, 0);
}
const NO_REQUESTS = { attempts: 0, retries: 0, polls: 0, waitedMs: 0, heldBack: 0 };
function base(check, outcome, detail, durationMs) {
    return {
        name: check.name,
        type: check.type,
        severity: check.severity,
        tags: check.tags,
        outcome,
        detail,
        durationMs,
        ...NO_REQUESTS,
        flaky: false,
        assertions: [],
    };
}
/** No answer within the request timeout is `timed out`, apart from other errors (SPEC §5). */
function gate_outcomeOf(run) {
    if (run.outcome !== "errored")
        return run.outcome;
    const deciding = run.exchange ?? failedStep(run.steps)?.exchange;
    return deciding?.failure === "timeout" ? "timed-out" : "errored";
}
function fromRun(check, { run, tally }, durationMs, bake) {
    // A pass that needed a retry is flaky; so is a bake that passed with failed runs within its limit.
    const shaky = tally.retries > 0 || (bake?.failures ?? 0) > 0;
    return {
        ...base(check, gate_outcomeOf(run), run.detail, durationMs),
        ...(run.hint ? { hint: run.hint } : {}),
        ...tally,
        flaky: run.outcome === "passed" && shaky,
        assertions: run.assertions,
        ...(run.exchange ? { exchange: run.exchange } : {}),
        ...(run.steps ? { steps: run.steps } : {}),
        ...(run.tables ? { tables: run.tables } : {}),
    };
}
async function runGate(options) {
    const startedAt = new Date();
    const started = Date.now();
    const deadline = started + options.timeoutMs;
    const { config, redactor } = options;
    const http = options.http ?? createHttpClient();
    const controller = new AbortController();
    // Every in-flight request listens on this one signal.
    (0,external_node_events_.setMaxListeners)(0, controller.signal);
    const checks = selectChecks(config.checks, options.only);
    // Checks that wait (bake windows, polling, flows) are on the critical path: start them first
    // so the quick ones run in their shadow. Results keep config order.
    const startOrder = [...checks].sort((a, b) => waits(b) - waits(a));
    const results = new Map();
    const running = new Map();
    let interrupted;
    let stopStarting;
    const names = renderedNames();
    const defaultHeaders = renderDeep(config.defaults.headers ?? {}, options.scope, {}, names.observe);
    const finish = (result) => {
        const clean = redact(result, redactor);
        results.set(clean.name, clean);
        running.delete(clean.name);
        if (!stopStarting && options.failFast && clean.severity === "critical" && results_isFailing(clean.outcome)) {
            stopStarting = clean.name;
        }
        options.onCheckDone?.(clean);
    };
    const execute = async (check) => {
        const type = checkTypes.get(check.type);
        const checkStarted = Date.now();
        const notes = [];
        running.set(check.name, { check, started: checkStarted });
        options.onCheckStart?.(check);
        const request = requestSettings(check, options, defaultHeaders);
        const once = async (windowDeadline) => {
            const ledger = requestLedger(http);
            try {
                const run = await type.run({
                    check: check.spec,
                    baseUrl: options.baseUrl,
                    http: ledger.client,
                    render: (value, captures) => renderDeep(value, options.scope, captures, names.observe),
                    request,
                    deadline: Math.min(deadline, windowDeadline),
                    signal: controller.signal,
                    addSecret: (value) => redactor.add(value),
                    redact: (text) => redactor.text(text),
                    containsSecret: (value) => redactor.text(value) !== value,
                    namesIn: (value) => names.namesIn(value),
                    log: (line) => {
                        if (notes.length < 100)
                            notes.push(line);
                    },
                });
                return { run, tally: ledger.tally() };
            }
            catch (error) {
                // A bug in one check ends that check, never the gate.
                const message = firstLine(error instanceof Error ? error.message : String(error));
                const run = {
                    outcome: "errored",
                    detail: `internal error in check "${check.name}": ${message}`,
                    assertions: [],
                };
                return { run, tally: ledger.tally() };
            }
        };
        let ran;
        let bake;
        if (check.bake) {
            ({ ran, bake } = await baked(check.bake, once, controller.signal));
        }
        else {
            ran = await once(deadline);
        }
        const { run } = ran;
        if (results.has(check.name))
            return; // already reported as timed out or cancelled
        // A request cut by the gate deadline can settle a moment before the gate's own timer fires.
        if (run.outcome !== "passed" && Date.now() >= deadline)
            return stop("timed-out");
        finish({
            ...fromRun(check, ran, Date.now() - checkStarted, bake),
            ...(notes.length ? { log: notes } : {}),
            ...(bake ? { bake } : {}),
        });
    };
    const schedule = new Promise((resolve) => {
        const inFlight = new Set();
        const pump = () => {
            let progressed = true;
            while (progressed && !interrupted) {
                progressed = false;
                for (const check of startOrder) {
                    if (results.has(check.name) || running.has(check.name))
                        continue;
                    const needs = check.needs.map((n) => results.get(n));
                    if (needs.some((r) => r === undefined))
                        continue;
                    progressed = true;
                    const failedNeed = needs.find((r) => r && r.outcome !== "passed");
                    if (failedNeed) {
                        const why = failedNeed.outcome === "skipped" ? "was skipped" : failedNeed.outcome;
                        finish(skipped(check, `needs "${failedNeed.name}", which ${why}`));
                    }
                    else if (stopStarting) {
                        finish(skipped(check, `not started: fail-fast after "${stopStarting}" failed`));
                    }
                    else if (check.if !== undefined && !evaluateCondition(check.if, options.scope)) {
                        finish(skipped(check, `if: ${String(check.if)} is false`));
                    }
                    else if (inFlight.size >= options.concurrency) {
                        progressed = false;
                        break;
                    }
                    else {
                        const p = execute(check).finally(() => {
                            inFlight.delete(p);
                            pump();
                        });
                        inFlight.add(p);
                    }
                }
            }
            if (results.size === checks.length)
                resolve();
        };
        pump();
    });
    const stop = (why) => {
        if (interrupted)
            return;
        interrupted = why;
        controller.abort();
        const word = why === "timed-out" ? `gate timeout of ${formatDuration(options.timeoutMs)} reached` : "job cancelled";
        for (const check of checks) {
            if (results.has(check.name))
                continue;
            const run = running.get(check.name);
            finish({
                ...base(check, why, run ? `${word} while running` : `${word} before it started`, run ? Date.now() - run.started : 0),
            });
        }
    };
    // Node fires a timer of more than 2^31-1 ms at once; config validation refuses such timeouts.
    const timer = setTimeout(() => stop("timed-out"), Math.min(2 ** 31 - 1, Math.max(0, deadline - Date.now())));
    const onCancel = () => stop("cancelled");
    options.signal?.addEventListener("abort", onCancel, { once: true });
    if (options.signal?.aborted)
        onCancel();
    const interruptedP = new Promise((resolve) => {
        controller.signal.addEventListener("abort", () => resolve(), { once: true });
    });
    try {
        await Promise.race([schedule, interruptedP]);
    }
    finally {
        clearTimeout(timer);
        options.signal?.removeEventListener("abort", onCancel);
        if (!options.http)
            http.close();
    }
    const ordered = checks.map((c) => results.get(c.name));
    const counts = countResults(ordered);
    const failedChecks = ordered
        .filter((c) => c.severity === "critical" && results_isFailing(c.outcome))
        .map((c) => c.name);
    // Nothing proved is not a pass: a gate whose every critical check was skipped checked nothing.
    const nothingChecked = !interrupted && !ordered.some((c) => c.severity === "critical" && c.outcome !== "skipped");
    const origins = redactor.deep(http.origins());
    const unreachable = unreachableBase(options.baseUrl, origins);
    return {
        version: 1,
        tool: { name: "deploy-gate", version: VERSION },
        label: options.label,
        mode: options.mode,
        baseUrl: redactor.text(options.baseUrl),
        verdict: failedChecks.length > 0 || interrupted || nothingChecked ? "failed" : "passed",
        ...(interrupted ? { interrupted } : {}),
        ...(nothingChecked ? { nothingChecked } : {}),
        ...(unreachable ? { unreachable } : {}),
        ...(origins.length > 0 ? { origins } : {}),
        startedAt: startedAt.toISOString(),
        durationMs: Date.now() - started,
        counts,
        failedChecks,
        checks: ordered,
        ...(options.run ? { run: options.run } : {}),
    };
}
/**
 * The base URL's origin, when not one request could connect to it. A service that accepts
 * connections but never answers is not unreachable: its checks time out, each saying so.
 */
function unreachableBase(baseUrl, origins) {
    let origin;
    try {
        origin = new URL(baseUrl).origin;
    }
    catch {
        return undefined;
    }
    const seen = origins.find((o) => o.origin === origin);
    if (!seen || seen.answered > 0 || seen.lastFailure !== "connection")
        return undefined;
    return { origin, error: seen.lastError ?? "no answer" };
}
/** How long a check tends to take: 2 for a bake window, 1 for polling or a flow, else 0. */
function waits(check) {
    if (check.bake)
        return 2;
    const spec = check.spec;
    return check.type === "flow" || spec.until !== undefined || spec["fail-when"] !== undefined ? 1 : 0;
}
/** Canary bake: run repeatedly over the window; fail once failures pass the limit. */
async function baked(bake, once, signal) {
    const end = Date.now() + bake.for;
    const limit = bake["failure-limit"];
    let runs = 0;
    let failures = 0;
    let tally = NO_REQUESTS;
    let last;
    let lastFailure;
    while (!signal.aborted) {
        const runStarted = Date.now();
        const ran = await once(end);
        last = ran.run;
        tally = addTallies(tally, ran.tally);
        runs++;
        if (last.outcome !== "passed") {
            failures++;
            lastFailure = last;
            if (failures > limit)
                break;
        }
        const next = runStarted + bake.every;
        if (next >= end)
            break;
        await (0,external_node_timers_promises_namespaceObject.setTimeout)(next - Date.now(), undefined, { signal }).catch(() => undefined);
    }
    const summary = { runs, failures, failureLimit: limit };
    if (failures > limit && lastFailure) {
        const detail = `bake: ${failures} of ${runs} runs failed (limit ${limit}); last: ${lastFailure.detail}`;
        return { ran: { run: { ...lastFailure, detail }, tally }, bake: summary };
    }
    const run = last ?? { outcome: "errored", detail: "no run", assertions: [] };
    const detail = `bake: ${runs} runs over ${formatDuration(bake.for)}, ${failures} failed (limit ${limit})`;
    return { ran: { run: { ...run, outcome: "passed", detail }, tally }, bake: summary };
}
function addTallies(a, b) {
    return {
        attempts: a.attempts + b.attempts,
        retries: a.retries + b.retries,
        polls: a.polls + b.polls,
        waitedMs: a.waitedMs + b.waitedMs,
        heldBack: a.heldBack + b.heldBack,
    };
}
function firstLine(text) {
    const line = text.split("\n", 1)[0] ?? "";
    return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}
function redact(result, redactor) {
    const withHeaders = (ex) => ex?.responseHeaders ? { ...ex, responseHeaders: redactor.headers({ ...ex.responseHeaders }) } : ex;
    const steps = result.steps?.map((s) => (s.exchange ? { ...s, exchange: withHeaders(s.exchange) } : s));
    return redactor.deep({
        ...result,
        ...(result.exchange ? { exchange: withHeaders(result.exchange) } : {}),
        ...(steps ? { steps } : {}),
    });
}

;// CONCATENATED MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var js_yaml_str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return js_yaml_str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  js_yaml_str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return js_yaml_str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var js_yaml_map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return js_yaml_map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  js_yaml_map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return js_yaml_map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var js_yaml_null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return js_yaml_null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  js_yaml_null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return js_yaml_null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var js_yaml_int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return js_yaml_int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  js_yaml_int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return js_yaml_int;
}
var js_yaml_float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return js_yaml_float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  js_yaml_float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return js_yaml_float;
}
var js_yaml_json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return js_yaml_json;
  hasRequiredJson = 1;
  js_yaml_json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return js_yaml_json;
}
var js_yaml_core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return js_yaml_core;
  hasRequiredCore = 1;
  js_yaml_core = requireJson();
  return js_yaml_core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var js_yaml_merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return js_yaml_merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  js_yaml_merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return js_yaml_merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var js_yaml_set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return js_yaml_set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  js_yaml_set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return js_yaml_set;
}
var js_yaml_default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return js_yaml_default;
  hasRequired_default = 1;
  js_yaml_default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return js_yaml_default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "";
      case 95:
        return " ";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string.length;
    while (position < length) {
      let line;
      const next = string.indexOf("\n", position);
      if (next === -1) {
        line = string.slice(position);
        position = length;
      } else {
        line = string.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first = string.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
const yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
const {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

//# sourceMappingURL=js-yaml.mjs.map

;// CONCATENATED MODULE: ./lib/config/lines.js
// The line a place in the config text is on, for error messages. js-yaml has no position
// map of its nodes, but its `listener` option reports every node as it opens and closes;
// from those events this rebuilds the tree of mappings and sequences with the line of each
// key and item. It parses the text a second time, so it runs only when there is an error.

function isBlank(ch) {
    return ch === " " || ch === "\t";
}
/** The root node of `text`, or undefined when it does not parse. */
function nodeTree(text) {
    const stack = [{ line: 0, kind: null, isKey: false, children: [] }];
    const listener = (event, state) => {
        if (event === "open") {
            stack.push({ line: state.line + 1, kind: null, isKey: false, children: [] });
            return;
        }
        let node = stack.pop();
        const parent = stack.at(-1);
        if (!node || !parent)
            return;
        // A block-context node that turned out to be one flow collection (`{…}` at the top of a
        // JSON document) wraps it: keep the collection itself.
        const [only] = node.children;
        if (node.children.length === 1 && only && !only.isKey && only.value === state.result)
            node = only;
        node.kind = state.kind;
        node.value = state.result;
        let at = state.position;
        while (isBlank(state.input[at]))
            at++;
        node.isKey = state.input[at] === ":";
        parent.children.push(node);
    };
    try {
        load(text, { schema: CORE_SCHEMA, listener });
    }
    catch {
        return undefined;
    }
    return stack[0]?.children[0];
}
/** Key → (line of the key, value node). A node that is not a key is the value of the key before it. */
function entries(mapping) {
    const out = new Map();
    const { children } = mapping;
    for (let i = 0; i < children.length; i++) {
        const key = children[i];
        if (!key.isKey)
            continue;
        const next = children[i + 1];
        const value = next && !next.isKey ? next : undefined;
        if (value)
            i++;
        // A complex key (`? { … }`) is no path a config error can name: only scalar keys are indexed.
        if (key.value !== null && typeof key.value === "object")
            continue;
        out.set(String(key.value), { line: key.line, ...(value ? { value } : {}) });
    }
    return out;
}
/**
 * Looks lines up in one config text. A path into the validated document (`checks[2].expect.status`)
 * maps to the line of its deepest key or item found in the text; a bare list is `checks`.
 */
function lineFinder(text) {
    let root = null;
    return (at) => {
        if (root === null)
            root = nodeTree(text);
        let node = root;
        if (!node)
            return undefined;
        const path = node.kind === "sequence" && at[0] === "checks" ? at.slice(1) : at;
        let line;
        for (const key of path) {
            if (node.kind === "sequence" && typeof key === "number") {
                node = node.children[key];
                if (!node)
                    break;
                line = node.line;
            }
            else if (node.kind === "mapping") {
                const entry = entries(node).get(String(key));
                if (!entry)
                    break;
                line = entry.line;
                if (!entry.value)
                    break;
                node = entry.value;
            }
            else
                break;
        }
        return line;
    };
}

;// CONCATENATED MODULE: ./lib/config/suggest.js
// "Did you mean …?" for a name that is close to a known one: a typo is a config error that
// says what was meant, not only what was wrong.
/** Optimal-string-alignment Damerau-Levenshtein distance: insertions, deletions, substitutions, swaps. */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = new Array(rows * cols).fill(0);
    for (let i = 0; i < rows; i++)
        d[i * cols] = i;
    for (let j = 0; j < cols; j++)
        d[j] = j;
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(d[(i - 1) * cols + j] + 1, d[i * cols + j - 1] + 1, d[(i - 1) * cols + j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, d[(i - 2) * cols + j - 2] + 1);
            d[i * cols + j] = best;
        }
    }
    return d[rows * cols - 1];
}
/** How many edits still read as a typo of a name this long: none for very short names. */
function tolerance(length) {
    if (length <= 2)
        return 0;
    if (length <= 5)
        return 1;
    if (length <= 10)
        return 2;
    return 3;
}
/** The known name closest to `given`, when it is close enough to be a typo of it. */
function closest(given, known) {
    let best;
    let bestDistance = Number.POSITIVE_INFINITY;
    const lower = given.toLowerCase();
    for (const candidate of known) {
        if (candidate === given)
            continue;
        // Case alone is one edit, whatever the length: `Content-type` for `content-type`.
        const distance = candidate.toLowerCase() === lower ? 0.5 : editDistance(lower, candidate.toLowerCase());
        if (distance < bestDistance && distance <= tolerance(Math.max(given.length, candidate.length))) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
/** ` — did you mean "expect"?`, or nothing when no known name is close. */
function didYouMean(given, known) {
    const match = closest(given, known);
    return match === undefined ? "" : ` — did you mean ${JSON.stringify(match)}?`;
}

;// CONCATENATED MODULE: ./lib/config/issues.js



const TYPE_NAMES = {
    string: "a string",
    number: "a number",
    boolean: "true or false",
    array: "a list",
    object: "a mapping",
};
// zod's issue for unknown keys does not say which keys were known; only the error map, which
// sees the object schema (each branch of a union its own), can. It writes one line per
// unknown key, each with its suggestion; `unknownFields` turns the lines into issues.
/** The error map every config parse runs with (`safeParse(value, { error: unknownFieldLines })`). */
const unknownFieldLines = (issue) => {
    if (issue.code !== "unrecognized_keys")
        return undefined;
    const shape = issue.inst?._zod?.def?.shape;
    const known = shape ? Object.keys(shape) : [];
    return issue.keys
        .map((key) => `unknown field ${JSON.stringify(clip(key, 60))}${didYouMean(key, known)}`)
        .join("\n");
};
const SUGGESTION = / — did you mean "(.*)"\?$/;
function describeInput(input) {
    if (input === undefined)
        return "nothing";
    if (input === null)
        return "null";
    if (Array.isArray(input))
        return "a list";
    if (typeof input === "object")
        return "a mapping";
    return `${typeof input} ${clip(JSON.stringify(input), 60)}`;
}
function issues_messageOf(issue) {
    switch (issue.code) {
        case "invalid_type":
            if (issue.input === undefined)
                return "is required";
            return issue.message.startsWith("Invalid input")
                ? `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, got ${describeInput(issue.input)}`
                : issue.message;
        case "invalid_value": {
            if (!issue.message.startsWith("Invalid"))
                return issue.message;
            const options = issue.values.map((v) => JSON.stringify(v));
            const given = typeof issue.input === "string" ? issue.input : undefined;
            const hint = given === undefined ? "" : didYouMean(given, issue.values.map(String));
            return `expected one of ${options.join(", ")}${hint}`;
        }
        case "invalid_key":
            return issue.issues[0]?.message ?? issue.message;
        default:
            return issue.message;
    }
}
/** One issue per unknown field, each found on the line of the field itself. */
function unknownFields(issue, at) {
    const lines = issue.message.split("\n");
    return issue.keys.map((key, i) => {
        const line = lines.length === issue.keys.length ? lines[i] : undefined;
        return issueAt(at, line ?? `unknown field ${JSON.stringify(clip(key, 60))}`, [...at, key]);
    });
}
/** How far a union branch got: fewer issues is closer, and a suggested field name closer still. */
function distance(branch) {
    const suggested = branch.some((i) => i.code === "unrecognized_keys" && SUGGESTION.test(i.message));
    return branch.length - (suggested ? 0.5 : 0);
}
/** A union that failed: a custom message wins; otherwise report the branch that got furthest. */
function unionIssues(issue, base) {
    const at = [...base, ...issue.path];
    if (!issue.message.startsWith("Invalid input") || issue.errors.length === 0) {
        return [issueAt(at, issue.message)];
    }
    const typeMismatch = (branch) => branch.every((i) => i.path.length === 0 && i.code === "invalid_type");
    const candidates = issue.errors.filter((b) => !typeMismatch(b));
    if (!candidates.length)
        return [issueAt(at, `unexpected ${describeInput(issue.input)}`)];
    const best = candidates.reduce((a, b) => (distance(b) < distance(a) ? b : a));
    return toConfigIssues(best, at);
}
function toConfigIssues(issues, base = []) {
    const found = issues.flatMap((issue) => {
        if (issue.code === "invalid_union")
            return unionIssues(issue, base);
        const at = [...base, ...issue.path];
        if (issue.code === "unrecognized_keys")
            return unknownFields(issue, at);
        return [issueAt(at, issues_messageOf(issue))];
    });
    // `exits: true` → unknown field "exits" — did you mean "exists"? says all; "exists is required" is noise.
    const meant = new Set(found.flatMap((i) => {
        const field = SUGGESTION.exec(i.message)?.[1];
        return field !== undefined && i.lineAt ? [formatPath([...(i.at ?? []), field])] : [];
    }));
    return found.filter((i) => !(i.message === "is required" && i.at && meant.has(formatPath(i.at))));
}

;// CONCATENATED MODULE: ./lib/config/schema.js
// The config document's schema, assembled from the fields every check has and each check
// type's own fields (src/checks/registry.ts). Also the source of the published JSON Schema.



const CONFIG_VERSION = 1;
const scalar = union([schemas_string(), schemas_number(), schemas_boolean()]);
const documentFields = strictObject({
    $schema: schemas_string().optional(),
    version: literal(CONFIG_VERSION, { error: `expected version: ${CONFIG_VERSION}` })
        .default(CONFIG_VERSION),
    defaults: defaults.optional(),
    vars: record(schemas_string(), scalar).optional(),
    checks: array(unknown(), { error: "expected a list of checks" }).min(1, "expected at least one check"),
});
const schema_cache = new Map();
function checkSchema(type) {
    const hit = schema_cache.get(type);
    if (hit)
        return hit;
    const def = checkTypes.get(type);
    if (!def)
        return undefined;
    const schema = strictObject({ type: literal(type), ...fields_baseCheck, ...def.fields });
    schema_cache.set(type, schema);
    return schema;
}
/** The JSON Schema editors use (schema/deploy-gate.schema.json), input side of every transform. */
function configJsonSchema() {
    const shorthand = z
        .string()
        .meta({ description: 'A request line ("GET /health") or a check type ("release-guard")' });
    const checks = CHECK_TYPES.map((t) => z.strictObject({
        type: t.type === "http" ? z.literal("http").optional() : z.literal(t.type),
        ...baseCheck,
        ...t.fields,
    }));
    const check = z.union([shorthand, ...checks]);
    const document = documentFields.extend({ checks: z.array(check).min(1) });
    return z.toJSONSchema(z.union([document, z.array(check).min(1)]), {
        io: "input",
        unrepresentable: "any",
        reused: "ref",
    });
}

;// CONCATENATED MODULE: ./lib/config/load.js
// Text → validated config. Everything here runs before any request is sent, and every
// problem is reported with its place (`checks[2].expect.status: …`).









const MAX_CONFIG_BYTES = 1024 * 1024;
const MAX_DEPTH = 64;
// YAML aliases share one value many times; walking the expansion is what would blow up.
const load_MAX_VALUES = 200_000;
const load_REQUEST_LINE = /^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\s+\S(?:.*\S)?$/i;
/** Why a parsed document is too big to validate: too deep, or (through aliases) too many values. */
function tooLarge(value) {
    const stack = [[value, 0]];
    let seen = 0;
    while (stack.length) {
        const [v, d] = stack.pop();
        if (d > MAX_DEPTH)
            return `config is nested deeper than ${MAX_DEPTH} levels`;
        if (++seen > load_MAX_VALUES)
            return `config expands to more than ${load_MAX_VALUES} values (a YAML alias bomb?)`;
        if (v !== null && typeof v === "object")
            for (const child of Object.values(v))
                stack.push([child, d + 1]);
    }
    return undefined;
}
/**
 * YAML 1.2 core schema or JSON (JSON is YAML): no timestamps or other implicit types, duplicate
 * keys refused. js-yaml over `yaml`: it parses a large config several times faster at start-up,
 * which is on every deploy's critical path (bench/README.md).
 */
function parseConfigText(text, source = "config") {
    if (Buffer.byteLength(text) > MAX_CONFIG_BYTES) {
        throw new ConfigError([{ path: "", message: `config is larger than ${MAX_CONFIG_BYTES} bytes` }], source);
    }
    let doc;
    try {
        doc = load(text, { schema: CORE_SCHEMA, filename: source });
    }
    catch (error) {
        const message = error instanceof YAMLException
            ? `${error.reason}${error.mark ? ` at line ${error.mark.line + 1}, column ${error.mark.column + 1}` : ""}`
            : error.message;
        throw new ConfigError([{ path: "", message: `not valid YAML or JSON: ${message}` }], source);
    }
    const problem = tooLarge(doc);
    if (problem)
        throw new ConfigError([{ path: "", message: problem }], source);
    return doc;
}
const SHORTHAND_TYPES = () => [...checkTypes.keys()].filter((t) => t !== "http");
function expandShorthand(item, index, issues) {
    const place = ["checks", index];
    if (typeof item === "string") {
        const line = item.trim();
        if (checkTypes.has(line) && line !== "http")
            return { type: line };
        if (load_REQUEST_LINE.test(line))
            return { type: "http", request: line.replace(/^\S+/, (m) => m.toUpperCase()) };
        issues.push(issueAt(place, `expected a request line like "GET /health", a check type like "release-guard", or a mapping; got ${JSON.stringify(clip(line, 60))}${didYouMean(line, SHORTHAND_TYPES())}`));
        return undefined;
    }
    if (item === null || typeof item !== "object" || Array.isArray(item)) {
        issues.push(issueAt(place, "expected a check: a request line or a mapping"));
        return undefined;
    }
    const obj = item;
    const type = obj.type ?? "http";
    if (typeof type !== "string" || !checkTypes.has(type)) {
        const hint = typeof type === "string" ? didYouMean(type, checkTypes.keys()) : "";
        issues.push(issueAt([...place, "type"], `unknown check type ${clip(JSON.stringify(type) ?? String(type), 60)}; expected one of ${[...checkTypes.keys()].join(", ")}${hint}`));
        return undefined;
    }
    return { ...obj, type };
}
/**
 * The name a check in the parsed document goes by, for error messages: its `name`, else the
 * name its type gives it (the request line), else its type. Matches `CheckConfig.name` for a
 * valid check, and does its best for an invalid one.
 */
function checkNamer(doc) {
    const items = Array.isArray(doc)
        ? doc
        : typeof doc === "string"
            ? [doc]
            : doc && typeof doc === "object" && Array.isArray(doc.checks)
                ? doc.checks
                : typeof doc?.checks === "string"
                    ? [doc.checks]
                    : [];
    return (index) => {
        const item = items[index];
        const given = item?.name;
        if (typeof given === "string" && given)
            return given;
        const expanded = expandShorthand(item, index, []);
        if (!expanded)
            return undefined;
        const type = expanded.type;
        const parsed = request.safeParse(expanded.request);
        if (expanded.request !== undefined && !parsed.success)
            return typeof expanded.request === "string" ? expanded.request.trim() : type;
        try {
            const named = checkTypes
                .get(type)
                ?.defaultName?.({ ...expanded, ...(parsed.success ? { request: parsed.data } : {}) });
            return named ?? type;
        }
        catch {
            // A check too broken for its type to name it is still named by its type.
            return type;
        }
    };
}
function toCheckConfig(index, parsed) {
    const type = parsed.type;
    const needs = parsed.needs === undefined ? [] : [].concat(parsed.needs);
    const name = parsed.name ?? checkTypes.get(type)?.defaultName?.(parsed) ?? type;
    return {
        index,
        name,
        type,
        severity: parsed.severity,
        tags: parsed.tags,
        needs,
        ...(parsed.if !== undefined ? { if: parsed.if } : {}),
        ...(parsed.timeout !== undefined ? { timeout: parsed.timeout } : {}),
        ...(parsed.retries !== undefined ? { retries: parsed.retries } : {}),
        ...(parsed.bake !== undefined ? { bake: parsed.bake } : {}),
        spec: parsed,
    };
}
function checkGraph(checks, issues) {
    const byName = new Map();
    for (const c of checks) {
        const prior = byName.get(c.name);
        if (prior) {
            issues.push(issueAt(["checks", c.index, "name"], `duplicate check name ${JSON.stringify(clip(c.name))} (also checks[${prior.index}]); give one a name`));
        }
        else
            byName.set(c.name, c);
    }
    for (const c of checks) {
        for (const need of c.needs) {
            if (!byName.has(need))
                issues.push(issueAt(["checks", c.index, "needs"], `unknown check ${JSON.stringify(clip(need))}${didYouMean(need, byName.keys())}`));
            if (need === c.name)
                issues.push(issueAt(["checks", c.index, "needs"], "a check cannot need itself"));
        }
    }
    if (issues.length)
        return;
    // Depth-first search for a cycle; reported once, at the check where it was found.
    const state = new Map();
    const visit = (c, trail) => {
        if (state.get(c.name) === "done")
            return false;
        if (state.get(c.name) === "visiting") {
            issues.push(issueAt(["checks", c.index, "needs"], `needs form a cycle: ${[...trail.slice(trail.indexOf(c.name)), c.name].join(" → ")}`));
            return true;
        }
        state.set(c.name, "visiting");
        for (const need of c.needs)
            if (visit(byName.get(need), [...trail, c.name]))
                return true;
        state.set(c.name, "done");
        return false;
    };
    for (const c of checks)
        if (visit(c, []))
            break;
}
/** Validates a parsed document (a bare list or a whole config). Throws ConfigError. */
function loadConfig(doc, source) {
    // A bare list, or a single shorthand (`checks: GET /health`), is a list of checks.
    const asDocument = Array.isArray(doc) ? { checks: doc } : typeof doc === "string" ? { checks: [doc] } : doc;
    const parse = { reportInput: true, error: unknownFieldLines };
    const top = documentFields.safeParse(asDocument, parse);
    if (!top.success) {
        throw new ConfigError(doc === null || typeof doc !== "object"
            ? [{ path: "", message: "expected a list of checks or a config document with `checks:`" }]
            : toConfigIssues(top.error.issues), source);
    }
    const issues = [];
    const checks = [];
    for (const [index, item] of top.data.checks.entries()) {
        const expanded = expandShorthand(item, index, issues);
        if (!expanded)
            continue;
        const parsed = checkSchema(expanded.type).safeParse(expanded, parse);
        if (!parsed.success)
            issues.push(...toConfigIssues(parsed.error.issues, ["checks", index]));
        else
            checks.push(toCheckConfig(index, parsed.data));
    }
    if (!issues.length)
        checkGraph(checks, issues);
    if (issues.length)
        throw new ConfigError(placeIssues(issues, { nameOf: checkNamer(doc) }), source);
    return {
        version: 1,
        defaults: top.data.defaults ?? {},
        vars: Object.fromEntries(Object.entries(top.data.vars ?? {}).map(([k, v]) => [k, String(v)])),
        checks,
    };
}
/** Every template name in every check must resolve; flow steps may use captures of earlier steps. */
function validateTemplates(config, scope) {
    const issues = [];
    const inspect = (value, base, captures) => {
        for (const [text, path] of stringsIn(value, base)) {
            try {
                for (const ref of templateRefs(text)) {
                    if (!isKnownRef(ref, scope, captures)) {
                        issues.push(issueAt(path, `unknown template name ${JSON.stringify(clip(ref))}${hintFor(ref, scope, captures)}`));
                    }
                }
            }
            catch (error) {
                if (error instanceof TemplateError)
                    issues.push(issueAt(path, error.message));
                else
                    throw error;
            }
        }
    };
    inspect(config.defaults, ["defaults"], new Set());
    for (const c of config.checks) {
        const { if: condition, steps, ...rest } = c.spec;
        if (typeof condition === "string") {
            try {
                templateRefs(condition);
            }
            catch (error) {
                issues.push(issueAt(["checks", c.index, "if"], error.message));
            }
        }
        inspect(rest, ["checks", c.index], new Set());
        const captured = new Set();
        for (const [i, step] of (steps ?? []).entries()) {
            // A step may use its own captures only in later steps; its request sees earlier ones.
            inspect(step, ["checks", c.index, "steps", i], new Set(captured));
            for (const name of Object.keys(step.capture ?? {}))
                captured.add(name);
        }
    }
    const names = new Map(config.checks.map((c) => [c.index, c.name]));
    if (issues.length)
        throw new ConfigError(placeIssues(issues, { nameOf: (i) => names.get(i) }));
}
const NAMESPACES = ["secrets", "vars", "env"];
/** Why a name is unknown and, when one is close, the name meant. Only names are shown, never a value. */
function hintFor(ref, scope, captures) {
    const [root = "", key, ...rest] = ref.split(".");
    const suggest = (names) => didYouMean(ref, names);
    if (key !== undefined && rest.length === 0 && NAMESPACES.includes(root)) {
        const table = root === "secrets" ? scope.secrets : root === "vars" ? scope.vars : scope.env;
        const names = Object.keys(table)
            .filter((k) => table[k] !== undefined)
            .map((k) => `${root}.${k}`);
        const why = root === "secrets"
            ? names.length
                ? "; not among the secrets given"
                : "; no secrets were given"
            : root === "vars"
                ? "; not among the vars given"
                : "; that environment variable is not set";
        return `${why}${suggest(names)}`;
    }
    // `{{ var.TOKEN }}`: a namespace misspelt, whatever the name after it.
    const namespace = key !== undefined && rest.length === 0 ? closest(root, NAMESPACES) : undefined;
    if (namespace)
        return ` — did you mean ${JSON.stringify(`${namespace}.${key}`)}?`;
    return suggest(knownRefs(captures));
}

;// CONCATENATED MODULE: ./lib/engine/prepare.js
// Shared by the action and the CLI: config text + inputs → a validated config and the
// template scope, all before any request is sent.





/** Every `only` entry names a check or a tag: one that names nothing is a typo, not an empty run. */
function checkOnly(checks, only) {
    const known = new Set(checks.flatMap((c) => [c.name, ...c.tags]));
    const issues = only.names
        .filter((name) => !known.has(name))
        .map((name) => ({
        path: only.place,
        message: `no check or tag is named ${JSON.stringify(clip(name))}${didYouMean(name, known)}`,
    }));
    if (issues.length)
        throw new ConfigError(issues);
}
function prepareGate(input) {
    const doc = parseConfigText(input.configText, input.source);
    try {
        return prepare(doc, input);
    }
    catch (error) {
        if (!(error instanceof ConfigError))
            throw error;
        // Only now, on the error path, is the text parsed again for the lines; one-line text has none.
        const lineOf = /\n\s*\S/.test(input.configText.trim()) ? lineFinder(input.configText) : undefined;
        const notes = { nameOf: checkNamer(doc), ...(lineOf ? { lineOf } : {}) };
        throw new ConfigError(placeIssues(error.issues, notes), input.source);
    }
}
function prepare(doc, input) {
    const config = loadConfig(doc);
    if (input.only)
        checkOnly(config.checks, input.only);
    const { env } = input;
    const scope = {
        secrets: input.secrets,
        vars: { ...config.vars, ...input.vars },
        env,
        // Outside Actions every invocation is its own run, so synthetic writes never collide.
        run: {
            id: env.GITHUB_RUN_ID ?? `local-${Date.now().toString(36)}`,
            attempt: env.GITHUB_RUN_ATTEMPT ?? "1",
        },
        sha: env.GITHUB_SHA ?? "",
        label: input.label,
    };
    validateTemplates(config, scope);
    return { config, scope };
}

;// CONCATENATED MODULE: ./lib/report/outcomes.js

const OUTCOMES = {
    passed: { word: "passed", emoji: "✅", glyph: "✔" },
    failed: { word: "failed", emoji: "❌", glyph: "✖" },
    errored: { word: "errored", emoji: "💥", glyph: "✖" },
    skipped: { word: "skipped", emoji: "⏭️", glyph: "↷" },
    "timed-out": { word: "timed out", emoji: "⏱️", glyph: "⏱" },
    cancelled: { word: "cancelled", emoji: "🚫", glyph: "⊘" },
};
/** A failing check of warning severity does not block: it shows this instead of its outcome's icon. */
const WARNING_ICON = { emoji: "⚠️", glyph: "⚠" };
const GATE_STATE_ICONS = {
    passed: { emoji: "✅", glyph: "✔" },
    blocked: { emoji: "❌", glyph: "✖" },
    "would-block": { emoji: WARNING_ICON.emoji, glyph: WARNING_ICON.glyph },
};
function outcomeWord(outcome) {
    return OUTCOMES[outcome].word;
}
/** The markdown icon of a check (or step, `warning` false) with this outcome. */
function outcomeEmoji(outcome, warning) {
    return warning && isFailing(outcome) ? WARNING_ICON.emoji : OUTCOMES[outcome].emoji;
}
/** The terminal icon of a check (or step, `warning` false) with this outcome. */
function outcomeGlyph(outcome, warning) {
    return warning && results_isFailing(outcome) ? WARNING_ICON.glyph : OUTCOMES[outcome].glyph;
}

;// CONCATENATED MODULE: ./lib/report/describe.js
// The words every reporter uses for a gate and its checks, so the summary, the console,
// annotations and JUnit never disagree about what happened.



/** `deploy-gate` or `deploy-gate (eu-west)`: the heading, status context and annotation titles. */
function gateTitle(label) {
    return label ? `deploy-gate (${label})` : "deploy-gate";
}
/** Lowercase, every run of non-alphanumerics one `-`, no `-` at the ends; `""` for an empty label. */
function describe_labelSlug(label) {
    return label
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, "");
}
function gateState(result) {
    const failing = result.verdict === "failed" || result.counts.failed > 0 || result.interrupted !== undefined;
    if (result.mode === "dry-run")
        return failing ? "would-block" : "passed";
    return result.verdict === "failed" ? "blocked" : "passed";
}
/** `blocked — 2 of 9 checks failed, 1 warning` / `passed — 9 checks`. */
function describeVerdict(result) {
    const { passed, failed, skipped, warnings } = result.counts;
    const total = result.checks.length;
    const extras = [];
    if (warnings)
        extras.push(plural(warnings, "warning"));
    if (skipped)
        extras.push(`${skipped} skipped`);
    const state = gateState(result);
    if (state === "passed") {
        const main = passed === total ? plural(total, "check") : `${passed} of ${plural(total, "check")} passed`;
        return `passed — ${[main, ...extras].join(", ")}`;
    }
    const interrupted = result.interrupted === "cancelled"
        ? "gate cancelled"
        : result.interrupted === "timed-out"
            ? "gate timed out"
            : "";
    const main = failed > 0
        ? `${failed} of ${plural(total, "check")} failed`
        : interrupted || (result.nothingChecked ? "nothing was checked" : "the gate failed");
    if (failed > 0 && interrupted)
        extras.unshift(interrupted);
    const prefix = state === "blocked" ? "blocked" : "would have blocked (dry run)";
    return `${prefix} — ${[main, ...extras].join(", ")}`;
}
/** `passed (flaky: 2 retries)`, `failed (warning)`, `timed out`, … */
function describe_describeOutcome(check) {
    if (check.outcome === "passed") {
        if (!check.flaky)
            return "passed";
        return check.retries > 0
            ? `passed (flaky: ${plural(check.retries, "retry", "retries")})`
            : "passed (flaky)";
    }
    const word = outcomeWord(check.outcome);
    return results_isFailing(check.outcome) && check.severity === "warning" ? `${word} (warning)` : word;
}
/** Failing checks in config order: critical ones (which block) and warning ones (which do not). */
function failingChecks(result) {
    const failing = result.checks.filter((c) => results_isFailing(c.outcome));
    return {
        critical: failing.filter((c) => c.severity === "critical"),
        warnings: failing.filter((c) => c.severity === "warning"),
    };
}

;// CONCATENATED MODULE: ./lib/report/evidence.js


/**
 * A flow check may leave the deciding exchange and assertions on its failed step only, and
 * a check runner may not have explained the status: the reports fill both in the same way.
 */
function failureEvidence(check) {
    const step = failedStep(check.steps);
    const exchange = check.exchange ?? step?.exchange;
    const own = check.assertions.filter((a) => !a.passed);
    const failedAssertions = own.length > 0 ? own : (step?.assertions.filter((a) => !a.passed) ?? []);
    const explained = exchange?.status !== undefined
        ? explainResponse(exchange.status, exchange.responseHeaders ?? {}, exchange.bodyExcerpt ?? "", exchange.attempts.length || check.attempts)
        : {};
    const serviceSaid = explained.detail && !check.detail.includes(explained.detail) ? explained.detail : undefined;
    // The runner decides the hint: a 409 from a release guard is not an idempotency conflict.
    const hint = check.hint;
    return {
        failedAssertions,
        ...(exchange ? { exchange } : {}),
        ...(serviceSaid ? { serviceSaid } : {}),
        ...(hint ? { hint } : {}),
    };
}

;// CONCATENATED MODULE: ./lib/report/diagnosis.js
// One diagnosis per failing check — what failed, why, and what to do next — derived from the
// results alone, one rule per failure class. The step summary's first screen, the console and
// the fan-in say it once, in these words; the rest of each report is evidence.






/** Response headers that correlate a request with the service's logs, most specific first. */
const REQUEST_ID_HEADERS = ["x-request-id", "request-id", "x-correlation-id", "x-amzn-requestid", "cf-ray"];
const KNOCK_ON_NAMES = 3;
/** A `fail-when` that held: the answer's own words are the cause, its status says nothing. */
const FAIL_WHEN = "fail-when held";
function statusText(status) {
    const phrase = external_node_http_.STATUS_CODES[status];
    return phrase ? `${status} ${phrase}` : String(status);
}
/** `GET /v1/tasks?limit=5`: the request as the config names it, without the origin. */
function requestPath(method, url) {
    try {
        const u = new URL(url);
        return `${method} ${u.pathname}${u.search}`;
    }
    catch {
        return `${method} ${url}`;
    }
}
function diagnosis_header(exchange, name) {
    for (const [k, v] of Object.entries(exchange.responseHeaders ?? {}))
        if (k.toLowerCase() === name)
            return v;
    return undefined;
}
function requestId(exchange) {
    for (const name of REQUEST_ID_HEADERS) {
        const value = diagnosis_header(exchange, name);
        if (value && value !== "***")
            return `${name} ${display_text_oneLine(value, 80)}`;
    }
    return undefined;
}
function usesText(uses) {
    return uses
        .map((u) => u.header
        ? `${u.from} (sent as ${u.header})`
        : u.query
            ? `${u.from} (query ${u.query})`
            : `${u.from} (in the URL)`)
        .join(", ");
}
/** What an error status calls for, naming the secrets and variables the request carried. */
function statusNext(exchange, status, attempts) {
    const explained = explainResponse(status, exchange.responseHeaders ?? {}, "", attempts);
    const uses = exchange.credentials ?? [];
    const secrets = uses.filter((u) => u.from.startsWith("secrets."));
    if (status === 401) {
        return secrets.length > 0
            ? `check or rotate ${usesText(secrets)}`
            : uses.length > 0
                ? `check or rotate the credential; the request carried ${usesText(uses)}`
                : (explained.hint ?? "check or rotate the credential");
    }
    const id = requestId(exchange);
    const base = explained.hint ?? `answer ${status} was not expected`;
    if (status === 403 && uses.length > 0)
        return `${base}: the request carried ${usesText(uses)}`;
    if (status >= 500 && id)
        return `${base} (${id})`;
    if (status === 404 && exchange.requestedUrl)
        return `${base}: it was redirected to ${exchange.url}`;
    return base;
}
/** `answered 200 OK at poll 3`: the deciding step's answer, where its cause is said elsewhere. */
function stepAnswer(step) {
    const ex = step.exchange;
    const answer = ex?.status !== undefined ? `answered ${statusText(ex.status)}` : "no answer";
    const at = step.polls && step.polls > 1 ? ` at poll ${step.polls}` : "";
    return step.detail.includes("fail-when held") ? `fail-when held${at}: ${answer}` : `${answer}${at}`;
}
function phrase(a) {
    return `expected ${a.expected}, got ${a.actual}`;
}
/** `(knock-on: $.data, $.next fail on the error body)`: failures that only follow from the status. */
function knockOns(others) {
    if (others.length === 0)
        return "";
    return ` (knock-on: ${targets(others)} ${others.length === 1 ? "fails" : "fail"} on the error body)`;
}
/** `$.a, $.b and 2 more`. */
function targets(assertions) {
    const names = assertions.slice(0, KNOCK_ON_NAMES).map((a) => a.target);
    const more = assertions.length > names.length ? ` and ${assertions.length - names.length} more` : "";
    return `${names.join(", ")}${more}`;
}
function redirectNote(exchange) {
    if (!exchange.requestedUrl)
        return "";
    const hops = exchange.redirects?.map((r) => r.status).join(", ") ?? "";
    return ` — ${requestPath(exchange.method, exchange.requestedUrl)} was redirected${hops ? ` (${hops})` : ""} to ${requestPath(exchange.method, exchange.url)}`;
}
function assertionNext(a, exchange) {
    const where = requestPath(exchange.method, exchange.requestedUrl ?? exchange.url);
    if (exchange.requestedUrl && (a.target.startsWith("header") || a.target === "status"))
        return `check the route and base URL: ${where} should answer itself, not redirect`;
    if (a.target.startsWith("$") || a.target.startsWith("schema"))
        return `${where} answers in another shape: a contract change in this release, or an expectation to update`;
    if (a.target.startsWith("header"))
        return `check what ${where} sends as ${a.target.slice("header ".length)}`;
    if (a.target === "duration")
        return `${where} is over its max-duration budget: check the service's latency`;
    if (a.target.startsWith("capture"))
        return `${where} no longer returns what the later steps need`;
    if (a.target === "status")
        return `${where} answered another status than expected: check the route and the release`;
    return `check ${where}'s answer against the expectation`;
}
/** An HTTP request that decided a check or a step: no answer, an error status, or an expectation. */
function exchangeDiagnosis(exchange, failed, held, detail, polls) {
    if (!exchange)
        return { what: "", why: detail, next: "see the check's evidence" };
    const line = requestPath(exchange.method, exchange.requestedUrl ?? exchange.url);
    const status = exchange.status;
    if (status === undefined) {
        const why = exchange.error ?? detail;
        switch (exchange.failure) {
            case "timeout":
                return {
                    what: `${line}: no answer in time`,
                    why,
                    next: "the service hung or is overloaded: check its health; raise the check's timeout only if this route is known to be slow",
                };
            case "held-back":
                return { what: `${line}: not sent`, why, next: "the service kept failing: see its circuit above" };
            case "connection":
                return {
                    what: `${line}: no connection`,
                    why,
                    next: "check that the service is up and reachable from the runner",
                };
            default:
                return {
                    what: `${line}: no usable answer`,
                    why,
                    next: "check the service and what sits in front of it (proxy, load balancer)",
                };
        }
    }
    const attempts = Math.max(1, exchange.attempts.filter((a) => a.failure !== "held-back").length);
    const body = exchange.bodyExcerpt ?? "";
    const statusFailed = failed.find((a) => a.target === "status");
    if (status >= 400 && (statusFailed || failed.length === 0)) {
        const said = explainResponse(status, exchange.responseHeaders ?? {}, body, attempts).detail;
        const expected = statusFailed ? ` (expected ${statusFailed.expected})` : "";
        const others = failed.filter((a) => a !== statusFailed);
        return {
            what: `${statusText(status)}${expected}`,
            why: `${said ?? "the body names no error"}${knockOns(others)}`,
            next: statusNext(exchange, status, attempts),
        };
    }
    const reported = reportedError(body);
    const workFailed = `the service failed the work itself: trace ${/"id"\s*:\s*"([^"]{1,80})"/.exec(body)?.[1] ?? "it"} in the service's logs`;
    if (failed.length === 0 && held.length > 0) {
        // A `fail-when` held: the answer itself says the work failed; the service's error says why.
        const state = held.map((a) => `${a.target} is ${a.actual}`).join(", ");
        return {
            what: FAIL_WHEN,
            why: `${state}${reported ? `: ${reported}` : ""}`,
            next: `${workFailed}${reported ? "" : " (the answer gives no error)"}`,
        };
    }
    const [first, ...rest] = failed;
    if (!first)
        return { what: `${line} → ${statusText(status)}`, why: detail, next: "see the check's evidence" };
    const more = rest.length > 0 ? `; also ${targets(rest)}` : "";
    const waited = polls > 1 && /not ready after/.test(detail) ? /not ready after [^:]*/.exec(detail)?.[0] : undefined;
    return {
        what: waited ? `${first.target}, ${waited}` : first.target,
        why: `${phrase(first)}${redirectNote(exchange)}${more}${reported ? ` — the answer reports: ${reported}` : ""}`,
        next: waited
            ? "the service did not get there in time: check its workers and queues; raise poll.timeout only if it is known to be slow"
            : reported
                ? workFailed
                : assertionNext(first, exchange),
    };
}
function stepDiagnosis(steps) {
    const step = failedStep(steps);
    if (!step)
        return undefined;
    const index = steps.indexOf(step);
    const inner = exchangeDiagnosis(step.exchange, step.assertions.filter((a) => !a.passed), step.assertions.filter((a) => a.passed), step.detail, step.polls ?? 0);
    return {
        what: `step ${index + 1} of ${steps.length} (${display_text_oneLine(step.name, 60)})`,
        why: [inner.what === FAIL_WHEN ? "" : inner.what, inner.why].filter(Boolean).join(": "),
        next: inner.next,
    };
}
function tableNamed(check, title) {
    return check.tables?.find((t) => title.test(t.title));
}
function column(t, row, name) {
    return row[t.columns.indexOf(name)] ?? "";
}
function guardDiagnosis(check, exchange) {
    const t = tableNamed(check, /violations/i);
    if (!t)
        return undefined;
    const blocking = t.rows.filter((r) => column(t, r, "state") !== "ignored");
    if (blocking.length === 0)
        return undefined;
    const byRoute = new Map();
    for (const row of blocking) {
        const route = column(t, row, "route") || "(no route)";
        byRoute.set(route, [...(byRoute.get(route) ?? []), column(t, row, "reason")]);
    }
    const why = [...byRoute]
        .map(([route, reasons]) => `${route}: ${[...new Set(reasons)].join(", ")}`)
        .join("; ");
    const [first] = blocking;
    const example = first
        ? `{ reason: ${column(t, first, "reason")}${column(t, first, "route") ? `, route: "${column(t, first, "route")}"` : ""} }`
        : "{ reason, route }";
    const answered = exchange?.status !== undefined && exchange.status >= 300 ? `${statusText(exchange.status)}: ` : "";
    return {
        what: `${answered}${plural(blocking.length, "blocking violation")} on ${plural(byRoute.size, "route")}`,
        why,
        next: `fix them, or acknowledge one the release accepts with the check's ignore: [${example}]`,
    };
}
function metricsDiagnosis(check, failed) {
    const t = tableNamed(check, /^(Metrics|Prometheus)/);
    const [first, ...rest] = failed;
    if (!t || !first)
        return undefined;
    const window = /increase over ([^)]+)/.exec(t.title)?.[1];
    const query = t.title.startsWith("Prometheus: ") ? t.title.slice("Prometheus: ".length) : undefined;
    const absent = first.actual === "absent" || first.actual === "empty";
    const more = rest.length > 0 ? ` (and ${plural(rest.length, "more series", "more series")})` : "";
    const over = window ? ` over ${window}` : "";
    return {
        what: query ? `query ${query}` : `${first.target}${over}`,
        why: absent
            ? first.message
            : `${query ? `${first.target} = ` : ""}${first.actual}, expected ${first.expected}${more}`,
        next: absent
            ? "check the metric's name and labels, and that this release still exposes it"
            : "the release breaks this objective on live traffic: find what drives it in the service's dashboards or logs before going on",
    };
}
const OWN_CAUSE_NEXT = {
    tls: "renew the certificate and deploy it",
    webhook: "check the webhook secret and the signing scheme the receiver expects",
    idempotency: "make the service bind each idempotency key to its first request and replay the original answer",
    "rate-limit": "check the rate limiter and the headers it sends",
    jwks: "fix the key set the issuer publishes",
};
/** TLS, webhook, idempotency, rate-limit and jwks checks write their own cause line; the next step follows it. */
function ownCauseDiagnosis(check, exchange) {
    const security = /^SECURITY\b/.test(check.detail);
    let next = check.hint ?? OWN_CAUSE_NEXT[check.type] ?? "see the check's evidence";
    if (security && check.type === "webhook")
        next = "make the receiver verify signatures and timestamps before this release ships";
    if (security && check.type === "jwks")
        next = "take the private key material out of the key set now and rotate that key";
    if (check.type === "tls") {
        const where = /^TLS certificate of (.+)$/.exec(tableNamed(check, /^TLS certificate/)?.title ?? "")?.[1];
        const why = where ? check.detail.replace(`certificate of ${where} `, "") : check.detail;
        return { what: where ? `certificate of ${where}` : "TLS certificate", why, next };
    }
    const status = exchange?.status;
    return {
        what: status !== undefined && status >= 400 ? statusText(status) : security ? "SECURITY" : "",
        why: check.detail.replace(/^SECURITY: /, ""),
        next,
    };
}
/** The one diagnosis of a failing check; a bake window's says how many of its runs failed first. */
function diagnose(check) {
    const d = diagnoseRun(check);
    if (!check.bake || check.outcome === "passed")
        return d;
    const { runs, failures, failureLimit } = check.bake;
    const baked = `${failures} of ${plural(runs, "bake run")} failed (limit ${failureLimit})`;
    return { ...d, what: d.what ? `${baked}; the last: ${d.what}` : baked };
}
function diagnoseRun(check) {
    if (check.outcome === "cancelled" || /^(gate timeout|job cancelled)/.test(check.detail)) {
        return {
            what: "",
            why: check.detail,
            next: check.outcome === "cancelled"
                ? "re-run the job when nothing supersedes it"
                : "raise the gate's timeout, or find why this check took so long",
        };
    }
    const evidence = failureEvidence(check);
    const { exchange, failedAssertions } = evidence;
    if (check.type === "release-guard") {
        const guard = guardDiagnosis(check, exchange);
        if (guard)
            return guard;
    }
    if (check.steps && check.steps.length > 0 && check.type === "flow") {
        const step = stepDiagnosis(check.steps);
        if (step)
            return step;
    }
    if (check.type === "metrics" || check.type === "prometheus") {
        const metric = metricsDiagnosis(check, failedAssertions);
        if (metric)
            return metric;
    }
    if (check.type in OWN_CAUSE_NEXT)
        return ownCauseDiagnosis(check, exchange);
    const own = check.assertions.filter((a) => !a.passed);
    return exchangeDiagnosis(exchange, own, own.length === 0 ? check.assertions : [], check.detail, check.polls);
}

;// CONCATENATED MODULE: ./lib/report/findings.js


/** Origins answer a few requests then stop: two unanswered in a row after an answer is a service going down. */
const STOPPED_AFTER = 2;
function hostOf(origin) {
    try {
        return new URL(origin).host;
    }
    catch {
        return origin;
    }
}
/** The failing checks whose deciding request got no answer from the unreachable base URL. */
function unreachableChecks(result) {
    const { unreachable } = result;
    if (!unreachable)
        return [];
    return result.checks.filter((c) => {
        if (c.outcome === "passed" || c.outcome === "skipped")
            return false;
        const exchange = failureEvidence(c).exchange;
        if (!exchange || exchange.status !== undefined)
            return false;
        try {
            return new URL(exchange.url).origin === unreachable.origin;
        }
        catch {
            return false;
        }
    });
}
function skipReasons(result) {
    const skipped = result.checks.filter((c) => c.severity === "critical" && c.outcome === "skipped");
    if (skipped.length === 0)
        return "no critical check was selected";
    const shown = skipped.slice(0, 5).map((c) => `${c.name} (${c.detail})`);
    const more = skipped.length > shown.length ? `, and ${skipped.length - shown.length} more` : "";
    return `every critical check was skipped: ${shown.join("; ")}${more}`;
}
function gateFindings(result) {
    const findings = [];
    if (result.nothingChecked) {
        findings.push({
            kind: "nothing-checked",
            text: `nothing was checked — ${skipReasons(result)} → check the if, only or needs that skipped them`,
        });
    }
    const unreachable = result.unreachable?.origin;
    if (result.unreachable) {
        const failed = unreachableChecks(result).length;
        const circuit = result.origins?.find((o) => o.origin === unreachable)?.circuit;
        const parts = [
            `base URL unreachable: ${result.unreachable.error} — no request got an answer`,
            failed > 0 ? `${plural(failed, "check")} failed on it` : "",
            circuit ? `its circuit held back ${plural(circuit.heldBack, "request")}` : "",
        ];
        // The cause of every check it failed, so it carries their next step too, said once here.
        const next = "→ check that the deployment is up and that the base URL points at it";
        findings.push({ kind: "unreachable", text: `${parts.filter(Boolean).join("; ")} ${next}` });
    }
    for (const o of result.origins ?? []) {
        // Said once, in the unreachable line above.
        if (o.origin === unreachable)
            continue;
        const host = hostOf(o.origin);
        if (o.answered > 0 && o.unansweredSinceLastAnswer >= STOPPED_AFTER) {
            findings.push({
                kind: "stopped-answering",
                text: `${host} stopped answering during the gate: the last ${o.unansweredSinceLastAnswer} requests got no answer (${o.lastError ?? "no answer"})`,
            });
        }
        if (o.circuit) {
            const { opened, reason, failedProbes, heldBack } = o.circuit;
            const times = opened > 1 ? ` (${opened} times)` : "";
            const probes = failedProbes > 0 ? `; ${plural(failedProbes, "probe")} after the cool-down failed too` : "";
            findings.push({
                kind: "circuit",
                text: `circuit opened for ${host}${times} after ${reason}${probes}; it held back ${plural(heldBack, "request")}`,
            });
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./lib/report/console.js
// The terminal report for the CLI and the action's log: a line per finished check while the
// gate runs, then each failure with its diagnosis (the step summary's words: what, why, next)
// and its evidence — the request, each failed assertion once, tables aligned — and a final
// verdict line.










const MAX_VALUE_BYTES = 1000;
const MAX_TABLE_ROWS = 20;
const MAX_CELL_CHARS = 80;
/** A value longer than this, or on several lines, goes under its label instead of in the sentence. */
const INLINE_VALUE_CHARS = 100;
const SGR = { red: "31", green: "32", yellow: "33", dim: "2", bold: "1" };
function painter(color) {
    return color ? (style, text) => `\u001b[${SGR[style]}m${text}\u001b[0m` : (_style, text) => text;
}
function icon(outcome, warning, flaky) {
    const glyph = outcomeGlyph(outcome, warning);
    if (results_isFailing(outcome))
        return { glyph, style: warning ? "yellow" : "red" };
    if (outcome === "skipped")
        return { glyph, style: "dim" };
    return { glyph, style: flaky ? "yellow" : "green" };
}
/** `✖ list tasks · failed · 132ms · status: expected 200, got 401` */
function renderCheckLine(check, opts) {
    const paint = painter(opts.color);
    const { glyph, style } = icon(check.outcome, check.severity === "warning", check.flaky);
    const parts = [`${paint(style, glyph)} ${paint("bold", display_text_oneLine(check.name, 200))}`];
    if (check.outcome !== "passed" || check.flaky)
        parts.push(paint(style, describe_describeOutcome(check)));
    if (check.outcome !== "skipped")
        parts.push(paint("dim", formatDuration(check.durationMs)));
    const detail = display_text_oneLine(check.detail, 300);
    if (detail)
        parts.push(detail);
    return parts.join(" · ");
}
/** Multi-line values (pretty JSON) keep their shape, indented under their label. */
function indentValue(value, indent) {
    const { text, cut } = cutUtf8(stripControl(value), MAX_VALUE_BYTES);
    return `${text}${cut ? "…" : ""}`.replace(/\n/g, `\n${indent}`);
}
/** Columns padded to the widest cell by display width, so an emoji or a CJK name does not shift them. */
function alignedTable(t, indent) {
    const rows = [t.columns, ...t.rows.slice(0, MAX_TABLE_ROWS)].map((r) => t.columns.map((_, i) => display_text_oneLine(r[i] ?? "", MAX_CELL_CHARS)));
    const widths = t.columns.map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i] ?? ""))));
    const line = (r) => `${indent}${r.map((c, i) => (i === r.length - 1 ? c : `${c}${" ".repeat((widths[i] ?? 0) - displayWidth(c))}`)).join("  ")}`.trimEnd();
    const [head = [], ...body] = rows;
    const lines = [line(head), `${indent}${widths.map((w) => "─".repeat(w)).join("  ")}`, ...body.map(line)];
    if (t.rows.length > MAX_TABLE_ROWS)
        lines.push(`${indent}… ${t.rows.length - MAX_TABLE_ROWS} more rows`);
    return lines;
}
function isShort(value) {
    return !value.includes("\n") && value.length <= INLINE_VALUE_CHARS;
}
function failureBlock(check, paint) {
    const evidence = failureEvidence(check);
    const { glyph, style } = icon(check.outcome, check.severity === "warning", check.flaky);
    const lines = [
        `${paint(style, glyph)} ${paint("bold", display_text_oneLine(check.name, 200))} · ${paint(style, describe_describeOutcome(check))} · ${paint("dim", formatDuration(check.durationMs))}`,
    ];
    const d = diagnose(check);
    lines.push(`    ${display_text_oneLine(d.what ? `${d.what} · ${d.why}` : d.why, 600)}`);
    lines.push(`    ${paint("yellow", "→")} ${display_text_oneLine(d.next, 400)}`);
    const { exchange } = evidence;
    if (exchange) {
        const answer = exchange.status !== undefined
            ? statusText(exchange.status)
            : `no response: ${display_text_oneLine(exchange.error ?? "error", 300)}`;
        const retries = exchange.attempts.filter((a) => a.failure !== "held-back").length - 1;
        const attempts = retries > 0 ? ` (after ${plural(retries, "retry", "retries")})` : "";
        const redirected = exchange.requestedUrl
            ? ` → ${(exchange.redirects ?? []).map((r) => r.status).join(" → ") || "redirected"} → ${display_text_oneLine(exchange.url, 500)}`
            : "";
        lines.push(`    ${display_text_oneLine(`${exchange.method} ${exchange.requestedUrl ?? exchange.url}`, 500)}${redirected} → ${answer}${attempts}`);
    }
    const tables = check.tables ?? [];
    // A check's own tables already hold its assertions (metrics, TLS, webhook sends, …).
    if (tables.length === 0) {
        for (const a of evidence.failedAssertions) {
            const mark = `    ${paint("red", OUTCOMES.failed.glyph)} ${display_text_oneLine(a.target, 200)}:`;
            if (isShort(a.expected) && isShort(a.actual)) {
                lines.push(`${mark} expected ${paint("green", a.expected)}, got ${paint("red", a.actual)}`);
            }
            else {
                lines.push(mark);
                lines.push(`        expected: ${paint("green", indentValue(a.expected, "                  "))}`);
                lines.push(`        actual:   ${paint("red", indentValue(a.actual, "                  "))}`);
            }
        }
    }
    const deciding = failedStep(check.steps);
    for (const [i, step] of (check.steps ?? []).entries()) {
        const { glyph, style } = icon(step.outcome, false, false);
        // The deciding step's cause is the diagnosis above: here only what it got.
        const said = step === deciding ? stepAnswer(step) : step.detail;
        const detail = said ? ` · ${display_text_oneLine(said, 200)}` : "";
        lines.push(`    ${i + 1}. ${paint(style, glyph)} ${display_text_oneLine(step.name, 200)} · ${outcomeWord(step.outcome)}${detail}`);
    }
    for (const t of tables)
        lines.push(`    ${display_text_oneLine(t.title, 200)}:`, ...alignedTable(t, "      "));
    return lines;
}
const VERDICT_STYLE = {
    passed: "green",
    blocked: "red",
    "would-block": "yellow",
};
function renderConsoleReport(result, opts) {
    const paint = painter(opts.color);
    const { critical, warnings } = failingChecks(result);
    // Paragraphs, separated by blank lines.
    const blocks = [];
    const findings = gateFindings(result);
    if (findings.length > 0)
        blocks.push(findings.map((f) => paint("red", `! ${display_text_oneLine(f.text, 600)}`)));
    // Checks that only could not reach the service are named once, not given a block each.
    const unreachable = new Set(unreachableChecks(result));
    const cut = [...critical, ...warnings].filter((c) => unreachable.has(c));
    const own = (checks) => checks.filter((c) => !unreachable.has(c));
    if (own(critical).length > 0) {
        blocks.push([paint("bold", `Failures (${own(critical).length}):`)]);
        for (const c of own(critical))
            blocks.push(failureBlock(c, paint));
    }
    if (own(warnings).length > 0) {
        blocks.push([paint("bold", `Warnings, not blocking (${own(warnings).length}):`)]);
        for (const c of own(warnings))
            blocks.push(failureBlock(c, paint));
    }
    if (cut.length > 0) {
        const names = cut.map((c) => display_text_oneLine(c.name, 100)).join(", ");
        blocks.push([`${paint("red", "Could not reach the service:")} ${names}`]);
    }
    const flaky = result.checks.filter((c) => c.outcome === "passed" && c.flaky);
    if (flaky.length > 0) {
        const names = flaky.map((c) => `${display_text_oneLine(c.name, 100)} (${describe_describeOutcome(c)})`).join(", ");
        blocks.push([`${paint("yellow", "Flaky, passed on a retry:")} ${names}`]);
    }
    if (result.interrupted) {
        const why = result.interrupted === "cancelled" ? "the job was cancelled" : "the gate deadline passed";
        blocks.push([paint("red", `Interrupted: ${why}`)]);
    }
    const state = gateState(result);
    const { glyph } = GATE_STATE_ICONS[state];
    const style = VERDICT_STYLE[state];
    const verdict = `${glyph} ${display_text_oneLine(gateTitle(result.label), 200)}: ${describeVerdict(result)}`;
    blocks.push([paint(style, `${verdict} · ${formatDuration(result.durationMs)}`)]);
    return blocks.map((b) => b.join("\n")).join("\n\n");
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/iso.js



function iso_datetime(params) {
    return _isoDateTime(ZodISODateTime, params);
}
function iso_date(params) {
    return core._isoDate(ZodISODate, params);
}
function iso_time(params) {
    return core._isoTime(ZodISOTime, params);
}
function iso_duration(params) {
    return core._isoDuration(ZodISODuration, params);
}

;// CONCATENATED MODULE: ./lib/report/report-schema.js
// The JSON report, version 1, as one zod schema: the reader (parseJsonReport) validates with it
// and schema/report.schema.json is generated from it (npm run schema), so the published schema,
// the reader and docs/report-schema.md describe one document.
//
// Objects are loose: version 1 may gain fields, and a reader must keep what it does not know.
// Fields a later release added are optional, so a report an earlier release wrote still reads.
// To add a field: add it here (optional unless every version-1 report has it), document it in
// docs/report-schema.md, run `npm run schema`. The tests validate every report they write with
// unknown fields forbidden, so a field the code writes and this schema lacks fails them.

const report_schema_REPORT_VERSION = 1;
const report_schema_count = schemas_number().int().min(0);
const ms = schemas_number().min(0);
const checkOutcome = schemas_enum(["passed", "failed", "errored", "skipped", "timed-out", "cancelled"])
    .meta({
    id: "Outcome",
    description: "passed: every expectation held; failed: an answer came and did not meet them; errored: no usable answer (connection refused, circuit open, TLS error); skipped: not run; timed-out: no answer within the request timeout, or the gate's deadline passed first; cancelled: the job was cancelled first",
});
const report_schema_assertion = looseObject({
    target: schemas_string().meta({
        description: "where it looked: status, header content-type, $.data[0].id, body, schema /id, duration",
    }),
    expected: schemas_string(),
    actual: schemas_string().meta({ description: "what was found (bounded)" }),
    passed: schemas_boolean(),
    message: schemas_string().meta({ description: "one line a person can act on when it failed" }),
})
    .meta({ id: "Assertion" });
const failureKind = schemas_enum(["timeout", "connection", "held-back", "deadline", "aborted", "protocol"]).meta({
    description: "what kind of failure `error` is: no answer within the request timeout, no connection, held back by an open circuit (not sent), cut by the check's deadline, cancelled, a malformed answer",
});
const attempt = looseObject({
    status: schemas_number().int().optional().meta({ description: "absent when no answer came" }),
    error: schemas_string().optional().meta({ description: "why no answer came" }),
    failure: failureKind.optional(),
    durationMs: ms,
    waitedMs: ms.meta({ description: "the backoff or Retry-After wait before this attempt" }),
})
    .meta({ id: "Attempt" });
const redirect = looseObject({
    url: schemas_string().meta({ description: "the URL that answered with a redirect" }),
    status: schemas_number().int().meta({ description: "its 3xx status" }),
})
    .meta({ id: "Redirect" });
const templateUse = looseObject({
    header: schemas_string().optional().meta({ description: "the request header it went into" }),
    query: schemas_string().optional().meta({ description: "the query parameter it went into" }),
    from: schemas_string()
        .meta({ description: "the template name, e.g. secrets.REPORTING_TOKEN (never the value)" }),
})
    .meta({
    id: "TemplateUse",
    description: "a secret, variable or environment value a template put into the request, by name",
});
const exchange = looseObject({
    method: schemas_string(),
    url: schemas_string().meta({ description: "the absolute URL that answered (after redirects, the last one)" }),
    requestedUrl: schemas_string()
        .optional()
        .meta({ description: "the URL the check asked for, when redirects led elsewhere" }),
    redirects: array(redirect)
        .optional()
        .meta({ description: "the hops that answered with a redirect, in order" }),
    credentials: array(templateUse)
        .optional()
        .meta({ description: "the secrets and variables, by name, rendered into the headers or URL" }),
    status: schemas_number().int().optional().meta({ description: "absent when no response arrived" }),
    responseHeaders: record(schemas_string(), schemas_string())
        .optional()
        .meta({ description: "lower-cased names; credential headers are ***" }),
    bodyExcerpt: schemas_string()
        .optional()
        .meta({ description: "the start of the decoded response body (bounded)" }),
    durationMs: ms.meta({ description: "duration of the last attempt" }),
    attempts: array(attempt),
    error: schemas_string().optional().meta({ description: "why no response arrived" }),
    failure: failureKind.optional(),
})
    .meta({ id: "Exchange", description: "the request and response that decided an outcome" });
const report_schema_table = looseObject({
    title: schemas_string(),
    columns: array(schemas_string()),
    rows: array(array(schemas_string())),
})
    .meta({ id: "Table", description: "tabular evidence, e.g. release-guard violations" });
const report_schema_step = looseObject({
    name: schemas_string(),
    outcome: checkOutcome,
    detail: schemas_string(),
    durationMs: ms,
    exchange: exchange.optional(),
    assertions: array(report_schema_assertion),
    polls: report_schema_count.optional().meta({ description: "for a polled step: the polls it sent" }),
    waitedMs: ms.optional().meta({ description: "for a polled step: first poll to the one that decided" }),
})
    .meta({ id: "Step", description: "a step of a flow check, or one request of a multi-request check type" });
const report_schema_check = looseObject({
    name: schemas_string(),
    type: schemas_string().meta({
        description: "http, flow, release-guard, idempotency, webhook, rate-limit, jwks, metrics, prometheus, tls (new types may be added)",
    }),
    severity: schemas_enum(["critical", "warning"]),
    tags: array(schemas_string()),
    outcome: checkOutcome,
    detail: schemas_string()
        .meta({ description: "one line: why it failed or was skipped, or what it saw when it passed" }),
    hint: schemas_string().optional().meta({
        description: "what to do next: what the response status calls for, or a check type's own advice",
    }),
    durationMs: ms.meta({ description: "retries and waits included" }),
    attempts: report_schema_count.meta({ description: "HTTP attempts sent over every request of the check" }),
    retries: report_schema_count
        .optional()
        .meta({ description: "attempts that repeated a request after a transient failure" }),
    polls: report_schema_count
        .optional()
        .meta({ description: "polls sent while waiting for `until` (0 when the check does not poll)" }),
    waitedMs: ms.optional().meta({ description: "time spent waiting for readiness, retry backoff apart" }),
    heldBack: report_schema_count.optional().meta({ description: "requests an open circuit held back (not sent)" }),
    flaky: schemas_boolean().meta({ description: "failed at first and passed on a retry" }),
    assertions: array(report_schema_assertion)
        .meta({ description: "evaluated on the deciding response, failed ones first" }),
    exchange: exchange.optional(),
    steps: array(report_schema_step).optional(),
    tables: array(report_schema_table).optional(),
    bake: looseObject({ runs: report_schema_count, failures: report_schema_count, failureLimit: report_schema_count })
        .optional()
        .meta({ description: "for a check with `bake`: how many runs, how many failed, and the limit" }),
    log: array(schemas_string()).optional().meta({ description: "lines the check noted while it ran" }),
})
    .meta({ id: "Check" });
const origin = looseObject({
    origin: schemas_string().meta({ description: "scheme, host and port" }),
    answered: report_schema_count.optional().meta({ description: "attempts that got an HTTP answer (any status)" }),
    unanswered: report_schema_count.optional().meta({ description: "attempts that got no answer" }),
    unansweredSinceLastAnswer: report_schema_count.optional().meta({
        description: "attempts since the last answer that got none: high when the origin stopped answering",
    }),
    lastError: schemas_string()
        .optional()
        .meta({ description: "the last attempt's failure, when it got no answer" }),
    lastFailure: failureKind.optional(),
    circuit: looseObject({
        opened: report_schema_count.meta({ description: "how many times the circuit opened" }),
        heldBack: report_schema_count.meta({ description: "requests it held back" }),
        failedProbes: report_schema_count.optional().meta({ description: "probes after a cool-down that failed too" }),
        reason: schemas_string().optional().meta({ description: "what opened it" }),
    })
        .optional(),
})
    .meta({ id: "Origin", description: "an origin the gate sent requests to, and what its circuit did" });
const report_schema_gateReport = looseObject({
    version: literal(report_schema_REPORT_VERSION).meta({ description: "the report format version; refuse any other" }),
    tool: looseObject({ name: literal("deploy-gate"), version: schemas_string() }),
    label: schemas_string().meta({ description: 'the label input ("" when none)' }),
    mode: schemas_enum(["enforce", "dry-run"]),
    baseUrl: schemas_string(),
    verdict: schemas_enum(["passed", "failed"]).meta({
        description: "failed when a critical check failed, nothing was checked, or the gate was interrupted; in dry-run mode, what enforce would have decided",
    }),
    interrupted: schemas_enum(["timed-out", "cancelled"]).optional().meta({
        description: "the whole-gate timeout passed or the job was cancelled; unfinished checks have the same outcome",
    }),
    error: schemas_string().optional().meta({
        description: "the gate could not run at all (an invalid config); checks is then empty and the verdict failed",
    }),
    nothingChecked: schemas_boolean().optional().meta({ description: "true when no critical check ran" }),
    unreachable: looseObject({ origin: schemas_string(), error: schemas_string() })
        .optional()
        .meta({ description: "no request could connect to the base URL's origin during the gate" }),
    origins: array(origin).optional(),
    startedAt: iso_datetime().meta({ description: "ISO 8601, UTC" }),
    durationMs: ms,
    counts: looseObject({
        passed: report_schema_count.meta({ description: "flaky passes included" }),
        failed: report_schema_count.meta({ description: "failing critical checks" }),
        skipped: report_schema_count,
        warnings: report_schema_count.meta({ description: "failing warning checks: reported, never blocking" }),
    })
        .meta({ description: "every check counted once" }),
    failedChecks: array(schemas_string()).meta({ description: "failed critical checks, in config order" }),
    checks: array(report_schema_check).meta({ description: "one entry per selected check, in config order" }),
    run: looseObject({
        id: schemas_string().optional(),
        attempt: schemas_string().optional(),
        sha: schemas_string().optional(),
        url: schemas_string().optional(),
    })
        .optional()
        .meta({ description: "the workflow run, in GitHub Actions" }),
})
    .meta({ description: "What deploy-gate writes for one run (one label); see docs/report-schema.md" });
/** The published JSON Schema (schema/report.schema.json): what a version-1 report holds. */
function reportJsonSchema() {
    return z.toJSONSchema(report_schema_gateReport, { io: "output", target: "draft-2020-12" });
}

;// CONCATENATED MODULE: ./lib/report/json-report.js


function renderJsonReport(result) {
    // `version` first, so the head of a report tells which reader it needs.
    const { version, ...rest } = result;
    return `${JSON.stringify({ version, ...rest }, null, 2)}\n`;
}
function issuePath(path) {
    return path
        .map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
        .join("");
}
/** Reads a report written by renderJsonReport; any error names `fileName`. */
function parseJsonReport(text, fileName) {
    let data;
    try {
        data = JSON.parse(text.replace(/^\uFEFF/, ""));
    }
    catch (error) {
        throw new Error(`${fileName}: not a deploy-gate JSON report: ${error.message}`);
    }
    if (typeof data !== "object" || data === null || Array.isArray(data)) {
        throw new Error(`${fileName}: not a deploy-gate JSON report: expected a JSON object`);
    }
    if (!("version" in data))
        throw new Error(`${fileName}: not a deploy-gate JSON report: it has no "version"`);
    if (data.version !== REPORT_VERSION) {
        throw new Error(`${fileName}: unsupported deploy-gate report version ${JSON.stringify(data.version)} (this version reads version ${REPORT_VERSION})`);
    }
    const parsed = gateReport.safeParse(data);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue && issue.path.length > 0 ? `${issuePath(issue.path)}: ` : "";
        throw new Error(`${fileName}: not a valid deploy-gate report: ${where}${issue?.message ?? "invalid"}`);
    }
    // The validated original, not zod's copy: fields this reader does not know are kept as they were.
    return data;
}
/** `deploy-gate-report[-<slug>].json` and `deploy-gate-junit[-<slug>].xml`: one pair per label. */
function reportFileNames(label) {
    const slug = labelSlug(label);
    const suffix = slug ? `-${slug}` : "";
    return { json: `deploy-gate-report${suffix}.json`, junit: `deploy-gate-junit${suffix}.xml` };
}

;// CONCATENATED MODULE: ./lib/report/junit.js






const MAX_MESSAGE_CHARS = 500;
/** Characters XML 1.0 forbids (and lone surrogates), beyond what stripControl already drops. */
const XML_INVALID = /[\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
function xmlText(text) {
    return stripControl(text)
        .replace(XML_INVALID, "")
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;");
}
/** Attribute values also escape quotes, and newlines and tabs so attribute normalisation keeps them. */
function xmlAttr(text) {
    return xmlText(text)
        .replace(/"/g, "&quot;")
        .replace(/'/g, "&apos;")
        .replace(/\n/g, "&#10;")
        .replace(/\t/g, "&#9;");
}
function seconds(ms) {
    return (ms / 1000).toFixed(3);
}
/** JUnit schemas want a local date-time without zone; the report's timestamps are UTC. */
function junit_timestamp(iso) {
    const time = Date.parse(iso);
    return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 19);
}
function property(name, value) {
    return `[[PROPERTY|${name}=${value}]]`;
}
function failureBody(check) {
    const evidence = failureEvidence(check);
    const lines = [check.detail];
    const { exchange } = evidence;
    if (exchange) {
        const answer = exchange.status !== undefined ? String(exchange.status) : `no response (${exchange.error ?? "error"})`;
        lines.push(`${exchange.method} ${exchange.url} → ${answer} (${plural(exchange.attempts.length, "attempt")})`);
    }
    for (const a of evidence.failedAssertions) {
        lines.push(`${a.target}: expected ${a.expected}, got ${a.actual}${a.message ? ` — ${a.message}` : ""}`);
    }
    if (evidence.serviceSaid)
        lines.push(`service said: ${evidence.serviceSaid}`);
    if (evidence.hint)
        lines.push(`what to do: ${evidence.hint}`);
    for (const step of check.steps ?? [])
        lines.push(`step ${step.name}: ${outcomeWord(step.outcome)} — ${step.detail}`);
    for (const t of check.tables ?? []) {
        lines.push(`${t.title}:`, ...t.rows.map((r) => `  ${r.join(" | ")}`));
    }
    return lines.join("\n");
}
function testcaseBody(check) {
    const message = display_text_oneLine(check.detail || describe_describeOutcome(check), MAX_MESSAGE_CHARS);
    if (check.outcome === "skipped")
        return [`      <skipped>${xmlText(message)}</skipped>`];
    if (results_isFailing(check.outcome) && check.severity === "warning") {
        const note = [
            property("severity", "warning"),
            property("outcome", check.outcome),
            `warning (does not block the deployment): ${describe_describeOutcome(check)}`,
            failureBody(check),
        ];
        return [`      <system-out>${xmlText(note.join("\n"))}</system-out>`];
    }
    if (results_isFailing(check.outcome)) {
        const [element, type] = check.outcome === "failed" ? ["failure", "assertion"] : ["error", check.outcome];
        return [
            `      <${element} message="${xmlAttr(message)}" type="${type}">${xmlText(failureBody(check))}</${element}>`,
        ];
    }
    if (check.flaky) {
        const note = [
            property("flaky", "true"),
            property("attempts", check.attempts),
            `flaky: failed at first and passed on a retry (${plural(check.attempts, "attempt")}); ${check.detail}`,
        ];
        return [`      <system-out>${xmlText(note.join("\n"))}</system-out>`];
    }
    return [];
}
function testcase(classname, name, durationMs, body) {
    const open = `    <testcase classname="${xmlAttr(classname)}" name="${xmlAttr(name)}" time="${seconds(durationMs)}"`;
    return body.length === 0 ? `${open}/>` : [`${open}>`, ...body, "    </testcase>"].join("\n");
}
/** Why a failed gate failed when none of its critical checks did; undefined when one did. */
function verdictFailure(result) {
    if (result.verdict !== "failed")
        return undefined;
    if (result.checks.some((c) => c.severity === "critical" && results_isFailing(c.outcome)))
        return undefined;
    if (result.error)
        return {
            message: display_text_oneLine(`the gate could not run: ${result.error}`, MAX_MESSAGE_CHARS),
            body: result.error,
        };
    const ran = result.checks.some((c) => c.severity === "critical" && c.outcome !== "skipped");
    if (!ran) {
        const skipped = result.checks.filter((c) => c.outcome === "skipped").map((c) => `${c.name}: ${c.detail}`);
        return {
            message: "nothing was checked: no critical check ran",
            body: ["nothing was checked: no critical check ran", ...skipped].join("\n"),
        };
    }
    const verdict = describeVerdict(result);
    return { message: display_text_oneLine(verdict, MAX_MESSAGE_CHARS), body: verdict };
}
function testsuite(result) {
    const classname = `deploy-gate.${describe_labelSlug(result.label) || "default"}`;
    const cases = result.checks.map((c) => testcase(classname, c.name, c.durationMs, testcaseBody(c)));
    let failures = result.checks.filter((c) => c.severity === "critical" && c.outcome === "failed").length;
    const errors = result.checks.filter((c) => c.severity === "critical" && results_isFailing(c.outcome) && c.outcome !== "failed").length;
    const skipped = result.checks.filter((c) => c.outcome === "skipped").length;
    const gateFailure = verdictFailure(result);
    if (gateFailure) {
        failures++;
        cases.push(testcase(classname, "gate verdict", result.durationMs, [
            `      <failure message="${xmlAttr(gateFailure.message)}" type="gate">${xmlText(gateFailure.body)}</failure>`,
        ]));
    }
    const tests = cases.length;
    const stamp = junit_timestamp(result.startedAt);
    const properties = [
        ["label", result.label],
        ["mode", result.mode],
        ["base-url", result.baseUrl],
        ["verdict", describeVerdict(result)],
        ...(result.interrupted ? [["interrupted", result.interrupted]] : []),
    ].map(([name, value]) => `      <property name="${name}" value="${xmlAttr(value ?? "")}"/>`);
    const xml = [
        `  <testsuite name="${xmlAttr(gateTitle(result.label))}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="${seconds(result.durationMs)}"${stamp ? ` timestamp="${stamp}"` : ""}>`,
        "    <properties>",
        ...properties,
        "    </properties>",
        ...cases,
        "  </testsuite>",
    ].join("\n");
    return { xml, tests, failures, errors, durationMs: result.durationMs };
}
/**
 * One document holding a testsuite per gate (one for a gate, one per leg for a matrix fan-in).
 * The XSD allows no `skipped` on <testsuites>: each <testsuite> carries its own.
 */
function renderJunitDocument(results) {
    const suites = results.map(testsuite);
    const sum = (key) => suites.reduce((n, s) => n + s[key], 0);
    const time = suites.reduce((n, s) => n + s.durationMs, 0);
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="deploy-gate" tests="${sum("tests")}" failures="${sum("failures")}" errors="${sum("errors")}" time="${seconds(time)}">`,
        ...suites.map((s) => s.xml),
        "</testsuites>",
        "",
    ].join("\n");
}
function renderJunit(result) {
    return renderJunitDocument([result]);
}

;// CONCATENATED MODULE: ./lib/secrets/redact.js
// One redaction module for every reporter: a secret must not reach logs, the summary, the
// reports or annotations in any form a request or a response may carry it in.

const MASK = "***";
/**
 * Shorter secrets are ignored: masking every "a" or "on" would shred the report into
 * noise while protecting nothing a guesser could not enumerate.
 */
const MIN_SECRET_LENGTH = 3;
/**
 * A secret inside a longer base64 payload (Basic `user:pass`, a token in a base64 JSON blob)
 * is only covered by the characters it fully determines; under this length those cores are
 * too short to mask without hitting unrelated text.
 */
const MIN_EMBEDDED_BASE64 = 8;
/**
 * Where the gate cut a text short: the `…` of a truncated preview, or `\n… (body cut)` after a body
 * excerpt. Both are cut before redaction, so a secret that straddles the cut arrives here as a bare
 * prefix, which no whole-secret pattern matches.
 */
const CUT_MARK = /\n?…/g;
/** A shorter prefix before a cut is left alone: it gives a guesser almost nothing. */
const MIN_CUT_PREFIX = 4;
/**
 * The base64 characters that depend only on the secret when it starts at each of the three
 * byte alignments inside a longer payload (the GitHub runner masks the same shifted forms).
 */
function embeddedBase64(bytes) {
    const cores = [];
    for (let shift = 0; shift < 3; shift++) {
        const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString("base64");
        const core = encoded.slice(Math.ceil((shift * 8) / 6), Math.floor(((shift + bytes.length) * 8) / 6));
        if (core.length >= MIN_EMBEDDED_BASE64)
            cores.push(core, core.replace(/\+/g, "-").replace(/\//g, "_"));
    }
    return cores;
}
/**
 * How the reporters write a value into markup (src/report/markdown.ts, junit.ts): HTML and XML
 * entities, and markdown's backslash escapes. The final pass over the rendered summary must know
 * these forms, or a secret with `_`, `&` or `<` in it would slip past as `tok\_x` or `a&amp;b`.
 */
function markupForms(secret) {
    const entities = secret.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    const html = entities.replace(/"/g, "&quot;");
    const markdown = secret.replace(/[\\`*_[\]~|$]/g, "\\$&");
    const inline = markdown
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;");
    return [entities, html, html.replace(/'/g, "&apos;"), markdown, inline];
}
/** The forms a value takes on the wire: raw, URL and form encoded, JSON-escaped, base64 and base64url. */
function variants(secret) {
    const bytes = Buffer.from(secret, "utf8");
    const uri = encodeURIComponent(secret);
    return [
        secret,
        uri,
        uri.replace(/%20/g, "+"),
        // URLSearchParams percent-encodes more than encodeURIComponent (`!'()~`): both forms occur.
        new URLSearchParams([["", secret]]).toString().slice(1),
        JSON.stringify(secret).slice(1, -1),
        bytes.toString("base64"),
        bytes.toString("base64url"),
        ...embeddedBase64(bytes),
        ...markupForms(secret),
    ];
}
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
/** The letter after the backslash of JSON's short escapes. */
const SHORT_ESCAPES = {
    '"': '"',
    "\\": "\\",
    "/": "/",
    "\b": "b",
    "\f": "f",
    "\n": "n",
    "\r": "r",
    "\t": "t",
};
// No JSON serializer escapes these, so they only ever appear as themselves.
const NEVER_ESCAPED = /^[A-Za-z0-9 _.~-]$/;
/**
 * A regex source for the secret inside a JSON string however the service's serializer escaped it:
 * each UTF-16 unit as itself (where JSON allows), as its short escape or as `\uXXXX` in either case.
 * Serializers differ: Go escapes `<>&`, PHP escapes `/`, Python every non-ASCII character, .NET
 * both and in upper case — one literal JSON form would miss all of those. Any run of backslashes
 * may lead an escape: an error message that quotes the request body is JSON inside JSON, escaped
 * twice, and a reporter that parses it once would otherwise bring the secret back.
 */
function jsonEscapedSource(secret) {
    let source = "";
    for (let i = 0; i < secret.length; i++) {
        const unit = secret.charCodeAt(i);
        const char = secret.charAt(i);
        if (NEVER_ESCAPED.test(char)) {
            source += escapeRegExp(char);
            continue;
        }
        const forms = [];
        if (unit >= 0x20 && char !== '"' && char !== "\\")
            forms.push(escapeRegExp(char));
        const short = SHORT_ESCAPES[char];
        if (short)
            forms.push(`\\\\+${escapeRegExp(short)}`);
        const hex = [...unit.toString(16).padStart(4, "0")];
        forms.push(`\\\\+u${hex.map((h) => (/[a-f]/.test(h) ? `[${h}${h.toUpperCase()}]` : h)).join("")}`);
        source += forms.length === 1 ? forms[0] : `(?:${forms.join("|")})`;
    }
    return source;
}
/** One regex over alternatives (longest first) that reports a match at every position, overlaps included. */
function alternation(entries) {
    if (entries.length === 0)
        return undefined;
    const sources = [...entries].sort((a, b) => b[1] - a[1]).map(([source]) => source);
    return new RegExp(`(?=(${sources.join("|")}))`, "g");
}
function createRedactor(secrets = []) {
    const patterns = new Set();
    // Secret → the regex source of its JSON-escaped forms; matched by a second regex, spans merged.
    const jsonForms = new Map();
    let literalMatcher;
    let jsonMatcher;
    let stale = false;
    function add(secret) {
        // A multi-line secret (a PEM key) is also masked line by line, as logs often split it.
        const parts = secret.includes("\n") ? [secret, ...secret.split(/\r?\n/)] : [secret];
        for (const part of parts) {
            if (part.trim().length < MIN_SECRET_LENGTH)
                continue;
            for (const v of variants(part)) {
                if (v.length >= MIN_SECRET_LENGTH && !patterns.has(v)) {
                    patterns.add(v);
                    stale = true;
                }
            }
            // A secret no serializer escapes has no JSON form beyond its raw one, already a pattern.
            const json = jsonEscapedSource(part);
            if (!jsonForms.has(part) && json !== escapeRegExp(part)) {
                jsonForms.set(part, json);
                stale = true;
            }
        }
    }
    function compiled() {
        if (stale) {
            // Longest first, so at any position the longest known form wins the alternation; the
            // lookahead makes every position a candidate, so overlapping secrets are both masked.
            literalMatcher = alternation([...patterns].map((p) => [escapeRegExp(p), p.length]));
            jsonMatcher = alternation([...jsonForms].map(([part, source]) => [source, part.length]));
            stale = false;
        }
    }
    function text(s) {
        if (s.length < MIN_SECRET_LENGTH)
            return s;
        compiled();
        // Escaped JSON forms need a backslash; without one the literal forms cover everything.
        const res = [literalMatcher, s.includes("\\") ? jsonMatcher : undefined];
        const spans = [];
        for (const re of res) {
            if (!re)
                continue;
            for (const m of s.matchAll(re)) {
                const length = m[1]?.length ?? 0;
                if (length > 0)
                    spans.push([m.index, m.index + length]);
            }
        }
        if (s.includes("…"))
            spans.push(...cutPrefixes(s));
        if (spans.length === 0)
            return s;
        spans.sort((a, b) => a[0] - b[0]);
        let out = "";
        let copiedTo = 0;
        let maskEnd = -1;
        for (const [start, end] of spans) {
            if (start > maskEnd) {
                // A new masked span: flush the clear text before it.
                if (maskEnd >= 0)
                    out += MASK;
                out += s.slice(copiedTo, start);
                maskEnd = end;
            }
            else if (end > maskEnd) {
                maskEnd = end;
            }
            copiedTo = Math.max(copiedTo, maskEnd);
        }
        return out + MASK + s.slice(copiedTo);
    }
    /** The longest prefix of a known form that ends right at a cut mark, for every cut mark. */
    function cutPrefixes(s) {
        const spans = [];
        for (const mark of s.matchAll(CUT_MARK)) {
            const end = mark.index;
            let longest = 0;
            for (const form of patterns) {
                for (let k = Math.min(form.length - 1, end); k > Math.max(longest, MIN_CUT_PREFIX - 1); k--) {
                    if (s.startsWith(form.slice(0, k), end - k)) {
                        longest = k;
                        break;
                    }
                }
            }
            if (longest > 0)
                spans.push([end - longest, end]);
        }
        return spans;
    }
    function headers(h) {
        return Object.fromEntries(Object.entries(h).map(([name, value]) => [name, isCredentialHeader(name) ? MASK : text(String(value))]));
    }
    function walk(value) {
        if (typeof value === "string")
            return text(value);
        if (Array.isArray(value))
            return value.map(walk);
        if (value !== null && typeof value === "object") {
            const proto = Object.getPrototypeOf(value);
            // Only plain data is copied; a Date or Buffer is not report data and is returned as is.
            if (proto !== Object.prototype && proto !== null)
                return value;
            // fromEntries defines own properties, so a "__proto__" key stays data and triggers no setter.
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
        }
        return value;
    }
    for (const s of secrets)
        add(s);
    return { add, text, headers, deep: (value) => walk(value) };
}

;// CONCATENATED MODULE: ./lib/cli/main.js
// The CLI adapter: argv → engine → terminal report → exit code (0 passed, 1 blocked, 2 usage/config).













const HELP = `deploy-gate ${VERSION} — gate a deployment on live evidence

Usage: deploy-gate --base-url URL --config FILE [options]

  --base-url URL          base URL of the deployed service (required)
  --config FILE           check list file, YAML or JSON (or --checks TEXT)
  --checks TEXT           the check list inline, YAML or JSON
  --secret NAME=VALUE     a secret for {{ secrets.NAME }}; repeatable. --secret NAME alone
                          reads the value from the environment variable NAME (keeps it out
                          of shell history)
  --var NAME=VALUE        a variable for {{ vars.NAME }}; repeatable
  --label LABEL           names this run (a region, an environment)
  --only LIST             comma-separated check names or tags (plus what they need)
  --json FILE             write the JSON report
  --junit FILE            write the JUnit XML report
  --dry-run               report everything, always exit 0 unless the config is bad
  --concurrency N         checks run at once (default 8)
  --timeout DURATION      deadline for the whole gate (default 10m)
  --request-timeout D     default per-request timeout (default 10s)
  --retries N             default retries for transient failures (default 2)
  --fail-fast             stop starting checks after the first critical failure
  --help                  show this help
  --version               print the version

Exit codes: 0 the gate passed, 1 the gate blocked, 2 bad usage or config.
Colour is used on a terminal unless NO_COLOR is set.`;
class UsageError extends Error {
}
function main_pairs(values, flag, env) {
    const out = {};
    for (const item of values) {
        const eq = item.indexOf("=");
        const name = eq === -1 ? item : item.slice(0, eq);
        if (!/^[A-Za-z_][\w.-]*$/.test(name))
            throw new UsageError(`${flag}: expected NAME=VALUE, got a bad name`);
        if (eq === -1) {
            const fromEnv = env[name];
            if (fromEnv === undefined)
                throw new UsageError(`${flag} ${name}: no value given and $${name} is not set`);
            out[name] = fromEnv;
        }
        else
            out[name] = item.slice(eq + 1);
    }
    return out;
}
function num(value, flag, min, max) {
    if (value === undefined)
        return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max)
        throw new UsageError(`${flag}: expected a whole number from ${min} to ${max}`);
    return n;
}
function dur(value, flag) {
    if (value === undefined)
        return undefined;
    const ms = parseDuration(value);
    if (ms === undefined)
        throw new UsageError(`${flag}: expected a duration like 250ms, 10s, 5m`);
    return ms;
}
const VALUE_FLAGS = new Set([
    "--base-url",
    "--config",
    "--checks",
    "--secret",
    "--var",
    "--label",
    "--only",
    "--json",
    "--junit",
    "--concurrency",
    "--timeout",
    "--request-timeout",
    "--retries",
]);
/** `--checks "- GET /health"`: a value that starts with a dash is still the flag's value. */
function joinDashValues(argv) {
    const out = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i] ?? "";
        const next = argv[i + 1];
        if (VALUE_FLAGS.has(arg) && next?.startsWith("-") && !next.startsWith("--")) {
            out.push(`${arg}=${next}`);
            i++;
        }
        else
            out.push(arg);
    }
    return out;
}
async function main(argv, env = process.env) {
    const color = Boolean(process.stdout.isTTY) && !env.NO_COLOR;
    const redactor = createRedactor();
    let args;
    const parse = () => (0,external_node_util_.parseArgs)({
        args: joinDashValues(argv),
        strict: true,
        allowPositionals: false,
        options: {
            "base-url": { type: "string" },
            config: { type: "string" },
            checks: { type: "string" },
            secret: { type: "string", multiple: true },
            var: { type: "string", multiple: true },
            label: { type: "string" },
            only: { type: "string" },
            json: { type: "string" },
            junit: { type: "string" },
            "dry-run": { type: "boolean" },
            concurrency: { type: "string" },
            timeout: { type: "string" },
            "request-timeout": { type: "string" },
            retries: { type: "string" },
            "fail-fast": { type: "boolean" },
            help: { type: "boolean", short: "h" },
            version: { type: "boolean" },
        },
    });
    let prepared;
    let only;
    let settings;
    try {
        args = parse();
        const v = args.values;
        if (v.help) {
            process.stdout.write(`${HELP}\n`);
            return 0;
        }
        if (v.version) {
            process.stdout.write(`${VERSION}\n`);
            return 0;
        }
        const secrets = main_pairs(v.secret ?? [], "--secret", env);
        for (const value of Object.values(secrets))
            redactor.add(value);
        if (!v["base-url"])
            throw new UsageError("--base-url is required");
        if (!/^https?:\/\/[^/]/i.test(v["base-url"]))
            throw new UsageError("--base-url: expected an http:// or https:// URL");
        if (Boolean(v.config) === Boolean(v.checks))
            throw new UsageError("give exactly one of --config FILE or --checks TEXT");
        let configText = v.checks ?? "";
        if (v.config) {
            try {
                configText = (0,external_node_fs_namespaceObject.readFileSync)(v.config, "utf8");
            }
            catch (error) {
                throw new UsageError(`--config: cannot read ${v.config}: ${error.code ?? error}`);
            }
        }
        const label = v.label ?? "";
        only = (v.only ?? "")
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean);
        prepared = prepareGate({
            configText,
            source: v.config ?? "--checks",
            secrets,
            vars: main_pairs(v.var ?? [], "--var", env),
            label,
            env,
            only: { names: only, place: "--only" },
        });
        const requestTimeoutMs = dur(v["request-timeout"], "--request-timeout");
        const retries = num(v.retries, "--retries", 0, 10);
        settings = {
            baseUrl: v["base-url"],
            label,
            concurrency: num(v.concurrency, "--concurrency", 1, 256) ?? 8,
            timeoutMs: dur(v.timeout, "--timeout") ?? 600_000,
            ...(requestTimeoutMs !== undefined ? { requestTimeoutMs } : {}),
            ...(retries !== undefined ? { retries } : {}),
        };
    }
    catch (error) {
        const known = error instanceof UsageError ||
            error instanceof ConfigError ||
            error.code?.startsWith("ERR_PARSE_ARGS");
        if (!known)
            throw error;
        process.stderr.write(`deploy-gate: ${redactor.text(error.message)}\n`);
        if (error instanceof UsageError || !(error instanceof ConfigError))
            process.stderr.write("Try --help.\n");
        return 2;
    }
    const v = args.values;
    const cancel = new AbortController();
    const onSignal = () => cancel.abort();
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
    const total = prepared.config.checks.length;
    let done = 0;
    const result = await runGate({
        config: prepared.config,
        baseUrl: settings.baseUrl,
        label: settings.label,
        mode: v["dry-run"] ? "dry-run" : "enforce",
        concurrency: settings.concurrency,
        timeoutMs: settings.timeoutMs,
        ...(settings.requestTimeoutMs !== undefined ? { requestTimeoutMs: settings.requestTimeoutMs } : {}),
        ...(settings.retries !== undefined ? { retries: settings.retries } : {}),
        failFast: Boolean(v["fail-fast"]),
        only,
        scope: prepared.scope,
        redactor,
        signal: cancel.signal,
        onCheckDone: (r) => {
            done++;
            const counter = process.stdout.isTTY ? `[${done}/${total}] ` : "";
            process.stdout.write(`${counter}${redactor.text(renderCheckLine(r, { color }))}\n`);
        },
    });
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    process.stdout.write(`\n${redactor.text(renderConsoleReport(result, { color }))}\n`);
    for (const [file, render] of [
        [v.json, renderJsonReport],
        [v.junit, renderJunit],
    ]) {
        if (!file)
            continue;
        try {
            await (0,promises_namespaceObject.mkdir)(external_node_path_namespaceObject.dirname(external_node_path_namespaceObject.resolve(file)), { recursive: true });
            await (0,promises_namespaceObject.writeFile)(file, redactor.text(render(result)));
        }
        catch (error) {
            process.stderr.write(`deploy-gate: warning: cannot write ${file}: ${error.message}\n`);
        }
    }
    return result.verdict === "failed" && !v["dry-run"] ? 1 : 0;
}


/***/ }),

/***/ 9783:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ getProxyUrl)
/* harmony export */ });
/* unused harmony export checkBypass */
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5187);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
