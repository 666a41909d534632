import { z } from "zod";

/** A calendar date written YYYY-MM-DD that exists (no 2021-02-30). */
const isoDateString = z
  .string({ error: "cần một ngày dạng YYYY-MM-DD (ví dụ 2022-03-05)" })
  // abort: a date in another format gets one message, not also "not on the calendar".
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "cần một ngày dạng YYYY-MM-DD (ví dụ 2022-03-05)", abort: true })
  .refine(
    (value) => {
      const [y, m, d] = value.split("-").map(Number);
      const date = new Date(Date.UTC(y, m - 1, d));
      return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
    },
    { error: "ngày này không có trên lịch (kiểm tra lại ngày và tháng)" },
  );

/** A whole, non-negative count of blood units, people or activities. */
export const count = z
  .number({ error: "cần một số nguyên không âm, viết không có dấu chấm nghìn (ví dụ 3792)" })
  .int({ error: "cần một số nguyên (không có phần thập phân)" })
  .nonnegative({ error: "không được là số âm" });

/** A percentage as the source states it, e.g. 172.9 for "172,9 %". */
export const percent = z
  .number({ error: "cần một số phần trăm, dùng dấu chấm thập phân (ví dụ 172.9)" })
  .nonnegative({ error: "không được là số âm" });

/**
 * How exactly a reported figure is stated: "over" for "hơn/trên 3.792",
 * "about" for "khoảng". Absent means the figure is exact.
 */
export const qualifier = z.enum(["over", "about"], {
  error: 'chỉ nhận "over" (hơn) hoặc "about" (khoảng)',
});

/**
 * A link to a page on the web: https:// (or http://, which `npm run check`
 * warns about) and a domain name. Anything else, javascript: included, is
 * refused, since these links are published as they are.
 */
export const webUrl = z.url({
  protocol: /^https?$/,
  hostname: z.regexes.domain,
  error: "cần một địa chỉ web đầy đủ, bắt đầu bằng https://",
});

/** A time of day in Hà Nội, HH:MM on the 24-hour clock ("07:30"). */
export const timeOfDay = z
  .string({ error: "cần một giờ dạng HH:MM, 24 giờ (ví dụ 07:30)" })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "cần một giờ dạng HH:MM, 24 giờ (ví dụ 07:30 hoặc 13:45)" });

/**
 * One source of a record's figures: who reported them, where, when, and which
 * of the record's figures it gives. `F` lists the figure fields of the record
 * kind, so "figures" only takes names the record has.
 */
export function sourceSchemaFor<const F extends readonly [string, ...string[]]>(figureFields: F) {
  return z.strictObject({
    /** Name of the publication or body that reported the figures. */
    name: z.string().trim().min(1, { error: "tên nguồn không được để trống" }),
    /** Authors of the source piece, if it names them. */
    authors: z.array(z.string().trim().min(1)).optional(),
    /** Link to the source piece, if it is online. */
    url: webUrl.optional(),
    /** The day the source published the figures (YYYY-MM-DD); leave out when the source does not say. */
    published: isoDate.optional(),
    /** Slug of the article on this site that reports the figures. */
    article: z.string().optional(),
    /** Which of the record's figures this source gives; absent means all of them. */
    figures: z
      .array(z.enum(figureFields, { error: `chỉ nhận tên trường số liệu: ${figureFields.join(", ")}` }))
      .min(1, { error: "ghi ít nhất một trường, hoặc bỏ hẳn figures nếu nguồn nêu mọi số liệu" })
      .optional(),
  });
}

/** The sources of a record: at least one. */
export function sourcesSchemaFor<const F extends readonly [string, ...string[]]>(figureFields: F) {
  return z.array(sourceSchemaFor(figureFields)).min(1, { error: "cần ít nhất một nguồn số liệu" });
}

/** A source as the pages read it, whatever the record kind. */
export interface Source {
  name: string;
  authors?: string[];
  url?: string;
  published?: string;
  article?: string;
  figures?: string[];
}

/**
 * YAML reads an unquoted 2022-03-05 as a timestamp; take it back to the
 * calendar date that was written, so front matter need not quote dates.
 * (The command-line check reads YAML without timestamps, so it still sees
 * 2021-02-30 as written and rejects it.)
 */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  isoDateString,
);

/**
 * A text field that YAML may have read as a date: the build's front-matter
 * parser reads `title: 2022-03-05` as a timestamp, the check's as the text
 * written. Both then publish the text "2022-03-05".
 */
export function text<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    (value) =>
      value instanceof Date && !Number.isNaN(value.getTime())
        ? value.toISOString().replace(/T00:00:00\.000Z$/, "")
        : value,
    schema,
  );
}
