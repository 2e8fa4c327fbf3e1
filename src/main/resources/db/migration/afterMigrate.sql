-- Flyway callback, run as the owner after every migrate, also when nothing was pending: the read-only role the
-- service connects as may read every table, those of later migrations too (default privileges of the owner), and
-- nothing else. Idempotent. reader_role comes from app.db.reader-role (APP_DB_READER_ROLE); "none" grants nothing,
-- for a deployment where one role does everything.
DO $$
BEGIN
    IF '${reader_role}' NOT IN ('', 'none') THEN
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), '${reader_role}');
        EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %I', current_schema(), '${reader_role}');
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT ON TABLES TO %I', current_schema(),
            '${reader_role}');
    END IF;
END
$$;
