// A sortable table: header buttons set the sort column and direction in the URL, so a sorted view
// is a shareable link too. Sorting applies to the rows loaded so far.
import { el } from "./dom.js";

export interface Column<T> {
  key: string;
  label: string;
  cell(row: T): Node | string;
  /** Sort value; columns without one are not sortable. */
  sortValue?(row: T): string | number;
  className?: string;
}

export interface SortState {
  key: string | null;
  dir: "asc" | "desc";
}

export function sortRows<T>(rows: T[], columns: Column<T>[], sort: SortState): T[] {
  const column = columns.find((c) => c.key === sort.key && c.sortValue);
  if (!column) return rows;
  const sign = sort.dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = column.sortValue!(a);
    const y = column.sortValue!(b);
    return sign * (typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y)));
  });
}

export function renderTable<T>(options: {
  className: string;
  caption: string;
  columns: Column<T>[];
  rows: T[];
  sort: SortState;
  onSort(key: string, dir: "asc" | "desc"): void;
  decorateRow?(tr: HTMLTableRowElement, row: T): void;
}): HTMLTableElement {
  const { columns, sort } = options;
  const head = el("tr");
  for (const c of columns) {
    const active = sort.key === c.key;
    const th = el("th", { scope: "col", class: c.className, "aria-sort": active ? (sort.dir === "asc" ? "ascending" : "descending") : undefined });
    if (c.sortValue) {
      const next = active && sort.dir === "asc" ? "desc" : "asc";
      const button = el("button", { type: "button", class: "sort", title: `Sort by ${c.label.toLowerCase()}` }, c.label, el("span", { class: "sort-mark", "aria-hidden": "true" }, active ? (sort.dir === "asc" ? "▲" : "▼") : "↕"));
      button.addEventListener("click", () => options.onSort(c.key, next));
      th.append(button);
    } else th.append(c.label);
    head.append(th);
  }
  const body = el("tbody");
  for (const row of sortRows(options.rows, columns, sort)) {
    const tr = el("tr");
    for (const c of columns) tr.append(el("td", { class: c.className, "data-label": c.label }, c.cell(row)));
    options.decorateRow?.(tr, row);
    body.append(tr);
  }
  return el("table", { class: options.className }, el("caption", { class: "visually-hidden" }, options.caption), el("thead", {}, head), body);
}
