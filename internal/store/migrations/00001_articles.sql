-- Articles as cleaned, with the keys that make ingest idempotent, and a
-- full-text index over title and text. Later migrations add mentions and
-- incidents; they refer to articles(rowid) or articles(id).

-- +goose Up
CREATE TABLE articles (
    rowid           INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,          -- public id; disambiguated with "-2", "-3"... on collision
    source          TEXT NOT NULL DEFAULT '',
    url             TEXT NOT NULL DEFAULT '',      -- as given
    url_norm        TEXT NOT NULL DEFAULT '',      -- normalised URL, '' when unknown
    content_hash    TEXT NOT NULL UNIQUE,          -- sha256 hex of the normalised text
    title           TEXT NOT NULL DEFAULT '',
    published       TEXT,                          -- YYYY-MM-DD or NULL
    publisher       TEXT NOT NULL DEFAULT '',
    byline          TEXT NOT NULL DEFAULT '',
    language        TEXT NOT NULL DEFAULT '',
    syndicated_from TEXT NOT NULL DEFAULT '',
    canonical_url   TEXT NOT NULL DEFAULT '',
    text            TEXT NOT NULL,
    ingested_at     TEXT NOT NULL,                 -- RFC 3339, UTC
    CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
);

-- A URL identifies an article only when it is known.
CREATE UNIQUE INDEX articles_url_norm ON articles (url_norm) WHERE url_norm <> '';
CREATE INDEX articles_published ON articles (published);

-- External-content FTS5 index: the text lives once, in articles.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title,
    text,
    content = 'articles',
    content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- +goose StatementBegin
CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
-- +goose StatementEnd

-- +goose Down
DROP TRIGGER IF EXISTS articles_fts_au;
DROP TRIGGER IF EXISTS articles_fts_ad;
DROP TRIGGER IF EXISTS articles_fts_ai;
DROP TABLE IF EXISTS articles_fts;
DROP TABLE IF EXISTS articles;
