-- The article full-text index is written in batches after the articles themselves (one index
-- transaction per batch instead of per article). This records how far it has got, so articles
-- stored before a crash are indexed when the ledger is next opened.
CREATE TABLE fts_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  indexed_upto INTEGER NOT NULL
);
INSERT INTO fts_state (id, indexed_upto) SELECT 1, coalesce(max(id), 0) FROM articles;
