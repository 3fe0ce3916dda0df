// Entry point: draws the header, then renders the view named by the URL hash on every change.
import { ApiFailure, setToken } from "./api.js";
import { articlesView } from "./articles-view.js";
import { claimsView } from "./claims-view.js";
import { el, replace } from "./dom.js";
import { renderHeader } from "./header.js";
import { readerView } from "./reader-view.js";
import { parseRoute } from "./route.js";

const main = document.getElementById("main")!;
const header = renderHeader(document.getElementById("top")!);
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

async function show(): Promise<void> {
  const mine = ++generation;
  const isCurrent = () => mine === generation;
  const route = parseRoute(location.hash);
  header.setQuery(route.view === "claims" ? route.params.get("q") ?? "" : "");
  for (const a of document.querySelectorAll("nav a")) {
    if (a.getAttribute("href") === `#/${route.view}`) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  }
  try {
    await header.refreshStats();
    if (route.view === "article") await readerView(main, route.id, route.params, isCurrent);
    else if (route.view === "articles") await articlesView(main, route.params, isCurrent);
    else await claimsView(main, route.params, isCurrent);
  } catch (error) {
    if (!isCurrent()) return;
    if (error instanceof ApiFailure && error.status === 401) replace(main, tokenForm());
    else replace(main, el("p", { class: "error", role: "alert" }, `Could not load this view: ${(error as Error).message}`));
  }
}

window.addEventListener("hashchange", () => void show());
void show();
