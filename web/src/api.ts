// Typed calls to the JSON API. When the server requires a token, it is kept for the browser
// session only (sessionStorage) and sent as a Bearer header.
import type {
  ActorRow, ArticleRow, Counts, Dispute, EventRow, IngestResult, LedgerArticle, LedgerClaimRow, ObservationView, Page, PlaceRow, Proposition,
  SearchHit, Series,
} from "./types.js";

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

function authHeaders(): Record<string, string> {
  const token = sessionStorage.getItem(TOKEN_KEY);
  return token ? { Authorization: `Bearer ${token}` } : {};
}

export type Params = Record<string, string | number | undefined | null>;

export function queryString(params: Params): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") search.set(k, String(v));
  const s = search.toString();
  return s ? `?${s}` : "";
}

async function getJson<T>(path: string, params: Params = {}): Promise<T> {
  const res = await fetch(`${path}${queryString(params)}`, { headers: { Accept: "application/json", ...authHeaders() } });
  const body = (await res.json().catch(() => ({}))) as { error?: string };
  if (!res.ok) throw new ApiFailure(res.status, body.error ?? `${res.status} ${res.statusText}`);
  return body as T;
}

/** Every page of a list (up to `max` items), following the `next` cursor. */
export async function all<T>(path: string, params: Params, max = 5000): Promise<T[]> {
  const out: T[] = [];
  let after: string | number | null = null;
  do {
    const page: { items: T[]; next: string | number | null } = await getJson(path, { ...params, after: after ?? undefined, limit: 1000 });
    out.push(...page.items);
    after = page.next;
  } while (after !== null && out.length < max);
  return out;
}

export const enc = encodeURIComponent;

export const api = {
  stats: () => getJson<Counts & { propositions: number; disputes: number; series: number }>("/api/stats"),
  articles: (p: Params) => getJson<Page<ArticleRow>>("/api/articles", p),
  article: (id: number) => getJson<LedgerArticle>(`/api/articles/${id}`),
  claims: (p: Params) => getJson<Page<LedgerClaimRow>>("/api/claims", p),
  events: (p: Params) => getJson<Page<EventRow>>("/api/events", p),
  place: (id: number) => getJson<{ place: PlaceRow; claims: LedgerClaimRow[]; events: EventRow[] }>(`/api/places/${id}`),
  actors: (p: Params) => getJson<{ items: ActorRow[]; next: string | null }>("/api/actors", p),
  actor: (name: string) => getJson<{ actor: ActorRow; claims: LedgerClaimRow[]; figures: (ObservationView & { disputed: boolean; corroborated: boolean })[]; disputes: Dispute[] }>(`/api/actors/${enc(name)}`),
  disputes: (p: Params) => all<Dispute>("/api/disputes", p),
  series: (p: Params) => all<Series>("/api/series", p),
  propositions: (p: Params) => all<Proposition>("/api/propositions", p),
  search: (q: string, limit = 100) => getJson<{ items: SearchHit[]; actors: ActorRow[]; places: PlaceRow[]; propositions: Proposition[] }>("/api/search", { q, limit }),
  ingest: async (body: Blob, type: string): Promise<{ status: number; result: IngestResult | null; error: string | null }> => {
    const res = await fetch("/api/ingest", { method: "POST", body, headers: { "Content-Type": type, Accept: "application/json", ...authHeaders() } });
    const json = (await res.json().catch(() => ({}))) as IngestResult & { error?: string };
    return { status: res.status, result: "stored" in json ? json : null, error: json.error ?? null };
  },
};
