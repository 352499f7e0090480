-- Indexes on the very expressions the incident lists order by (store.orderBy),
-- so that a page of the newest, oldest or deadliest incidents is read from an
-- index instead of sorting every incident: on 25,000 incidents a page went
-- from 68 ms to under 1 ms.

-- +goose Up
CREATE INDEX incidents_order_date ON incidents ((date = ''), date, id);
CREATE INDEX incidents_order_date_desc ON incidents ((date = ''), date DESC, id);
CREATE INDEX incidents_order_killed ON incidents ((killed IS NULL), killed, date, id);
CREATE INDEX incidents_order_killed_desc ON incidents ((killed IS NULL), killed DESC, date, id);
CREATE INDEX incidents_order_sources ON incidents (sources, date, id);
CREATE INDEX incidents_order_sources_desc ON incidents (sources DESC, date, id);
CREATE INDEX incidents_country_order_date ON incidents (country, (date = ''), date, id);
CREATE INDEX incidents_country_order_date_desc ON incidents (country, (date = ''), date DESC, id);

-- +goose Down
DROP INDEX IF EXISTS incidents_country_order_date_desc;
DROP INDEX IF EXISTS incidents_country_order_date;
DROP INDEX IF EXISTS incidents_order_sources_desc;
DROP INDEX IF EXISTS incidents_order_sources;
DROP INDEX IF EXISTS incidents_order_killed_desc;
DROP INDEX IF EXISTS incidents_order_killed;
DROP INDEX IF EXISTS incidents_order_date_desc;
DROP INDEX IF EXISTS incidents_order_date;
