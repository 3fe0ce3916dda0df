-- Places imported from a GeoNames dump (crosscheck gazetteer import), used by extraction on top of
-- the built-in gazetteer.
CREATE TABLE imported_places (
  geonameid INTEGER PRIMARY KEY,
  record TEXT NOT NULL
);
