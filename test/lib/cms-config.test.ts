import { describe, expect, it } from "vitest";
import { z } from "zod";
import { articleFrontmatterSchema } from "../../src/schemas/article.ts";
import { campaignSchema } from "../../src/schemas/campaign.ts";
import { yearSchema } from "../../src/schemas/year.ts";
import { cmsConfig, cmsFields, type CmsField } from "../../src/lib/cms-config.ts";

/** The part of JSON Schema zod writes for these schemas. */
interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: string[];
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
}

/** The schema as a form sees it: what may be typed in (a field with a default may be left out). */
function jsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
}

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

/**
 * Every difference between one zod object and the form's fields for it, as
 * "path: what differs" lines; an empty list means they agree.
 */
function differences(schema: JsonSchema, fields: readonly CmsField[], path: string): string[] {
  const found: string[] = [];
  const props = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const byName = new Map(fields.map((field) => [field.name, field]));
  for (const name of Object.keys(props)) {
    if (!byName.has(name)) found.push(`${path}${name}: in the schema, missing from the CMS config`);
  }
  for (const field of fields) {
    const at = `${path}${field.name}`;
    const prop = props[field.name];
    if (!prop) {
      found.push(`${at}: in the CMS config, not in the schema`);
      continue;
    }
    if (!field.label?.trim() || !field.hint?.trim()) found.push(`${at}: needs a label and a hint`);
    else if (!VIETNAMESE.test(`${field.label} ${field.hint}`)) found.push(`${at}: label and hint are not Vietnamese`);
    const cmsRequired = field.required !== false;
    if (cmsRequired !== required.has(field.name)) {
      found.push(`${at}: required ${cmsRequired} in the CMS, ${required.has(field.name)} in the schema`);
    }
    found.push(...fieldDifferences(prop, field, at));
  }
  return found;
}

function fieldDifferences(prop: JsonSchema, field: CmsField, at: string): string[] {
  const found: string[] = [];
  const expect = (ok: boolean, message: string) => {
    if (!ok) found.push(`${at}: ${message}`);
  };
  if (prop.default !== undefined && !Array.isArray(prop.default)) {
    expect(
      field.default === prop.default,
      `default ${String(field.default)} in the CMS, ${String(prop.default)} in the schema`,
    );
  }
  if (prop.type === "integer" || prop.type === "number") {
    expect(field.widget === "number", `a number needs the number widget, not ${field.widget}`);
    expect(
      field.value_type === (prop.type === "integer" ? "int" : "float"),
      `value_type ${field.value_type} for a ${prop.type}`,
    );
    // zod's .int() writes the largest safe integer as its maximum: no bound a person would meet.
    const max = prop.maximum === Number.MAX_SAFE_INTEGER ? undefined : prop.maximum;
    expect(field.min === prop.minimum, `min ${field.min} in the CMS, ${prop.minimum} in the schema`);
    expect(field.max === max, `max ${field.max} in the CMS, ${max} in the schema`);
  } else if (prop.type === "boolean") {
    expect(field.widget === "boolean", `a yes/no needs the boolean widget, not ${field.widget}`);
  } else if (prop.type === "string" && prop.enum) {
    expect(field.widget === "select", `a choice needs the select widget, not ${field.widget}`);
    const values = (field.options ?? []).map((option) => option.value);
    expect(
      JSON.stringify(values) === JSON.stringify(prop.enum),
      `options ${values} in the CMS, ${prop.enum} in the schema`,
    );
    for (const option of field.options ?? [])
      expect(VIETNAMESE.test(option.label), `option ${option.value} needs a Vietnamese label`);
  } else if (prop.type === "string") {
    if (prop.pattern === "^\\d{4}-\\d{2}-\\d{2}$") {
      expect(
        field.widget === "datetime" && field.format === "YYYY-MM-DD" && field.time_format === false,
        "a date needs the datetime widget saving YYYY-MM-DD without time",
      );
    }
    expect(
      field.pattern?.[0] === prop.pattern ||
        (prop.format === "uri" && field.pattern?.[0].startsWith("^https?://") === true) ||
        (!prop.pattern && !prop.format && !field.pattern),
      `pattern ${field.pattern?.[0]} in the CMS, ${prop.pattern ?? prop.format} in the schema`,
    );
    expect(
      ["string", "text", "markdown", "datetime", "image", "relation"].includes(field.widget) && !field.multiple,
      `text needs a single-value widget, not ${field.widget}`,
    );
  } else if (prop.type === "array") {
    const items = prop.items ?? {};
    expect(field.min === prop.minItems, `min ${field.min} in the CMS, ${prop.minItems} items in the schema`);
    expect(field.max === prop.maxItems, `max ${field.max} in the CMS, ${prop.maxItems} items in the schema`);
    if (field.widget === "relation")
      expect(field.multiple === true && items.type === "string", "a list of ids needs a relation with multiple: true");
    else if (items.type === "object") found.push(...differences(items, field.fields ?? [], `${at}[].`));
    else {
      expect(
        field.widget === "list" && field.field !== undefined,
        `a list of ${items.type} needs a list widget with one field`,
      );
      if (field.field) found.push(...fieldDifferences(items, field.field, `${at}[]`));
    }
  } else if (prop.type === "object") {
    expect(field.widget === "object", `an object needs the object widget, not ${field.widget}`);
    found.push(...differences(prop, field.fields ?? [], `${at}.`));
  } else {
    found.push(`${at}: the test does not know how to compare a ${prop.type ?? "value without a type"}`);
  }
  return found;
}

describe("CMS configuration against the zod schemas", () => {
  it("has every article front-matter field, with the schema's requirements", () => {
    expect(differences(jsonSchema(articleFrontmatterSchema), cmsFields.article, "article.")).toEqual([]);
  });

  it("has every campaign field", () => {
    expect(differences(jsonSchema(campaignSchema), cmsFields.campaign, "campaign.")).toEqual([]);
  });

  it("has every year field", () => {
    expect(differences(jsonSchema(yearSchema), cmsFields.year, "year.")).toEqual([]);
  });

  it("reports a field the schema has and the form lacks, and a bound that differs", () => {
    const schema = z.strictObject({ year: z.number().int().min(1900).max(2200), place: z.string().optional() });
    const fields: CmsField[] = [
      {
        name: "year",
        label: "Năm",
        hint: "Năm dương lịch.",
        widget: "number",
        value_type: "int",
        min: 1900,
        max: 2100,
      },
    ];
    expect(differences(jsonSchema(schema), fields, "")).toEqual([
      "place: in the schema, missing from the CMS config",
      "year: max 2100 in the CMS, 2200 in the schema",
    ]);
  });

  it("reports a required field the form lets people leave empty", () => {
    const schema = z.strictObject({ name: z.string().min(1) });
    const fields: CmsField[] = [{ name: "name", label: "Tên", hint: "Tên đầy đủ.", widget: "string", required: false }];
    expect(differences(jsonSchema(schema), fields, "")).toEqual([
      "name: required false in the CMS, true in the schema",
    ]);
  });
});

describe("cmsConfig", () => {
  const config = cmsConfig({
    repo: "hoi-ctd/giot-hong",
    branch: "main",
    siteUrl: "https://example.org/giot-hong/",
    chapterName: "CTĐ Đồi Thông",
  });
  const collection = (name: string) => config.collections.find((c) => c.name === name)!;

  it("saves each article as a folder with its photos beside it", () => {
    expect(collection("articles")).toMatchObject({
      folder: "src/content/articles",
      path: "{{slug}}/index",
      extension: "md",
      media_folder: "",
      public_folder: "",
    });
  });

  it("names campaign files <year>-<name as a slug> and keeps the years as a list at the file's root", () => {
    expect(collection("campaigns")).toMatchObject({
      folder: "data/campaigns",
      slug: "{{fields.year}}-{{slug}}",
      format: "json",
    });
    const years = collection("years").files![0];
    expect(years.file).toBe("data/years.json");
    expect(years.fields[0]).toMatchObject({ widget: "list", root: true });
  });

  it("makes ASCII slugs without diacritics and leaves empty optional fields out of the files", () => {
    expect(config.slug).toMatchObject({ encoding: "ascii", clean_accents: true, maxlength: 80 });
    expect(config.output.omit_empty_optional_fields).toBe(true);
  });

  it("names the chapter in the editor's title, not the product", () => {
    expect(config.app_title).toBe("Biên tập trang CTĐ Đồi Thông");
  });

  it("commits straight to the branch unless reviews are wanted, then opens a pull request a save", () => {
    expect(config).not.toHaveProperty("publish_mode");
    const reviewed = cmsConfig({
      repo: "a/b",
      branch: "main",
      siteUrl: "https://x/",
      chapterName: "x",
      reviewBeforePublish: true,
    });
    expect(reviewed.publish_mode).toBe("editorial_workflow");
  });

  it("signs in through the OAuth worker only when one is set", () => {
    expect(config.backend).not.toHaveProperty("base_url");
    const withWorker = cmsConfig({
      repo: "a/b",
      branch: "main",
      siteUrl: "https://x/",
      chapterName: "x",
      authUrl: "https://auth.example.workers.dev",
    });
    expect(withWorker.backend.base_url).toBe("https://auth.example.workers.dev");
  });
});
