-- The ledger: articles with their extraction, and the extracted items as rows for querying.
-- Same logical schema as the SQLite engine; full-text search uses generated tsvector columns.
CREATE TABLE articles (
  id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  ext_id TEXT,
  date TEXT NOT NULL,
  source TEXT,
  title TEXT,
  url TEXT,
  text TEXT NOT NULL,
  extraction JSON NOT NULL,
  ingested_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  search TSVECTOR GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', text), 'B')
  ) STORED
);
CREATE INDEX articles_date ON articles(date);
CREATE INDEX articles_search ON articles USING GIN (search);

CREATE TABLE claims (
  id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  local_id TEXT NOT NULL,
  parent_local_id TEXT,
  sentence INTEGER NOT NULL,
  source_text TEXT NOT NULL,
  source_start INTEGER NOT NULL,
  source_end INTEGER NOT NULL,
  source_actor TEXT,
  source_unnamed TEXT,
  source_affiliation TEXT,
  cue_text TEXT NOT NULL,
  cue_start INTEGER NOT NULL,
  cue_end INTEGER NOT NULL,
  content_text TEXT NOT NULL,
  content_start INTEGER NOT NULL,
  content_end INTEGER NOT NULL,
  claim_time TEXT NOT NULL,
  channel TEXT,
  polarity TEXT NOT NULL,
  hedges JSON NOT NULL,
  search TSVECTOR GENERATED ALWAYS AS (to_tsvector('english', source_text || ' ' || content_text)) STORED
);
CREATE INDEX claims_article ON claims(article_id);
CREATE INDEX claims_time ON claims(claim_time);
CREATE INDEX claims_actor ON claims(source_actor);
CREATE INDEX claims_search ON claims USING GIN (search);

CREATE TABLE events (
  id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  local_id TEXT NOT NULL,
  type TEXT NOT NULL,
  mode TEXT,
  trigger_text TEXT NOT NULL,
  trigger_start INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  actor TEXT,
  target TEXT,
  place TEXT,
  event_time TEXT,
  claim_local_id TEXT
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_time ON events(event_time);

CREATE TABLE places (
  id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  text TEXT NOT NULL,
  "start" INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  name TEXT NOT NULL,
  geonameid INTEGER,
  country TEXT,
  lat DOUBLE PRECISION,
  lon DOUBLE PRECISION,
  precision TEXT NOT NULL
);
CREATE INDEX places_article ON places(article_id);
