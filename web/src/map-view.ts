// The map: an offline basemap (Natural Earth countries from world-atlas, drawn with d3-geo from the
// TopoJSON through topojson-client, so polygons that cross the antimeridian are cut by d3's
// spherical clipping instead of smeared across the map), events and places as markers by type,
// grid-clustered when dense. A marker opens its claims; a claim opens the sentence in the reader.
import { api, all, type Params } from "./api.js";
import { el, replace, svg } from "./dom.js";
import { activeFilters, filterBar } from "./filter-bar.js";
import { sourceLabel, verdictBadge } from "./format.js";
import { readerLink, withParams, type Route } from "./route.js";
import { timelineData, timelineStrip } from "./timeline.js";
import type { EventRow, PlaceRow } from "./types.js";

let basemap: Promise<{ land: GeoFeature[]; borders: object }> | null = null;

function loadBasemap(): Promise<{ land: GeoFeature[]; borders: object }> {
  basemap ??= fetch("vendor/countries-50m.json").then(async (res) => {
    if (!res.ok) throw new Error("the basemap is missing (vendor/countries-50m.json)");
    const topo = (await res.json()) as { objects: { countries: object } };
    return {
      land: topojson.feature(topo, topo.objects.countries).features,
      borders: topojson.mesh(topo, topo.objects.countries, (a, b) => a !== b),
    };
  });
  basemap.catch(() => (basemap = null));
  return basemap;
}

type Marker =
  | { kind: "event"; lon: number; lat: number; country: string | null; event: EventRow }
  | { kind: "place"; lon: number; lat: number; country: string | null; place: PlaceRow };

const TYPE_CLASS = (type: string): string => `t-${type.toLowerCase()}`;
const LEGEND_TYPES = ["ASSAULT", "AID", "COERCE", "MOBILIZE", "CONSULT", "AGREE", "COOPERATE"];

/** The markers' core region: those within 30° of the weighted median (outliers such as a US mention would zoom the map out to the world). */
function coreExtent(markers: Marker[]): object | null {
  if (markers.length === 0) return null;
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const mlon = median(markers.map((m) => m.lon));
  const mlat = median(markers.map((m) => m.lat));
  const core = markers.filter((m) => Math.abs(m.lon - mlon) <= 30 && Math.abs(m.lat - mlat) <= 20);
  const pts = (core.length ? core : markers).map((m) => [m.lon, m.lat]);
  const lons = pts.map((p) => p[0]);
  const lats = pts.map((p) => p[1]);
  const [w, e, s, n] = [Math.min(...lons) - 3, Math.max(...lons) + 3, Math.min(...lats) - 2, Math.max(...lats) + 2];
  return { type: "MultiPoint", coordinates: [[w, s], [e, n], [w, n], [e, s]] };
}

function bboxExtent(bbox: string | null): object | null {
  if (!bbox) return null;
  const [w, s, e, n] = bbox.split(",").map(Number);
  if (![w, s, e, n].every(Number.isFinite)) return null;
  return { type: "MultiPoint", coordinates: [[w, s], [e, n], [w, n], [e, s]] };
}

function eventLabel(e: EventRow): string {
  return `${e.type}${e.mode ? ` / ${e.mode}` : ""}: “${e.trigger.text}”${e.actor ? ` by ${e.actor}` : ""}${e.target ? ` → ${e.target}` : ""}`;
}

function eventCard(e: EventRow): HTMLElement {
  const loc = e.location!;
  return el("li", { class: "pick pick-event" },
    el("div", { class: "pick-head" }, el("span", { class: `dot ${TYPE_CLASS(e.type)}`, "aria-hidden": "true" }), el("strong", {}, e.mode ? `${e.type} / ${e.mode}` : e.type), " ", verdictBadge(e.ledger.verdict)),
    el("div", {}, `“${e.trigger.text}”`, e.actor ? ` · ${e.actor}` : "", e.target ? ` → ${e.target}` : ""),
    el("div", { class: "muted" }, `${e.time ?? e.article_date} · ${loc.name}${loc.basis === "article-region" ? " (the article's region)" : ""} · ${e.article_source ?? "unknown outlet"}`),
    el("a", { href: readerLink(e.article_id, e.claim_local_id, e.claim_local_id ? {} : { event: e.local_id }), class: "read" }, e.claim_local_id ? "Read the claim in its sentence" : "Read the sentence"),
  );
}

async function placeCard(p: PlaceRow, isCurrent: () => boolean): Promise<HTMLElement> {
  const li = el("li", { class: "pick pick-place" },
    el("div", { class: "pick-head" }, el("span", { class: "dot place-dot", "aria-hidden": "true" }), el("strong", {}, p.name), el("span", { class: "muted" }, ` ${p.country ?? ""} · ${p.precision}`)),
    el("div", { class: "muted" }, `${p.mentions} mention${p.mentions === 1 ? "" : "s"} in ${p.articles} article${p.articles === 1 ? "" : "s"}, ${p.first_date} – ${p.last_date}`));
  const detail = await api.place(p.id);
  if (!isCurrent()) return li;
  if (detail.claims.length) {
    li.append(el("h3", {}, `Claims mentioning ${p.name}`), el("ul", { class: "pick-claims" }, ...detail.claims.slice(0, 30).map((c) =>
      el("li", {}, el("a", { href: readerLink(c.article_id, c.local_id) }, el("strong", {}, sourceLabel(c.source)), " ", el("em", {}, c.cue.text), " ", c.content.text),
        " ", verdictBadge(c.ledger.verdict), el("span", { class: "muted" }, ` ${c.time}`)))));
  }
  const shown = p.articles > p.article_ids.length ? ` (the newest ${p.article_ids.length} of ${p.articles})` : "";
  li.append(el("h3", {}, `Mentioned in${shown}`), el("ul", { class: "pick-articles" }, ...p.article_ids.map((id) =>
    el("li", {}, el("a", { href: readerLink(id, null, { place: p.name }) }, `Article ${id}`)))));
  return li;
}

export async function mapView(main: HTMLElement, route: Route, isCurrent: () => boolean): Promise<void> {
  const p = route.params;
  const layers = new Set((p.get("layers") ?? "events,places").split(",").filter(Boolean));
  const status = el("p", { class: "status", role: "status" }, "Loading the map…");
  replace(main, el("div", { class: "toolbar" }, el("h1", {}, "Map"), filterBar(route, ["since", "until", "side", "type", "verdict", "place", "q"])), activeFilters(route), status);
  const filters: Params = {};
  for (const k of ["since", "until", "side", "actor", "place", "bbox", "type", "verdict", "q"]) filters[k] = p.get(k) ?? undefined;
  const placeFilters: Params = { since: filters.since, until: filters.until, place: filters.place, bbox: filters.bbox };
  const [geo, events, places, tl] = await Promise.all([
    loadBasemap(),
    all<EventRow>("/api/events", filters),
    // Places have no type, side or verdict: with those filters on, the map shows events only.
    p.get("type") || p.get("side") || p.get("verdict") || p.get("q") || p.get("actor") ? Promise.resolve([]) : all<PlaceRow>("/api/places", placeFilters),
    timelineData(p),
  ]);
  if (!isCurrent()) return;

  const markers: Marker[] = [
    ...(layers.has("events") ? events.filter((e) => e.location).map((e): Marker => ({ kind: "event", lon: e.location!.lon, lat: e.location!.lat, country: e.location!.country, event: e })) : []),
    ...(layers.has("places") ? places.map((pl): Marker => ({ kind: "place", lon: pl.lon, lat: pl.lat, country: pl.country, place: pl })) : []),
  ];
  const world = p.get("view") === "world";
  const width = Math.max(320, Math.min(main.clientWidth - 2, 1600)) - (main.clientWidth > 900 ? 380 : 0);
  const height = Math.round(Math.min(560, Math.max(300, width * 0.6)));
  const extent = world ? null : bboxExtent(p.get("bbox")) ?? coreExtent(markers);
  let projection: GeoProjection;
  if (extent) {
    const c = (extent as { coordinates: number[][] }).coordinates;
    const [w, s] = c[0];
    const [e, n] = c[1];
    const lat0 = (s + n) / 2;
    projection = d3.geoConicEqualArea().rotate([-(w + e) / 2, 0]).center([0, lat0]).parallels([lat0 - 6, lat0 + 6]);
  } else projection = d3.geoNaturalEarth1();
  projection.fitExtent([[12, 12], [width - 12, height - 12]], extent ?? { type: "Sphere" }).clipExtent([[0, 0], [width, height]]).precision(0.2);
  const path = d3.geoPath(projection);

  const chart = svg("svg", { width, height, viewBox: `0 0 ${width} ${height}`, class: "map-svg", role: "group", "aria-label": `Map with ${markers.length} markers` });
  chart.append(
    svg("path", { d: path({ type: "Sphere" }) ?? "", class: "ocean" }),
    svg("path", { d: path(d3.geoGraticule10()) ?? "", class: "graticule" }),
    svg("g", { class: "land" }, ...geo.land.map((f) => svg("path", { d: path(f) ?? "", "data-name": f.properties.name ?? "" }, svg("title", {}, f.properties.name ?? "")))),
    svg("path", { d: path(geo.borders) ?? "", class: "borders" }),
  );

  // Grid clustering in screen space: markers falling in one cell become one cluster.
  const CELL = 30;
  const cells = new Map<string, { x: number; y: number; items: Marker[] }>();
  let offView = 0;
  for (const m of markers) {
    const xy = projection([m.lon, m.lat]);
    if (!xy || xy[0] < 0 || xy[1] < 0 || xy[0] > width || xy[1] > height) {
      offView++;
      continue;
    }
    const key = `${Math.floor(xy[0] / CELL)}:${Math.floor(xy[1] / CELL)}`;
    const cell = cells.get(key) ?? { x: 0, y: 0, items: [] };
    cell.x += xy[0];
    cell.y += xy[1];
    cell.items.push(m);
    cells.set(key, cell);
  }
  // Cells whose centres land close together (across a cell border) are merged, so clusters never overlap.
  const merged: { x: number; y: number; items: Marker[] }[] = [];
  for (const cell of [...cells.values()].sort((a, b) => b.items.length - a.items.length)) {
    const cx = cell.x / cell.items.length;
    const cy = cell.y / cell.items.length;
    const near = merged.find((m) => Math.hypot(m.x / m.items.length - cx, m.y / m.items.length - cy) < CELL);
    if (near) {
      near.x += cell.x;
      near.y += cell.y;
      near.items.push(...cell.items);
    } else merged.push({ ...cell, items: [...cell.items] });
  }
  const side = el("aside", { class: "map-side", "aria-label": "Selected markers", "aria-live": "polite" },
    el("h2", {}, "Selection"), el("p", { class: "muted" }, "Click a marker (or focus it and press Enter) to see its events, the claims that mention it and their sentences."));
  const markerLayer = svg("g", { class: "markers" });
  let picked: SVGGElement | null = null;
  const select = async (g: SVGGElement, items: Marker[]) => {
    picked?.classList.remove("picked");
    picked = g;
    g.classList.add("picked");
    const evs = items.filter((m): m is Extract<Marker, { kind: "event" }> => m.kind === "event").map((m) => m.event);
    const pls = items.filter((m): m is Extract<Marker, { kind: "place" }> => m.kind === "place").map((m) => m.place);
    const list = el("ul", { class: "picks" });
    replace(side, el("h2", {}, `Selection · ${items.length} marker${items.length === 1 ? "" : "s"}`), list);
    for (const e of evs.slice(0, 40)) list.append(eventCard(e));
    const stillHere = () => isCurrent() && picked === g;
    for (const pl of pls) {
      const card = await placeCard(pl, stillHere).catch((error: unknown) => el("li", { class: "error" }, (error as Error).message));
      if (!stillHere()) return;
      list.append(card);
    }
  };
  for (const cell of merged) {
    const n = cell.items.length;
    const x = cell.x / n;
    const y = cell.y / n;
    const countries = [...new Set(cell.items.map((m) => m.country ?? ""))].filter(Boolean).join(",");
    const names = [...new Set(cell.items.map((m) => (m.kind === "place" ? m.place.name : m.event.location!.name)))];
    const label = n === 1
      ? (cell.items[0].kind === "event" ? `Event: ${eventLabel(cell.items[0].event)}, ${names[0]}` : `Place: ${names[0]} (${cell.items[0].place.mentions} mentions)`)
      : `${n} markers: ${names.slice(0, 4).join(", ")}${names.length > 4 ? "…" : ""}`;
    const g = svg("g", { class: "marker", tabindex: 0, role: "button", "aria-label": label, "data-countries": countries, "data-count": n, transform: `translate(${x.toFixed(1)},${y.toFixed(1)})` }, svg("title", {}, label));
    if (n === 1) {
      const m = cell.items[0];
      if (m.kind === "event") g.append(svg("circle", { r: 6.5, class: `mk-event ${TYPE_CLASS(m.event.type)}` }));
      else g.append(svg("rect", { x: -5, y: -5, width: 10, height: 10, transform: "rotate(45)", class: `mk-place prec-${m.place.precision}` }));
      g.dataset.kind = m.kind;
    } else {
      const evs = cell.items.filter((m) => m.kind === "event").length;
      const r = 9 + Math.min(14, Math.sqrt(n) * 2.2);
      g.append(svg("circle", { r, class: "mk-cluster" }), svg("circle", { r: r - 3, class: "mk-cluster-inner", "stroke-dasharray": `${((evs / n) * 2 * Math.PI * (r - 3)).toFixed(1)} 999` }),
        svg("text", { class: "mk-count", "text-anchor": "middle", dy: "0.35em" }, String(n)));
      g.dataset.kind = "cluster";
    }
    g.addEventListener("click", () => void select(g, cell.items));
    g.addEventListener("keydown", (e) => {
      if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        void select(g, cell.items);
      }
    });
    markerLayer.append(g);
  }
  chart.append(markerLayer);

  const toggle = (layer: string, label: string) => {
    const input = el("input", { type: "checkbox", id: `layer-${layer}` });
    input.checked = layers.has(layer);
    input.addEventListener("change", () => {
      const next = new Set(layers);
      if (input.checked) next.add(layer);
      else next.delete(layer);
      location.hash = withParams(route, { layers: [...next].join(",") || "none" });
    });
    return el("label", { class: "toggle", for: `layer-${layer}` }, input, label);
  };
  const areaButton = el("button", { type: "button", class: "secondary", title: "Filter every view to the area shown" }, "Filter to this area");
  areaButton.addEventListener("click", () => {
    const nw = projection.invert([0, 0]);
    const se = projection.invert([width, height]);
    const sw = projection.invert([0, height]);
    const ne = projection.invert([width, 0]);
    if (!nw || !se || !sw || !ne) return;
    const r = (v: number) => Math.round(v * 100) / 100;
    const bbox = [r(Math.min(nw[0], sw[0])), r(Math.max(-90, Math.min(se[1], sw[1]))), r(Math.max(ne[0], se[0])), r(Math.min(90, Math.max(nw[1], ne[1])))];
    location.hash = withParams(route, { bbox: bbox.join(","), view: null });
  });
  const located = events.filter((e) => e.location).length;
  const controls = el("div", { class: "map-controls" },
    el("fieldset", { class: "layers" }, el("legend", {}, "Show"), toggle("events", "Events"), toggle("places", "Places")),
    el("a", { class: "button secondary", href: withParams(route, { view: world ? null : "world" }) }, world ? "Fit to markers" : "Whole world"),
    areaButton,
    el("ul", { class: "map-legend", "aria-label": "Legend" },
      ...LEGEND_TYPES.map((t) => el("li", {}, el("span", { class: `dot ${TYPE_CLASS(t)}`, "aria-hidden": "true" }), t.toLowerCase())),
      el("li", {}, el("span", { class: "dot place-dot", "aria-hidden": "true" }), "place"),
      el("li", {}, el("span", { class: "dot cluster-dot", "aria-hidden": "true" }), "cluster (ring: share of events)")),
  );
  // The view fits the markers' core region: say how many it leaves out, so none is missed unawares.
  const outside = offView === 0 ? "" : world ? ` · ${offView} outside this view` : ` · ${offView} outside this view (“Whole world” shows them)`;
  status.textContent = `${located} located events (of ${events.length}) · ${places.length} places · ${merged.length} markers on screen${outside}`;
  replace(main,
    el("div", { class: "toolbar" }, el("h1", {}, "Map"), filterBar(route, ["since", "until", "side", "type", "verdict", "place", "q"])),
    activeFilters(route),
    controls,
    status,
    el("div", { class: "map-layout" }, el("div", { class: "map-box" }, chart), side),
    timelineStrip(route, tl),
    el("p", { class: "muted small" }, "Basemap: Natural Earth 1:50m countries (public domain) via world-atlas. Event positions: the place the event names, else the region its article mentions most."),
  );
}

