-- Search across every resource (/api/v1/search): a substring of any length in Korean or any other script, served by
-- GIN indexes over the character bigrams of each searched text, the way pg_bigm indexes Korean and Japanese.
--
-- Why not pg_trgm: it is there (a trusted extension in PostgreSQL 13 and later, which the owner of the database may
-- create, in the embedded PostgreSQL 17 and in Debian's PostgreSQL 15 alike), but it finds no Korean at all in this
-- database: the clusters are made with --no-locale (LC_CTYPE C), where pg_trgm takes only ASCII letters and digits
-- for words (show_trgm('침수 피해 abc') keeps abc alone), and even under a UTF-8 LC_CTYPE a two-syllable word (침수,
-- 돌봄), the commonest Korean query, is shorter than a trigram, so LIKE '%침수%' could not use the index. Bigrams of
-- characters need no extension, no locale and no superuser: a text contains the term only if its bigrams contain the
-- term's bigrams (the index finds those rows), and strpos checks each of them. A one-character term has no bigram and
-- reads the texts themselves.

-- The distinct character bigrams of a text in lower case (ASCII case only, as lower() does under LC_CTYPE C and as
-- the search compares), for the indexes below and the term; a text of one character has none. IMMUTABLE: an index
-- may use it.
CREATE FUNCTION search_bigrams(text) RETURNS TEXT[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN coalesce((SELECT array_agg(DISTINCT substr(lower($1), i, 2))
                     FROM generate_series(1, length($1) - 1) AS i), '{}');

-- One index per searched text, on exactly the expression the search names (src/main/java/kr/civicdata/api/search):
-- several fields of one row are joined with a line break, which no search term holds (control characters are a 400).
CREATE INDEX government_search_idx ON government USING gin (search_bigrams(name));
CREATE INDEX pledge_search_idx ON pledge USING gin (search_bigrams(title));
CREATE INDEX response_plan_search_idx ON response_plan USING gin (
    search_bigrams(title || E'\n' || coalesce(basis_text, '')));
CREATE INDEX response_stage_search_idx ON response_stage USING gin (
    search_bigrams(name || E'\n' || coalesce(trigger_text, '') || E'\n' || coalesce(staffing_text, '')));
CREATE INDEX response_criterion_search_idx ON response_criterion USING gin (search_bigrams(text));
CREATE INDEX response_measure_search_idx ON response_measure USING gin (
    search_bigrams(coalesce(heading, '') || E'\n' || text));
CREATE INDEX execution_line_search_idx ON execution_line USING gin (
    search_bigrams(item_name || E'\n' || coalesce(note, '') || E'\n' || coalesce(statement_text, '')));
CREATE INDEX achievement_search_idx ON achievement USING gin (search_bigrams(title || E'\n' || coalesce(body, '')));
CREATE INDEX achievement_section_search_idx ON achievement_section USING gin (
    search_bigrams(heading || E'\n' || text));
CREATE INDEX figure_search_idx ON figure USING gin (
    search_bigrams(label || E'\n' || coalesce(qualifier, '') || E'\n' || coalesce(section, '')));
CREATE INDEX dataset_search_idx ON dataset USING gin (
    search_bigrams(title || E'\n' || coalesce(source_section, '') || E'\n' || coalesce(description, '')));
