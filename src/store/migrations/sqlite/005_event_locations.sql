-- Event locations and the reporting side, stored with the event instead of derived per query, and
-- indexed for the map (bounding box), type and side filters.
ALTER TABLE events ADD COLUMN loc_name TEXT;
ALTER TABLE events ADD COLUMN loc_country TEXT;
ALTER TABLE events ADD COLUMN loc_lat REAL;
ALTER TABLE events ADD COLUMN loc_lon REAL;
ALTER TABLE events ADD COLUMN loc_precision TEXT;
ALTER TABLE events ADD COLUMN loc_basis TEXT;
ALTER TABLE events ADD COLUMN claim_side TEXT;

UPDATE events SET claim_side = (SELECT cl.source_affiliation FROM claims cl WHERE cl.article_id = events.article_id AND cl.local_id = events.claim_local_id);
UPDATE events SET loc_basis = CASE WHEN place IS NOT NULL THEN 'event-place' ELSE 'article-region' END,
  loc_name = lp.name, loc_country = lp.country, loc_lat = lp.lat, loc_lon = lp.lon, loc_precision = lp.precision
FROM (SELECT e.id AS event_id, p.name, p.country, p.lat, p.lon, p.precision FROM events e JOIN places p ON p.id = (CASE WHEN e.place IS NOT NULL
    THEN (SELECT min(p1.id) FROM places p1 WHERE p1.article_id = e.article_id AND p1.name = e.place AND p1.lat IS NOT NULL AND p1.lon IS NOT NULL)
    ELSE (SELECT min(p2.id) FROM places p2 WHERE p2.article_id = e.article_id AND p2.precision = 'admin1' AND p2.lat IS NOT NULL AND p2.lon IS NOT NULL
          GROUP BY p2.name ORDER BY count(*) DESC, min(p2.id) LIMIT 1) END)) lp
WHERE lp.event_id = events.id;

CREATE INDEX events_location ON events(loc_lat, loc_lon);
CREATE INDEX events_type ON events(type, mode);
CREATE INDEX claims_affiliation ON claims(source_affiliation);
CREATE INDEX places_location ON places(lat, lon);
