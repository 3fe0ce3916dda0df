-- The ledger snapshot as one row per item (see src/store/ledger-rows.ts): one JSON document
-- outgrew what a string can hold at 100,000 articles. ledger_snapshot keeps when it was built and
-- from how many articles; an existing snapshot is split into rows here. (A rowid table: items run
-- to tens of kilobytes, too large for a WITHOUT ROWID b-tree.)
CREATE TABLE ledger_items (
  kind TEXT NOT NULL,
  seq INTEGER NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (kind, seq)
);

INSERT INTO ledger_items (kind, seq, body)
SELECT k.key, i.key, i.value
FROM ledger_snapshot s, json_each(s.snapshot) k, json_each(k.value) i
WHERE k.type = 'array';

ALTER TABLE ledger_snapshot DROP COLUMN snapshot;
