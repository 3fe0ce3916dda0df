// Hash routes, so every view (with its filters) is a shareable link:
//   #/claims?source=&since=&until=&q=&sort=&dir=   #/articles?...   #/article/12?claim=c3
export type Route =
  | { view: "claims"; params: URLSearchParams }
  | { view: "articles"; params: URLSearchParams }
  | { view: "article"; id: number; params: URLSearchParams };

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, "");
  const q = raw.indexOf("?");
  const path = q < 0 ? raw : raw.slice(0, q);
  const params = new URLSearchParams(q < 0 ? "" : raw.slice(q + 1));
  const article = /^\/article\/(\d+)$/.exec(path);
  if (article) return { view: "article", id: Number(article[1]), params };
  if (path === "/articles") return { view: "articles", params };
  return { view: "claims", params };
}

/** A hash link; empty parameters are left out so links stay short. */
export function link(path: string, params: Record<string, string | undefined> = {}): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) search.set(k, v);
  const s = search.toString();
  return `#${path}${s ? `?${s}` : ""}`;
}

export const readerLink = (articleId: number, claim?: string): string => link(`/article/${articleId}`, { claim });
