/**
 * Finds the line of a field in front matter (YAML) or a data file (JSON), so
 * every message from `npm run check` can say where to look. A field that is
 * missing is reported at the line of the record or group that should hold it.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from "yaml";
import { findNodeAtLocation, parseTree, type Node as JsonNode } from "jsonc-parser";

export type FieldPath = readonly (string | number)[];

/** Where a field is: `key` is the line of its name, the default the line of its value. */
export type Locate = (path: FieldPath, what?: "key" | "value") => number;

/** 1-based line of each offset, by binary search over the line starts. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

export interface ParsedYaml {
  document: Document;
  lineCounter: LineCounter;
}

/**
 * YAML 1.2 core schema: no timestamps, so `date: 2021-02-30` stays the text
 * that was written and the schema can reject it, and `yes`/`no` stay words.
 */
export function parseYaml(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { schema: "core", lineCounter, prettyErrors: false });
  return { document, lineCounter };
}

/** `firstLine` is the file line of the YAML text's line 1. */
export function yamlLocator({ document, lineCounter }: ParsedYaml, firstLine: number, fallback: number): Locate {
  const toLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  return (path, what = "value") => {
    let node: unknown = document.contents;
    let line = fallback;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i];
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((item) => (isScalar(item.key) ? String(item.key.value) : item.key) === segment);
        if (!pair) return line;
        const keyRange = isScalar(pair.key) ? pair.key.range : undefined;
        if (keyRange) line = toLine(keyRange[0]);
        if (last && what === "key") return line;
        node = pair.value;
        // A group's value starts on the next line; a missing field inside it points at the group's name.
        if (!last) continue;
      } else if (isSeq(node) && typeof segment === "number" && node.items[segment]) {
        node = node.items[segment];
      } else {
        return line;
      }
      const range = (node as { range?: [number, number, number] } | null)?.range;
      if (range) line = toLine(range[0]);
    }
    return line;
  };
}

/** Locator over JSON text; `prefix` is prepended to every path (e.g. the index of a year in years.json). */
export function jsonLocator(text: string): Locate {
  const root = parseTree(text);
  const toLine = lineIndex(text);
  return (path, what = "value") => {
    if (!root) return 1;
    // Walk down as far as the path exists; a missing field points at its parent.
    for (let depth = path.length; depth >= 0; depth--) {
      const node: JsonNode | undefined = findNodeAtLocation(root, [...path.slice(0, depth)]);
      if (!node) continue;
      if (depth === path.length && what === "key" && node.parent?.type === "property") {
        return toLine(node.parent.offset);
      }
      return toLine(node.offset);
    }
    return 1;
  };
}
