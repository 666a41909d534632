import { afterEach, describe, expect, it, vi } from "vitest";
import { withPlainErrors } from "../../../scripts/lib/run-check.ts";

describe("withPlainErrors", () => {
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = 0;
  });

  it("turns an error no rule foresaw into one Vietnamese message, without a stack trace", () => {
    const printed: string[] = [];
    vi.spyOn(console, "error").mockImplementation((text: unknown) => void printed.push(String(text)));
    withPlainErrors("npm run check", () => {
      throw new Error("EACCES: permission denied, open 'data/years.json'");
    });
    expect(process.exitCode).toBe(2);
    expect(printed.join("\n")).toMatchInlineSnapshot(`
      "
      ✖ npm run check gặp lỗi không mong đợi (unexpected error): EACCES: permission denied, open 'data/years.json'
        Không có gì bị thay đổi. Chạy lại; nếu vẫn lỗi, gửi thông báo này cho người phụ trách kỹ thuật."
    `);
    expect(printed.join("\n")).not.toContain("    at ");
  });

  it("leaves a run that succeeds alone", () => {
    let ran = false;
    withPlainErrors("npm run check", () => {
      ran = true;
    });
    expect(ran).toBe(true);
    expect(process.exitCode ?? 0).toBe(0);
  });
});
