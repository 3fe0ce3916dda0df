// The shared filter bar: every filter lives in the URL, so any filtered view is a shareable link.
// The timeline brush writes since/until; the map writes bbox; this form edits them all.
import { el } from "./dom.js";
import { sideLabel } from "./format.js";
import { FILTER_KEYS, withParams, type FilterKey, type Route } from "./route.js";

const TYPES = ["ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "AID", "SANCTION", "ACCUSE", "THREATEN", "REJECT", "REQUEST", "CONSULT", "AGREE", "COOPERATE", "SUPPORT", "CONCEDE", "PROTEST"];
const VERDICTS = ["disputed", "corroborated", "single-source", "unverified"];
/** What a claim reports (the API's claim kinds). */
const CLAIM_KINDS = ["speech", "evidence", "belief", "stance", "intention", "refusal", "accusation", "denial", "question"];

const LABELS: Record<FilterKey, string> = {
  since: "From", until: "To", side: "Side", actor: "Actor", place: "Place", bbox: "Area", type: "Event type", kind: "Claim kind", verdict: "Verdict", q: "Text",
};

export function filterBar(route: Route, fields: FilterKey[], sides: string[] = ["UA", "RU", "US", "TR", "AE", "FR"]): HTMLElement {
  const p = route.params;
  const id = (k: string) => `filter-${k}`;
  const input = (k: FilterKey, type: string, placeholder = "") =>
    el("input", { id: id(k), name: k, type, value: p.get(k) ?? "", placeholder, autocomplete: "off" });
  const select = (k: FilterKey, options: string[], label: (o: string) => string = (o) => o) => {
    const s = el("select", { id: id(k), name: k }, el("option", { value: "" }, "any"), ...options.map((o) => el("option", { value: o }, label(o))));
    s.value = p.get(k) ?? "";
    return s;
  };
  const control: Record<FilterKey, () => HTMLElement> = {
    since: () => input("since", "date"),
    until: () => input("until", "date"),
    side: () => select("side", [...new Set([...sides, ...(p.get("side") ? [p.get("side")!] : [])])], sideLabel),
    actor: () => input("actor", "text", "e.g. Volodymyr Zelenskiy"),
    place: () => input("place", "text", "e.g. Kursk Oblast"),
    bbox: () => input("bbox", "text", "minLon,minLat,maxLon,maxLat"),
    type: () => select("type", TYPES),
    kind: () => select("kind", CLAIM_KINDS),
    verdict: () => select("verdict", VERDICTS),
    q: () => input("q", "search", "words in claims, articles, events"),
  };
  const form = el("form", { class: "filters", "aria-label": "Filters" },
    ...fields.map((k) => el("div", { class: `field field-${k}` }, el("label", { for: id(k) }, LABELS[k]), control[k]())),
    el("div", { class: "field-actions" }, el("button", { type: "submit" }, "Apply"), el("a", { class: "button secondary", href: withParams(route, Object.fromEntries(FILTER_KEYS.map((k) => [k, null]))) }, "Clear")),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const changes: Record<string, string | null> = {};
    for (const k of fields) changes[k] = String(data.get(k) ?? "").trim() || null;
    location.hash = withParams(route, changes);
  });
  return form;
}

/** Active filters as removable chips, so it is always visible what a view is showing. */
export function activeFilters(route: Route): HTMLElement | null {
  const chips = FILTER_KEYS.filter((k) => route.params.get(k)).map((k) =>
    el("li", {}, el("span", { class: "chip-label" }, `${LABELS[k]}: `), el("strong", {}, route.params.get(k)!),
      el("a", { href: withParams(route, { [k]: null }), class: "chip-x", "aria-label": `Remove filter ${LABELS[k]}`, title: "Remove" }, "×")));
  return chips.length ? el("ul", { class: "chips", "aria-label": "Active filters" }, ...chips) : null;
}
