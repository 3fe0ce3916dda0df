-- The ledger: articles with their extraction, and the extracted items as rows for querying.
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  ext_id TEXT,
  date TEXT NOT NULL,
  source TEXT,
  title TEXT,
  url TEXT,
  text TEXT NOT NULL,
  extraction TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_date ON articles(date);

CREATE TABLE claims (
  id INTEGER PRIMARY KEY,
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
  hedges TEXT NOT NULL
);
CREATE INDEX claims_article ON claims(article_id);
CREATE INDEX claims_time ON claims(claim_time);
CREATE INDEX claims_actor ON claims(source_actor);

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
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
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  text TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  name TEXT NOT NULL,
  geonameid INTEGER,
  country TEXT,
  lat REAL,
  lon REAL,
  precision TEXT NOT NULL
);
CREATE INDEX places_article ON places(article_id);

CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id');
CREATE VIRTUAL TABLE claims_fts USING fts5(source_text, content_text, content='claims', content_rowid='id');
