// Entry point: draws the header, then renders the view named by the URL hash on every change.
import { actorsView, actorView } from "./actors-view.js";
import { ApiFailure, setToken } from "./api.js";
import { articlesView } from "./articles-view.js";
import { claimsView } from "./claims-view.js";
import { disputesView } from "./disputes-view.js";
import { el, replace } from "./dom.js";
import { renderHeader } from "./header.js";
import { mapView } from "./map-view.js";
import { readerView } from "./reader-view.js";
import { parseRoute, type Route } from "./route.js";
import { searchView } from "./search-view.js";
import { seriesView } from "./series-view.js";
import { timelineView } from "./timeline-view.js";

const main = document.getElementById("main")!;
const header = renderHeader(document.getElementById("top")!, () => void show());
let generation = 0;

function tokenForm(): HTMLElement {
  const input = el("input", { type: "password", id: "token", autocomplete: "off" });
  const form = el("form", { class: "token-form" }, el("label", { for: "token" }, "This server needs an access token"), input, el("button", { type: "submit" }, "Continue"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    setToken(input.value.trim());
    void show();
  });
  return form;
}

async function render(route: Route, isCurrent: () => boolean): Promise<void> {
  switch (route.view) {
    case "article": return readerView(main, Number(route.arg), route, isCurrent);
    case "articles": return articlesView(main, route.params, isCurrent);
    case "claims": return claimsView(main, route, isCurrent);
    case "timeline": return timelineView(main, route, isCurrent);
    case "disputes": return disputesView(main, route, isCurrent);
    case "series": return seriesView(main, route, isCurrent);
    case "actors": return actorsView(main, route, isCurrent);
    case "actor": return actorView(main, route.arg ?? "", isCurrent);
    case "search": return searchView(main, route, isCurrent);
    case "map": return mapView(main, route, isCurrent);
  }
}

let lastView = "";

async function show(): Promise<void> {
  const mine = ++generation;
  const isCurrent = () => mine === generation;
  const route = parseRoute(location.hash);
  header.update(route);
  document.title = `${route.view[0].toUpperCase()}${route.view.slice(1)} · Crosscheck`;
  try {
    await header.refreshStats();
    await render(route, isCurrent);
    if (isCurrent()) {
      main.dataset.view = route.view;
      main.dataset.ready = String(mine);
      // Moving to another view puts keyboard focus at the top of the new content.
      if (lastView !== route.view && lastView !== "") main.focus({ preventScroll: true });
      lastView = route.view;
    }
  } catch (error) {
    if (!isCurrent()) return;
    if (error instanceof ApiFailure && error.status === 401) replace(main, tokenForm());
    else replace(main, el("p", { class: "error", role: "alert" }, `Could not load this view: ${(error as Error).message}`));
  }
}

window.addEventListener("hashchange", () => void show());
void show();
