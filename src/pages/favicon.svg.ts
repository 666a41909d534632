import type { APIRoute } from "astro";
import { chapter } from "../chapter.config.ts";

/**
 * A blood drop in the chapter's colour. Deliberately not a cross: the red
 * cross emblem is protected and is never drawn as an icon.
 */
export const GET: APIRoute = () =>
  new Response(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><path d="M16 2S5 14.5 5 21a11 11 0 0 0 22 0C27 14.5 16 2 16 2z" fill="${chapter.colors.brand}"/><path d="M11 21a5 5 0 0 0 5 5" stroke="#fff" stroke-width="2" fill="none" stroke-linecap="round" opacity=".7"/></svg>\n`,
    { headers: { "Content-Type": "image/svg+xml" } },
  );
