-- The cross-article ledger as last derived: one row, replaced after every ingest.
CREATE TABLE ledger_snapshot (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  built_at TEXT NOT NULL,
  articles INTEGER NOT NULL,
  snapshot JSON NOT NULL
);
