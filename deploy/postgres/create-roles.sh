#!/bin/sh
# Run once by the official postgres image on an empty data volume (/docker-entrypoint-initdb.d), as a DBA would:
# the owner role owns the database and runs the migrations and the data load (the compose service "migrate"); the
# reader may log in and nothing more until the migrations' callback grants it SELECT. Neither is a superuser.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v owner_password="$LOCALGOV_OWNER_PASSWORD" -v reader_password="$LOCALGOV_READER_PASSWORD" <<'SQL'
CREATE ROLE localgov_owner LOGIN PASSWORD :'owner_password';
CREATE ROLE localgov_reader LOGIN PASSWORD :'reader_password';
CREATE DATABASE localgov OWNER localgov_owner ENCODING 'UTF8' TEMPLATE template0;
SQL
