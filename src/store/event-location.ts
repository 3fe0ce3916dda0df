// Where an event is drawn and which side reported it, decided once when the article is stored
// (not per query): the event's own place when the text names one with coordinates, else the
// first-level region its article mentions most. Both engines store these columns, so map and
// side filters are plain indexed comparisons even on a ledger of millions of events.
import { locates } from "../core/places/recognize.js";
import type { Extraction } from "../core/types.js";

export interface EventLocation {
  loc_name: string | null;
  loc_country: string | null;
  loc_lat: number | null;
  loc_lon: number | null;
  loc_precision: string | null;
  loc_basis: "event-place" | "article-region" | null;
  claim_side: string | null;
}

const NOWHERE: Omit<EventLocation, "claim_side"> = { loc_name: null, loc_country: null, loc_lat: null, loc_lon: null, loc_precision: null, loc_basis: null };

/** One location per event of the extraction, in the same order. */
export function eventLocations(extraction: Extraction): EventLocation[] {
  const located = extraction.places.filter((p) => p.lat !== null && p.lon !== null);
  // The article's main region: the admin1 place named most often (the first named on a tie), among
  // places that say where something is ("the Texas Tribune" names no region the article is about).
  const counts = new Map<string, number>();
  for (const p of located) if (p.precision === "admin1" && locates(p)) counts.set(p.name, (counts.get(p.name) ?? 0) + 1);
  let region: (typeof located)[number] | null = null;
  for (const p of located) {
    if (p.precision !== "admin1" || !locates(p)) continue;
    if (!region || counts.get(p.name)! > counts.get(region.name)!) region = p;
  }
  const sideOf = new Map(extraction.claims.map((c) => [c.id, c.source.affiliation]));
  return extraction.events.map((e) => {
    const place = e.place !== null ? (located.find((p) => p.name === e.place && locates(p)) ?? located.find((p) => p.name === e.place) ?? null) : region;
    const claim_side = e.claim !== null ? (sideOf.get(e.claim) ?? null) : null;
    if (!place) return { ...NOWHERE, claim_side };
    return {
      loc_name: place.name, loc_country: place.country, loc_lat: place.lat, loc_lon: place.lon, loc_precision: place.precision,
      loc_basis: e.place !== null ? "event-place" : "article-region", claim_side,
    };
  });
}
