// The timeline strip: events by event time and claims by claim time, one row each, counted per day.
// Dragging across it (the brush) sets since/until in the URL, which filters every other view;
// the same range can be typed in the filter bar, so the brush is never the only way.
import { all, type Params } from "./api.js";
import { el, svg } from "./dom.js";
import { withParams, type Route } from "./route.js";
import type { ClaimRow, EventRow } from "./types.js";

const DAY = 86_400_000;
const toDay = (d: string): number => Date.parse(`${d.slice(0, 10)}T00:00:00Z`);
const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);

export interface TimelineData {
  events: EventRow[];
  claims: ClaimRow[];
}

/** Events and claims under every filter but the date range (so the whole span stays visible). */
export async function timelineData(params: URLSearchParams): Promise<TimelineData> {
  const p: Params = {};
  for (const k of ["side", "actor", "place", "bbox", "verdict", "q"]) p[k] = params.get(k) ?? undefined;
  const [events, claims] = await Promise.all([
    all<EventRow>("/api/events", { ...p, type: params.get("type") ?? undefined }),
    params.get("type") ? Promise.resolve([]) : all<ClaimRow>("/api/claims", { ...p, kind: params.get("kind") ?? undefined }),
  ]);
  return { events, claims };
}

export function timelineStrip(route: Route, data: TimelineData, height = 118): HTMLElement {
  const host = el("section", { class: "timeline", "aria-label": "Timeline: drag across it to filter by date" });
  const eventDays = data.events.map((e) => (e.time && /^\d{4}-\d{2}-\d{2}/.test(e.time) ? e.time : e.article_date).slice(0, 10));
  const claimDays = data.claims.map((c) => (/^\d{4}-\d{2}-\d{2}/.test(c.time) ? c.time : c.article_date).slice(0, 10));
  const days = [...eventDays, ...claimDays].map(toDay).filter((t) => Number.isFinite(t));
  if (days.length === 0) {
    host.append(el("p", { class: "muted" }, "Nothing to show on the timeline."));
    return host;
  }
  const lo = Math.min(...days) - DAY;
  const hi = Math.max(...days) + 2 * DAY;
  const draw = () => {
    const width = Math.max(320, host.clientWidth || 1000);
    const left = 64;
    const right = 12;
    const x = (t: number) => left + ((t - lo) / (hi - lo)) * (width - left - right);
    const tOf = (px: number) => lo + ((px - left) / (width - left - right)) * (hi - lo);
    const rows = [
      { label: "Events", sub: "event time", days: eventDays, y: 8, cls: "tl-event" },
      { label: "Claims", sub: "claim time", days: claimDays, y: 52, cls: "tl-claim" },
    ];
    const rowH = 36;
    const chart = svg("svg", { width, height, viewBox: `0 0 ${width} ${height}`, class: "timeline-svg", role: "img", "aria-label": `Events and claims per day, ${iso(lo + DAY)} to ${iso(hi - 2 * DAY)}` });
    const since = route.params.get("since");
    const until = route.params.get("until");
    for (const r of rows) {
      const counts = new Map<number, number>();
      for (const d of r.days) counts.set(toDay(d), (counts.get(toDay(d)) ?? 0) + 1);
      const max = Math.max(1, ...counts.values());
      chart.append(
        svg("text", { x: 4, y: r.y + 14, class: "tl-label" }, r.label),
        svg("text", { x: 4, y: r.y + 27, class: "tl-sub" }, `${r.days.length} · ${r.sub}`),
        svg("line", { x1: left, x2: width - right, y1: r.y + rowH, y2: r.y + rowH, class: "tl-base" }),
      );
      const bw = Math.max(2, x(lo + DAY) - x(lo) - 1);
      for (const [t, n] of counts) {
        const h = Math.max(2, (n / max) * (rowH - 4));
        const inRange = (!since || iso(t) >= since) && (!until || iso(t) <= until);
        chart.append(svg("rect", { x: x(t), y: r.y + rowH - h, width: bw, height: h, class: `${r.cls}${inRange ? "" : " tl-out"}`, "data-day": iso(t) },
          svg("title", {}, `${iso(t)}: ${n} ${r.label.toLowerCase()}`)));
      }
    }
    // Axis: a tick at each Monday (or each month on long spans).
    const axisY = 96;
    const span = (hi - lo) / DAY;
    for (let t = lo; t <= hi; t += DAY) {
      const d = new Date(t);
      const monthly = span > 120;
      if (monthly ? d.getUTCDate() !== 1 : d.getUTCDay() !== 1) continue;
      chart.append(svg("line", { x1: x(t), x2: x(t), y1: 8, y2: axisY, class: "tl-tick" }),
        svg("text", { x: x(t) + 2, y: axisY + 12, class: "tl-axis" }, monthly ? iso(t).slice(0, 7) : iso(t).slice(5)));
    }
    // The selected range, and the brush.
    const sel = svg("rect", { y: 4, height: axisY - 2, class: "tl-selection", visibility: "hidden" });
    if (since || until) {
      const a = x(since ? toDay(since) : lo);
      const b = x((until ? toDay(until) : hi) + (until ? DAY : 0));
      sel.setAttribute("x", String(Math.max(left, a)));
      sel.setAttribute("width", String(Math.max(1, Math.min(width - right, b) - Math.max(left, a))));
      sel.setAttribute("visibility", "visible");
    }
    const overlay = svg("rect", { x: left, y: 0, width: width - left - right, height, class: "tl-overlay", "data-brush": "true" });
    chart.append(sel, overlay);
    let start: number | null = null;
    const px = (e: PointerEvent) => Math.min(width - right, Math.max(left, e.clientX - chart.getBoundingClientRect().left));
    overlay.addEventListener("pointerdown", (e) => {
      start = px(e);
      overlay.setPointerCapture(e.pointerId);
      sel.setAttribute("x", String(start));
      sel.setAttribute("width", "1");
      sel.setAttribute("visibility", "visible");
    });
    overlay.addEventListener("pointermove", (e) => {
      if (start === null) return;
      const p = px(e);
      sel.setAttribute("x", String(Math.min(start, p)));
      sel.setAttribute("width", String(Math.max(1, Math.abs(p - start))));
    });
    overlay.addEventListener("pointerup", (e) => {
      if (start === null) return;
      const p = px(e);
      const [a, b] = [Math.min(start, p), Math.max(start, p)];
      start = null;
      if (b - a < 3) {
        location.hash = withParams(route, { since: null, until: null });
        return;
      }
      location.hash = withParams(route, { since: iso(Math.floor(tOf(a) / DAY) * DAY), until: iso(Math.floor(tOf(b) / DAY) * DAY) });
    });
    return chart;
  };
  const legend = el("div", { class: "timeline-head" },
    el("h2", {}, "Timeline"),
    el("span", { class: "muted" }, "Drag across the strip to filter every view by date; click it to clear."),
    route.params.get("since") || route.params.get("until")
      ? el("a", { href: withParams(route, { since: null, until: null }), class: "clear" }, `Clear ${route.params.get("since") ?? "…"} – ${route.params.get("until") ?? "…"}`)
      : null,
  );
  const box = el("div", { class: "timeline-box" });
  host.append(legend, box);
  requestAnimationFrame(() => box.append(draw()));
  return host;
}
