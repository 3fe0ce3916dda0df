-- The ledger's derived output, one row per item under the key it was derived from (see
-- src/store/postgres-ledger.ts), so that an update rewrites only the keys its articles touched
-- instead of the whole snapshot. Text compares bytewise ("C"), as SQLite orders the same output.
CREATE TABLE ledger_out (
  src INTEGER NOT NULL,
  key TEXT COLLATE "C" NOT NULL,
  kind TEXT COLLATE "C" NOT NULL,
  sort TEXT COLLATE "C" NOT NULL,
  body TEXT COLLATE "C" NOT NULL
);
CREATE INDEX ledger_out_key ON ledger_out (src, key);
CREATE INDEX ledger_out_order ON ledger_out (kind, sort);

-- The last snapshot stays readable until the next update publishes the ledger afresh: its rows,
-- in their order, under a key no derivation uses.
INSERT INTO ledger_out (src, key, kind, sort, body)
SELECT -1, '', kind, lpad(seq::text, 12, '0'), body FROM ledger_items;
DROP TABLE ledger_items;
