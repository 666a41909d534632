/**
 * Golden files are written as prettier-formatted JSON, so `npm run format:check`
 * accepts them as they are committed and a diff reads like any other JSON diff.
 */
import { format, resolveConfig } from "prettier";
import { fileURLToPath } from "node:url";

export const GOLDEN_DIR = fileURLToPath(new URL("./__golden__/", import.meta.url));

/** Maps become plain objects (keys in insertion order) so they survive JSON. */
function replacer(_key: string, value: unknown): unknown {
  return value instanceof Map ? Object.fromEntries(value) : value;
}

export async function goldenJson(value: unknown, file: string): Promise<string> {
  const config = (await resolveConfig(file)) ?? {};
  return format(JSON.stringify(value, replacer, 2), { ...config, parser: "json", plugins: [] });
}

export function goldenPath(name: string): string {
  return `${GOLDEN_DIR}${name}.json`;
}
