// What the stores write for an article, built where the article was extracted (an extraction
// worker): the extraction as JSON text and its claim, event and place rows as flat value lists in
// column order. A worker hands these over as strings and arrays of primitives, which cross threads
// far more cheaply than the extraction's object graph, and the storing thread binds them as they are.
import { IN_NAME_RULE } from "../core/places/recognize.js";
import type { Extraction } from "../core/types.js";
import { eventLocations } from "./event-location.js";
import { extractionJson } from "./extraction-json.js";

/** One row's values in its table's column order (CLAIM_COLUMNS, EVENT_COLUMNS, PLACE_COLUMNS). */
export type RowValues = (string | number | null)[];

export const CLAIM_COLUMNS = [
  "local_id", "parent_local_id", "sentence", "source_text", "source_start", "source_end", "source_actor", "source_unnamed",
  "source_affiliation", "cue_text", "cue_start", "cue_end", "content_text", "content_start", "content_end", "claim_time", "channel",
  "polarity", "hedges", "kind",
] as const;
export const EVENT_COLUMNS = [
  "local_id", "type", "mode", "trigger_text", "trigger_start", "trigger_end", "actor", "target", "place", "event_time", "claim_local_id",
  "loc_name", "loc_country", "loc_lat", "loc_lon", "loc_precision", "loc_basis", "claim_side",
] as const;
export const PLACE_COLUMNS = ["text", "start", "end", "name", "geonameid", "country", "lat", "lon", "precision"] as const;

/** Indexes into a place row that the map's sites group by, read off the column list. */
export const PLACE = {
  name: PLACE_COLUMNS.indexOf("name"), geonameid: PLACE_COLUMNS.indexOf("geonameid"), country: PLACE_COLUMNS.indexOf("country"),
  lat: PLACE_COLUMNS.indexOf("lat"), lon: PLACE_COLUMNS.indexOf("lon"), precision: PLACE_COLUMNS.indexOf("precision"),
} as const;
/** Indexes into an event row of the drawn location. */
export const EVENT = { lat: EVENT_COLUMNS.indexOf("loc_lat"), lon: EVENT_COLUMNS.indexOf("loc_lon") } as const;

export interface ArticleRows {
  /**
   * The stored extraction (extractionJson): everything but the article. As text, or as its UTF-8
   * bytes when it came from an extraction worker (see forTransfer in src/pipeline/extracted.ts).
   */
  json: string | Uint8Array;
  /** A claim's hedges are the JSON text of their kinds, as SQLite keeps them. */
  claims: RowValues[];
  events: RowValues[];
  places: RowValues[];
}

export function articleRows(extraction: Extraction): ArticleRows {
  const claims = extraction.claims.map((c): RowValues => [
    c.id, c.parent, c.sentence, c.source.text, c.source.start, c.source.end, c.source.actor, c.source.unnamed, c.source.affiliation,
    c.cue.text, c.cue.start, c.cue.end, c.content.text, c.content.start, c.content.end, c.time, c.channel?.kind ?? null, c.polarity,
    JSON.stringify(c.hedges.map((h) => h.kind)), c.kind,
  ]);
  const locations = eventLocations(extraction);
  const events = extraction.events.map((e, i): RowValues => {
    const l = locations[i]!;
    return [
      e.id, e.type, e.mode, e.trigger.text, e.trigger.start, e.trigger.end, e.actor, e.target, e.place, e.time, e.claim,
      l.loc_name, l.loc_country, l.loc_lat, l.loc_lon, l.loc_precision, l.loc_basis, l.claim_side,
    ];
  });
  // A place named inside a body's or outlet's name ("The Moscow Times") is no site of the map and
  // no place a claim or article is found near: it stays in the stored extraction only.
  const places = extraction.places.filter((p) => p.rule !== IN_NAME_RULE).map((p): RowValues => [p.text, p.start, p.end, p.name, p.geonameid, p.country, p.lat, p.lon, p.precision]);
  return { json: extractionJson(extraction), claims, events, places };
}

/** Rows as objects keyed by column name (PostgreSQL reads each table's rows from one JSON array). */
export function rowObjects(columns: readonly string[], rows: readonly RowValues[]): Record<string, string | number | null>[] {
  return rows.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i]!])));
}
