/** The form editor's article preview (src/scripts/admin-preview.ts), rendered with a stand-in createElement. */
import { describe, expect, it } from "vitest";
import { articlePreview, type ArticlePreviewProps } from "../../src/scripts/admin-preview.ts";

interface Node {
  type: string;
  props: Record<string, unknown> | null;
  children: unknown[];
}
const h = (type: string, props: Record<string, unknown> | null, ...children: unknown[]): Node => ({
  type,
  props,
  children,
});

/** The text and elements of a tree as one readable line per element. */
function outline(node: unknown, depth = 0): string[] {
  if (node === null || node === "") return [];
  if (typeof node === "string") return [`${"  ".repeat(depth)}"${node}"`];
  const { type, props, children } = node as Node;
  const attrs = Object.entries(props ?? {})
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(" ");
  return [
    `${"  ".repeat(depth)}<${type}${attrs ? ` ${attrs}` : ""}>`,
    ...children.flatMap((c) => outline(c, depth + 1)),
  ];
}

function props(data: Record<string, unknown>): ArticlePreviewProps {
  return {
    entry: {
      getIn: (path) => path.slice(1).reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], data),
    },
    widgetFor: (name) => `[${name}]`,
    getAsset: (path) => ({ toString: () => `blob:${path}` }),
  };
}

describe("articlePreview", () => {
  it("lays the article out with the site's classes, the date in Vietnamese and the photo from the editor", () => {
    const tree = articlePreview(h)(
      props({
        title: "Ngày hội hư cấu",
        description: "Tóm tắt.",
        date: "2025-03-10",
        authors: ["A", "B"],
        image: { src: "anh.png", alt: "Mô tả", caption: "Chú thích" },
      }),
    );
    expect(outline(tree).join("\n")).toMatchInlineSnapshot(`
      "<main id="noi-dung">
        <article className="article">
          <h1>
            "Ngày hội hư cấu"
          <p className="lead">
            "Tóm tắt."
          <p className="meta">
            "Ngày đăng: 10/03/2025"
            " · Tác giả: A, B"
          <figure className="lead-image">
            <img src="blob:anh.png" alt="Mô tả">
            <figcaption>
              "Chú thích"
          <div className="prose body">
            "[body]""
    `);
  });

  it("shows a half-filled form without breaking: no photo, no authors, a date being typed", () => {
    const tree = articlePreview(h)(props({ title: "", date: "2025-0" }));
    expect(outline(tree).join("\n")).toContain('"Ngày đăng: 2025-0"');
    expect(outline(tree).join("\n")).not.toContain("<figure");
  });
});
