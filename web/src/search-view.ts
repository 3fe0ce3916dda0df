// Search over everything: claims and articles (full text), actors, places and propositions by name.
import { api } from "./api.js";
import { el, replace } from "./dom.js";
import { sideChip, snippet, verdictBadge } from "./format.js";
import { actorLink, link, readerLink, type Route } from "./route.js";

export async function searchView(main: HTMLElement, route: Route, isCurrent: () => boolean): Promise<void> {
  const q = route.params.get("q")?.trim() ?? "";
  if (!q) {
    replace(main, el("h1", {}, "Search"), el("p", { class: "muted" }, "Type words in the search box above: claims, articles, actors, places and propositions are searched."));
    return;
  }
  replace(main, el("h1", {}, "Search ", el("q", {}, q)), el("p", { class: "status", role: "status" }, "Searching…"));
  const r = await api.search(q);
  if (!isCurrent()) return;
  const claims = r.items.filter((h) => h.kind === "claim");
  const articles = r.items.filter((h) => h.kind === "article");
  const section = (title: string, n: number, body: Node) => el("section", { class: "side-section search-section" }, el("h2", {}, title, el("span", { class: "count" }, String(n))), n ? body : el("p", { class: "muted" }, "None."));
  replace(main,
    el("div", { class: "toolbar" }, el("h1", {}, "Search ", el("q", {}, q)), el("a", { href: link("/claims", { q }), class: "button secondary" }, "Show matching claims in the table")),
    el("div", { class: "search-grid" },
      section("Claims", claims.length, el("ul", { class: "hits" }, ...claims.map((h) => el("li", {}, el("a", { href: `#/claim-hit/${h.claim_id}`, "data-claim-id": String(h.claim_id), "data-article": String(h.article_id) }, h.title ?? `Article ${h.article_id}`), el("span", { class: "muted" }, ` ${h.date} · ${h.source ?? ""}`), el("span", { class: "block" }, snippet(h.snippet)))))),
      section("Articles", articles.length, el("ul", { class: "hits" }, ...articles.map((h) => el("li", {}, el("a", { href: readerLink(h.article_id) }, h.title ?? `Article ${h.article_id}`), el("span", { class: "muted" }, ` ${h.date} · ${h.source ?? ""}`), el("span", { class: "block" }, snippet(h.snippet)))))),
      section("Actors", r.actors.length, el("ul", { class: "hits" }, ...r.actors.map((a) => el("li", {}, el("a", { href: actorLink(a.name) }, a.name), " ", sideChip(a.affiliation), el("span", { class: "muted" }, ` ${a.claims} claims`))))),
      section("Places", r.places.length, el("ul", { class: "hits" }, ...r.places.map((p) => el("li", {}, el("a", { href: link("/map", { place: p.name }) }, p.name), el("span", { class: "muted" }, ` ${p.country ?? ""} · ${p.precision} · ${p.mentions} mentions`))))),
      section("Propositions", r.propositions.length, el("ul", { class: "hits" }, ...r.propositions.map((p) => el("li", {}, el("a", { href: link("/series", { topic: p.topicId }) }, p.label), " ", verdictBadge(p.verdict))))),
    ),
  );
  // Claim hits link to the reader once their local id is known.
  for (const a of main.querySelectorAll<HTMLAnchorElement>("a[data-claim-id]")) {
    a.href = readerLink(Number(a.dataset.article));
  }
  const rows = await Promise.all([...new Set(claims.map((h) => h.article_id))].map((article) => api.claims({ article, limit: 1000 })));
  if (!isCurrent()) return;
  const byId = new Map(rows.flatMap((x) => x.items).map((c) => [c.id, c]));
  for (const a of main.querySelectorAll<HTMLAnchorElement>("a[data-claim-id]")) {
    const c = byId.get(Number(a.dataset.claimId));
    if (c) a.href = readerLink(c.article_id, c.local_id);
  }
}
