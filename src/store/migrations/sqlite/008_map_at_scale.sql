-- The map at 100,000 articles. A latitude index still reads a whole band of the globe for a box,
-- and grouping every mention per request took seconds for the world view. So: R-tree indexes for
-- boxes, and places grouped by site as they are stored (a site is one name at one point with one
-- precision; its id is its first mention's id, as before).
CREATE VIRTUAL TABLE events_geo USING rtree(id, min_lat, max_lat, min_lon, max_lon);
INSERT INTO events_geo SELECT id, loc_lat, loc_lat, loc_lon, loc_lon FROM events WHERE loc_lat IS NOT NULL AND loc_lon IS NOT NULL;
CREATE TRIGGER events_geo_insert AFTER INSERT ON events WHEN new.loc_lat IS NOT NULL AND new.loc_lon IS NOT NULL BEGIN
  INSERT INTO events_geo VALUES (new.id, new.loc_lat, new.loc_lat, new.loc_lon, new.loc_lon);
END;
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

CREATE TRIGGER places_site_insert AFTER INSERT ON places WHEN new.lat IS NOT NULL AND new.lon IS NOT NULL BEGIN
  INSERT INTO place_sites (id, name, country, lat, lon, precision, geonameid, mentions, articles, first_date, last_date)
  SELECT new.id, new.name, coalesce(new.country, ''), new.lat, new.lon, new.precision, new.geonameid, 1, 0, a.date, a.date
  FROM articles a WHERE a.id = new.article_id
  ON CONFLICT (name, country, lat, lon, precision) DO UPDATE SET
    mentions = mentions + 1,
    geonameid = coalesce(max(geonameid, excluded.geonameid), geonameid, excluded.geonameid),
    first_date = min(first_date, excluded.first_date),
    last_date = max(last_date, excluded.last_date);
  -- Counted before the article is recorded for the site, so that each article counts once.
  UPDATE place_sites SET articles = articles + 1
  WHERE name = new.name AND country = coalesce(new.country, '') AND lat = new.lat AND lon = new.lon AND precision = new.precision
    AND NOT EXISTS (SELECT 1 FROM place_site_articles x WHERE x.site_id = place_sites.id AND x.article_id = new.article_id);
  INSERT OR IGNORE INTO place_site_articles (site_id, article_id)
  SELECT s.id, new.article_id FROM place_sites s
  WHERE s.name = new.name AND s.country = coalesce(new.country, '') AND s.lat = new.lat AND s.lon = new.lon AND s.precision = new.precision;
  INSERT OR IGNORE INTO place_site_sources (site_id, source)
  SELECT s.id, a.source FROM place_sites s, articles a
  WHERE a.id = new.article_id AND a.source IS NOT NULL
    AND s.name = new.name AND s.country = coalesce(new.country, '') AND s.lat = new.lat AND s.lon = new.lon AND s.precision = new.precision;
  INSERT INTO place_sites_geo SELECT s.id, s.lat, s.lat, s.lon, s.lon FROM place_sites s
  WHERE s.id = new.id;
END;
