-- One wrong character in a two- or three-character Chinese name defeats trigrams. Each name is stored with
-- its one-wildcard variants (王小明 → *小明, 王*明, 王小*); a query matches when any variant is shared,
-- through a GIN index instead of a scan.
CREATE OR REPLACE FUNCTION hehu_name_keys(n text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(overlay(n placing '*' from i for 1)), '{}') FROM generate_series(1, char_length(n)) AS i
$$;
--> statement-breakpoint
ALTER TABLE children ADD COLUMN name_keys text[] GENERATED ALWAYS AS (hehu_name_keys(name)) STORED;
--> statement-breakpoint
CREATE INDEX children_name_keys_idx ON children USING gin (name_keys);
--> statement-breakpoint
CREATE INDEX children_former_names_idx ON children USING gin (former_names);
