// Small display helpers shared by the views.
import { el } from "./dom.js";

/** "Russian Defence Ministry (RU)", or for unnamed sources "official (RU)". */
export function sourceLabel(source: { text: string; actor: string | null; unnamed: string | null; affiliation: string | null }): string {
  const name = source.actor ?? (source.unnamed ? `unnamed ${source.unnamed}` : source.text);
  return source.affiliation ? `${name} (${source.affiliation})` : name;
}

export function badge(text: string, kind: string, title?: string): HTMLElement {
  return el("span", { class: `badge badge-${kind}`, title }, text);
}

export function polarityBadge(polarity: string): HTMLElement {
  return badge(polarity, polarity === "deny" ? "deny" : polarity === "question" ? "question" : "assert");
}

export function coordinates(lat: number | null, lon: number | null): string {
  return lat === null || lon === null ? "—" : `${lat.toFixed(3)}, ${lon.toFixed(3)}`;
}

export function figureValue(f: { value: number | null; low: number | null; high: number | null }): string {
  if (f.value !== null) return f.value.toLocaleString("en");
  if (f.low !== null || f.high !== null) return `${f.low?.toLocaleString("en") ?? "…"}–${f.high?.toLocaleString("en") ?? "…"}`;
  return "—";
}

/** A search snippet with the engine's [match] markers shown as <mark>, built as text nodes. */
export function snippet(text: string): HTMLElement {
  const out = el("span", { class: "snippet" });
  for (const [i, part] of text.split(/[[\]]/).entries()) out.append(i % 2 === 1 ? el("mark", {}, part) : document.createTextNode(part));
  return out;
}
