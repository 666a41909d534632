/**
 * The calendar is built once a day at most, so a drive that ended this morning
 * is still in the page this afternoon. This hides, in the reader's browser,
 * each listed drive whose end (data-ends, an ISO instant in Hà Nội time) has
 * passed. Without JavaScript the list is as built, which is still right up to
 * the day of the build.
 */
export function hidePastDrives(now: number = Date.now(), root: ParentNode = document): void {
  for (const list of root.querySelectorAll<HTMLElement>("[data-upcoming]")) {
    const items = [...list.querySelectorAll<HTMLElement>("[data-ends]")];
    for (const item of items) {
      const ends = Date.parse(item.dataset.ends ?? "");
      if (!Number.isNaN(ends) && ends < now) item.hidden = true;
    }
    if (items.length === 0 || items.some((item) => !item.hidden)) continue;
    // Every drive listed has ended: say so, or take away a section that would be empty.
    const allPast = list.querySelector<HTMLElement>("[data-all-past]");
    if (allPast) allPast.hidden = false;
    if (list.dataset.upcoming === "hide-when-empty") list.hidden = true;
  }
}
