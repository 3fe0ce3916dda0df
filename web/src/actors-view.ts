// Actors: who speaks, for which side, how often, and how often its figures were disputed or
// corroborated; one actor's page lists its claims, its figures and the disputes they are part of.
import { api, all } from "./api.js";
import { el, replace } from "./dom.js";
import { activeFilters, filterBar } from "./filter-bar.js";
import { badge, polarityBadge, sentenceWith, sideChip, verdictBadge } from "./format.js";
import { actorLink, readerLink, withParams, type Route } from "./route.js";
import { renderTable, type Column, type SortState } from "./table.js";
import type { ActorRow } from "./types.js";

const COLUMNS: Column<ActorRow>[] = [
  { key: "name", label: "Actor", cell: (a) => el("a", { href: actorLink(a.name), class: "actor" }, a.name), sortValue: (a) => a.name.toLowerCase() },
  { key: "side", label: "Side", cell: (a) => el("span", {}, sideChip(a.affiliation)), sortValue: (a) => a.affiliation ?? "~" },
  { key: "claims", label: "Claims", className: "num", cell: (a) => String(a.claims), sortValue: (a) => a.claims },
  { key: "articles", label: "Articles", className: "num", cell: (a) => String(a.articles), sortValue: (a) => a.articles },
  { key: "figures", label: "Figures", className: "num", cell: (a) => String(a.figures), sortValue: (a) => a.figures },
  { key: "disputed", label: "Disputed", className: "num", cell: (a) => (a.disputed ? el("strong", { class: "text-disputed" }, String(a.disputed)) : "0"), sortValue: (a) => a.disputed },
  { key: "corroborated", label: "Corroborated", className: "num", cell: (a) => (a.corroborated ? el("strong", { class: "text-corroborated" }, String(a.corroborated)) : "0"), sortValue: (a) => a.corroborated },
  { key: "first", label: "First", className: "num", cell: (a) => a.first_date, sortValue: (a) => a.first_date },
  { key: "last", label: "Last", className: "num", cell: (a) => a.last_date, sortValue: (a) => a.last_date },
];

export async function actorsView(main: HTMLElement, route: Route, isCurrent: () => boolean): Promise<void> {
  const p = route.params;
  const sort: SortState = { key: p.get("sort") ?? "claims", dir: p.get("sort") ? (p.get("dir") === "desc" ? "desc" : "asc") : "desc" };
  replace(main, el("div", { class: "toolbar" }, el("h1", {}, "Actors")), el("p", { class: "status", role: "status" }, "Loading actors…"));
  const rows = await all<ActorRow>("/api/actors", { since: p.get("since") ?? undefined, until: p.get("until") ?? undefined, side: p.get("side") ?? undefined, q: p.get("q") ?? undefined });
  if (!isCurrent()) return;
  replace(main,
    el("div", { class: "toolbar" }, el("h1", {}, "Actors"), filterBar(route, ["since", "until", "side", "q"])),
    activeFilters(route),
    el("p", { class: "status" }, `${rows.length} named sources. Figures: the quantities they stated that the ledger tracks; disputed / corroborated: how many of those another side contradicts or an independent source confirms.`),
    el("div", { class: "table-wrap" }, renderTable({ className: "actors", caption: "Actors", columns: COLUMNS, rows, sort, onSort: (key, dir) => { location.hash = withParams(route, { sort: key, dir }); } })),
  );
}

export async function actorView(main: HTMLElement, name: string, isCurrent: () => boolean): Promise<void> {
  replace(main, el("p", { class: "status", role: "status" }, "Loading actor…"));
  const a = await api.actor(name);
  if (!isCurrent()) return;
  const x = a.actor;
  replace(main,
    el("div", { class: "reader-head" }, el("a", { href: "#/actors", class: "back" }, "← Actors"), el("h1", {}, x.name, " ", sideChip(x.affiliation)),
      el("p", { class: "meta" }, `${x.claims} claims in ${x.articles} articles, ${x.first_date} – ${x.last_date} · ${x.figures} figures, ${x.disputed} disputed, ${x.corroborated} corroborated`)),
    el("div", { class: "actor-grid" },
      el("section", { class: "side-section" }, el("h2", {}, "Claims"), el("ol", { class: "claim-list" }, ...a.claims.map((c) =>
        el("li", {}, el("a", { href: readerLink(c.article_id, c.local_id) }, el("span", { class: "claim-id" }, c.time), el("em", {}, c.cue.text), " ", c.content.text, " ",
          verdictBadge(c.ledger.verdict), ...c.hedges.map((h) => badge(h, "hedge")), c.polarity !== "assert" ? polarityBadge(c.polarity) : ""))))),
      el("section", { class: "side-section" }, el("h2", {}, "Figures"), a.figures.length ? el("ol", { class: "obs-list" }, ...a.figures.map((o) =>
        el("li", { class: "obs" }, el("div", {}, el("strong", {}, o.figure), " ", el("span", { class: "muted" }, `${o.proposition.replace(/\|/g, " · ")} · ${o.date}`), " ",
          o.disputed ? verdictBadge("disputed", "part of a dispute") : "", o.corroborated ? verdictBadge("corroborated", "an independent source agrees") : ""),
        el("a", { class: "obs-sentence", href: readerLink(o.article_id, o.claim) }, sentenceWith(o.sentence, o.figure_span))))) : el("p", { class: "muted" }, "No tracked figures.")),
    ),
  );
}
