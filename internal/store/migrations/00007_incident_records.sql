-- Lists read small rows: the whole record of an incident moves to a table
-- of its own (a record covered a thousand times holds megabytes, and a list
-- reading the summary column after it walked its overflow pages). The
-- full-text index of incidents is keyed by the incident's rowid, and the
-- groups an incident names get a table indexed by name. A list of one
-- country gets an index for every order.

-- +goose Up
CREATE TABLE incident_records (
    id   TEXT PRIMARY KEY REFERENCES incidents (id) ON DELETE CASCADE,
    data TEXT NOT NULL                   -- JSON: the dossier.Fused record
);
INSERT INTO incident_records (id, data) SELECT id, data FROM incidents;
ALTER TABLE incidents DROP COLUMN data;

CREATE VIRTUAL TABLE incidents_fts2 USING fts5 (
    text,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO incidents_fts2 (rowid, text)
    SELECT i.rowid, f.text FROM incidents_fts AS f JOIN incidents AS i ON i.id = f.id;
DROP TABLE incidents_fts;
ALTER TABLE incidents_fts2 RENAME TO incidents_fts;

CREATE TABLE incident_groups (
    name           TEXT NOT NULL COLLATE NOCASE,
    incident_id    TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    incident_rowid INTEGER NOT NULL,
    PRIMARY KEY (name, incident_rowid)
) WITHOUT ROWID;
CREATE INDEX incident_groups_incident ON incident_groups (incident_id);
-- +goose StatementBegin
WITH RECURSIVE split (rid, id, rest, name) AS (
    SELECT rowid, id, substr(groups, 2), NULL FROM incidents WHERE groups <> ''
    UNION ALL
    SELECT rid, id, substr(rest, instr(rest, '|') + 1), substr(rest, 1, instr(rest, '|') - 1)
    FROM split WHERE rest <> ''
)
INSERT OR IGNORE INTO incident_groups (name, incident_id, incident_rowid)
    SELECT name, id, rid FROM split WHERE name IS NOT NULL AND name <> '';
-- +goose StatementEnd

CREATE INDEX incidents_country_order_killed ON incidents (country, (killed IS NULL), killed, date, id);
CREATE INDEX incidents_country_order_killed_desc ON incidents (country, (killed IS NULL), killed DESC, date, id);
CREATE INDEX incidents_country_order_sources ON incidents (country, sources, date, id);
CREATE INDEX incidents_country_order_sources_desc ON incidents (country, sources DESC, date, id);
DROP INDEX incidents_country_date;

-- +goose Down
SELECT 'irreversible: rebuild the incidents with dossier fuse on the older schema';
