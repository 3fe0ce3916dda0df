// The top bar: navigation, ledger counts and the free-text search box (which opens the claims view).
import { api } from "./api.js";
import { el, replace } from "./dom.js";
import { link } from "./route.js";

export function renderHeader(host: HTMLElement): { setQuery(q: string): void; refreshStats(): Promise<void> } {
  const stats = el("p", { class: "stats", "aria-live": "polite" });
  const input = el("input", { type: "search", id: "search-q", name: "q", placeholder: "Search claims and articles", autocomplete: "off" });
  const form = el(
    "form",
    { class: "search", role: "search" },
    el("label", { for: "search-q", class: "visually-hidden" }, "Search claims and articles"),
    input,
    el("button", { type: "submit" }, "Search"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    location.hash = link("/claims", { q: input.value.trim() });
  });
  replace(
    host,
    el("a", { href: "#/claims", class: "brand" }, "Crosscheck"),
    el("nav", { "aria-label": "Views" }, el("a", { href: "#/claims" }, "Claims"), el("a", { href: "#/articles" }, "Articles")),
    stats,
    form,
  );
  return {
    setQuery: (q) => {
      if (document.activeElement !== input) input.value = q;
    },
    refreshStats: async () => {
      const c = await api.stats();
      const item = (n: number, label: string) => el("span", {}, el("strong", {}, n.toLocaleString("en")), ` ${label}`);
      replace(stats, item(c.articles, "articles"), item(c.claims, "claims"), item(c.events, "events"), item(c.places, "places"));
    },
  };
}
