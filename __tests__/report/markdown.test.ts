import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codeBlock, codeSpan, escapeHtml, inline, table } from "../../src/report/markdown.js";
import { cutUtf8, oneLine, stripControl } from "../../src/text/display-text.js";

describe("display text", () => {
  it("drops terminal escape sequences whole, control characters and bidi overrides", () => {
    expect(
      stripControl(
        "\u001b[31mred\u001b[0m \u001b]8;;https://x\u0007link\u001b]8;;\u0007 a\u0000b\u202ec\r\nd",
      ),
    ).toBe("red link abc\nd");
  });

  it("clips to one line without splitting a surrogate pair", () => {
    expect(oneLine("a\n\n  b\tc", 100)).toBe("a b c");
    expect(oneLine("abcdef", 4)).toBe("abc…");
    expect(oneLine("ab😀cd", 4)).toBe("ab…");
  });

  it("cuts UTF-8 on a character boundary", () => {
    expect(cutUtf8("héllo", 2)).toEqual({ text: "h", cut: true });
    expect(cutUtf8("héllo", 3)).toEqual({ text: "hé", cut: true });
    expect(cutUtf8("héllo", 6)).toEqual({ text: "héllo", cut: false });
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.nat(40), (s, n) => {
        const { text } = cutUtf8(s, n);
        expect(Buffer.byteLength(text)).toBeLessThanOrEqual(n);
        expect(s.startsWith(text)).toBe(true);
      }),
    );
  });
});

describe("markdown escaping", () => {
  it("escapes HTML in HTML contexts", () => {
    expect(escapeHtml("<script>alert(1)</script> & co")).toBe(
      "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co",
    );
  });

  it("makes untrusted text inert inline markdown on one line", () => {
    expect(inline("</details><img src=x> *bold* [a](javascript:x) `code` a|b $x$ ~~s~~\n# h")).toBe(
      "&lt;/details&gt;&lt;img src=x&gt; \\*bold\\* \\[a\\](javascript:x) \\`code\\` a\\|b \\$x\\$ \\~\\~s\\~\\~ # h",
    );
  });

  it("builds tables whose cells cannot add columns or rows", () => {
    expect(table(["a", "b"], [["x|y", "1\n2"], ["only one"]])).toBe(
      "| a | b |\n|---|---|\n| x\\|y | 1 2 |\n| only one |  |",
    );
  });

  it("picks a code span fence longer than any backtick run", () => {
    expect(codeSpan("GET /a")).toBe("`GET /a`");
    expect(codeSpan("a ``b`` c")).toBe("```a ``b`` c```");
    expect(codeSpan("`x`")).toBe("`` `x` ``");
  });

  it("fences code blocks so the content cannot close them", () => {
    expect(codeBlock('{"a":1}\n', "json")).toBe('```json\n{"a":1}\n```');
    fc.assert(
      fc.property(fc.string(), (body) => {
        const block = codeBlock(body);
        const fence = /^`+/.exec(block)?.[0] ?? "";
        const inner = block.slice(fence.length, -fence.length);
        expect(inner.includes(fence)).toBe(false);
      }),
    );
  });
});
