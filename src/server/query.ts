// Validates query strings into typed filters. Every refusal names the field and what was expected,
// so a client can fix its request without reading server code.
import { isCalendarDate } from "../input/article-fields.js";
import { MAX_LIMIT, type ListFilter } from "../store/store.js";
import { badField } from "./errors.js";

type Query = Record<string, string>;

const MAX_TEXT = 500;

function checkKnown(query: Query, allowed: readonly string[]): void {
  for (const key of Object.keys(query)) {
    if (!allowed.includes(key)) throw badField(key, `unknown parameter; expected one of ${allowed.join(", ")}`);
  }
}

function date(query: Query, field: string): string | undefined {
  const v = query[field];
  if (v === undefined || v === "") return undefined;
  if (!isCalendarDate(v)) throw badField(field, "expected a date YYYY-MM-DD");
  return v;
}

function integer(query: Query, field: string, min: number, max: number): number | undefined {
  const v = query[field];
  if (v === undefined || v === "") return undefined;
  const n = /^\d{1,15}$/.test(v) ? Number(v) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) throw badField(field, `expected an integer from ${min} to ${max}`);
  return n;
}

function text(query: Query, field: string): string | undefined {
  const v = query[field]?.trim();
  if (v === undefined || v === "") return undefined;
  if (v.length > MAX_TEXT) throw badField(field, `expected at most ${MAX_TEXT} characters`);
  return v;
}

/** Filters for /api/articles, /api/claims and /api/events (`article` only where it applies). */
export function listFilter(query: Query, withArticle: boolean): ListFilter {
  checkKnown(query, withArticle ? ["source", "since", "until", "article", "after", "limit"] : ["source", "since", "until", "after", "limit"]);
  const filter: ListFilter = {
    source: text(query, "source"),
    since: date(query, "since"),
    until: date(query, "until"),
    article: withArticle ? integer(query, "article", 1, Number.MAX_SAFE_INTEGER) : undefined,
    after: integer(query, "after", 0, Number.MAX_SAFE_INTEGER),
    limit: integer(query, "limit", 1, MAX_LIMIT),
  };
  if (filter.since && filter.until && filter.since > filter.until) throw badField("until", `expected a date on or after since (${filter.since})`);
  return filter;
}

export function searchQuery(query: Query): { q: string; limit: number | undefined } {
  checkKnown(query, ["q", "limit"]);
  const q = text(query, "q");
  if (q === undefined) throw badField("q", "expected search text");
  return { q, limit: integer(query, "limit", 1, MAX_LIMIT) };
}

/** A numeric path id such as /api/articles/12. */
export function pathId(value: string, field: string): number {
  const n = integer({ [field]: value }, field, 1, Number.MAX_SAFE_INTEGER);
  if (n === undefined) throw badField(field, "expected a positive integer");
  return n;
}
