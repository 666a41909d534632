/**
 * Without JavaScript every year's campaign chart and table is on the page;
 * with it, a select shows one year at a time.
 */
export function setupYearPicker(): void {
  for (const section of document.querySelectorAll<HTMLElement>("[data-year-picker]")) {
    const picker = section.querySelector<HTMLElement>(".picker");
    const select = picker?.querySelector("select");
    if (!picker || !select) continue;
    const panels = [...section.querySelectorAll<HTMLElement>("[data-year]")];
    const show = (year: string) => {
      for (const panel of panels) panel.hidden = panel.dataset.year !== year;
    };
    picker.hidden = false;
    show(select.value);
    select.addEventListener("change", () => show(select.value));
  }
}
