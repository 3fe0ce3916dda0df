// The article reader: the body with every extraction layer highlighted, per-layer toggles, and
// side lists of claims, times, places, figures and events. `?claim=c3` focuses one claim.
import { marksFor, LAYERS, type Layer } from "./annotations.js";
import { api } from "./api.js";
import { el, replace } from "./dom.js";
import { badge, coordinates, figureValue, polarityBadge, sourceLabel } from "./format.js";
import { highlight } from "./highlight.js";
import { readerLink } from "./route.js";
import type { ArticleDetail, Claim } from "./types.js";

const hidden = new Set<Layer>();
let cached: ArticleDetail | null = null;

function layerToggles(body: HTMLElement): HTMLElement {
  const box = el("fieldset", { class: "layers" }, el("legend", {}, "Layers"));
  for (const { layer, label } of LAYERS) {
    const input = el("input", { type: "checkbox", name: layer });
    input.checked = !hidden.has(layer);
    input.addEventListener("change", () => {
      if (input.checked) hidden.delete(layer);
      else hidden.add(layer);
      body.classList.toggle(`hide-${layer}`, !input.checked);
    });
    box.append(el("label", { class: `toggle toggle-${layer}` }, input, el("span", { class: "swatch", "aria-hidden": "true" }), label));
  }
  return box;
}

function section(title: string, count: number, content: Node): HTMLElement {
  return el("section", { class: "side-section" }, el("h2", {}, title, el("span", { class: "count" }, String(count))), count > 0 ? content : el("p", { class: "muted" }, "None found."));
}

function smallTable(head: string[], rows: (string | Node)[][]): HTMLTableElement {
  return el("table", { class: "side-table" }, el("thead", {}, el("tr", {}, ...head.map((h) => el("th", { scope: "col" }, h)))), el("tbody", {}, ...rows.map((r) => el("tr", {}, ...r.map((c) => el("td", {}, c))))));
}

function claimDetail(c: Claim): HTMLElement {
  const row = (label: string, value: Node | string) => [el("dt", {}, label), el("dd", {}, value)];
  return el("dl", { class: "claim-detail" },
    ...row("Source", el("span", {}, el("mark", { class: "claim-source" }, c.source.text), ` ${sourceLabel(c.source)}`)),
    ...row("Cue", el("mark", { class: "claim-cue" }, c.cue.text)),
    ...row("Content", el("mark", { class: "claim-content" }, c.content.text)),
    ...row("Claim date", c.time),
    ...row("Polarity", polarityBadge(c.polarity)),
    ...(c.hedges.length ? row("Hedges", el("span", {}, ...c.hedges.map((h) => badge(h.kind, "hedge", h.text)))) : []),
    ...(c.parent ? row("Nested in", c.parent) : []),
  );
}

function sidePanel(a: ArticleDetail, focus: Claim | null): HTMLElement {
  const x = a.extraction;
  const claims = el("ol", { class: "claim-list" }, ...x.claims.map((c) =>
    el("li", { class: c === focus ? "active" : undefined },
      el("a", { href: readerLink(a.id, c.id), "aria-current": c === focus ? "true" : undefined },
        el("span", { class: "claim-id" }, c.id), el("strong", {}, sourceLabel(c.source)), " ", el("em", {}, c.cue.text), " ", el("span", { class: "muted" }, c.content.text)),
    ),
  ));
  return el("aside", { class: "side", "aria-label": "Extracted items" },
    focus ? el("section", { class: "side-section focus-box" }, el("h2", {}, `Claim ${focus.id}`), claimDetail(focus)) : null,
    section("Claims", x.claims.length, claims),
    section("Times", x.times.length, smallTable(["Text", "Value"], x.times.map((t) => [t.text, el("code", {}, t.value)]))),
    section("Places", x.places.length, smallTable(["Name", "Country", "Lat, lon"], x.places.map((p) => [el("span", { title: `“${p.text}” · ${p.precision}` }, p.name), p.country ?? "—", el("span", { class: "num" }, coordinates(p.lat, p.lon))]))),
    section("Figures", x.figures.length, smallTable(["Text", "Value", "Unit", "Bound"], x.figures.map((f) => [f.text, el("span", { class: "num" }, figureValue(f)), [f.unit, f.counted].filter(Boolean).join(" · ") || "—", f.bound]))),
    x.events.length ? section("Events", x.events.length, smallTable(["Type", "Trigger", "Actor"], x.events.map((v) => [v.mode ? `${v.type} / ${v.mode}` : v.type, v.trigger.text, v.actor ?? "—"]))) : null,
  );
}

/** Marks the focused claim's parts and its sentence, and brings it into view. */
function applyFocus(body: HTMLElement, a: ArticleDetail, focus: Claim): void {
  for (const node of body.querySelectorAll<HTMLElement>(`[data-claim="${CSS.escape(focus.id)}"]`)) node.classList.add("claim-focus");
  const at = Math.min(focus.source.start, focus.cue.start);
  const index = a.extraction.sentences.findIndex((s) => s.start <= at && at < s.end);
  body.querySelector(`[data-sentence="${index}"]`)?.classList.add("sentence-focus");
  body.querySelector<HTMLElement>(".claim-focus.claim-source")?.scrollIntoView({ block: "center" });
}

export async function readerView(main: HTMLElement, id: number, params: URLSearchParams, isCurrent: () => boolean): Promise<void> {
  if (cached?.id !== id) {
    replace(main, el("p", { class: "status", role: "status" }, "Loading article…"));
    const article = await api.article(id);
    if (!isCurrent()) return;
    cached = article;
  }
  const a = cached!;
  const focus = a.extraction.claims.find((c) => c.id === params.get("claim")) ?? null;
  const body = el("div", { class: ["article-body", focus ? "has-focus" : "", ...[...hidden].map((l) => `hide-${l}`)].join(" ").trim(), lang: "en" });
  body.append(highlight(a.text, marksFor(a.extraction, focus?.id ?? null)));
  const meta = el("p", { class: "meta" },
    el("span", { class: "num" }, a.date), " · ", a.source ?? "unknown outlet",
    a.ext_id ? el("span", { class: "muted" }, ` · ${a.ext_id}`) : "",
    a.url ? el("span", {}, " · ", el("a", { href: a.url, rel: "noopener noreferrer nofollow", target: "_blank" }, "original")) : "",
  );
  replace(main,
    el("div", { class: "reader-head" }, el("a", { href: "#/claims", class: "back" }, "← Claims"), el("h1", {}, a.title ?? `Article ${a.id}`), meta, layerToggles(body)),
    el("div", { class: "reader" }, el("article", { class: "reader-main", "aria-label": "Article text" }, body), sidePanel(a, focus)),
  );
  if (focus) applyFocus(body, a, focus);
  else window.scrollTo(0, 0);
}
