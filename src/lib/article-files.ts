/**
 * Which files beside an article the site publishes, and how long its name
 * may be: one rule for the build (the article schema, the markdown
 * sanitizer) and `npm run check`.
 */

/**
 * Pictures the site resizes and serves through Astro's image service (sharp).
 * Not SVG: a drawing can carry script, and Astro copies it unchanged to
 * /_astro/, where opening it would run that script on the site's address.
 */
export const IMAGE_EXTENSIONS: readonly string[] = ["jpg", "jpeg", "png", "webp", "avif", "gif"];

/** The formats of those pictures as Astro's image() reports them (jpeg for .jpg). */
export const IMAGE_FORMATS: readonly string[] = ["jpg", "jpeg", "png", "webp", "avif", "gif"];

/**
 * Longest article slug (file or folder name): the slug is part of file names
 * in dist/ and in the build's cache (slug + a digest + an extension), which
 * must stay under the 255-byte limit of common file systems.
 */
export const MAX_SLUG_LENGTH = 100;

/** The extension of a path or address, lowercase, without query or fragment ("" when none). */
export function fileExtension(path: string): string {
  const clean = path.split(/[?#]/)[0];
  const name = clean.slice(clean.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

/** Whether a local path names a picture the site can publish. */
export function isPublishableImage(path: string): boolean {
  return IMAGE_EXTENSIONS.includes(fileExtension(path));
}

/** An address on another site (https://…, //host/…): the site's CSP loads pictures only from itself. */
export function isRemote(url: string): boolean {
  return /^(https?:)?\/\//i.test(url.trim());
}

/**
 * Why a picture beside an article cannot be published (for the build's
 * error), or undefined. Addresses on other sites and data: are the check's
 * and the sanitizer's business; this is about files Astro would copy.
 */
export function localImageRefusal(src: string): string | undefined {
  const clean = src.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(clean) || clean.startsWith("/") || clean.startsWith("#")) return undefined;
  if (isPublishableImage(clean)) return undefined;
  return `"${src}" không phải loại ảnh trang web đăng được (chỉ nhận ${IMAGE_EXTENSIONS.join(", ")}; SVG không được dùng vì có thể chứa mã)`;
}
