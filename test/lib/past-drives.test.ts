/**
 * src/scripts/past-drives.ts runs in the reader's browser; its logic only
 * needs querySelector(All), dataset and hidden, so plain objects stand in for
 * the page here.
 */
import { describe, expect, it } from "vitest";
import { hidePastDrives } from "../../src/scripts/past-drives.ts";

interface FakeEl {
  hidden: boolean;
  dataset: Record<string, string | undefined>;
  children: FakeEl[];
  querySelectorAll(selector: string): FakeEl[];
  querySelector(selector: string): FakeEl | null;
}

function el(dataset: Record<string, string | undefined> = {}, children: FakeEl[] = [], hidden = false): FakeEl {
  const all = (): FakeEl[] => children.flatMap((c) => [c, ...c.querySelectorAll("*")]);
  const matches = (e: FakeEl, selector: string) => {
    const key = selector.replace(/^\[data-|\]$/g, "").replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
    return selector === "*" || key in e.dataset;
  };
  return {
    hidden,
    dataset,
    children,
    querySelectorAll: (selector) => all().filter((e) => matches(e, selector)),
    querySelector: (selector) => all().find((e) => matches(e, selector)) ?? null,
  };
}

const NOW = Date.parse("2022-06-18T05:00:00Z"); // 12:00 in Hà Nội

describe("hidePastDrives", () => {
  it("hides a drive that ended this morning and keeps one later today and one without an end", () => {
    const morning = el({ ends: "2022-06-18T11:30:00+07:00" });
    const evening = el({ ends: "2022-06-18T23:59:59+07:00" });
    const unknown = el({ ends: undefined });
    const allPast = el({ allPast: "" }, [], true);
    const list = el({ upcoming: "" }, [morning, evening, unknown, allPast]);
    hidePastDrives(NOW, el({}, [list]) as unknown as ParentNode);
    expect([morning.hidden, evening.hidden, unknown.hidden]).toEqual([true, false, false]);
    expect(allPast.hidden).toBe(true);
  });

  it("says so when every drive has ended, and takes away a home-page section left empty", () => {
    const past = el({ ends: "2022-06-18T11:30:00+07:00" });
    const allPast = el({ allPast: "" }, [], true);
    const calendar = el({ upcoming: "" }, [past, allPast]);
    const homePast = el({ ends: "2022-06-17T23:59:59+07:00" });
    const home = el({ upcoming: "hide-when-empty" }, [homePast]);
    hidePastDrives(NOW, el({}, [calendar, home]) as unknown as ParentNode);
    expect(past.hidden).toBe(true);
    expect(allPast.hidden).toBe(false);
    expect(calendar.hidden).toBe(false);
    expect(home.hidden).toBe(true);
  });
});
