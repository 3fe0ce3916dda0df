// The list of stored articles, newest last (store order), filterable by outlet and date.
import { api } from "./api.js";
import { el, replace } from "./dom.js";
import { link, readerLink } from "./route.js";
import { renderTable, type Column, type SortState } from "./table.js";
import type { ArticleRow } from "./types.js";

const COLUMNS: Column<ArticleRow>[] = [
  { key: "date", label: "Date", className: "col-date num", cell: (a) => a.date, sortValue: (a) => `${a.date} ${a.id}` },
  { key: "outlet", label: "Outlet", className: "col-outlet", cell: (a) => a.source ?? "—", sortValue: (a) => (a.source ?? "").toLowerCase() },
  { key: "title", label: "Title", cell: (a) => el("a", { href: readerLink(a.id) }, a.title ?? `Article ${a.id}`), sortValue: (a) => (a.title ?? "").toLowerCase() },
  { key: "claims", label: "Claims", className: "num", cell: (a) => String(a.claims), sortValue: (a) => a.claims },
  { key: "events", label: "Events", className: "num", cell: (a) => String(a.events), sortValue: (a) => a.events },
];

export async function articlesView(main: HTMLElement, params: URLSearchParams, isCurrent: () => boolean): Promise<void> {
  const sort: SortState = { key: params.get("sort"), dir: params.get("dir") === "desc" ? "desc" : "asc" };
  replace(main, el("p", { class: "status", role: "status" }, "Loading articles…"));
  const rows: ArticleRow[] = [];
  for (let after: number | null = 0; after !== null; ) {
    const page = await api.articles({ source: params.get("source") ?? undefined, since: params.get("since") ?? undefined, until: params.get("until") ?? undefined, after, limit: 1000 });
    if (!isCurrent()) return;
    rows.push(...page.items);
    after = page.next;
  }
  replace(main,
    el("div", { class: "toolbar" }, el("h1", {}, "Articles")),
    el("p", { class: "status" }, `${rows.length} articles`),
    el("div", { class: "table-wrap" }, renderTable({
      className: "articles", caption: "Articles", columns: COLUMNS, rows, sort,
      onSort: (key, dir) => { location.hash = link("/articles", { ...Object.fromEntries(params), sort: key, dir }); },
    })),
  );
}
