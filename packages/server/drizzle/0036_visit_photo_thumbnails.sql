-- A visit photo's thumbnail: a small JPEG the browser makes beside the photo, so the visit timeline shows the photos
-- without loading each one whole. It is part of its photo's document row (stored, sealed and checksummed like the
-- photo, moved with it when two files are merged, and under the same row-level security); a photo without one
-- (recorded before thumbnails, or where the browser could not make one) is shown by the photo itself.
ALTER TABLE documents ADD COLUMN IF NOT EXISTS thumbnail_storage_key text;
--> statement-breakpoint
ALTER TABLE documents ADD COLUMN IF NOT EXISTS thumbnail_mime_type text;
--> statement-breakpoint
ALTER TABLE documents ADD COLUMN IF NOT EXISTS thumbnail_size_bytes integer;
--> statement-breakpoint
ALTER TABLE documents ADD COLUMN IF NOT EXISTS thumbnail_sha256 text;
--> statement-breakpoint
-- All four or none: a thumbnail is never half recorded.
ALTER TABLE documents ADD CONSTRAINT documents_thumbnail_whole CHECK (
  (thumbnail_storage_key IS NULL AND thumbnail_mime_type IS NULL AND thumbnail_size_bytes IS NULL
    AND thumbnail_sha256 IS NULL)
  OR (thumbnail_storage_key IS NOT NULL AND thumbnail_mime_type IS NOT NULL AND thumbnail_size_bytes IS NOT NULL
    AND thumbnail_sha256 IS NOT NULL)
);
