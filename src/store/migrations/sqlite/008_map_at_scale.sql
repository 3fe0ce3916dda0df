-- The map at 100,000 articles. A latitude index still reads a whole band of the globe for a box,
-- and grouping every mention per request took seconds for the world view. So: events get a grid
-- cell (src/store/grid.ts), and places are grouped by site as they are stored, with an R-tree
-- over the sites. A site is one name at one point with one precision; its id is its first
-- mention's id, as before. New articles add to the sites in SqliteStore (once per site and
-- article, cheaper than a trigger per mention); the articles already stored are added here.
ALTER TABLE events ADD COLUMN loc_cell INTEGER;
UPDATE events SET loc_cell = min(179, max(0, CAST(loc_lat + 90 AS INTEGER))) * 360 + min(359, max(0, CAST(loc_lon + 180 AS INTEGER)))
WHERE loc_lat IS NOT NULL AND loc_lon IS NOT NULL;
CREATE INDEX events_cell ON events(loc_cell);
DROP INDEX events_location;

-- country '' stands for none, so that the site key is unique (NULLs never conflict).
CREATE TABLE place_sites (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  country TEXT NOT NULL,
  lat REAL NOT NULL,
  lon REAL NOT NULL,
  precision TEXT NOT NULL,
  geonameid INTEGER,
  mentions INTEGER NOT NULL,
  articles INTEGER NOT NULL,
  first_date TEXT NOT NULL,
  last_date TEXT NOT NULL,
  UNIQUE (name, country, lat, lon, precision)
);
CREATE TABLE place_site_articles (
  site_id INTEGER NOT NULL,
  article_id INTEGER NOT NULL,
  PRIMARY KEY (site_id, article_id)
) WITHOUT ROWID;
CREATE TABLE place_site_sources (
  site_id INTEGER NOT NULL,
  source TEXT NOT NULL,
  PRIMARY KEY (site_id, source)
) WITHOUT ROWID;
CREATE VIRTUAL TABLE place_sites_geo USING rtree(id, min_lat, max_lat, min_lon, max_lon);

INSERT INTO place_sites (id, name, country, lat, lon, precision, geonameid, mentions, articles, first_date, last_date)
SELECT min(p.id), p.name, coalesce(p.country, ''), p.lat, p.lon, p.precision, max(p.geonameid), count(*), count(DISTINCT p.article_id), min(a.date), max(a.date)
FROM places p JOIN articles a ON a.id = p.article_id WHERE p.lat IS NOT NULL AND p.lon IS NOT NULL
GROUP BY p.name, coalesce(p.country, ''), p.lat, p.lon, p.precision;
INSERT OR IGNORE INTO place_site_articles (site_id, article_id)
SELECT s.id, p.article_id FROM places p JOIN place_sites s
  ON s.name = p.name AND s.country = coalesce(p.country, '') AND s.lat = p.lat AND s.lon = p.lon AND s.precision = p.precision;
INSERT OR IGNORE INTO place_site_sources (site_id, source)
SELECT x.site_id, a.source FROM place_site_articles x JOIN articles a ON a.id = x.article_id WHERE a.source IS NOT NULL;
INSERT INTO place_sites_geo SELECT id, lat, lat, lon, lon FROM place_sites;
