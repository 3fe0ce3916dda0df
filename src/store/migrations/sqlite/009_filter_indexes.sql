-- Side and type filters compare exactly now (codes are stored in capitals), so indexes serve them.
-- A one-column index in SQLite is ordered by rowid within each value, which is the order lists are
-- paged in: a filtered page reads the page, not the table.
CREATE INDEX events_type_only ON events(type);
CREATE INDEX events_claim_side ON events(claim_side);
