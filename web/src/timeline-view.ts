// The timeline view: the strip chart large, with the events of the selected range listed below.
import { all, type Params } from "./api.js";
import { el, replace } from "./dom.js";
import { activeFilters, filterBar } from "./filter-bar.js";
import { verdictBadge } from "./format.js";
import { readerLink, type Route } from "./route.js";
import { renderTable, type Column } from "./table.js";
import { timelineData, timelineStrip } from "./timeline.js";
import type { EventRow } from "./types.js";

const COLUMNS: Column<EventRow>[] = [
  { key: "date", label: "Event date", className: "num col-date", cell: (e) => e.time ?? e.article_date },
  { key: "type", label: "Type", cell: (e) => (e.mode ? `${e.type} / ${e.mode}` : e.type) },
  { key: "trigger", label: "What", cell: (e) => el("a", { href: readerLink(e.article_id, e.claim_local_id, e.claim_local_id ? {} : { event: e.local_id }) }, e.trigger.text) },
  { key: "actor", label: "Actor", cell: (e) => e.actor ?? "—" },
  { key: "target", label: "Target", cell: (e) => e.target ?? "—" },
  { key: "where", label: "Where", cell: (e) => (e.location ? `${e.location.name}${e.location.basis === "article-region" ? " (region)" : ""}` : "—") },
  { key: "verdict", label: "Verdict", cell: (e) => el("span", {}, verdictBadge(e.ledger.verdict)) },
  { key: "outlet", label: "Reported by", cell: (e) => `${e.article_source ?? "—"} · ${e.article_date}` },
];

export async function timelineView(main: HTMLElement, route: Route, isCurrent: () => boolean): Promise<void> {
  const p = route.params;
  replace(main, el("div", { class: "toolbar" }, el("h1", {}, "Timeline")), el("p", { class: "status", role: "status" }, "Loading…"));
  const filters: Params = {};
  for (const k of ["since", "until", "side", "actor", "place", "bbox", "type", "verdict", "q"]) filters[k] = p.get(k) ?? undefined;
  const [data, events] = await Promise.all([timelineData(p), all<EventRow>("/api/events", filters)]);
  if (!isCurrent()) return;
  replace(main,
    el("div", { class: "toolbar" }, el("h1", {}, "Timeline"), filterBar(route, ["since", "until", "side", "type", "verdict", "place", "q"])),
    activeFilters(route),
    timelineStrip(route, data, 118),
    el("p", { class: "status" }, `${events.length} events in the selected range`),
    el("div", { class: "table-wrap" }, renderTable({ className: "events", caption: "Events", columns: COLUMNS, rows: events, sort: { key: null, dir: "asc" }, onSort: () => undefined })),
  );
}
