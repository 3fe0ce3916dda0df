// The API's response shapes as the browser sees them. The source of truth is src/store/store.ts and
// src/core/types.ts on the server; only the fields the UI reads are listed here.
export interface Span {
  start: number;
  end: number;
}
export interface TextSpan extends Span {
  text: string;
}

export interface Page<T> {
  items: T[];
  next: number | null;
}

export interface Counts {
  articles: number;
  claims: number;
  events: number;
  places: number;
  disputes?: number;
}

export interface ArticleRow {
  id: number;
  ext_id: string | null;
  date: string;
  source: string | null;
  title: string | null;
  url: string | null;
  claims: number;
  events: number;
}

export interface ClaimRow {
  id: number;
  article_id: number;
  article_date: string;
  article_source: string | null;
  article_title: string | null;
  local_id: string;
  source: TextSpan & { actor: string | null; unnamed: string | null; affiliation: string | null };
  cue: TextSpan;
  content: TextSpan;
  time: string;
  channel: string | null;
  polarity: string;
  hedges: string[];
  /** What the claim reports (speech, stance, intention ...); null for claims stored before kinds. */
  kind: string | null;
}

export interface SearchHit {
  kind: "article" | "claim";
  article_id: number;
  claim_id: number | null;
  date: string;
  source: string | null;
  title: string | null;
  snippet: string;
}

export interface Entity extends TextSpan {
  id: string;
  type: string;
  actor: string | null;
  affiliation: string | null;
}
export interface TimeExpression extends TextSpan {
  value: string;
  type: string;
  granularity: string;
}
export interface Place extends TextSpan {
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  precision: string;
}
export interface Figure extends TextSpan {
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  counted: string | null;
  bound: string;
}
export interface Claim {
  id: string;
  channel?: (TextSpan & { kind: string }) | null;
  source: TextSpan & { actor: string | null; unnamed: string | null; affiliation: string | null };
  cue: TextSpan;
  content: TextSpan;
  time: string;
  polarity: string;
  hedges: (TextSpan & { kind: string })[];
  parent: string | null;
}
export interface Event {
  id: string;
  claim: string | null;
  place?: string | null;
  type: string;
  mode: string | null;
  trigger: TextSpan;
  actor: string | null;
  target: string | null;
  time: string | null;
}
export interface Extraction {
  sentences: Span[];
  entities: Entity[];
  times: TimeExpression[];
  places: Place[];
  figures: Figure[];
  claims: Claim[];
  events: Event[];
}

export interface ArticleDetail extends ArticleRow {
  text: string;
  extraction: Extraction;
}

export type VerdictValue = "corroborated" | "disputed" | "single-source" | "unverified";

export interface ClaimLedger {
  propositions: string[];
  verdict: VerdictValue | null;
  disputes: number;
  corroborations: number;
}

export interface LedgerClaimRow extends ClaimRow {
  parent_local_id: string | null;
  ledger: ClaimLedger;
}

export interface EventLocation {
  name: string;
  country: string | null;
  lat: number;
  lon: number;
  precision: string;
  basis: "event-place" | "article-region";
}

export interface EventRow {
  id: number;
  article_id: number;
  article_date: string;
  article_source: string | null;
  local_id: string;
  type: string;
  mode: string | null;
  trigger: TextSpan;
  actor: string | null;
  target: string | null;
  place: string | null;
  time: string | null;
  claim_local_id: string | null;
  location: EventLocation | null;
  ledger: { cluster: string | null; verdict: VerdictValue | null };
}

export interface PlaceRow {
  id: number;
  name: string;
  country: string | null;
  lat: number;
  lon: number;
  precision: string;
  mentions: number;
  articles: number;
  /** The newest articles that mention it (at most 30), newest first. */
  article_ids: number[];
  sources: string[];
  first_date: string;
  last_date: string;
}

export interface ActorRow {
  name: string;
  affiliation: string | null;
  claims: number;
  articles: number;
  first_date: string;
  last_date: string;
  figures: number;
  disputed: number;
  corroborated: number;
}

export interface ObservationView {
  id: string;
  kind: "figure" | "role";
  side: string;
  claimant: string;
  actor: string | null;
  date: string;
  figure: string;
  value: number | null;
  bound: string;
  unit: string | null;
  polarity: string;
  hedges: string[];
  proposition: string;
  relative: string | null;
  article_id: number;
  claim: string | null;
  sentence: TextSpan;
  figure_span: TextSpan | null;
  outlet: string | null;
  article_date: string | null;
  article_title: string | null;
}

export interface Dispute {
  id: string;
  kind: string;
  propositions: string[];
  labels: string[];
  sides: string[];
  hard: boolean;
  explanation: string;
  observations: ObservationView[];
}

export interface SeriesPoint {
  date: string;
  value: number | null;
  bound: string;
  unit: string | null;
  text: string;
  /** How many sources the point has; a list of series shows the first few of them. */
  sources_total: number;
  sources: { observation: string; article_id: number; claim: string | null; claimant: string; outlet: string | null; sentence: TextSpan; figure: string }[];
}

export interface Series {
  id: string;
  topicId: string;
  measure: string;
  subject: string;
  place: string;
  side: string;
  printed: string;
  points: SeriesPoint[];
}

export interface Proposition {
  id: string;
  topicId: string;
  label: string;
  sides: string[];
  verdict: VerdictValue | null;
}

export interface LedgerArticle extends ArticleDetail {
  ledger: {
    claims: Record<string, ClaimLedger & { id: number }>;
    events: Record<string, { id: number; cluster: string | null; verdict: VerdictValue | null; location: EventLocation | null }>;
  };
}

export interface IngestResult {
  stored: number;
  duplicates: number;
  failed: number;
  errors: { where: string; message: string }[];
}
