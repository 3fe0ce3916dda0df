-- The ledger now keeps its own state and output in ledger_* tables that it creates and stamps
-- itself (src/ledger/ledger-tables.ts) and fills from the stored articles when they are missing;
-- the snapshot rows written whole after every ingest are no longer read. ledger_snapshot keeps
-- when the ledger was last committed and over how many articles.
DROP TABLE ledger_items;
