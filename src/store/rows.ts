// Row shapes both engines read and their mapping to the Store's types. The engines differ only in
// how `hedges` arrives (SQLite: JSON text; PostgreSQL: an array), which the engine decodes first.
import type { ClaimRow, EventRow } from "./store.js";

export interface ClaimDbRow {
  id: number; article_id: number; article_date: string; article_source: string | null; article_title: string | null;
  local_id: string; parent_local_id: string | null; sentence: number;
  source_text: string; source_start: number; source_end: number; source_actor: string | null; source_unnamed: string | null; source_affiliation: string | null;
  cue_text: string; cue_start: number; cue_end: number; content_text: string; content_start: number; content_end: number;
  claim_time: string; channel: string | null; polarity: string; hedges: string[]; kind: string | null;
}

export interface EventDbRow {
  id: number; article_id: number; article_date: string; article_source: string | null; local_id: string; type: string; mode: string | null;
  trigger_text: string; trigger_start: number; trigger_end: number; actor: string | null; target: string | null; place: string | null;
  event_time: string | null; claim_local_id: string | null;
  loc_name: string | null; loc_country: string | null; loc_lat: number | null; loc_lon: number | null; loc_precision: string | null;
  loc_basis: "event-place" | "article-region" | null;
}

export function claimFromRow(r: ClaimDbRow): ClaimRow {
  return {
    id: r.id, article_id: r.article_id, article_date: r.article_date, article_source: r.article_source, article_title: r.article_title,
    local_id: r.local_id, parent_local_id: r.parent_local_id, sentence: r.sentence,
    source: { text: r.source_text, start: r.source_start, end: r.source_end, actor: r.source_actor, unnamed: r.source_unnamed, affiliation: r.source_affiliation },
    cue: { text: r.cue_text, start: r.cue_start, end: r.cue_end },
    content: { text: r.content_text, start: r.content_start, end: r.content_end },
    time: r.claim_time, channel: r.channel, polarity: r.polarity, hedges: r.hedges, kind: r.kind,
  };
}

export function eventFromRow(r: EventDbRow): EventRow {
  return {
    id: r.id, article_id: r.article_id, article_date: r.article_date, article_source: r.article_source, local_id: r.local_id,
    type: r.type, mode: r.mode, trigger: { text: r.trigger_text, start: r.trigger_start, end: r.trigger_end },
    actor: r.actor, target: r.target, place: r.place, time: r.event_time, claim_local_id: r.claim_local_id,
    location: r.loc_name !== null && r.loc_lat !== null && r.loc_lon !== null && r.loc_basis !== null
      ? { name: r.loc_name, country: r.loc_country, lat: r.loc_lat, lon: r.loc_lon, precision: r.loc_precision ?? "point", basis: r.loc_basis }
      : null,
  };
}
