// The top bar: navigation (keeping the shared filters), ledger counts, the search box over
// everything, and the Upload button.
import { api } from "./api.js";
import { el, replace } from "./dom.js";
import { filtersOf, link, type Route } from "./route.js";
import { setupUpload } from "./upload.js";

const NAV: [string, string][] = [
  ["map", "Map"], ["timeline", "Timeline"], ["claims", "Claims"], ["disputes", "Disputes"], ["series", "Series"], ["actors", "Actors"], ["articles", "Articles"],
];

export function renderHeader(host: HTMLElement, onIngested: () => void): { update(route: Route): void; refreshStats(): Promise<void> } {
  const stats = el("p", { class: "stats", "aria-live": "polite" });
  const input = el("input", { type: "search", id: "search-q", name: "q", placeholder: "Search claims, articles, actors, places", autocomplete: "off" });
  const form = el("form", { class: "search", role: "search" },
    el("label", { for: "search-q", class: "visually-hidden" }, "Search everything"), input, el("button", { type: "submit" }, "Search"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    location.hash = link("/search", { q: input.value.trim() });
  });
  const nav = el("nav", { "aria-label": "Views" });
  replace(host, el("a", { href: "#/map", class: "brand" }, "Crosscheck"), nav, stats, form, setupUpload(onIngested));
  return {
    update: (route) => {
      if (document.activeElement !== input) input.value = route.view === "search" ? route.params.get("q") ?? "" : "";
      // Moving between views keeps the shared filters, so a filtered map leads to the same claims.
      const keep = filtersOf(route.params);
      replace(nav, ...NAV.map(([view, label]) => el("a", { href: link(`/${view}`, keep), "aria-current": route.view === view || (route.view === "actor" && view === "actors") || (route.view === "article" && view === "articles") ? "page" : undefined }, label)));
    },
    refreshStats: async () => {
      const c = await api.stats();
      const item = (n: number, label: string) => el("span", {}, el("strong", {}, n.toLocaleString("en")), ` ${label}`);
      replace(stats, item(c.articles, "articles"), item(c.claims, "claims"), item(c.disputes, "disputes"));
    },
  };
}
