-- Each organisation's time zone (an IANA name): moments are stored as
-- Unix seconds and shown and typed as its wall-clock time.
ALTER TABLE organisations ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'UTC';
