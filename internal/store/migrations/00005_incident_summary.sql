-- A small JSON summary of each incident (what a list shows), so that lists
-- never read the whole record, which for a story covered a thousand times
-- holds a thousand sources.

-- +goose Up
ALTER TABLE incidents ADD COLUMN summary TEXT NOT NULL DEFAULT '{}';
CREATE INDEX incidents_killed ON incidents (killed);

-- +goose Down
DROP INDEX IF EXISTS incidents_killed;
ALTER TABLE incidents DROP COLUMN summary;
