/**
 * Orders strings by UTF-16 code unit, the same on every machine, for orders
 * that must not follow the locale: hashed keys, search bundles, file lists.
 * (What readers see is sorted with localeCompare(…, "vi") instead.)
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
