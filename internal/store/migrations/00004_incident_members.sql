-- A digest of what an incident was built from (its mentions, their copy
-- groups, its related incidents): a fusion that finds the same rebuilds
-- nothing.

-- +goose Up
ALTER TABLE incidents ADD COLUMN members TEXT NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE incidents DROP COLUMN members;
