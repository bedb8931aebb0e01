// The JSON Schema `format`s checked without ajv-formats (not a dependency). A format outside
// this list makes the schema unusable rather than silently ignored (fail closed).
import { isIPv4, isIPv6 } from "node:net";

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

export const SCHEMA_FORMATS: Readonly<Record<string, RegExp | ((value: string) => boolean)>> = {
  date: DATE,
  time: TIME,
  "date-time": (value) => {
    const [date, time, ...rest] = value.split(/[Tt ]/);
    return rest.length === 0 && DATE.test(date ?? "") && TIME.test(time ?? "");
  },
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
  uri: /^[a-z][a-z\d+.-]*:[^\s]*$/i,
  uuid: /^(urn:uuid:)?[\da-f]{8}-([\da-f]{4}-){3}[\da-f]{12}$/i,
  ipv4: isIPv4,
  ipv6: isIPv6,
};
