// Disputes: for each disputed proposition, the sides next to each other, each with its figures,
// dates, claimants, outlets and the sentences they came from (each a link into the reader).
import { api } from "./api.js";
import { el, replace } from "./dom.js";
import { activeFilters, filterBar } from "./filter-bar.js";
import { badge, sentenceWith, sideChip, sideLabel, verdictBadge } from "./format.js";
import { actorLink, link, readerLink, type Route } from "./route.js";
import type { Dispute, ObservationView } from "./types.js";

function observationCard(o: ObservationView): HTMLElement {
  return el("li", { class: "obs", "data-observation": o.id },
    el("div", { class: "obs-value" }, el("strong", {}, o.figure), o.relative ? el("span", { class: "muted block small" }, o.relative) : ""),
    el("div", { class: "obs-meta" },
      el("span", { class: "num" }, o.date), " · ",
      o.actor ? el("a", { href: actorLink(o.actor) }, o.claimant) : el("span", {}, o.claimant),
      o.outlet ? el("span", { class: "muted" }, ` · ${o.outlet}`) : "",
      ...o.hedges.map((h) => badge(h, "hedge")),
      o.polarity !== "assert" ? badge(o.polarity, o.polarity === "deny" ? "deny" : "question") : ""),
    el("a", { class: "obs-sentence", href: readerLink(o.article_id, o.claim, o.claim ? {} : { at: String(o.sentence.start) }), title: "Open the sentence in the reader" },
      sentenceWith(o.sentence, o.figure_span)),
  );
}

interface Group {
  proposition: string;
  label: string;
  disputes: Dispute[];
  observations: Map<string, ObservationView>;
}

export async function disputesView(main: HTMLElement, route: Route, isCurrent: () => boolean): Promise<void> {
  const p = route.params;
  replace(main, el("div", { class: "toolbar" }, el("h1", {}, "Disputes")), el("p", { class: "status", role: "status" }, "Loading disputes…"));
  const [disputes, propositions] = await Promise.all([
    api.disputes({ since: p.get("since"), until: p.get("until"), side: p.get("side"), actor: p.get("actor"), place: p.get("place"), q: p.get("q"), proposition: p.get("proposition") }),
    api.propositions({}),
  ]);
  if (!isCurrent()) return;
  const verdictOf = new Map(propositions.map((x) => [x.id, x.verdict]));
  const groups = new Map<string, Group>();
  for (const d of disputes) {
    const key = d.propositions[0] ?? d.id;
    const g: Group = groups.get(key) ?? { proposition: key, label: d.labels[0] ?? key, disputes: [], observations: new Map() };
    g.disputes.push(d);
    for (const o of d.observations) g.observations.set(o.id, o);
    groups.set(key, g);
  }
  // Hard disputes first, then by how many reports are involved.
  const ordered = [...groups.values()].sort((a, b) => Number(b.disputes.some((d) => d.hard)) - Number(a.disputes.some((d) => d.hard)) || b.observations.size - a.observations.size);
  const sections = ordered.map((g) => {
    const bySide = new Map<string, ObservationView[]>();
    for (const o of [...g.observations.values()].sort((a, b) => a.date.localeCompare(b.date))) {
      const list = bySide.get(o.side) ?? [];
      list.push(o);
      bySide.set(o.side, list);
    }
    const [measure, , place] = g.proposition.split("|");
    return el("section", { class: "dispute", "data-proposition": g.proposition, "aria-label": g.label },
      el("header", { class: "dispute-head" },
        el("h2", {}, g.label), verdictBadge(verdictOf.get(g.proposition) ?? (g.disputes.some((d) => d.hard) ? "disputed" : null)),
        el("span", { class: "muted" }, ` ${g.disputes.length} dispute${g.disputes.length === 1 ? "" : "s"} · ${[...new Set(g.disputes.map((d) => d.kind))].join(", ")}`),
        g.proposition.includes("|") ? el("a", { href: link("/series", { topic: g.proposition.split("|").slice(0, 3).join("|") }), class: "small" }, ` Series of ${measure.replace(/_/g, " ")} in ${place} →`) : ""),
      el("div", { class: "sides" },
        ...[...bySide.entries()].map(([side, obs]) => el("div", { class: "side-col", "data-side": side },
          el("h3", {}, sideChip(side), " ", el("span", { class: "muted" }, `${obs.length} figure${obs.length === 1 ? "" : "s"}`)),
          el("ol", { class: "obs-list" }, ...obs.map(observationCard))))),
      el("details", { class: "why" }, el("summary", {}, "Why the ledger calls this a dispute"),
        el("ul", {}, ...g.disputes.map((d) => el("li", {}, badge(d.kind, d.hard ? "deny" : "hedge"), " ", d.explanation, el("code", { class: "muted block small" }, d.id))))),
    );
  });
  replace(main,
    el("div", { class: "toolbar" }, el("h1", {}, "Disputes"), filterBar(route, ["since", "until", "side", "actor", "place", "q"], ["UA", "RU", "TR"])),
    activeFilters(route),
    el("p", { class: "status", role: "status" }, `${disputes.length} disputes on ${groups.size} propositions. Each column is one side (${[...new Set(disputes.flatMap((d) => d.sides))].map(sideLabel).join(", ") || "none"}).`),
    ...(sections.length ? sections : [el("p", { class: "muted" }, "No disputes match.")]),
  );
}
