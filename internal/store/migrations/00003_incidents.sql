-- What extract found in each article (the fuse stage's input), its
-- near-duplicate signature, and the fused incidents with what their lists
-- filter on. An article's extraction is written in the article's own
-- transaction; the incidents are rewritten by each fusion, only where they
-- changed.

-- +goose Up
CREATE TABLE extractions (
    article_rowid INTEGER PRIMARY KEY REFERENCES articles (rowid) ON DELETE CASCADE,
    report        TEXT NOT NULL,               -- JSON: the fuse.Report
    signature     BLOB,                        -- MinHash signature (internal/dedup)
    copy_of       TEXT NOT NULL DEFAULT ''     -- public id of the original this article copies
);

CREATE TABLE incidents (
    id         TEXT PRIMARY KEY,
    date       TEXT NOT NULL DEFAULT '',       -- ISO 8601 at its precision, '' when unknown
    country    TEXT NOT NULL DEFAULT '',
    killed     INTEGER,
    injured    INTEGER,
    groups     TEXT NOT NULL DEFAULT '',       -- '|name|alias|...|' of every perpetrator
    title      TEXT NOT NULL DEFAULT '',
    sources    INTEGER NOT NULL DEFAULT 0,
    digest     TEXT NOT NULL,                  -- sha256 of data: a fusion rewrites only what changed
    data       TEXT NOT NULL                   -- JSON: the dossier.Fused record
);
CREATE INDEX incidents_date ON incidents (date);
CREATE INDEX incidents_country_date ON incidents (country, date);

CREATE TABLE incident_articles (
    incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    article_id  TEXT NOT NULL,
    PRIMARY KEY (incident_id, article_id)
) WITHOUT ROWID;
CREATE INDEX incident_articles_article ON incident_articles (article_id);

-- Full-text index over what an analyst searches incidents by: titles of
-- the sources, places, groups, evidence sentences.
CREATE VIRTUAL TABLE incidents_fts USING fts5 (
    id UNINDEXED,
    text,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- +goose Down
DROP TABLE IF EXISTS incidents_fts;
DROP TABLE IF EXISTS incident_articles;
DROP TABLE IF EXISTS incidents;
DROP TABLE IF EXISTS extractions;
