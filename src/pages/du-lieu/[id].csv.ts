import type { APIRoute, GetStaticPaths } from "astro";
import { getSiteData } from "../../site-data.ts";
import { csvFile, dataSets, type DataSet } from "../../data-sets.ts";
import { absoluteUrl } from "../../url.ts";

export const getStaticPaths = (async () =>
  dataSets(await getSiteData()).map((set) => ({ params: { id: set.id }, props: { set } }))) satisfies GetStaticPaths;

/** One chart's data as CSV (UTF-8 with BOM, so Excel reads the Vietnamese), written at build time. */
export const GET: APIRoute<{ set: DataSet }> = ({ props, site }) =>
  new Response(csvFile(props.set, absoluteUrl(props.set.page, site)), {
    headers: { "content-type": "text/csv; charset=utf-8" },
  });
