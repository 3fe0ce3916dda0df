// The article reader: the body with every extraction layer highlighted, per-layer toggles (kept in
// the URL: ?hide=entities,times), the claims' structure (nesting, source/cue/content, hedges) and,
// for each claim and event, its ledger entry (propositions, verdict, disputes). Clicking a claim or
// event in the text focuses it. ?claim=c3, ?event=v2, ?place=NAME and ?at=OFFSET focus a sentence.
import { marksFor, LAYERS, type Layer } from "./annotations.js";
import { api } from "./api.js";
import { el, replace } from "./dom.js";
import { badge, coordinates, figureValue, polarityBadge, sourceLabel, verdictBadge } from "./format.js";
import { highlight } from "./highlight.js";
import { actorLink, link, readerLink, withParams, type Route } from "./route.js";
import type { Claim, LedgerArticle } from "./types.js";

let cached: LedgerArticle | null = null;

function layerToggles(body: HTMLElement, route: Route, hidden: Set<Layer>): HTMLElement {
  const box = el("fieldset", { class: "layers" }, el("legend", {}, "Layers"));
  for (const { layer, label } of LAYERS) {
    const input = el("input", { type: "checkbox", name: layer, id: `layer-${layer}` });
    input.checked = !hidden.has(layer);
    input.addEventListener("change", () => {
      if (input.checked) hidden.delete(layer);
      else hidden.add(layer);
      body.classList.toggle(`hide-${layer}`, !input.checked);
      // The URL keeps the layers, without re-rendering (and without losing the reading position).
      history.replaceState(null, "", withParams(route, { hide: [...hidden].join(",") || null }));
    });
    box.append(el("label", { class: `toggle toggle-${layer}`, for: `layer-${layer}` }, input, el("span", { class: "swatch", "aria-hidden": "true" }), label));
  }
  return box;
}

function section(title: string, count: number, content: Node): HTMLElement {
  return el("section", { class: "side-section" }, el("h2", {}, title, el("span", { class: "count" }, String(count))), count > 0 ? content : el("p", { class: "muted" }, "None found."));
}

function smallTable(head: string[], rows: (string | Node)[][]): HTMLTableElement {
  return el("table", { class: "side-table" }, el("thead", {}, el("tr", {}, ...head.map((h) => el("th", { scope: "col" }, h)))), el("tbody", {}, ...rows.map((r) => el("tr", {}, ...r.map((c) => el("td", {}, c))))));
}

function ledgerEntry(a: LedgerArticle, c: Claim): HTMLElement[] {
  const l = a.ledger.claims[c.id];
  if (!l) return [];
  const props = l.propositions.map((pid) => {
    const [measure, subject, place] = pid.split("|");
    return el("li", {}, el("code", {}, pid), " ",
      el("a", { href: link("/series", { topic: [measure, subject, place].join("|") }) }, "series"), " · ",
      el("a", { href: link("/disputes", { proposition: pid }) }, "disputes"));
  });
  return [
    el("dt", {}, "Ledger"),
    el("dd", { class: "ledger-entry", "data-claim-ledger": c.id },
      verdictBadge(l.verdict) || el("span", { class: "muted" }, "no figure the ledger tracks"),
      l.disputes ? el("span", { class: "muted" }, ` ${l.disputes} dispute${l.disputes === 1 ? "" : "s"}`) : "",
      l.corroborations ? el("span", { class: "muted" }, ` ${l.corroborations} corroboration${l.corroborations === 1 ? "" : "s"}`) : "",
      props.length ? el("ul", { class: "ledger-props" }, ...props) : "",
      el("a", { class: "block small", href: `/api/claims/${l.id}`, title: "The claim's full ledger record as JSON" }, `API record #${l.id}`)),
  ];
}

function claimDetail(a: LedgerArticle, c: Claim): HTMLElement {
  const row = (label: string, value: Node | string) => [el("dt", {}, label), el("dd", {}, value)];
  return el("dl", { class: "claim-detail" },
    ...row("Source", el("span", {}, el("mark", { class: "claim-source" }, c.source.text), " ", c.source.actor ? el("a", { href: actorLink(c.source.actor) }, sourceLabel(c.source)) : sourceLabel(c.source))),
    ...row("Cue", el("mark", { class: "claim-cue" }, c.cue.text)),
    ...row("Content", el("mark", { class: "claim-content" }, c.content.text)),
    ...row("Claim date", c.time),
    ...(c.channel ? row("Channel", `${c.channel.kind} (“${c.channel.text}”)`) : []),
    ...row("Polarity", polarityBadge(c.polarity)),
    ...(c.hedges.length ? row("Hedges", el("span", {}, ...c.hedges.map((h) => badge(h.kind, "hedge", h.text)))) : []),
    ...(c.parent ? row("Nested in", el("a", { href: readerLink(a.id, c.parent) }, c.parent)) : []),
    ...ledgerEntry(a, c),
  );
}

/** Claims as a tree: a nested claim ("X said Y accused Z …") sits under the claim it is part of. */
function claimTree(a: LedgerArticle, focus: Claim | null): HTMLElement {
  const x = a.extraction;
  const item = (c: Claim): HTMLElement => {
    const children = x.claims.filter((k) => k.parent === c.id);
    const l = a.ledger.claims[c.id];
    return el("li", { class: c === focus ? "active" : undefined },
      el("a", { href: readerLink(a.id, c.id), "aria-current": c === focus ? "true" : undefined },
        el("span", { class: "claim-id" }, c.id), el("strong", {}, sourceLabel(c.source)), " ", el("em", {}, c.cue.text), " ", el("span", { class: "muted" }, c.content.text), " ",
        verdictBadge(l?.verdict), ...c.hedges.map((h) => badge(h.kind, "hedge"))),
      children.length ? el("ol", { class: "claim-list nested-list" }, ...children.map(item)) : "");
  };
  const ids = new Set(x.claims.map((c) => c.id));
  return el("ol", { class: "claim-list" }, ...x.claims.filter((c) => !c.parent || !ids.has(c.parent)).map(item));
}

function sidePanel(a: LedgerArticle, focus: Claim | null, focusEvent: string | null): HTMLElement {
  const x = a.extraction;
  const ev = focusEvent ? x.events.find((e) => e.id === focusEvent) ?? null : null;
  const evLedger = ev ? a.ledger.events[ev.id] : null;
  return el("aside", { class: "side", "aria-label": "Extracted items" },
    focus ? el("section", { class: "side-section focus-box" }, el("h2", {}, `Claim ${focus.id}`), claimDetail(a, focus)) : null,
    ev ? el("section", { class: "side-section focus-box" }, el("h2", {}, `Event ${ev.id}`),
      el("dl", { class: "claim-detail" },
        el("dt", {}, "Type"), el("dd", {}, ev.mode ? `${ev.type} / ${ev.mode}` : ev.type),
        el("dt", {}, "Trigger"), el("dd", {}, ev.trigger.text),
        el("dt", {}, "Actor"), el("dd", {}, ev.actor ?? "—"),
        el("dt", {}, "Target"), el("dd", {}, ev.target ?? "—"),
        el("dt", {}, "When"), el("dd", {}, ev.time ?? "—"),
        el("dt", {}, "Where"), el("dd", {}, evLedger?.location ? `${evLedger.location.name}${evLedger.location.basis === "article-region" ? " (the article's region)" : ""}` : "—"),
        el("dt", {}, "Reported"), el("dd", {}, ev.claim ? el("a", { href: readerLink(a.id, ev.claim) }, `in claim ${ev.claim}`) : "in the outlet's own voice"),
        el("dt", {}, "Ledger"), el("dd", { class: "ledger-entry" }, verdictBadge(evLedger?.verdict) || "—", evLedger?.cluster ? el("code", { class: "block small muted" }, evLedger.cluster) : ""))) : null,
    section("Claims", x.claims.length, claimTree(a, focus)),
    section("Times", x.times.length, smallTable(["Text", "Value"], x.times.map((t) => [t.text, el("code", {}, t.value)]))),
    placesSection(a),
    section("Figures", x.figures.length, smallTable(["Text", "Value", "Unit", "Bound"], x.figures.map((f) => [f.text, el("span", { class: "num" }, figureValue(f)), [f.unit, f.counted].filter(Boolean).join(" · ") || "—", f.bound]))),
    x.events.length ? section("Events", x.events.length, smallTable(["Type", "Trigger", "Actor", "Verdict"], x.events.map((v) => [
      el("a", { href: readerLink(a.id, null, { event: v.id }) }, v.mode ? `${v.type} / ${v.mode}` : v.type), v.trigger.text, v.actor ?? "—", el("span", {}, verdictBadge(a.ledger.events[v.id]?.verdict))]))) : null,
  );
}

/** One row per place, however often the article names it ("Russia", "Russian", "Russians"), in order of first mention. */
function placesSection(a: LedgerArticle): HTMLElement {
  const groups = new Map<string, { place: LedgerArticle["extraction"]["places"][number]; texts: Set<string>; mentions: number }>();
  for (const p of a.extraction.places) {
    const key = [p.name, p.country, p.precision, p.lat, p.lon].join("|");
    const g = groups.get(key);
    if (g) {
      g.mentions++;
      g.texts.add(p.text);
    } else groups.set(key, { place: p, texts: new Set([p.text]), mentions: 1 });
  }
  const rows = [...groups.values()].map(({ place: p, texts, mentions }) => [
    el("a", { href: readerLink(a.id, null, { place: p.name }), title: `${[...texts].map((t) => `“${t}”`).join(", ")} · ${p.precision}` }, p.name),
    p.country ?? "—",
    el("span", { class: "num" }, String(mentions)),
    el("span", { class: "num" }, coordinates(p.lat, p.lon)),
  ]);
  return section("Places", groups.size, smallTable(["Name", "Country", "Mentions", "Lat, lon"], rows));
}

/** Marks a sentence (the one holding `at`) and brings `target` (or the sentence) into view. */
function focusSentence(body: HTMLElement, a: LedgerArticle, at: number, target: HTMLElement | null): void {
  const index = a.extraction.sentences.findIndex((s) => s.start <= at && at < s.end);
  const sentence = body.querySelector<HTMLElement>(`[data-sentence="${index}"]`);
  sentence?.classList.add("sentence-focus");
  (target ?? sentence)?.scrollIntoView({ block: "center" });
}

export async function readerView(main: HTMLElement, id: number, route: Route, isCurrent: () => boolean): Promise<void> {
  const params = route.params;
  if (cached?.id !== id) {
    replace(main, el("p", { class: "status", role: "status" }, "Loading article…"));
    const article = await api.article(id);
    if (!isCurrent()) return;
    cached = article;
  }
  const a = cached!;
  const hidden = new Set((params.get("hide") ?? "").split(",").filter((l): l is Layer => LAYERS.some((x) => x.layer === l)));
  const focus = a.extraction.claims.find((c) => c.id === params.get("claim")) ?? null;
  const focusEvent = params.get("event");
  const body = el("div", { class: ["article-body", focus ? "has-focus" : "", ...[...hidden].map((l) => `hide-${l}`)].join(" ").trim(), lang: "en" });
  body.append(highlight(a.text, marksFor(a.extraction, focus?.id ?? null)));
  // Every claim and event highlight leads to its ledger entry (the focus box beside the text).
  body.addEventListener("click", (event) => {
    const target = event.target as Element;
    const claim = target.closest<HTMLElement>("[data-claim]")?.dataset.claim;
    const ev = target.closest<HTMLElement>("[data-event]")?.dataset.event;
    if (claim && claim !== focus?.id) location.hash = withParams(route, { claim, event: null, place: null, at: null });
    else if (ev && !claim) location.hash = withParams(route, { event: ev, claim: null, place: null, at: null });
  });
  const meta = el("p", { class: "meta" },
    el("span", { class: "num" }, a.date), " · ", a.source ?? "unknown outlet",
    a.ext_id ? el("span", { class: "muted" }, ` · ${a.ext_id}`) : "",
    a.url ? el("span", {}, " · ", el("a", { href: a.url, rel: "noopener noreferrer nofollow", target: "_blank" }, "original")) : "",
    el("span", { class: "muted" }, ` · ${a.claims} claims · ${a.events} events`),
  );
  replace(main,
    el("div", { class: "reader-head" }, el("a", { href: "#/claims", class: "back" }, "← Claims"), el("h1", {}, a.title ?? `Article ${a.id}`), meta, layerToggles(body, route, hidden)),
    el("div", { class: "reader" }, el("article", { class: "reader-main", "aria-label": "Article text" }, body), sidePanel(a, focus, focusEvent)),
  );
  if (focus) {
    for (const node of body.querySelectorAll<HTMLElement>(`[data-claim="${CSS.escape(focus.id)}"]`)) node.classList.add("claim-focus");
    focusSentence(body, a, Math.min(focus.source.start, focus.cue.start), body.querySelector<HTMLElement>(".claim-focus.claim-source"));
  } else if (focusEvent) {
    const ev = a.extraction.events.find((e) => e.id === focusEvent);
    const node = body.querySelector<HTMLElement>(`[data-event="${CSS.escape(focusEvent)}"]`);
    node?.classList.add("event-focus");
    if (ev) focusSentence(body, a, ev.trigger.start, node);
  } else if (params.get("place")) {
    const name = params.get("place")!;
    const nodes = [...body.querySelectorAll<HTMLElement>(".place")].filter((n) => n.dataset.place === name);
    for (const n of nodes) n.classList.add("place-focus");
    const first = a.extraction.places.find((p) => p.name === name);
    if (first) focusSentence(body, a, first.start, nodes[0] ?? null);
  } else if (params.get("at") && /^\d+$/.test(params.get("at")!)) {
    focusSentence(body, a, Number(params.get("at")), null);
  } else window.scrollTo(0, 0);
}
