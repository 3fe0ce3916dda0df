-- Claims are found through the article index (their text is part of the article): a second
-- full-text index per claim doubled the write cost of ingest for no better search.
DROP TABLE claims_fts;
