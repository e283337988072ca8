-- Searching people by any part of their names, e-mail or phone (the
-- folded `search_key`) reads a trigram index instead of every key of the
-- programme: an FTS5 table over the key, kept by triggers, whose trigram
-- tokenizer answers `LIKE '%…%'` for terms of three letters or more.
-- Deletions are removed from the index at once (`secure-delete`), so that
-- an erased person's key leaves no trace in it.
CREATE VIRTUAL TABLE participants_search USING fts5(
    search_key, content = 'participants', content_rowid = 'id', tokenize = 'trigram'
);
INSERT INTO participants_search (participants_search, rank) VALUES ('secure-delete', 1);
INSERT INTO participants_search (participants_search) VALUES ('rebuild');
CREATE TRIGGER participants_search_insert AFTER INSERT ON participants
BEGIN
    INSERT INTO participants_search (rowid, search_key) VALUES (NEW.id, NEW.search_key);
END;
CREATE TRIGGER participants_search_delete AFTER DELETE ON participants
BEGIN
    INSERT INTO participants_search (participants_search, rowid, search_key) VALUES ('delete', OLD.id, OLD.search_key);
END;
CREATE TRIGGER participants_search_update AFTER UPDATE OF search_key ON participants
BEGIN
    INSERT INTO participants_search (participants_search, rowid, search_key) VALUES ('delete', OLD.id, OLD.search_key);
    INSERT INTO participants_search (rowid, search_key) VALUES (NEW.id, NEW.search_key);
END;
