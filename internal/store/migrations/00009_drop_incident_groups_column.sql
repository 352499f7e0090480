-- The groups of an incident live in incident_groups (migration 7); the
-- '|name|alias|' column it was filled from is read by nothing.

-- +goose Up
ALTER TABLE incidents DROP COLUMN groups;

-- +goose Down
ALTER TABLE incidents ADD COLUMN groups TEXT NOT NULL DEFAULT '';
