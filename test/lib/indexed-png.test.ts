import { describe, expect, it } from "vitest";
import sharp from "sharp";
import { encodeIndexedPng, scanlines, type Rgb } from "../../src/lib/indexed-png.ts";

const palette: Rgb[] = [
  [255, 255, 255],
  [179, 18, 31],
  [28, 28, 30],
];

describe("encodeIndexedPng", () => {
  it("writes a palette PNG that a decoder reads back pixel for pixel", async () => {
    const image = scanlines(5, 3);
    // Row 1 holds every colour; the rest stays the background.
    [0, 1, 2, 1, 0].forEach((index, x) => (image.pixels[1 * image.stride + 1 + x] = index));
    const png = await encodeIndexedPng(image, palette);

    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height, info.channels]).toEqual([5, 3, 3]);
    const pixel = (x: number, y: number) => [...data.subarray((y * 5 + x) * 3, (y * 5 + x) * 3 + 3)];
    expect([0, 1, 2, 3, 4].map((x) => pixel(x, 1))).toEqual([0, 1, 2, 1, 0].map((i) => palette[i]));
    expect(pixel(2, 0)).toEqual(palette[0]);
    expect(pixel(4, 2)).toEqual(palette[0]);
    // Colour type 3 (palette), 8 bits.
    expect([png[24], png[25]]).toEqual([8, 3]);
  });

  it("refuses a palette PNG cannot hold, and pixels that are not whole scanlines", async () => {
    const image = scanlines(2, 2);
    await expect(encodeIndexedPng(image, [])).rejects.toThrow("palette of 0 colours");
    await expect(encodeIndexedPng(image, Array(257).fill([0, 0, 0]))).rejects.toThrow("palette of 257 colours");
    await expect(encodeIndexedPng({ ...image, pixels: new Uint8Array(4) }, palette)).rejects.toThrow(
      "4 bytes are not 2 scanlines of 2 pixels",
    );
  });
});
