// The write path of the PostgreSQL engine: an article and all its rows in one statement.
import type { Extraction } from "../core/types.js";
import { eventLocations } from "./event-location.js";

const CLAIM_COLUMNS = [
  "local_id", "parent_local_id", "sentence", "source_text", "source_start", "source_end", "source_actor", "source_unnamed",
  "source_affiliation", "cue_text", "cue_start", "cue_end", "content_text", "content_start", "content_end", "claim_time", "channel",
  "polarity", "hedges",
] as const;
const EVENT_COLUMNS = [
  "local_id", "type", "mode", "trigger_text", "trigger_start", "trigger_end", "actor", "target", "place", "event_time", "claim_local_id",
  "loc_name", "loc_country", "loc_lat", "loc_lon", "loc_precision", "loc_basis", "claim_side",
] as const;
const PLACE_COLUMNS = ["text", "start", "end", "name", "geonameid", "country", "lat", "lon", "precision"] as const;

/** Inserts the rows of one table from a JSON array parameter, typed by the table's own row type. */
function insertFromJson(table: string, columns: readonly string[], param: string): string {
  const names = columns.map((c) => `"${c}"`);
  return `INSERT INTO ${table} (article_id, ${names.join(", ")})
    SELECT stored.id, ${names.map((n) => `r.${n}`).join(", ")}
    FROM stored, json_array_elements(${param}::json) WITH ORDINALITY AS e(item, n)
      CROSS JOIN LATERAL json_populate_record(NULL::${table}, e.item) AS r
    ORDER BY e.n`;
}

export const PUT_ARTICLE = `
  WITH stored AS (
    INSERT INTO articles (hash, ext_id, date, source, title, url, text, extraction)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (hash) DO NOTHING RETURNING id
  ),
  claim_rows AS (${insertFromJson("claims", CLAIM_COLUMNS, "$9")}),
  event_rows AS (${insertFromJson("events", EVENT_COLUMNS, "$10")}),
  place_rows AS (${insertFromJson("places", PLACE_COLUMNS, "$11")})
  SELECT id, true AS inserted FROM stored
  UNION ALL
  SELECT id, false AS inserted FROM articles WHERE hash = $1 AND NOT EXISTS (SELECT 1 FROM stored)`;

/** An article's claims, events and places as the JSON arrays PUT_ARTICLE takes ($9, $10, $11). */
export function itemsJson(extraction: Extraction): [string, string, string] {
  const claims = extraction.claims.map((c) => ({
    local_id: c.id, parent_local_id: c.parent, sentence: c.sentence,
    source_text: c.source.text, source_start: c.source.start, source_end: c.source.end, source_actor: c.source.actor,
    source_unnamed: c.source.unnamed, source_affiliation: c.source.affiliation,
    cue_text: c.cue.text, cue_start: c.cue.start, cue_end: c.cue.end,
    content_text: c.content.text, content_start: c.content.start, content_end: c.content.end,
    claim_time: c.time, channel: c.channel?.kind ?? null, polarity: c.polarity, hedges: c.hedges.map((h) => h.kind),
  }));
  const locations = eventLocations(extraction);
  const events = extraction.events.map((e, i) => ({
    local_id: e.id, type: e.type, mode: e.mode, trigger_text: e.trigger.text, trigger_start: e.trigger.start, trigger_end: e.trigger.end,
    actor: e.actor, target: e.target, place: e.place, event_time: e.time, claim_local_id: e.claim, ...locations[i],
  }));
  const places = extraction.places.map((p) => ({
    text: p.text, start: p.start, end: p.end, name: p.name, geonameid: p.geonameid, country: p.country, lat: p.lat, lon: p.lon,
    precision: p.precision,
  }));
  return [JSON.stringify(claims), JSON.stringify(events), JSON.stringify(places)];
}
