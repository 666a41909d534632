import type { APIRoute, GetStaticPaths } from "astro";
import { getSiteData } from "../../site-data.ts";
import { jsonFile, dataSets, type DataSet } from "../../data-sets.ts";
import { absoluteUrl } from "../../url.ts";

export const getStaticPaths = (async () =>
  dataSets(await getSiteData()).map((set) => ({ params: { id: set.id }, props: { set } }))) satisfies GetStaticPaths;

/** One chart's data as JSON, with its source and dates, written at build time. */
export const GET: APIRoute<{ set: DataSet }> = ({ props, site }) =>
  new Response(jsonFile(props.set, absoluteUrl(props.set.page, site)), {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
