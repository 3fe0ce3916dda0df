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

const VERDICT_LABEL: Record<string, string> = {
  corroborated: "corroborated", disputed: "disputed", "single-source": "single source", unverified: "unverified",
};

/** The ledger's verdict on what a claim or event bears on. */
export function verdictBadge(verdict: string | null | undefined, title?: string): HTMLElement | string {
  if (!verdict) return "";
  return el("span", { class: `badge verdict verdict-${verdict}`, title: title ?? `ledger verdict: ${VERDICT_LABEL[verdict] ?? verdict}` }, VERDICT_LABEL[verdict] ?? verdict);
}

/**
 * "UA", "RU", or a readable form of the ledger's other sides: its fallbacks ("outlet:Reuters" ->
 * "Reuters (outlet)") and a body speaking for itself ("AMNESTY:Amnesty International" -> "Amnesty
 * International").
 */
export function sideLabel(side: string): string {
  const m = /^([^:]+):(.*)$/.exec(side);
  if (!m) return side;
  return m[1] === "outlet" || m[1] === "unknown" ? `${m[2]} (${m[1]})` : m[2]!;
}

export function sideChip(side: string | null | undefined): HTMLElement | string {
  if (!side) return "";
  return el("span", { class: `side side-${/^[A-Z]{2}$/.test(side) ? side : "other"}`, title: `side: ${side}` }, sideLabel(side));
}

/** A number with its bound: "about 1,000", "more than 1,250". */
export function measureName(measure: string): string {
  return measure.replace(/_/g, " ");
}

/** The sentence text with `part` marked (when it lies inside it). */
export function sentenceWith(sentence: { text: string; start: number }, part: { start: number; end: number } | null): HTMLElement {
  const out = el("span", { class: "quote" });
  if (!part || part.start < sentence.start || part.end > sentence.start + sentence.text.length) {
    out.append(sentence.text);
    return out;
  }
  const a = part.start - sentence.start;
  const b = part.end - sentence.start;
  out.append(sentence.text.slice(0, a), el("mark", { class: "figure-mark" }, sentence.text.slice(a, b)), sentence.text.slice(b));
  return out;
}
