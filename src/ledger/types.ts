// Output types of the cross-article ledger. Plain data: every field is JSON-serialisable, every
// list is in a canonical order, and every id is derived from content (article ids, claim ids,
// rule ids), never from the order in which articles were added.
import type { Article, Extraction } from "../core/types.js";

/** One article as the store holds it: its numeric id, the article and its extraction. */
export interface StoredArticle {
  articleId: number;
  article: Article;
  extraction: Extraction;
}

/** A span of an article body with its text (offsets index `article.text`). */
export interface SpanText {
  start: number;
  end: number;
  text: string;
}

/** Why the ledger made a decision: the rule id (a measure, a table entry, a fallback) and the words that matched. */
export interface Why {
  rule: string;
  matched: string[];
  note?: string;
}

/** How a figure was tied to a speaker, strongest first. */
export type Attribution =
  | "claim-content" // the figure lies inside a claim's content span
  | "claim-sentence" // the figure lies in a sentence with a claim, outside its content (e.g. "X ..., Y said")
  | "sentence-actor" // no claim: the nearest named non-media actor in the sentence
  | "outlet"; // no claim, no actor: the outlet's own voice

/** Where a ledger item came from: an article, a claim in it (if any) and the spans to show. */
export interface ClaimRef {
  articleId: number;
  claimId: string | null;
  sentence: SpanText;
  figure: SpanText | null;
  content: SpanText | null;
  source: SpanText | null;
  attribution: Attribution;
}

export interface Claimant {
  /** The source text as written ("the Russian Defence Ministry", "Russian officials", "The Moscow Times"). */
  text: string;
  actor: string | null;
  unnamed: string | null;
  /** The side the claimant speaks for: its affiliation, or `outlet:<name>` / `unknown:<text>`. */
  side: string;
  /** Media that relayed the claim ("according to AFP"). */
  via: string[];
}

/**
 * A numeric interval; `null` ends are unbounded. Open ends come from "more than"/"fewer than".
 * Values are in the measure's base unit (km2 for areas, km for distances, counts otherwise).
 */
export interface Interval {
  lo: number | null;
  hi: number | null;
  loOpen: boolean;
  hiOpen: boolean;
}

/** A relative figure ("about half what Kyiv claims") and what the ledger resolved it against. */
export interface RelativeFigure {
  kind: string;
  factor: number | null;
  to: SpanText;
  /** Side of the figure referred to ("Kyiv" -> UA); null when the text names none. */
  toSide: string | null;
  /** The figure it was resolved against: the latest figure by `toSide` on the same topic before the claim date. */
  resolvedAgainst: string | null;
  /** factor x the value it was resolved against (in base units). */
  resolvedValue: number | null;
  rule: string;
}

/**
 * What a counted figure counts over: one incident ("the strike on the school killed 9"; `key`: the
 * names that tell it from others, e.g. "nuseirat", or null), one period ("on Tuesday", "overnight";
 * `key`: the day or week) or a running total ("since October 2023", "so far"); `unscoped` when the
 * text says none. Figures of different scopes are different quantities and are never compared.
 */
export interface Scope {
  kind: "incident" | "period" | "total" | "unscoped";
  key: string | null;
}

/** One figure in one article, tied to a claimant, a measure, a subject, a place and a date. */
export interface Observation {
  /** `<articleId>/f<figure index>` */
  id: string;
  articleId: number;
  claimId: string | null;
  measure: string;
  /** Whose forces, territory or civilians the figure is about (a side, or "civilians", "children"). */
  subject: string;
  /** Admin1 name (e.g. "Kursk Oblast"), else a country code, else "unknown". */
  place: string;
  /** Time window of the proposition: the month of `date` (YYYY-MM). */
  window: string;
  /** What the figure counts over (a toll of one incident, one day, or the war so far). */
  scope: Scope;
  /** Claim date (YYYY-MM-DD): when it was said. */
  date: string;
  propositionId: string;
  topicId: string;
  claimant: Claimant;
  /** Independence unit: claims with the same key are not independent of each other. */
  independence: string;
  /** The wire group (smallest article id of the group) the article belongs to. */
  wireGroup: number;
  polarity: "assert" | "deny" | "question";
  hedges: string[];
  figure: { text: string; value: number | null; low: number | null; high: number | null; bound: string; unit: string | null; counted: string | null };
  /** The figure as an interval in base units; for relative figures the resolved interval (or null if unresolved). */
  interval: Interval | null;
  relative: RelativeFigure | null;
  why: Why[];
  ref: ClaimRef;
}

export interface Proposition {
  /**
   * `measure|subject|place|window`, e.g. `territory_held|UA|Kursk Oblast|2024-08`, and for a scoped
   * figure its scope after: `civilian_dead|civilians|Gaza Strip|2024-11|total`, `...|period:2024-11-05`.
   */
  id: string;
  topicId: string;
  measure: string;
  subject: string;
  place: string;
  window: string;
  scope: Scope;
  /** Plain-language label: "territory held by UA in Kursk Oblast, 2024-08". */
  label: string;
  observations: string[];
  sides: string[];
  articles: number[];
  /** Distinct articles, and distinct wire groups (re-published copies counted once). */
  reports: number;
  independentReports: number;
}

export interface SeriesPoint {
  date: string;
  /** The stated value (for relative figures: the resolved midpoint, rounded). */
  value: number | null;
  bound: string;
  /** Unit as extracted ("km2", "km", "people") or null. */
  unit: string | null;
  text: string;
  interval: Interval | null;
  observations: string[];
  articles: number[];
  claimants: string[];
}

/** One side's figures on one topic (measure + subject + place), across time windows, by claim date. */
export interface FigureSeries {
  /** `<topicId>|<side>`, and the scope's kind after it for a scoped series (`...|PS|total`). */
  id: string;
  topicId: string;
  measure: string;
  subject: string;
  place: string;
  side: string;
  /** One scope's figures: a running total's, one period's each, or one incident's (`key` null: several incidents). */
  scope: Scope;
  propositions: string[];
  points: SeriesPoint[];
  /** "1,000 (about, 2024-08-12) -> 1,150 (2024-08-15) -> ..." */
  printed: string;
}

export type DisputeKind = "values" | "relative" | "polarity" | "role" | "self-contradiction";

export interface Dispute {
  /** `<kind>:<a>~<b>` with the two observation/claim keys in canonical order. */
  id: string;
  kind: DisputeKind;
  /** Propositions (or event-role keys) the dispute bears on. */
  propositions: string[];
  eventCluster: string | null;
  sides: string[];
  /** Observation ids (figures) or role-assertion ids. */
  items: string[];
  claims: ClaimRef[];
  /** A hard dispute cannot be reconciled; a soft one (self-contradiction with overlapping intervals) is noted. */
  hard: boolean;
  rule: string;
  explanation: string;
}

export interface Corroboration {
  /** `corr:<proposition>:<first observation>` */
  id: string;
  proposition: string;
  items: string[];
  independence: string[];
  /** The interval all the corroborating figures share. */
  agreed: Interval | null;
  claims: ClaimRef[];
  rule: string;
  explanation: string;
}

export type VerdictValue = "corroborated" | "disputed" | "single-source" | "unverified";

export interface Verdict {
  target: "proposition" | "event";
  targetId: string;
  verdict: VerdictValue;
  rule: string;
  explanation: string;
  disputes: string[];
  corroborations: string[];
  claims: ClaimRef[];
}

export interface WirePair {
  a: number;
  b: number;
  similarity: number;
}

export interface WireGroup {
  /** The smallest article id in the group. */
  id: number;
  /** The earliest article (by date, then id): the one treated as the original. */
  canonical: number;
  members: number[];
  pairs: WirePair[];
  rule: string;
}

export interface EventMember {
  /** `<articleId>/<event id>` */
  id: string;
  articleId: number;
  eventId: string;
  type: string;
  mode: string | null;
  trigger: SpanText;
  claimId: string | null;
  date: string;
  actor: string | null;
  actorSide: string | null;
  target: string | null;
  place: string | null;
  admin1: string | null;
  polarity: "assert" | "deny" | "question";
  claimantSide: string;
  hedged: boolean;
}

/** One report in an event cluster: enough to find it and to weigh it, without its text. */
export type EventClusterMember = Pick<EventMember, "id" | "articleId" | "eventId" | "claimId" | "date" | "actorSide" | "claimantSide" | "polarity" | "hedged">;

export interface EventMerge {
  member: string;
  joined: string;
  why: Why;
}

export interface EventCluster {
  /** `ev:<type>/<mode>|<admin1>|<first date>|<first member id>` */
  id: string;
  type: string;
  mode: string | null;
  admin1: string | null;
  dateFrom: string;
  dateTo: string;
  /** The reports merged, in canonical order, as pointers: each one's event, claim and spans are in the events table and in the cluster's verdict. */
  members: EventClusterMember[];
  /** How each member after the first joined: so a merge can be audited and undone. */
  merges: EventMerge[];
  assertedBy: string[];
  deniedBy: string[];
  reports: number;
  independentReports: number;
}

/** A claim that some actor filled a role in an event ("brokered by the UAE"). */
export interface RoleAssertion {
  id: string;
  articleId: number;
  claimId: string | null;
  event: string;
  role: string;
  actor: string;
  actorText: string;
  claimant: Claimant;
  date: string;
  hedged: boolean;
  /** The event's time window (explicit day +-1, else a lookback before the claim date). */
  from: string;
  to: string;
  why: Why[];
  ref: ClaimRef;
}

export interface LedgerSnapshot {
  observations: Observation[];
  propositions: Proposition[];
  series: FigureSeries[];
  roleAssertions: RoleAssertion[];
  disputes: Dispute[];
  corroborations: Corroboration[];
  verdicts: Verdict[];
  wireGroups: WireGroup[];
  eventClusters: EventCluster[];
}
