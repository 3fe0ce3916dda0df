// The claims ledger: one row per attribution with its hedges and the verdict of the propositions
// it bears on; filterable (every filter in the URL), sortable, with the timeline strip above it.
// A row opens the article reader focused on that claim.
import { api, ApiFailure, queryString, type Params } from "./api.js";
import { el, replace } from "./dom.js";
import { activeFilters, filterBar } from "./filter-bar.js";
import { badge, polarityBadge, sourceLabel, verdictBadge } from "./format.js";
import { actorLink, readerLink, withParams, type Route } from "./route.js";
import { renderTable, type Column, type SortState } from "./table.js";
import { timelineData, timelineStrip } from "./timeline.js";
import type { LedgerClaimRow } from "./types.js";

const PAGE = 200;

const COLUMNS: Column<LedgerClaimRow>[] = [
  {
    key: "source", label: "Source", className: "col-source",
    cell: (c) => {
      const label = sourceLabel(c.source);
      // The exact wording, when it says more than the actor's name ("it", "the ministry", "a senior official").
      const wording = c.source.text.replace(/^(the|a|an)\s+/i, "");
      const raw = c.source.actor && wording.toLowerCase() !== c.source.actor.toLowerCase() ? el("span", { class: "muted block" }, `“${c.source.text}”`) : null;
      const name = c.source.actor ? el("a", { href: actorLink(c.source.actor), class: "actor" }, label) : el("span", { class: "unnamed" }, label);
      return el("span", {}, name, raw ?? "");
    },
    sortValue: (c) => sourceLabel(c.source).toLowerCase(),
  },
  { key: "cue", label: "Cue", className: "col-cue", cell: (c) => c.cue.text, sortValue: (c) => c.cue.text.toLowerCase() },
  { key: "kind", label: "Kind", className: "col-kind", cell: (c) => (c.kind ? badge(c.kind, "kind") : "—"), sortValue: (c) => c.kind ?? "~" },
  {
    key: "content", label: "Content", className: "col-content",
    cell: (c) => el("span", {}, c.parent_local_id ? el("span", { class: "nested", title: `nested in claim ${c.parent_local_id}` }, "↳ ") : "",
      el("a", { href: readerLink(c.article_id, c.local_id), title: "Open in the article reader" }, c.content.text)),
  },
  { key: "verdict", label: "Verdict", className: "col-verdict", cell: (c) => el("span", {}, verdictBadge(c.ledger.verdict, c.ledger.propositions.join("\n"))), sortValue: (c) => c.ledger.verdict ?? "~" },
  { key: "hedges", label: "Hedges", className: "col-hedges", cell: (c) => el("span", {}, ...c.hedges.map((h) => badge(h, "hedge"))), sortValue: (c) => c.hedges.length },
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
  { key: "polarity", label: "Polarity", className: "col-polarity", cell: (c) => polarityBadge(c.polarity), sortValue: (c) => c.polarity },
];

export function claimFilters(params: URLSearchParams): Params {
  const f: Params = {};
  for (const k of ["since", "until", "side", "actor", "place", "bbox", "kind", "verdict", "q", "source"]) f[k] = params.get(k) ?? undefined;
  return f;
}

export async function claimsView(main: HTMLElement, route: Route, isCurrent: () => boolean): Promise<void> {
  const params = route.params;
  const filter = claimFilters(params);
  const sort: SortState = { key: params.get("sort"), dir: params.get("dir") === "desc" ? "desc" : "asc" };
  const status = el("p", { class: "status", role: "status" }, "Loading claims…");
  const tableHost = el("div", { class: "table-wrap" });
  const more = el("div", { class: "more" });
  const timelineHost = el("div", { class: "timeline-host" });
  const exportLink = (kind: string) => `/api/export/claims.${kind}${queryString(filter)}`;
  replace(main,
    el("div", { class: "toolbar" }, el("h1", {}, "Claims"), filterBar(route, ["since", "until", "side", "actor", "place", "kind", "verdict", "q"])),
    activeFilters(route),
    timelineHost,
    el("div", { class: "status-row" }, status, el("span", { class: "exports" }, "Export: ", el("a", { href: exportLink("csv") }, "CSV"), " · ", el("a", { href: exportLink("jsonl") }, "JSON Lines"))),
    tableHost, more,
  );
  void timelineData(params).then((data) => {
    if (isCurrent()) replace(timelineHost, timelineStrip(route, data));
  }).catch(() => undefined);

  let rows: LedgerClaimRow[] = [];
  const draw = () => {
    replace(tableHost, renderTable({
      className: "claims", caption: "Claims", columns: COLUMNS, rows, sort,
      onSort: (key, dir) => { location.hash = withParams(route, { sort: key, dir }); },
      decorateRow: (tr, c) => {
        tr.dataset.claimId = String(c.id);
        tr.dataset.claimDate = c.time;
        tr.className = "clickable";
        tr.addEventListener("click", (event) => {
          if (!(event.target as Element).closest("a")) location.hash = readerLink(c.article_id, c.local_id);
        });
      },
    }));
    status.textContent = rows.length === 0 ? "No claims match." : `${rows.length.toLocaleString("en")} claim${rows.length === 1 ? "" : "s"}${sort.key ? " · sorted within loaded rows" : ""}`;
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
  await load().catch(showError);
}
