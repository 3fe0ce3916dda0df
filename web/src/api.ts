// Typed calls to the JSON API. When the server requires a token, it is kept for the browser
// session only (sessionStorage) and sent as a Bearer header.
import type { ArticleDetail, ArticleRow, ClaimRow, Counts, Page, SearchHit } from "./types.js";

const TOKEN_KEY = "crosscheck.token";

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function setToken(token: string): void {
  sessionStorage.setItem(TOKEN_KEY, token);
}

async function getJson<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") search.set(k, String(v));
  const token = sessionStorage.getItem(TOKEN_KEY);
  const res = await fetch(`${path}${search.size ? `?${search}` : ""}`, {
    headers: { Accept: "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
  });
  const body = (await res.json().catch(() => ({}))) as { error?: string };
  if (!res.ok) throw new ApiFailure(res.status, body.error ?? `${res.status} ${res.statusText}`);
  return body as T;
}

export interface ListParams {
  source?: string;
  since?: string;
  until?: string;
  article?: number;
  after?: number;
  limit?: number;
  [key: string]: string | number | undefined;
}

export const api = {
  stats: () => getJson<Counts>("/api/stats"),
  articles: (p: ListParams) => getJson<Page<ArticleRow>>("/api/articles", p),
  article: (id: number) => getJson<ArticleDetail>(`/api/articles/${id}`),
  claims: (p: ListParams) => getJson<Page<ClaimRow>>("/api/claims", p),
  search: (q: string, limit = 200) => getJson<{ items: SearchHit[] }>("/api/search", { q, limit }),
};
