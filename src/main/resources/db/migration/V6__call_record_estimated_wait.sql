-- The wait the console estimated for each caller on joining, so that what callers were told can be
-- checked against the wait they had. NULL when no estimate was made while the caller waited.
-- The first value written stays (the writer's upsert keeps it), so replays change nothing.
ALTER TABLE call_record ADD COLUMN estimated_wait_seconds BIGINT NULL AFTER wait_seconds;
