// Figure series: each side's figure for one topic (measure + subject + place) over claim time,
// one line per side; every point links to the claim (and sentence) it came from.
import { api } from "./api.js";
import { el, replace, svg } from "./dom.js";
import { activeFilters } from "./filter-bar.js";
import { measureName, sideChip, sideLabel } from "./format.js";
import { readerLink, withParams, type Route } from "./route.js";
import type { Series } from "./types.js";

const DAY = 86_400_000;
const toDay = (d: string): number => Date.parse(`${d.slice(0, 10)}T00:00:00Z`);
const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);
const SIDE_COLORS = ["#2f7a45", "#7a4fb5", "#8a6d00", "#0f7b7b", "#b42335", "#5b6472"];
/** Ukraine blue and Russia orange everywhere in the desk; other sides take the next free colour. */
function colorOf(side: string, i: number): string {
  return side === "UA" ? "#1f5fbf" : side === "RU" ? "#c2410c" : SIDE_COLORS[i % SIDE_COLORS.length];
}

function niceMax(v: number): number {
  const p = 10 ** Math.floor(Math.log10(Math.max(1, v)));
  return Math.ceil(v / p) * p;
}

function chart(series: Series[], width: number): SVGSVGElement {
  const height = 320;
  const m = { l: 64, r: 120, t: 24, b: 34 };
  const points = series.flatMap((s) => s.points.filter((p) => p.value !== null));
  const days = points.map((p) => toDay(p.date));
  const lo = Math.min(...days) - DAY;
  const hi = Math.max(...days) + DAY;
  const ymax = niceMax(Math.max(...points.map((p) => p.value!)) * 1.1);
  const x = (t: number) => m.l + ((t - lo) / Math.max(DAY, hi - lo)) * (width - m.l - m.r);
  const y = (v: number) => height - m.b - (v / ymax) * (height - m.t - m.b);
  const unit = points.find((p) => p.unit)?.unit ?? "";
  const out = svg("svg", { width, height, viewBox: `0 0 ${width} ${height}`, class: "series-svg", role: "img", "aria-label": `Figures by side over time: ${series.map((s) => sideLabel(s.side)).join(", ")}` });
  for (let i = 0; i <= 4; i++) {
    const v = (ymax / 4) * i;
    out.append(svg("line", { x1: m.l, x2: width - m.r, y1: y(v), y2: y(v), class: "grid" }),
      svg("text", { x: m.l - 6, y: y(v) + 4, "text-anchor": "end", class: "axis" }, v.toLocaleString("en")));
  }
  // The unit above the axis, where it is not cut off by the margin as a long tick label would be.
  if (unit) out.append(svg("text", { x: m.l, y: m.t - 8, class: "axis" }, unit.replace("km2", "km²")));
  const span = (hi - lo) / DAY;
  const step = span > 60 ? 14 : span > 20 ? 7 : span > 8 ? 2 : 1;
  for (let t = lo + DAY, i = 0; t < hi; t += DAY, i++) {
    if (i % step) continue;
    out.append(svg("text", { x: x(t), y: height - m.b + 16, "text-anchor": "middle", class: "axis" }, iso(t).slice(5)));
  }
  const labels: EndLabel[] = [];
  series.forEach((s, i) => {
    const color = colorOf(s.side, i);
    const pts = s.points.filter((p) => p.value !== null).sort((a, b) => a.date.localeCompare(b.date));
    const d = pts.map((p, j) => `${j ? "L" : "M"}${x(toDay(p.date)).toFixed(1)},${y(p.value!).toFixed(1)}`).join("");
    const g = svg("g", { class: "series", "data-side": s.side });
    g.append(svg("path", { d, class: "series-line", stroke: color, "data-side": s.side }));
    for (const p of pts) {
      const src = p.sources[0];
      const label = `${sideLabel(s.side)}: ${p.text} on ${p.date}${src ? ` — ${src.claimant}${src.outlet ? `, ${src.outlet}` : ""}` : ""}`;
      const a = svg("a", { href: src ? readerLink(src.article_id, src.claim, src.claim ? {} : { at: String(src.sentence.start) }) : "#", class: "series-point", "aria-label": label },
        svg("circle", { cx: x(toDay(p.date)), cy: y(p.value!), r: 5.5, fill: "#fff", stroke: color, "stroke-width": 2.5, ...(p.bound === "approx" || p.bound === "min" || p.bound === "gt" ? { "stroke-dasharray": "2 2" } : {}) }),
        svg("title", {}, label));
      g.append(a);
    }
    const last = pts[pts.length - 1];
    if (last) labels.push({ x: Math.min(width - m.r + 8, x(toDay(last.date)) + 10), y: y(last.value!) + 4, text: sideLabel(s.side), color, group: g });
    out.append(g);
  });
  for (const l of spreadLabels(labels)) l.group.append(svg("text", { x: l.x, y: l.y, fill: l.color, class: "series-label" }, l.text));
  return out;
}

interface EndLabel {
  x: number;
  y: number;
  text: string;
  color: string;
  group: SVGElement;
}

/** Line height of a side's label, and the width of one of its characters, in pixels (approximate). */
const LABEL_LINE = 14;
const LABEL_CHAR = 7;

/** Moves labels that would overlap (lines ending near each other) apart vertically, top to bottom. */
function spreadLabels(labels: EndLabel[]): EndLabel[] {
  const placed: EndLabel[] = [];
  for (const l of [...labels].sort((a, b) => a.y - b.y)) {
    let y = l.y;
    for (const p of placed) {
      const overlapX = l.x < p.x + p.text.length * LABEL_CHAR && p.x < l.x + l.text.length * LABEL_CHAR;
      if (overlapX && y < p.y + LABEL_LINE) y = p.y + LABEL_LINE;
    }
    placed.push({ ...l, y });
  }
  return placed;
}

export async function seriesView(main: HTMLElement, route: Route, isCurrent: () => boolean): Promise<void> {
  const p = route.params;
  replace(main, el("div", { class: "toolbar" }, el("h1", {}, "Figure series")), el("p", { class: "status", role: "status" }, "Loading series…"));
  const all = await api.series({ since: p.get("since"), until: p.get("until"), place: p.get("place") });
  if (!isCurrent()) return;
  // Topics, those told by several sides first.
  const topics = new Map<string, Series[]>();
  for (const s of all) topics.set(s.topicId, [...(topics.get(s.topicId) ?? []), s]);
  const ranked = [...topics.entries()].sort((a, b) => b[1].length - a[1].length || b[1].reduce((n, s) => n + s.points.length, 0) - a[1].reduce((n, s) => n + s.points.length, 0));
  const topic = p.get("topic") && topics.has(p.get("topic")!) ? p.get("topic")! : ranked[0]?.[0];
  const label = (t: string) => {
    const [measure, subject, place] = t.split("|");
    return `${measureName(measure)} (${subject}) in ${place}`;
  };
  const selectTopic = el("select", { id: "series-topic" }, ...ranked.map(([t, ss]) => el("option", { value: t }, `${label(t)} — ${ss.length} side${ss.length === 1 ? "" : "s"}`)));
  if (topic) selectTopic.value = topic;
  selectTopic.addEventListener("change", () => { location.hash = withParams(route, { topic: selectTopic.value }); });
  const chosen = topic ? topics.get(topic)! : [];
  const width = Math.max(340, Math.min(main.clientWidth - 20, 1400));
  const plotted = chosen.filter((s) => s.points.some((pt) => pt.value !== null));
  const table = el("table", { class: "series-table" },
    el("caption", { class: "visually-hidden" }, "Points of the series"),
    el("thead", {}, el("tr", {}, ...["Side", "Claim date", "Figure", "Said by", "Outlet", "Sentence"].map((h) => el("th", { scope: "col" }, h)))),
    el("tbody", {}, ...chosen.flatMap((s) => s.points.map((pt) => {
      const src = pt.sources[0];
      return el("tr", {},
        el("td", {}, sideChip(s.side)), el("td", { class: "num" }, pt.date), el("td", {}, el("strong", {}, pt.text)),
        el("td", {}, [...new Set(pt.sources.map((x) => x.claimant))].join("; ")), el("td", {}, [...new Set(pt.sources.map((x) => x.outlet ?? ""))].join("; ")
          + (pt.sources_total > pt.sources.length ? ` and ${pt.sources_total - pt.sources.length} more` : "")),
        el("td", {}, src ? el("a", { href: readerLink(src.article_id, src.claim, src.claim ? {} : { at: String(src.sentence.start) }) }, src.sentence.text) : "—"));
    }))));
  replace(main,
    el("div", { class: "toolbar" }, el("h1", {}, "Figure series"),
      el("div", { class: "filters" }, el("div", { class: "field" }, el("label", { for: "series-topic" }, "Topic"), selectTopic))),
    activeFilters(route),
    el("p", { class: "status" }, topic ? `${label(topic)}: one line per side, by claim date. Dashed points are approximate or lower bounds. Click a point to read its claim.` : "No series."),
    plotted.length ? el("div", { class: "chart-box" }, chart(plotted, width)) : el("p", { class: "muted" }, "No numeric figures to plot."),
    el("div", { class: "legend-row" }, ...chosen.map((s, i) => el("span", { class: "legend-item" }, el("span", { class: "swatch-line", "data-color": s.side === "UA" || s.side === "RU" ? s.side : String(i % SIDE_COLORS.length) }), sideLabel(s.side), el("span", { class: "muted" }, ` ${s.printed}`)))),
    el("div", { class: "table-wrap" }, table),
  );
}
