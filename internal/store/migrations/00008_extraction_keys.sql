-- What clustering reads of an extraction (the incidents without their
-- figures and sentences, the names), stored apart from the whole report so
-- that a fusion over a large store decodes a fraction of it.

-- +goose Up
ALTER TABLE extractions ADD COLUMN keys TEXT NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE extractions DROP COLUMN keys;
