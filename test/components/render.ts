import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { parse, type HTMLElement } from "node-html-parser";

let container: AstroContainer | undefined;

/** Renders an .astro component with props and returns its HTML parsed, for querying like a page. */
export async function render(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  component: any,
  props: Record<string, unknown> = {},
  /** Astro.locals; pass the same object to two renders to stand for two uses on one page. */
  locals: App.Locals = {},
): Promise<HTMLElement> {
  container ??= await AstroContainer.create();
  const html = await container.renderToString(component, { props, locals });
  return parse(html);
}

/** Text with whitespace runs collapsed, as a reader (or a screen reader) meets it. */
export function text(el: HTMLElement | null | undefined): string {
  return (el?.textContent ?? "").replace(/\s+/g, " ").trim();
}
