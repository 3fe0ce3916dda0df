-- A random name for this database. A machine keeps its working copy of the ledger between
-- processes under this name (src/store/postgres-ledger.ts), so a new process files only what was
-- stored since instead of every article again.
CREATE TABLE crosscheck_instance (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL
);
INSERT INTO crosscheck_instance (id, name) VALUES (1, md5(random()::text || clock_timestamp()::text));
