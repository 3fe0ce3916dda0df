// Turns validated query strings into the store's typed filters. Ledger-derived filters (verdict)
// become a list of item keys, so the store still does the filtering and the paging.
import type { VerdictValue } from "../ledger/types.js";
import type { BBox, ListFilter } from "../store/store.js";
import type { LedgerIndex } from "./ledger-state.js";

export type RawQuery = Partial<Record<string, string>>;

const nonEmpty = (v: string | undefined): string | undefined => {
  const t = v?.trim();
  return t ? t : undefined;
};

const num = (v: string | undefined): number | undefined => (v === undefined || v === "" ? undefined : Number(v));

export function parseBBox(v: string | undefined): BBox | undefined {
  if (!v) return undefined;
  const [w, s, e, n] = v.split(",").map(Number);
  return [w, s, e, n];
}

/** The store filter for a list; `kind` says which ledger keys a verdict filter maps to. */
export async function listFilter(q: RawQuery, kind: "claims" | "events" | "other", ledger: () => Promise<LedgerIndex>): Promise<ListFilter> {
  const filter: ListFilter = {
    source: nonEmpty(q.source),
    since: nonEmpty(q.since),
    until: nonEmpty(q.until),
    reportedSince: nonEmpty(q.reported_since),
    reportedUntil: nonEmpty(q.reported_until),
    article: num(q.article),
    actor: nonEmpty(q.actor),
    side: nonEmpty(q.side),
    place: nonEmpty(q.place),
    bbox: parseBBox(q.bbox),
    type: nonEmpty(q.type),
    claimKind: kind === "claims" ? nonEmpty(q.kind) : undefined,
    text: nonEmpty(q.q),
    after: num(q.after),
    limit: num(q.limit),
  };
  const verdict = nonEmpty(q.verdict) as VerdictValue | undefined;
  if (verdict && kind !== "other") {
    const index = await ledger();
    filter.keys = kind === "claims" ? index.claimKeysWithVerdict(verdict) : index.eventKeysWithVerdict(verdict);
  }
  return filter;
}

/** Case-insensitive "contains", true when nothing is wanted. */
export const contains = (value: string | null | undefined, wanted: string | undefined): boolean =>
  !wanted || (value ?? "").toLowerCase().includes(wanted.toLowerCase());

export const equalsCi = (value: string | null | undefined, wanted: string | undefined): boolean =>
  !wanted || (value ?? "").toLowerCase() === wanted.toLowerCase();

/** True when any date falls within [since, until]. */
export const anyDateIn = (dates: string[], since?: string, until?: string): boolean =>
  (!since && !until) || dates.some((d) => (!since || d.slice(0, 10) >= since) && (!until || d.slice(0, 10) <= until));

/**
 * A page of ledger items after the cursor id. `items` must be sorted by id: the cursor is found by
 * binary search and the scan stops once the page (and one more, to know there is a next page) is
 * full, so an unfiltered page costs the page, not the ledger.
 */
export function pageById<T>(
  items: readonly T[], id: (item: T) => string, after: string | undefined, limit: string | undefined, keep: (item: T) => boolean = () => true,
): { items: T[]; next: string | null } {
  const n = num(limit) ?? 100;
  let lo = 0;
  if (after) {
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (id(items[mid]!) > after) hi = mid;
      else lo = mid + 1;
    }
  }
  const page: T[] = [];
  for (let i = lo; i < items.length; i++) {
    if (!keep(items[i]!)) continue;
    if (page.length === n) return { items: page, next: id(page[n - 1]!) };
    page.push(items[i]!);
  }
  return { items: page, next: null };
}
