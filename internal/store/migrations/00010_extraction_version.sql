-- The version of the rules an extraction was made by (fuse.ReportVersion):
-- extractions made by older rules are redone from the stored article.
-- Rows from before this column are version 0, older than any.

-- +goose Up
ALTER TABLE extractions ADD COLUMN version INTEGER NOT NULL DEFAULT 0;

-- +goose Down
ALTER TABLE extractions DROP COLUMN version;
