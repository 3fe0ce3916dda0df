// Hash routes, so every view (with its filters) is a shareable link:
//   #/map?since=&until=&side=&type=&verdict=&q=&bbox=   #/timeline   #/claims?...   #/disputes   #/series?topic=
//   #/actors   #/actor/NAME   #/articles   #/article/12?claim=c3&hide=entities,times   #/search?q=
export type View = "map" | "timeline" | "claims" | "disputes" | "series" | "actors" | "actor" | "articles" | "article" | "search";

export interface Route {
  view: View;
  /** Article id for "article", actor name for "actor". */
  arg: string | null;
  params: URLSearchParams;
}

const VIEWS: View[] = ["map", "timeline", "claims", "disputes", "series", "actors", "articles", "search"];

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, "");
  const q = raw.indexOf("?");
  const path = q < 0 ? raw : raw.slice(0, q);
  const params = new URLSearchParams(q < 0 ? "" : raw.slice(q + 1));
  const article = /^\/article\/(\d+)$/.exec(path);
  if (article) return { view: "article", arg: article[1], params };
  const actor = /^\/actor\/(.+)$/.exec(path);
  if (actor) return { view: "actor", arg: decodeURIComponent(actor[1]), params };
  const name = path.replace(/^\//, "") as View;
  return { view: VIEWS.includes(name) ? name : "map", arg: null, params };
}

/** A hash link; empty parameters are left out so links stay short. */
export function link(path: string, params: Record<string, string | null | undefined> = {}): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) search.set(k, v);
  const s = search.toString();
  return `#${path}${s ? `?${s}` : ""}`;
}

/** The filters every view shares (kept when moving between views). */
export const FILTER_KEYS = ["since", "until", "side", "actor", "place", "bbox", "type", "kind", "verdict", "q"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export function filtersOf(params: URLSearchParams): Partial<Record<FilterKey, string>> {
  const out: Partial<Record<FilterKey, string>> = {};
  for (const k of FILTER_KEYS) {
    const v = params.get(k);
    if (v) out[k] = v;
  }
  return out;
}

/** The current route with some parameters changed (null removes one). */
export function withParams(route: Route, changes: Record<string, string | null | undefined>): string {
  const next = Object.fromEntries(route.params);
  for (const [k, v] of Object.entries(changes)) {
    if (v) next[k] = v;
    else delete next[k];
  }
  const path = route.view === "article" ? `/article/${route.arg}` : route.view === "actor" ? `/actor/${encodeURIComponent(route.arg ?? "")}` : `/${route.view}`;
  return link(path, next);
}

export const readerLink = (articleId: number, claim?: string | null, extra: Record<string, string | undefined> = {}): string =>
  link(`/article/${articleId}`, { claim: claim ?? undefined, ...extra });

export const actorLink = (name: string): string => `#/actor/${encodeURIComponent(name)}`;
