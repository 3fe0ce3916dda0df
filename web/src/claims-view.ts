// The claims ledger: one row per attribution, filterable by source and claim date, searchable,
// sortable. A row opens the article reader focused on that claim.
import { api, ApiFailure, type ListParams } from "./api.js";
import { el, replace } from "./dom.js";
import { badge, polarityBadge, snippet, sourceLabel } from "./format.js";
import { link, readerLink } from "./route.js";
import { renderTable, type Column, type SortState } from "./table.js";
import type { ClaimRow, SearchHit } from "./types.js";

const PAGE = 200;

const COLUMNS: Column<ClaimRow>[] = [
  {
    key: "source", label: "Source", className: "col-source",
    cell: (c) => {
      const label = sourceLabel(c.source);
      // The exact wording, when it says more than the actor's name ("it", "the ministry", "a senior official").
      const wording = c.source.text.replace(/^(the|a|an)\s+/i, "");
      const raw = c.source.actor && wording.toLowerCase() !== c.source.actor.toLowerCase() ? el("span", { class: "muted block" }, `“${c.source.text}”`) : null;
      return el("span", {}, el("span", { class: c.source.actor ? "actor" : "unnamed" }, label), raw ?? "");
    },
    sortValue: (c) => sourceLabel(c.source).toLowerCase(),
  },
  { key: "cue", label: "Cue", className: "col-cue", cell: (c) => c.cue.text, sortValue: (c) => c.cue.text.toLowerCase() },
  {
    key: "content", label: "Content", className: "col-content",
    cell: (c) => el("a", { href: readerLink(c.article_id, c.local_id), title: "Open in the article reader" }, c.content.text),
  },
  { key: "date", label: "Claim date", className: "col-date num", cell: (c) => c.time, sortValue: (c) => c.time },
  { key: "outlet", label: "Outlet", className: "col-outlet", cell: (c) => c.article_source ?? "—", sortValue: (c) => (c.article_source ?? "").toLowerCase() },
  {
    key: "article", label: "Article", className: "col-article",
    cell: (c) => {
      const title = c.article_title ?? `Article ${c.article_id}`;
      return el("span", {}, el("span", { class: "title", title }, title), el("span", { class: "muted num" }, c.article_date));
    },
    sortValue: (c) => `${c.article_date} ${c.article_id}`,
  },
  { key: "hedges", label: "Hedges", className: "col-hedges", cell: (c) => el("span", {}, ...c.hedges.map((h) => badge(h, "hedge"))), sortValue: (c) => c.hedges.length },
  { key: "polarity", label: "Polarity", className: "col-polarity", cell: (c) => polarityBadge(c.polarity), sortValue: (c) => c.polarity },
];

function filterForm(params: URLSearchParams): HTMLFormElement {
  const field = (name: string, label: string, type: string, placeholder = "") =>
    el("label", { class: "field" }, el("span", {}, label), el("input", { name, type, value: params.get(name) ?? "", placeholder }));
  const form = el(
    "form",
    { class: "filters", "aria-label": "Filter claims" },
    field("source", "Source", "text", "actor, type or outlet"),
    field("since", "Since", "date"),
    field("until", "Until", "date"),
    el("button", { type: "submit" }, "Apply"),
    el("a", { href: "#/claims", class: "button secondary" }, "Reset"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const value = (k: string) => String(data.get(k) ?? "").trim() || undefined;
    location.hash = link("/claims", { q: params.get("q") ?? undefined, source: value("source"), since: value("since"), until: value("until"), sort: params.get("sort") ?? undefined, dir: params.get("dir") ?? undefined });
  });
  return form;
}

/** Search hits turned into full claim rows (fetched per article, with the same filters) plus article hits. */
async function searchClaims(q: string, filter: ListParams): Promise<{ claims: ClaimRow[]; articles: SearchHit[] }> {
  const hits = (await api.search(q)).items;
  const wanted = hits.filter((h) => h.kind === "claim" && h.claim_id !== null).map((h) => h.claim_id!);
  const byArticle = await Promise.all(
    [...new Set(hits.filter((h) => h.kind === "claim").map((h) => h.article_id))].map((article) => api.claims({ ...filter, article, limit: 1000 })),
  );
  const rows = new Map(byArticle.flatMap((p) => p.items).map((c) => [c.id, c]));
  return { claims: wanted.flatMap((id) => rows.get(id) ?? []), articles: hits.filter((h) => h.kind === "article") };
}

export async function claimsView(main: HTMLElement, params: URLSearchParams, isCurrent: () => boolean): Promise<void> {
  const q = params.get("q") ?? "";
  const filter = { source: params.get("source") ?? undefined, since: params.get("since") ?? undefined, until: params.get("until") ?? undefined };
  const sort: SortState = { key: params.get("sort"), dir: params.get("dir") === "desc" ? "desc" : "asc" };
  const status = el("p", { class: "status", role: "status" }, "Loading claims…");
  const tableHost = el("div", { class: "table-wrap" });
  const more = el("div", { class: "more" });
  const articleHits = el("section", { class: "article-hits" });
  replace(
    main,
    el("div", { class: "toolbar" }, el("h1", {}, q ? "Claims matching " : "Claims", q ? el("q", {}, q) : "", q ? el("a", { href: link("/claims", { ...filter }), class: "clear" }, "clear search") : ""), filterForm(params)),
    status, tableHost, more, articleHits,
  );

  let rows: ClaimRow[] = [];
  const draw = () => {
    replace(tableHost, renderTable({
      className: "claims", caption: "Claims", columns: COLUMNS, rows, sort,
      onSort: (key, dir) => {
        const next = new URLSearchParams(params);
        next.set("sort", key);
        next.set("dir", dir);
        location.hash = `#/claims?${next}`;
      },
      decorateRow: (tr, c) => {
        tr.dataset.claimId = String(c.id);
        tr.className = "clickable";
        tr.addEventListener("click", (event) => {
          if (!(event.target as Element).closest("a")) location.hash = readerLink(c.article_id, c.local_id);
        });
      },
    }));
    status.textContent = rows.length === 0 ? "No claims match." : `${rows.length.toLocaleString("en")} claim${rows.length === 1 ? "" : "s"}${sort.key ? " · sorted within loaded rows" : ""}`;
  };

  const showSearch = async () => {
    const found = await searchClaims(q, filter);
    if (!isCurrent()) return;
    rows = found.claims;
    draw();
    if (found.articles.length > 0) {
      replace(articleHits, el("h2", {}, "Articles mentioning it"), el("ul", { class: "hits" }, ...found.articles.map((h) =>
        el("li", {}, el("a", { href: readerLink(h.article_id) }, h.title ?? `Article ${h.article_id}`), el("span", { class: "muted" }, ` ${h.date} · ${h.source ?? "unknown outlet"}`), el("span", { class: "block" }, snippet(h.snippet))),
      )));
    }
  };

  const load = async (after?: number) => {
    const page = await api.claims({ ...filter, after, limit: PAGE });
    if (!isCurrent()) return;
    rows = rows.concat(page.items);
    draw();
    replace(more);
    if (page.next !== null) {
      const button = el("button", { type: "button", class: "secondary" }, "Load more claims");
      button.addEventListener("click", () => void load(page.next!).catch(showError));
      more.append(button);
    }
  };
  // A refused filter keeps the form on screen so it can be corrected; a missing token goes up to the app.
  const showError = (error: unknown) => {
    if (!(error instanceof ApiFailure) || error.status === 401) throw error;
    status.className = "error";
    status.setAttribute("role", "alert");
    status.textContent = error.message;
  };
  await (q ? showSearch() : load()).catch(showError);
}
