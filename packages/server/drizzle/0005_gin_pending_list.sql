-- GIN indexes buffer new entries in a pending list (4 MB by default) that every search scans linearly until
-- vacuum merges it; after a large ledger import that made name search several times slower. A small list
-- keeps searches fast between vacuums at the cost of more frequent, smaller merges on insert.
ALTER INDEX children_name_trgm_idx SET (gin_pending_list_limit = 256);
--> statement-breakpoint
ALTER INDEX children_name_keys_idx SET (gin_pending_list_limit = 256);
--> statement-breakpoint
ALTER INDEX children_former_names_idx SET (gin_pending_list_limit = 256);
