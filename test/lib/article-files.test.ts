import { describe, expect, it } from "vitest";
import {
  fileExtension,
  isPublishableImage,
  isRemote,
  localImageRefusal,
  MAX_SLUG_LENGTH,
} from "../../src/lib/article-files.ts";

describe("files beside an article", () => {
  it("publishes the pictures sharp re-encodes, not SVG, PDF or DOCX", () => {
    for (const ok of ["./a.jpg", "./a.JPEG", "anh/b.png", "./c.webp", "./d.avif", "./e.gif?x=1"]) {
      expect(isPublishableImage(ok), ok).toBe(true);
    }
    for (const no of ["./logo.svg", "./bao-cao.pdf", "./bien-ban.docx", "./khong-duoi"]) {
      expect(isPublishableImage(no), no).toBe(false);
    }
    expect(fileExtension("./a.b/c.PNG#x")).toBe("png");
  });

  it("tells remote addresses from paths", () => {
    expect(isRemote("https://a.vn/x.jpg")).toBe(true);
    expect(isRemote("//a.vn/x.jpg")).toBe(true);
    expect(isRemote("./x.jpg")).toBe(false);
    expect(isRemote("data:image/png;base64,AA")).toBe(false);
  });

  it("the build refuses a local file that is not a picture, and leaves addresses to the sanitizer", () => {
    expect(localImageRefusal("./logo.svg")).toMatchInlineSnapshot(
      `""./logo.svg" không phải loại ảnh trang web đăng được (chỉ nhận jpg, jpeg, png, webp, avif, gif; SVG không được dùng vì có thể chứa mã)"`,
    );
    expect(localImageRefusal("./anh.jpg")).toBeUndefined();
    expect(localImageRefusal("https://a.vn/logo.svg")).toBeUndefined();
    expect(localImageRefusal("data:image/svg+xml,x")).toBeUndefined();
  });

  it("caps slugs well under the 255-byte file name limit, with room for a digest and extension", () => {
    expect(MAX_SLUG_LENGTH + ".0123456789abcdef.html".length).toBeLessThan(255);
  });
});
