// The extraction contract (schema 1). Field names here are public: add fields freely,
// never rename or drop one without bumping SCHEMA_VERSION. See DESIGN.md.

export const SCHEMA_VERSION = 1;

/** One report as it enters the core. `text` is the body exactly as read. */
export interface Article {
  id: string | null;
  /** Publication date, YYYY-MM-DD: the reference for every relative time. */
  date: string;
  source: string | null;
  title: string | null;
  url: string | null;
  text: string;
}

/** Character offsets into `article.text` (JavaScript string indices, end exclusive). */
export interface Span {
  start: number;
  end: number;
}

/** A span that also carries the text it covers: `text === article.text.slice(start, end)`. */
export interface TextSpan extends Span {
  text: string;
}

export type Sentence = Span;

export type EntityType = "PERSON" | "ORG" | "GPE" | "GROUP" | "NORP";

export interface Entity extends TextSpan {
  id: string;
  type: EntityType;
  /** Canonical actor name when the mention is a known actor (or a title folded onto one). */
  actor: string | null;
  /** Country or side the actor belongs to (ISO 3166 alpha-2 or a side name), when known. */
  affiliation: string | null;
  rule: string;
}

export type TimeType = "DATE" | "TIME" | "DURATION" | "SET";
export type Granularity =
  | "century" | "decade" | "year" | "half" | "season" | "quarter" | "month" | "week" | "day"
  | "part-of-day" | "time" | "duration" | "set" | "ref";

export interface TimeExpression extends TextSpan {
  /** TIMEX3-style value: 2024-08-12, 2024-08, 2024-W33, 2024-SU, P3D, PRESENT_REF, XXXX-XX-XX ... */
  value: string;
  type: TimeType;
  granularity: Granularity;
  /** For ranges ("since Aug. 6"): the value the range begins or ends at. */
  begin?: string | null;
  end_value?: string | null;
  rule: string;
}

export type PlacePrecision = "point" | "settlement" | "admin1" | "admin2" | "country" | "region" | "continent" | "relative";

export interface Place extends TextSpan {
  /** The gazetteer's canonical name. */
  name: string;
  geonameid: number | null;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  precision: PlacePrecision;
  /** For relative places ("35 km from the fighting"): the relation and its anchor text. */
  relation?: { kind: string; anchor: TextSpan; distance_km: number | null } | null;
  rule: string;
}

export type FigureBound = "exact" | "min" | "max" | "approx" | "gt" | "lt";

export interface Figure extends TextSpan {
  /** The stated value (the midpoint is never invented: ranges use `low`/`high`). */
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  /** What is counted ("drones", "settlements", "people") when the text says it. */
  counted: string | null;
  bound: FigureBound;
  /** Index (in this extraction's `figures`) of the figure this one converts: "35 km (22 miles)". */
  conversion_of?: number | null;
  /** A relative figure ("more than double what Moscow's figures indicate"). */
  relative?: { kind: string; factor: number | null; to: TextSpan } | null;
  rule: string;
}

export type Polarity = "assert" | "deny" | "question";

/**
 * What a claim's cue reports: speech or writing, evidence shown, a belief, a stance taken toward
 * someone or something (criticised, backed), an intention (plans to), a refusal to act, an
 * accusation, a denial or a question.
 */
export const CLAIM_KINDS = ["speech", "evidence", "belief", "stance", "intention", "refusal", "accusation", "denial", "question"] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export type UnnamedKind = "official" | "report" | "source" | "media" | "witness" | "group" | "people";

export interface ClaimSource extends TextSpan {
  /** Canonical actor, when the source is (or refers to) a known actor. */
  actor: string | null;
  /** Typed unnamed source ("a U.S. official" -> official), never merged with a named actor. */
  unnamed: UnnamedKind | null;
  affiliation: string | null;
  /** When the source span is a pronoun or nominal resolved elsewhere: the mention it refers to. */
  resolved_from?: TextSpan | null;
}

export interface Hedge extends TextSpan {
  kind: "unverified" | "unconfirmed" | "reportedly" | "allegedly" | "claimed" | "conditional" | "hedged";
}

export interface Claim {
  id: string;
  source: ClaimSource;
  cue: TextSpan;
  content: TextSpan;
  /** Claim time: when it was said (TIMEX3 value), else the article date. */
  time: string;
  channel: TextSpan & { kind: string } | null;
  polarity: Polarity;
  kind: ClaimKind;
  hedges: Hedge[];
  parent: string | null;
  sentence: number;
  rule: string;
}

export interface Event {
  id: string;
  type: string;
  mode: string | null;
  trigger: TextSpan;
  actor: string | null;
  target: string | null;
  place: string | null;
  time: string | null;
  figures: number[];
  claim: string | null;
  sentence: number;
  /** "did not attack": the event is reported as not having happened. */
  negated?: boolean;
  modality?: "asserted" | "possible" | "future" | "threat";
  /** The mentions the actor and target were read from. */
  actor_span?: TextSpan | null;
  target_span?: TextSpan | null;
  rule: string;
}

export interface Diagnostic extends Span {
  rule: string;
  severity: "info" | "warning" | "error";
  message: string;
}

export interface Extraction {
  schema: typeof SCHEMA_VERSION;
  article: Article;
  sentences: Sentence[];
  entities: Entity[];
  times: TimeExpression[];
  places: Place[];
  figures: Figure[];
  claims: Claim[];
  events: Event[];
  diagnostics: Diagnostic[];
}
