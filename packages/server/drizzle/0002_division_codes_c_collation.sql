-- Division codes are compared by prefix (LIKE '511102%'). Under the "C" collation PostgreSQL can use the btree
-- indexes for those prefixes and for the (division_code, id) cursor order; other collations cannot.
ALTER TABLE divisions ALTER COLUMN code TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE divisions ALTER COLUMN parent_code TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE admin_unit_members ALTER COLUMN unit_code TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE admin_unit_members ALTER COLUMN member_code TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE children ALTER COLUMN division_code TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE grants ALTER COLUMN division_code TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE institutions ALTER COLUMN division_code TYPE text COLLATE "C";
