import { describe, expect, it } from "vitest";
import { attributeName, elementProblems, isSafeUrl, urlScheme } from "../../src/lib/safe-html.ts";

describe("urlScheme", () => {
  it("reads the scheme the way a browser does", () => {
    expect(urlScheme("https://a.example/")).toBe("https");
    expect(urlScheme("JaVaScRiPt:alert(1)")).toBe("javascript");
    expect(urlScheme(" java\tscript:alert(1)")).toBe("javascript");
    expect(urlScheme("\u0001data:text/html,x")).toBe("data");
    expect(urlScheme("./anh.jpg")).toBeUndefined();
    expect(urlScheme("#muc-1")).toBeUndefined();
    expect(urlScheme("/tin-tuc/")).toBeUndefined();
  });

  it("allows web, mail and phone addresses and relative paths only", () => {
    for (const url of ["https://a.example", "http://a.example", "mailto:a@b.example", "tel:+84241234567", "./a.png"]) {
      expect(isSafeUrl(url), url).toBe(true);
    }
    for (const url of ["javascript:x()", "data:image/svg+xml,x", "vbscript:x", "file:///etc/passwd"]) {
      expect(isSafeUrl(url), url).toBe(false);
    }
  });
});

describe("attributeName", () => {
  it("turns hast property names back into HTML attribute names", () => {
    expect(
      ["onError", "className", "htmlFor", "colSpan", "ariaDescribedBy", "dataFootnoteRef"].map(attributeName),
    ).toEqual(["onerror", "class", "for", "colspan", "aria-describedby", "data-footnote-ref"]);
  });
});

describe("elementProblems", () => {
  it("accepts the allowed tags with their attributes", () => {
    expect(elementProblems("table")).toEqual([]);
    expect(elementProblems("td", { colSpan: 2, rowSpan: 1 })).toEqual([]);
    expect(elementProblems("a", { href: "https://a.example", title: "Trang" })).toEqual([]);
    expect(elementProblems("img", { src: "https://a.example/a.png", alt: "Ảnh", width: 100 })).toEqual([]);
    expect(elementProblems("figure")).toEqual([]);
  });

  it("names dangerous tags, unknown tags, event handlers, other attributes and unsafe addresses", () => {
    expect(elementProblems("script")).toEqual([{ kind: "tag", tag: "script", dangerous: true }]);
    expect(elementProblems("IFRAME")).toEqual([{ kind: "tag", tag: "iframe", dangerous: true }]);
    expect(elementProblems("font")).toEqual([{ kind: "tag", tag: "font", dangerous: false }]);
    expect(elementProblems("img", { src: "https://a.example/a.png", alt: "a", onError: "x()", style: "x" })).toEqual([
      { kind: "attribute", tag: "img", attribute: "onerror", eventHandler: true },
      { kind: "attribute", tag: "img", attribute: "style", eventHandler: false },
    ]);
    expect(elementProblems("a", { href: "javascript:x()" })).toEqual([
      { kind: "url", tag: "a", attribute: "href", url: "javascript:x()", scheme: "javascript" },
    ]);
  });
});
