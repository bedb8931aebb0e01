// The hand-written exposition parser: every construct of the text format, its escapes, and
// the errors (with line numbers) a broken endpoint produces.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { familyNames, parseExposition, parseSampleValue } from "../../src/checks/prometheus-text.js";

const EXPOSITION = `# HELP http_requests_total The total number of HTTP requests.
# TYPE http_requests_total counter
http_requests_total{method="post",code="200"} 1027 1395066363000
http_requests_total{method="post",code="400"}    3 1395066363000

# Escaping in label values:
msdos_file_access_time_seconds{path="C:\\\\DIR\\\\FILE.TXT",error="Cannot find file:\\n\\"FILE.TXT\\""} 1.458255915e9

# Minimalistic line:
metric_without_timestamp_and_labels 12.47

# A weird metric from before the epoch:
something_weird{problem="division by zero"} +Inf -3982045

# A histogram, which has a pretty complex representation in the text format:
# HELP http_request_duration_seconds A histogram of the request duration.
# TYPE http_request_duration_seconds histogram
http_request_duration_seconds_bucket{le="0.05"} 24054
http_request_duration_seconds_bucket{le="0.1"} 33444
http_request_duration_seconds_bucket{le="+Inf"} 144320
http_request_duration_seconds_sum 53423
http_request_duration_seconds_count 144320

# Finally a summary, which has a complex representation, too:
# HELP rpc_duration_seconds A summary of the RPC duration in seconds.
# TYPE rpc_duration_seconds summary
rpc_duration_seconds{quantile="0.01"} 3102
rpc_duration_seconds{quantile="0.5"} 4773
rpc_duration_seconds_sum 1.7560473e+07
rpc_duration_seconds_count 2693
`;

describe("Prometheus text exposition parser", () => {
  it("parses the format's reference example: counters, escapes, histograms, summaries", () => {
    const { samples, types, help } = parseExposition(EXPOSITION);
    expect(samples).toHaveLength(14);
    expect(samples[0]).toEqual({
      name: "http_requests_total",
      labels: { method: "post", code: "200" },
      value: 1027,
      timestamp: 1395066363000,
    });
    expect(samples[2]?.labels).toEqual({ path: "C:\\DIR\\FILE.TXT", error: 'Cannot find file:\n"FILE.TXT"' });
    expect(samples[2]?.value).toBe(1.458255915e9);
    expect(samples[3]).toEqual({ name: "metric_without_timestamp_and_labels", labels: {}, value: 12.47 });
    expect(samples[4]).toMatchObject({ value: Number.POSITIVE_INFINITY, timestamp: -3982045 });
    expect(
      samples.filter((s) => s.name === "http_request_duration_seconds_bucket").map((s) => s.labels.le),
    ).toEqual(["0.05", "0.1", "+Inf"]);
    expect(samples.find((s) => s.name === "rpc_duration_seconds_sum")?.value).toBe(1.7560473e7);
    expect(types.get("http_request_duration_seconds")).toBe("histogram");
    expect(types.get("rpc_duration_seconds")).toBe("summary");
    expect(help.get("http_requests_total")).toBe("The total number of HTTP requests.");
  });

  it("reads NaN and the infinities, and tolerates CRLF, blank padding, a trailing comma and # EOF", () => {
    const text = 'a NaN\r\nb -Inf\r\n  c{x="1",} 2  \r\n\t# EOF\r\n';
    const { samples } = parseExposition(text);
    expect(samples.map((s) => s.name)).toEqual(["a", "b", "c"]);
    expect(samples[0]?.value).toBeNaN();
    expect(samples[1]?.value).toBe(Number.NEGATIVE_INFINITY);
    expect(samples[2]).toEqual({ name: "c", labels: { x: "1" }, value: 2 });
  });

  it("accepts OpenMetrics exemplars and quoted UTF-8 names", () => {
    const text = [
      'req_total{code="200"} 7 # {trace_id="abc"} 1 1700000000.1',
      '{"my.dotted.metric", "service.name"="api"} 3',
      'ns:rule:rate5m{job="x"} 0.5',
    ].join("\n");
    const { samples } = parseExposition(text);
    expect(samples).toEqual([
      { name: "req_total", labels: { code: "200" }, value: 7 },
      { name: "my.dotted.metric", labels: { "service.name": "api" }, value: 3 },
      { name: "ns:rule:rate5m", labels: { job: "x" }, value: 0.5 },
    ]);
  });

  it("keeps unknown escapes as written and unescapes HELP text", () => {
    const { samples, help } = parseExposition('# HELP m line one\\nline two \\\\ end\nm{p="a\\tb"} 1');
    expect(samples[0]?.labels.p).toBe("a\\tb");
    expect(help.get("m")).toBe("line one\nline two \\ end");
  });

  it("names the line of every malformed construct", () => {
    const cases: [string, RegExp][] = [
      ["ok 1\nbad{code=200} 1", /^line 2: expected a quoted value for label code$/],
      ['m{code="200} 1', /^line 1: unterminated quoted value of label code$/],
      ["m{} ", /^line 1: expected a value for m$/],
      ["m twelve", /^line 1: "twelve" is not a number \(value of m\)$/],
      ["m 1 2 3", /^line 1: unexpected text after the value of m$/],
      ["m 1 soon", /^line 1: "soon" is not a timestamp/],
      ['m{a="1",a="2"} 1', /label a is given twice/],
      ['m{a="1" b="2"} 1', /expected , or } after label a/],
      ['m{1a="x"} 1', /expected a label name/],
      ["9metric 1", /expected a metric name/],
      ["<html>", /expected a metric name/],
      ['m{a="1"}1', /expected a blank after m/],
    ];
    for (const [text, message] of cases) expect(() => parseExposition(text), text).toThrow(message);
  });

  it("reads every float spelling Go's ParseFloat writes, and nothing else", () => {
    expect(parseSampleValue("1e-3")).toBe(0.001);
    expect(parseSampleValue("-0.5")).toBe(-0.5);
    expect(parseSampleValue(".5")).toBe(0.5);
    expect(parseSampleValue("+Inf")).toBe(Number.POSITIVE_INFINITY);
    expect(parseSampleValue("nan")).toBeNaN();
    expect(parseSampleValue("0x10")).toBeUndefined();
    expect(parseSampleValue("")).toBeUndefined();
    expect(parseSampleValue("1,5")).toBeUndefined();
  });

  it("round-trips any label value through the format's escaping", () => {
    const escapeLabel = (v: string) => v.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
    fc.assert(
      fc.property(fc.string(), fc.double({ noNaN: true }), (value, n) => {
        const [sample] = parseExposition(`m{v="${escapeLabel(value)}"} ${n}`).samples;
        expect(sample?.labels.v).toBe(value);
        expect(Object.is(sample?.value, n) || sample?.value === n).toBe(true);
      }),
    );
  });

  it("knows a histogram's and a counter's series belong to their family", () => {
    expect(familyNames("x_bucket")).toEqual(["x_bucket", "x"]);
    expect(familyNames("x_total")).toEqual(["x_total", "x"]);
    expect(familyNames("plain")).toEqual(["plain"]);
  });
});
