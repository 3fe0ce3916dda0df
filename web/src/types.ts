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
