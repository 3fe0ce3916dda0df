// Turns an extraction into flat, layered marks over the article text. `rank` orders the nesting:
// lower ranks are outer layers (sentences, then claim parts, then entities, places, times, figures).
import { coordinates, figureValue, sourceLabel } from "./format.js";
import type { Extraction } from "./types.js";

export type Layer = "sentences" | "claims" | "entities" | "places" | "times" | "figures" | "events";

export const LAYERS: { layer: Layer; label: string }[] = [
  { layer: "sentences", label: "Sentences" },
  { layer: "claims", label: "Claims" },
  { layer: "entities", label: "Entities" },
  { layer: "places", label: "Places" },
  { layer: "times", label: "Times" },
  { layer: "figures", label: "Figures" },
  { layer: "events", label: "Events" },
];

export interface Mark {
  start: number;
  end: number;
  rank: number;
  tag: "span" | "mark";
  className: string;
  title?: string;
  data?: Record<string, string>;
}

/** The marks for one article; the focused claim's parts come first so they nest outermost among claims. */
export function marksFor(x: Extraction, focusClaim: string | null): Mark[] {
  const marks: Mark[] = [];
  x.sentences.forEach((s, i) =>
    marks.push({ start: s.start, end: s.end, rank: 0, tag: "span", className: `sentence ${i % 2 ? "s-even" : "s-odd"}`, data: { sentence: String(i) } }),
  );
  const claims = [...x.claims].sort((a, b) => Number(b.id === focusClaim) - Number(a.id === focusClaim));
  for (const c of claims) {
    const data = { claim: c.id };
    const rank = c.id === focusClaim ? 1 : 2;
    marks.push({ ...c.source, rank, tag: "mark", className: "claim-source", title: `${c.id} source: ${sourceLabel(c.source)}`, data });
    marks.push({ ...c.cue, rank, tag: "mark", className: "claim-cue", title: `${c.id} cue (${c.polarity})`, data });
    marks.push({ ...c.content, rank, tag: "mark", className: "claim-content", title: `${c.id} content`, data });
    for (const h of c.hedges) marks.push({ ...h, rank: 3, tag: "span", className: "hedge", title: `hedge: ${h.kind}` });
  }
  for (const p of x.places) {
    marks.push({ ...p, rank: 4, tag: "span", className: "place", data: { place: p.name }, title: `${p.name}${p.country ? `, ${p.country}` : ""} · ${p.precision} · ${coordinates(p.lat, p.lon)}` });
  }
  for (const e of x.entities) {
    marks.push({ ...e, rank: 5, tag: "span", className: `entity entity-${e.type.toLowerCase()}`, title: [e.type, e.actor, e.affiliation].filter(Boolean).join(" · ") });
  }
  for (const t of x.times) marks.push({ ...t, rank: 6, tag: "span", className: "time", title: `${t.value} (${t.type.toLowerCase()}, ${t.granularity})` });
  for (const f of x.figures) {
    marks.push({ ...f, rank: 7, tag: "span", className: "figure", title: [figureValue(f), f.unit, f.counted, f.bound].filter(Boolean).join(" · ") });
  }
  for (const v of x.events) {
    marks.push({ ...v.trigger, rank: 8, tag: "span", className: "event", title: `${v.id} event: ${v.type}${v.mode ? ` / ${v.mode}` : ""}`, data: { event: v.id } });
  }
  return marks.filter((m) => m.end > m.start).sort((a, b) => a.rank - b.rank || a.start - b.start || b.end - a.end);
}
