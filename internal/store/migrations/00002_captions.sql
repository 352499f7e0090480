-- Photo captions the cleaner set aside from the body, one per line: the
-- extractor dates a story by them, so a stored article must keep them to
-- extract as it did at ingest.

-- +goose Up
ALTER TABLE articles ADD COLUMN captions TEXT NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE articles DROP COLUMN captions;
