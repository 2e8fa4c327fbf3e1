-- Data packages (Frictionless datapackage.json with CSV files): the bundled one and any an operator loads. A package
-- owns governments, and every row of those governments is the package's: replacing a package deletes and reloads
-- them, removing it deletes them. The origin says who manages it: the configuration (the bundled package,
-- APP_DATA_DIRECTORY, APP_DATA_PACKAGES), which removes what it no longer declares, or the load command, which
-- leaves it until it is removed by name.

CREATE TABLE data_package (
    name      TEXT PRIMARY KEY CHECK (name ~ '^[a-z0-9._-]+$'),
    title     TEXT,
    version   TEXT NOT NULL,
    origin    TEXT NOT NULL CHECK (origin IN ('CONFIGURATION', 'COMMAND')),
    source    TEXT NOT NULL,
    loaded_at TIMESTAMPTZ NOT NULL
);

-- Null for rows loaded before packages existed: the first package that declares the government takes them over.
ALTER TABLE government ADD COLUMN package TEXT REFERENCES data_package (name);
CREATE INDEX government_package_idx ON government (package);
