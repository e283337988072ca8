-- Searching people by any part of their names, e-mail or phone (the
-- folded `search_key`) reads a trigram index instead of every key of the
-- programme: pg_trgm's GIN index answers `LIKE '%…%'` for terms of three
-- letters or more. pg_trgm ships with PostgreSQL and is a trusted
-- extension: the database's owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX participants_search_trgm ON participants USING gin (search_key gin_trgm_ops);
