/**
 * Joins the configured base path and a site path, so every internal link
 * works under https://<org>.github.io/<repo>/ as well as at a domain's root.
 */
export function withBase(base: string, path = ""): string {
  const left = base.endsWith("/") ? base : `${base}/`;
  return left + path.replace(/^\/+/, "");
}

/** The inverse of withBase: "/giot-hong/tin-tuc/bai/" under "/giot-hong/" → "/tin-tuc/bai/". */
export function withoutBase(base: string, pathname: string): string {
  const left = withBase(base);
  return pathname.startsWith(left) ? `/${pathname.slice(left.length)}` : pathname;
}
