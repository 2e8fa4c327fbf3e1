-- Each end of a printed date range gets the precision it is printed with: '2022.4.~ 2023' starts at a month and ends
-- at a year, and one precision for both claimed a month for the end that the source does not print. date_precision
-- stays, as the coarser of the two ends. PART_OF_MONTH is a part of a month without a day ('’23. 10월 말', the end of
-- October): its range is the whole month, the only bounds the text gives, since Korean fixes no first day for 말.

ALTER TABLE achievement
    ADD COLUMN date_from_precision TEXT,
    ADD COLUMN date_to_precision   TEXT;

-- Rows already loaded (a database the service has run on) had one precision for both ends: keep it for each end until
-- the data load replaces them, so that the constraints below hold at once.
UPDATE achievement SET date_from_precision = date_precision WHERE date_from IS NOT NULL;
UPDATE achievement SET date_to_precision = date_precision WHERE date_to IS NOT NULL;

ALTER TABLE achievement
    DROP CONSTRAINT achievement_date_precision_check,
    ADD CONSTRAINT achievement_date_precision_check
        CHECK (date_precision IN ('DAY', 'PART_OF_MONTH', 'MONTH', 'YEAR')),
    ADD CONSTRAINT achievement_date_from_precision_check
        CHECK (date_from_precision IN ('DAY', 'PART_OF_MONTH', 'MONTH', 'YEAR')),
    ADD CONSTRAINT achievement_date_to_precision_check
        CHECK (date_to_precision IN ('DAY', 'PART_OF_MONTH', 'MONTH', 'YEAR')),
    -- An end has a precision exactly when it has a date; a dated row has an overall precision.
    ADD CONSTRAINT achievement_date_from_precision_given CHECK ((date_from IS NULL) = (date_from_precision IS NULL)),
    ADD CONSTRAINT achievement_date_to_precision_given CHECK ((date_to IS NULL) = (date_to_precision IS NULL)),
    ADD CONSTRAINT achievement_date_precision_given CHECK ((date_from IS NULL) = (date_precision IS NULL)),
    -- The overall precision is the coarser end's, in the order DAY < PART_OF_MONTH < MONTH < YEAR.
    ADD CONSTRAINT achievement_date_precision_coarser CHECK (
        array_position(ARRAY['DAY', 'PART_OF_MONTH', 'MONTH', 'YEAR'], date_precision)
            = GREATEST(array_position(ARRAY['DAY', 'PART_OF_MONTH', 'MONTH', 'YEAR'], date_from_precision),
                       array_position(ARRAY['DAY', 'PART_OF_MONTH', 'MONTH', 'YEAR'], date_to_precision)));
